/**
 * The shape of the data files in `seeds/`. Files reference each other by `slug` (or `key` for
 * rows that have no public slug); the loader turns every slug/key into a deterministic UUID so
 * that re-seeding updates rows in place instead of duplicating them.
 *
 * Dates: "YYYY", "YYYY-MM" or "YYYY-MM-DD" where a precision is allowed, ISO date-times
 * otherwise. Demo workshops that must stay in the future may use a relative date "+14d@18:00"
 * (14 days after the seeding day, at 18:00 Paris time).
 */

export type ModerationMode = 'STRICT' | 'OPEN';

export type OrganizationKind =
  'PUBLIC_BODY' | 'ASSOCIATION' | 'COMPANY' | 'SOCIAL_LANDLORD' | 'SUPPORT_NETWORK' | 'FUNDER' | 'RESIDENTS_COLLECTIVE';
export type TerritoryKind = 'CITY' | 'INTERCOMMUNALITY' | 'PROGRAMME_AREA';
export type PlatformRole = 'RESIDENT' | 'STAKEHOLDER' | 'COORDINATOR' | 'ADMIN';
export type WorkshopKind = 'WORKSHOP' | 'MEETING' | 'FORUM' | 'BREAKFAST_TALK' | 'SITE_VISIT';
export type WorkshopStatus = 'DRAFT' | 'SCHEDULED' | 'LIVE' | 'PAUSED' | 'CLOSED';
export type ContributionKind = 'NEED' | 'IDEA' | 'RESOURCE' | 'QUESTION';
export type ModerationState = 'PENDING' | 'PUBLISHED' | 'HIDDEN';
export type DiagnosisStatus = 'DRAFT' | 'CONSULTATION' | 'VALIDATED' | 'ARCHIVED';
export type FindingPriority = 'LOW' | 'MEDIUM' | 'HIGH';
export type FindingStatus = 'PROPOSED' | 'RETAINED' | 'SET_ASIDE' | 'MERGED';
export type FindingKind = 'UNMET_NEED' | 'ASSET' | 'OPPORTUNITY';
export type RevisionChange = 'CREATED' | 'EDITED' | 'STATUS_CHANGED' | 'MERGED' | 'RESTORED' | 'SUGGESTION_ACCEPTED';
export type SuggestionState = 'PENDING' | 'ACCEPTED' | 'DECLINED';
export type PublicationState = 'DRAFT' | 'PUBLISHED' | 'ARCHIVED';
export type StoryKind = 'EXPERIENCE' | 'TESTIMONY';
export type PortraitStage =
  'UNCLAIMED_IDEA' | 'OPPORTUNITY_STUDY' | 'MODELLING' | 'CARRIER_FOUND' | 'LAUNCHED' | 'OPERATIONAL' | 'SPREADING';
export type FundingSourceKind =
  | 'EU_ERDF'
  | 'EU_ESF'
  | 'EU_OTHER'
  | 'STATE'
  | 'REGION'
  | 'DEPARTMENT'
  | 'MUNICIPALITY'
  | 'PUBLIC_BANK'
  | 'CORPORATE_SPONSORSHIP'
  | 'CROWDFUNDING'
  | 'OWN_REVENUE'
  | 'OTHER';
export type PartnerRole = 'CARRIER' | 'FUNDER' | 'PARTNER' | 'SUPPORT';

/** seeds/themes.json */
export interface ThemeSeed {
  slug: string;
  name: string;
  nameEn: string;
  description: string;
}

/** seeds/territories.json */
export interface TerritorySeed {
  slug: string;
  name: string;
  kind: TerritoryKind;
  region: string;
  description: string;
  themes: string[];
  neighbourhoods: { slug: string; name: string; commune: string; description?: string }[];
}

/** seeds/organizations.json */
export interface OrganizationSeed {
  slug: string;
  name: string;
  kind: OrganizationKind;
  description: string;
  website?: string;
  territory?: string;
  commune?: string;
  /** Its members may co-sign a diagnosis's findings on its behalf. */
  membersMayCoSign?: boolean;
}

/** seeds/people.json — `demo: true` for invented demo accounts (they get an email). */
export interface PersonSeed {
  key: string;
  displayName: string;
  role: PlatformRole;
  demo: boolean;
  email?: string;
  bio?: string;
  memberships: { organization: string; role: string }[];
}

export interface IndicatorSeed {
  label: string;
  value: number;
  unit: string;
  asOf?: string;
  period?: string;
  note?: string;
}

export interface FundingLineSeed {
  sourceKind: FundingSourceKind;
  label: string;
  funder?: string;
  amount?: number;
  euPriorityAxis?: string;
  periodStart?: string;
  periodEnd?: string;
  note?: string;
}

/** seeds/portraits.json */
export interface PortraitSeed {
  slug: string;
  name: string;
  summary: string;
  territory: string;
  commune: string;
  themes: string[];
  need: string;
  project: string;
  results: string;
  stage: PortraitStage;
  publication: PublicationState;
  startYear?: number;
  durationMonths?: number;
  budgetTotal?: number;
  /** A flagship project the home page features. */
  featured?: boolean;
  replicatedFrom?: string;
  website?: string;
  demo: boolean;
  indicators: IndicatorSeed[];
  funding: FundingLineSeed[];
  partners: { organization: string; role: PartnerRole; note?: string }[];
  stages: { stage: PortraitStage; date: string; note: string }[];
  /** Keys of the diagnosis findings this project answers. */
  answers?: string[];
}

/** seeds/stories.json — `teller: null` for an anonymous testimony. */
export interface StorySeed {
  slug: string;
  title: string;
  kind: StoryKind;
  summary: string;
  bodyMarkdown: string;
  teller: { name: string; role: string } | null;
  territory: string;
  portrait?: string;
  findings?: string[];
  publication: PublicationState;
  publishedAt: string;
  demo: boolean;
}

export interface ContributionSeed {
  key: string;
  kind: ContributionKind;
  body: string;
  prompt?: string;
  author?: string;
  organization?: string;
  guestName?: string;
  themes: string[];
  neighbourhood?: string;
  state: ModerationState;
  votes: number;
  /** When it was posted (ISO date-time); a closed workshop's default to its start, others to the seeding. */
  at?: string;
  replies?: ReplySeed[];
}

export type ReplySeed = Omit<ContributionSeed, 'replies' | 'kind' | 'prompt'>;

/** seeds/workshops.json */
export interface WorkshopSeed {
  slug: string;
  title: string;
  kind: WorkshopKind;
  territory: string;
  neighbourhoods: string[];
  themes: string[];
  /** An ISO date-time or "+Nd@HH:MM"; or "YYYY", "YYYY-MM", "YYYY-MM-DD" when the sources say no more. */
  startsAt: string;
  endsAt: string;
  place: string;
  status: WorkshopStatus;
  description: string;
  participantCount?: number;
  coordinators: string[];
  prompts: { key: string; question: string }[];
  contributions: ContributionSeed[];
  demo: boolean;
  /** Live or paused workshops: the code people join with. */
  joinCode?: string;
  moderationMode?: ModerationMode;
  /** Key of the prompt put to the room. */
  activePrompt?: string;
}

/**
 * What a revision sets of a finding. Fields left out carry over from the revision before; in the
 * first revision, from the finding itself. The last revision's text must be the finding's.
 */
export interface FindingTextSeed {
  kind?: FindingKind;
  title?: string;
  statement?: string;
  priority?: FindingPriority;
  status?: FindingStatus;
  themes?: string[];
  neighbourhoods?: string[];
  mergedInto?: string | null;
}

export interface FindingSeed {
  key: string;
  kind: FindingKind;
  title: string;
  statement: string;
  themes: string[];
  neighbourhoods: string[];
  priority: FindingPriority;
  status: FindingStatus;
  /** With status MERGED: the key of the finding that carries on what it said. */
  mergedInto?: string;
  /** A participant's proposal (the person's key); `awaitingReview` while no coordinator has looked at it. */
  proposedBy?: string;
  awaitingReview?: boolean;
  evidence: { workshop: string; contribution: string }[];
  /** In order, the first CREATED; the finding's version is their number (one CREATED revision if left out). */
  revisions?: { by?: string; at: string; change: RevisionChange; note?: string; after?: FindingTextSeed }[];
  /** "Je partage ce constat"; with an organization, a co-signature on its behalf. */
  supports?: { person: string; organization?: string; at: string }[];
  comments?: { by: string; body: string; at: string; hidden?: boolean }[];
  suggestions?: {
    by: string;
    at: string;
    baseVersion: number;
    title: string;
    statement: string;
    note?: string;
    state?: SuggestionState;
    reviewedBy?: string;
    reviewedAt?: string;
    reviewNote?: string;
  }[];
}

/**
 * Where a diagnosis takes contributions outside live workshops, from its consultation on: a
 * workshop of its own (slug "consultation-<diagnosis slug>", as the application names it), live
 * while the diagnosis is in consultation and closed once validated.
 */
export interface ConsultationSeed {
  /** "Consultation — <diagnosis title>" if left out. */
  title?: string;
  description?: string;
  /** When it opened: the transition that opened the consultation gives it if left out. */
  startsAt?: string;
  /** The end of the diagnosis's period if left out. */
  endsAt?: string;
  moderationMode?: ModerationMode;
  themes?: string[];
  neighbourhoods?: string[];
  contributions: ContributionSeed[];
}

/** seeds/diagnoses.json — evidence points at contributions by workshop slug and key. */
export interface DiagnosisSeed {
  slug: string;
  territory: string;
  /** As the address names it ("2026-2027"); derived from the period's years if left out. */
  period?: string;
  title: string;
  summary: string;
  periodStart: string;
  periodEnd: string;
  status: DiagnosisStatus;
  validatedBy?: string;
  validatedAt?: string;
  demo: boolean;
  /** Keys of people with the COORDINATOR role. */
  coordinators?: string[];
  /** Its life from DRAFT to its status, in order. */
  transitions?: { from: DiagnosisStatus; to: DiagnosisStatus; by: string; at: string; reason?: string }[];
  /** Slugs of the workshops that feed it. */
  workshops?: string[];
  consultation?: ConsultationSeed;
  findings: FindingSeed[];
}

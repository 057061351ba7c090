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
  replicatedFrom?: string;
  website?: string;
  demo: boolean;
  indicators: IndicatorSeed[];
  funding: FundingLineSeed[];
  partners: { organization: string; role: PartnerRole; note?: string }[];
  stages: { stage: PortraitStage; date: string; note: string }[];
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
  replies?: Omit<ContributionSeed, 'replies' | 'kind' | 'prompt'>[];
}

/** seeds/workshops.json */
export interface WorkshopSeed {
  slug: string;
  title: string;
  kind: WorkshopKind;
  territory: string;
  neighbourhoods: string[];
  themes: string[];
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

/** seeds/diagnoses.json — evidence points at contributions by workshop slug and key. */
export interface DiagnosisSeed {
  slug: string;
  territory: string;
  title: string;
  summary: string;
  periodStart: string;
  periodEnd: string;
  status: DiagnosisStatus;
  validatedBy?: string;
  validatedAt?: string;
  demo: boolean;
  findings: {
    key: string;
    title: string;
    statement: string;
    themes: string[];
    neighbourhoods: string[];
    priority: FindingPriority;
    status: FindingStatus;
    evidence: { workshop: string; contribution: string }[];
  }[];
}

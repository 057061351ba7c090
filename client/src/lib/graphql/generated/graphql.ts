/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string };
  String: { input: string; output: string };
  Boolean: { input: boolean; output: boolean };
  Int: { input: number; output: number };
  Float: { input: number; output: number };
  /** A date-time in ISO 8601 format, in UTC, e.g. 2026-03-28T09:00:00.000Z. */
  DateTimeISO: { input: string; output: string };
};

/** Result of signing in, or of confirming a sign-up. */
export type AuthPayload = {
  /** What to fix; empty on success. */
  userErrors: Array<UserError>;
  /** Who is now signed in. */
  viewer?: Maybe<Viewer>;
};

/** What someone said in a workshop. */
export type Contribution = Node & {
  /** A coordinator marked it as addressed (answered, taken up). */
  addressed: Scalars['Boolean']['output'];
  /** Author, when signed in. */
  author?: Maybe<Person>;
  /** Posted by a guest who joined with the workshop’s code, not by a signed-in account: show it with the name, which nobody checked. */
  authorIsGuest: Scalars['Boolean']['output'];
  /** Name to show: the guest’s, the person’s, or the organization’s. */
  authorName: Scalars['String']['output'];
  /** The text, as posted (plain text). */
  body: Scalars['String']['output'];
  /** When it was posted. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** When its author last changed the text. */
  editedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Why it was hidden (for coordinators, and for its author; null for others). */
  hiddenReason?: Maybe<Scalars['String']['output']>;
  /** Global, opaque id. */
  id: Scalars['ID']['output'];
  /** Need, idea, resource on offer or question. */
  kind: ContributionKind;
  /** For a merged duplicate: the contribution kept. */
  mergedIntoId?: Maybe<Scalars['ID']['output']>;
  /** Moderation state. */
  moderationState: ModerationState;
  /** Neighbourhood it concerns. */
  neighbourhood?: Maybe<Neighbourhood>;
  /** Organization the author speaks for. */
  organization?: Maybe<Organization>;
  /** The contribution this one replies to. */
  parent?: Maybe<Contribution>;
  /** Id of the contribution this one replies to (cheaper than `parent` on live events). */
  parentId?: Maybe<Scalars['ID']['output']>;
  /** Pinned by a coordinator: shown first, and on top of the wall. */
  pinned: Scalars['Boolean']['output'];
  /** Question it answers. */
  prompt?: Maybe<Prompt>;
  /** Replies, oldest first. */
  replies: Array<Contribution>;
  /** Reports received (coordinators only; 0 for others). */
  reportCount: Scalars['Int']['output'];
  /** Themes it touches (at most 5). */
  themes: Array<Theme>;
  /** Moves on with every change to the contribution (text, state, pin…), not with votes: an editor sends the version it started from as `expectedVersion`. */
  version: Scalars['Int']['output'];
  /** You posted it less than 15 minutes ago, it is waiting or published and the session is live: `editContribution` would accept it. */
  viewerCanEdit: Scalars['Boolean']['output'];
  /** You may post in the session now and this is a published contribution, not a reply: `postContribution` with it as `parentId` would accept a reply. */
  viewerCanReply: Scalars['Boolean']['output'];
  /** You take part in the session, this is someone else’s published contribution and you have not reported it: `reportContribution` would accept a report. */
  viewerCanReport: Scalars['Boolean']['output'];
  /** You take part in the session, it is live, and this is someone else’s published contribution: `voteContribution` would accept it ("me too"; saying it twice changes nothing). */
  viewerCanVote: Scalars['Boolean']['output'];
  /** You posted it less than 15 minutes ago and it is waiting or published: `withdrawContribution` would accept it. */
  viewerCanWithdraw: Scalars['Boolean']['output'];
  /** You posted it. */
  viewerIsAuthor: Scalars['Boolean']['output'];
  /** What you may do to it as a moderator now (the mutations that would accept it), in the order a console shows them; empty unless you run its workshop. */
  viewerModerationMoves: Array<ModerationMove>;
  /** "Me too" votes. */
  voteCount: Scalars['Int']['output'];
  /** Workshop it was posted in. */
  workshop: Workshop;
};

/** What a contribution brings to the table. */
export type ContributionKind =
  /** An idea of a project or a solution. */
  | 'IDEA'
  /** A need or a finding from the field. */
  | 'NEED'
  /** A question to the room or the organisers. */
  | 'QUESTION'
  /** A resource on offer: a room, skills, time, equipment, funding… */
  | 'RESOURCE';

/** Result of an action on a contribution. */
export type ContributionPayload = {
  /** The contribution after the action (null once withdrawn, or when you may no longer see it). Null with user errors, but with CONTRIBUTION_CHANGED: then the contribution as it now is (its text and version), nothing saved. */
  contribution?: Maybe<Contribution>;
  /** What to fix; empty on success. */
  userErrors: Array<UserError>;
};

/** How precise a date is: the sources often give only a year. */
export type DatePrecision = 'DAY' | 'MONTH' | 'YEAR';

/** The shared diagnosis of a territory for a period. */
export type Diagnosis = Node & {
  /** Its findings, in order. */
  findings: Array<Finding>;
  /** Global, opaque id. */
  id: Scalars['ID']['output'];
  /** True for invented demo content. */
  isDemo: Scalars['Boolean']['output'];
  /** Last day of the period (YYYY-MM-DD). */
  periodEnd: Scalars['String']['output'];
  /** First day of the period (YYYY-MM-DD). */
  periodStart: Scalars['String']['output'];
  /** Stable, URL-safe identifier. */
  slug: Scalars['String']['output'];
  /** Where it stands. */
  status: DiagnosisStatus;
  /** Summary of the diagnosis. */
  summary: Scalars['String']['output'];
  /** The territory diagnosed. */
  territory: Territory;
  /** Title. */
  title: Scalars['String']['output'];
  /** When it was validated. */
  validatedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The coordinator who validated it. */
  validatedBy?: Maybe<Person>;
};

/** Where a shared diagnosis stands. */
export type DiagnosisStatus =
  /** Being built; visible to coordinators only. */
  | 'DRAFT'
  /** Open for the stakeholders to review. */
  | 'IN_REVIEW'
  /** Validated by a coordinator. */
  | 'VALIDATED';

/** A statement of the diagnosis, with the contributions behind it. */
export type Finding = Node & {
  /** The diagnosis it belongs to. */
  diagnosis: Diagnosis;
  /** The published contributions that support it, most supported first. */
  evidence: Array<Contribution>;
  /** Number of published contributions behind it. */
  evidenceCount: Scalars['Int']['output'];
  /** Global, opaque id. */
  id: Scalars['ID']['output'];
  /** Neighbourhoods concerned. */
  neighbourhoods: Array<Neighbourhood>;
  /** Order within the diagnosis. */
  position: Scalars['Int']['output'];
  /** Priority. */
  priority: FindingPriority;
  /** The statement, as agreed. */
  statement: Scalars['String']['output'];
  /** What has become of it. */
  status: FindingStatus;
  /** Stories that illustrate it. */
  stories: Array<Story>;
  /** Themes concerned. */
  themes: Array<Theme>;
  /** Short title. */
  title: Scalars['String']['output'];
};

/** How urgent the need is, as agreed. */
export type FindingPriority = 'HIGH' | 'LOW' | 'MEDIUM';

/** What has become of a finding. */
export type FindingStatus =
  /** Answered by a project. */
  | 'ADDRESSED'
  /** Agreed by the stakeholders. */
  | 'CONFIRMED'
  /** A project is under way to answer it. */
  | 'IN_PROGRESS'
  /** Put forward, not yet agreed. */
  | 'PROPOSED';

/** One source in the funding mix. */
export type FundingLine = {
  /** Amount in euros; null when the sources do not give it. */
  amount?: Maybe<Scalars['Float']['output']>;
  /** EU investment priority, e.g. "8a". */
  euPriorityAxis?: Maybe<Scalars['String']['output']>;
  /** The funder, when it is a known organization. */
  funder?: Maybe<Organization>;
  /** True for European funds. */
  isEu: Scalars['Boolean']['output'];
  /** Label of the line. */
  label: Scalars['String']['output'];
  /** Remarks. */
  note?: Maybe<Scalars['String']['output']>;
  /** End of the funded period. */
  periodEnd?: Maybe<Scalars['String']['output']>;
  /** Start of the funded period (YYYY, YYYY-MM or YYYY-MM-DD). */
  periodStart?: Maybe<Scalars['String']['output']>;
  /** Kind of source. */
  sourceKind: FundingSourceKind;
};

/** Where a funding line comes from. */
export type FundingSourceKind =
  /** Corporate sponsorship (mécénat). */
  | 'CORPORATE_SPONSORSHIP'
  /** Crowdfunding. */
  | 'CROWDFUNDING'
  /** Departmental council. */
  | 'DEPARTMENT'
  /** European Regional Development Fund (FEDER). */
  | 'EU_ERDF'
  /** European Social Fund (FSE). */
  | 'EU_ESF'
  /** Another European fund. */
  | 'EU_OTHER'
  /** Commune or intercommunality. */
  | 'MUNICIPALITY'
  /** Other or unspecified sources. */
  | 'OTHER'
  /** Revenue from the project’s own sales of goods or services. */
  | 'OWN_REVENUE'
  /** Public bank (Caisse des Dépôts, Bpifrance…). */
  | 'PUBLIC_BANK'
  /** Regional council. */
  | 'REGION'
  /** French State. */
  | 'STATE';

/** Totals of the funding mix. */
export type FundingSummary = {
  /** Sum of the European lines, in euros. */
  euAmount: Scalars['Float']['output'];
  /** EU share of the total (0–1); null when the total is unknown. */
  euShare?: Maybe<Scalars['Float']['output']>;
  /** Sum of the itemised lines with an amount, in euros. */
  itemisedTotal: Scalars['Float']['output'];
  /** Total budget when known, else the itemised total (or null). */
  total?: Maybe<Scalars['Float']['output']>;
  /** Part of the total not itemised by source, in euros. */
  unitemised: Scalars['Float']['output'];
};

/** A figure the project reports. */
export type Indicator = {
  /** When the figure was measured: YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source. */
  asOf?: Maybe<Scalars['String']['output']>;
  /** What is counted. */
  label: Scalars['String']['output'];
  /** Context needed to read the figure. */
  note?: Maybe<Scalars['String']['output']>;
  /** Period the figure covers, e.g. "2010–2014". */
  period?: Maybe<Scalars['String']['output']>;
  /** Unit: personnes, €, m², contrats… */
  unit: Scalars['String']['output'];
  /** The figure. */
  value: Scalars['Float']['output'];
};

/** Result of joining a workshop with its code. */
export type JoinPayload = {
  /** What to fix; empty on success. */
  userErrors: Array<UserError>;
  /** The guest (or person) now taking part. */
  viewer?: Maybe<Viewer>;
  /** The workshop joined. */
  workshop?: Maybe<Workshop>;
};

/** Published contributions of one kind. */
export type KindCount = {
  count: Scalars['Int']['output'];
  kind: ContributionKind;
};

/** What the API accepts in its forms, so that a site can say it before sending (the API still checks, and says why). */
export type Limits = {
  /** Longest contribution text, in characters once trimmed. */
  contributionBodyMax: Scalars['Int']['output'];
  /** Most themes a contribution may touch. */
  contributionThemesMax: Scalars['Int']['output'];
  /** Longest display name (of an account or a guest). */
  displayNameMax: Scalars['Int']['output'];
  /** Shortest display name (of an account or a guest). */
  displayNameMin: Scalars['Int']['output'];
  /** Minutes during which authors may change or withdraw what they posted. */
  editWindowMinutes: Scalars['Int']['output'];
  /** Longest email address accepted (at sign-up and sign-in). */
  emailMax: Scalars['Int']['output'];
  /** Longest password accepted (at sign-up and sign-in). */
  passwordMax: Scalars['Int']['output'];
  /** Shortest password of a new account. */
  passwordMin: Scalars['Int']['output'];
  /** Longest question a coordinator may put to the room. */
  questionMax: Scalars['Int']['output'];
  /** Shortest question a coordinator may put to the room. */
  questionMin: Scalars['Int']['output'];
  /** Longest reason of a report, or of hiding a contribution. */
  reasonMax: Scalars['Int']['output'];
  /** Shortest reason of a report, or of hiding a contribution. */
  reasonMin: Scalars['Int']['output'];
  /** Hours after closing during which coordinators may reopen a session. */
  reopenWindowHours: Scalars['Int']['output'];
  /** Hours during which the link mailed at sign-up creates the account. */
  signUpLinkHours: Scalars['Int']['output'];
};

/** A person's role in an organization. */
export type Membership = {
  /** The organization. */
  organization: Organization;
  /** The member. */
  person: Person;
  /** Role held, in the organization’s words. */
  role: Scalars['String']['output'];
};

/** A line of the moderation log. */
export type ModerationAction = Node & {
  /** What was done. */
  action: ModerationActionKind;
  /** Who did it. */
  actorName: Scalars['String']['output'];
  /** When. */
  at: Scalars['DateTimeISO']['output'];
  /** The contribution concerned, if any. */
  contribution?: Maybe<Contribution>;
  /** Global, opaque id. */
  id: Scalars['ID']['output'];
  /** Why, or the value chosen. */
  reason?: Maybe<Scalars['String']['output']>;
};

/** What a coordinator did. */
export type ModerationActionKind =
  /** Marked a contribution as addressed. */
  | 'ADDRESS'
  /** Published a contribution waiting in the queue. */
  | 'APPROVE'
  /** Closed the workshop. */
  | 'CLOSE'
  /** Hid a contribution, with a reason. */
  | 'HIDE'
  /** Merged a duplicate into another contribution. */
  | 'MERGE'
  /** Changed the moderation mode. */
  | 'MODE'
  /** Opened (or resumed) the live session. */
  | 'OPEN'
  /** Paused the live session. */
  | 'PAUSE'
  /** Pinned a contribution on top. */
  | 'PIN'
  /** Changed or added the question put to the room. */
  | 'PROMPT'
  /** Published a hidden contribution again. */
  | 'RESTORE'
  /** Announced the workshop. */
  | 'SCHEDULE'
  /** Set the themes of a contribution. */
  | 'TAG'
  /** Unpinned a contribution. */
  | 'UNPIN';

/** How contributions of a live session are moderated. */
export type ModerationMode =
  /** Contributions are published at once and hidden afterwards if needed. */
  | 'OPEN'
  /** Every contribution waits in a queue for a coordinator’s approval. */
  | 'STRICT';

/** What a coordinator does to a contribution, each by its own mutation. */
export type ModerationMove =
  /** Mark it addressed (`markContributionAddressed`). */
  | 'ADDRESS'
  /** Publish it from the queue (`approveContribution`). */
  | 'APPROVE'
  /** Hide it, with a reason (`hideContribution`). */
  | 'HIDE'
  /** Pin it on top (`pinContribution`). */
  | 'PIN'
  /** Publish it again once hidden (`restoreContribution`). */
  | 'RESTORE'
  /** Set its themes (`tagContribution`). */
  | 'TAG'
  /** Unpin it (`unpinContribution`). */
  | 'UNPIN';

/** Moderation state; the public only ever sees PUBLISHED. */
export type ModerationState =
  /** Hidden by a coordinator. */
  | 'HIDDEN'
  /** Merged into another contribution as a duplicate. */
  | 'MERGED'
  /** Waiting for a coordinator. */
  | 'PENDING'
  /** Visible to everyone. */
  | 'PUBLISHED'
  /** Taken back by its author. */
  | 'WITHDRAWN';

export type Mutation = {
  /** Adds a prompt and puts it to the room. */
  addPrompt: WorkshopPayload;
  /** Publishes a contribution waiting in the queue. */
  approveContribution: ContributionPayload;
  /** Makes a coordinator responsible for a workshop (admins only). */
  assignCoordinator: WorkshopPayload;
  /** Ends the workshop; what was said stays on record. */
  closeWorkshop: WorkshopPayload;
  /** Uses the token of a sign-up mail (once, within 24 hours): creates the resident account and signs in. */
  confirmSignUp: AuthPayload;
  /** Changes the text of your contribution (within 15 minutes). */
  editContribution: ContributionPayload;
  /** Gives a person a platform role (admins only). */
  grantRole: PersonPayload;
  /** Hides a contribution from everyone but coordinators. */
  hideContribution: ContributionPayload;
  /** Takes part in a live workshop with its code and a display name, without an account. */
  joinWorkshop: JoinPayload;
  /** Marks a contribution as addressed (answered or taken up). */
  markContributionAddressed: ContributionPayload;
  /** Merges a duplicate into the contribution kept; its supporters move to the one kept. */
  mergeContributions: ContributionPayload;
  /** Starts or resumes the live session (scheduled or paused → live); creates the join code. */
  openWorkshop: WorkshopPayload;
  /** Pauses the live session: posting is refused until it resumes. */
  pauseWorkshop: WorkshopPayload;
  /** Pins a contribution on top of the board and the wall. */
  pinContribution: ContributionPayload;
  /** Posts a contribution in a live workshop (published at once in open mode, queued in strict mode). */
  postContribution: ContributionPayload;
  /** Reopens a closed session (closed → live) up to 24 hours after it closed, with a new join code; logged. */
  reopenWorkshop: WorkshopPayload;
  /** Reports a contribution to the coordinators, with a reason. */
  reportContribution: ContributionPayload;
  /** Publishes a hidden contribution again. */
  restoreContribution: ContributionPayload;
  /** Announces a draft workshop (draft → scheduled). */
  scheduleWorkshop: WorkshopPayload;
  /** Puts one prompt to the room (null: none). */
  setActivePrompt: WorkshopPayload;
  /** Chooses strict or open moderation for the session. */
  setModerationMode: WorkshopPayload;
  /** Signs in with email and password; a new session cookie replaces the old one. */
  signIn: AuthPayload;
  /** Ends this session (person or guest). */
  signOut: Scalars['Boolean']['output'];
  /** Asks for a resident account: mails the address a single-use link (see `confirmSignUp`). Signs nobody in, and answers the same whether or not the address has an account. */
  signUp: SignUpPayload;
  /** Sets the themes of a contribution. */
  tagContribution: ContributionPayload;
  /** Removes a coordinator from a workshop (admins only). */
  unassignCoordinator: WorkshopPayload;
  /** Unpins a contribution. */
  unpinContribution: ContributionPayload;
  /** Takes back your "me too". */
  unvoteContribution: ContributionPayload;
  /** "Me too": supports a published contribution, once per person or guest. */
  voteContribution: ContributionPayload;
  /** Takes back your contribution (within 15 minutes). */
  withdrawContribution: ContributionPayload;
};

export type MutationAddPromptArgs = {
  question: Scalars['String']['input'];
  workshopId: Scalars['ID']['input'];
};

export type MutationApproveContributionArgs = {
  id: Scalars['ID']['input'];
};

export type MutationAssignCoordinatorArgs = {
  personId: Scalars['ID']['input'];
  workshopId: Scalars['ID']['input'];
};

export type MutationCloseWorkshopArgs = {
  workshopId: Scalars['ID']['input'];
};

export type MutationConfirmSignUpArgs = {
  token: Scalars['String']['input'];
};

export type MutationEditContributionArgs = {
  body: Scalars['String']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};

export type MutationGrantRoleArgs = {
  personId: Scalars['ID']['input'];
  role: PlatformRole;
};

export type MutationHideContributionArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type MutationJoinWorkshopArgs = {
  code: Scalars['String']['input'];
  displayName: Scalars['String']['input'];
};

export type MutationMarkContributionAddressedArgs = {
  id: Scalars['ID']['input'];
};

export type MutationMergeContributionsArgs = {
  duplicateId: Scalars['ID']['input'];
  keepId: Scalars['ID']['input'];
};

export type MutationOpenWorkshopArgs = {
  workshopId: Scalars['ID']['input'];
};

export type MutationPauseWorkshopArgs = {
  workshopId: Scalars['ID']['input'];
};

export type MutationPinContributionArgs = {
  id: Scalars['ID']['input'];
};

export type MutationPostContributionArgs = {
  input: PostContributionInput;
};

export type MutationReopenWorkshopArgs = {
  workshopId: Scalars['ID']['input'];
};

export type MutationReportContributionArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type MutationRestoreContributionArgs = {
  id: Scalars['ID']['input'];
};

export type MutationScheduleWorkshopArgs = {
  workshopId: Scalars['ID']['input'];
};

export type MutationSetActivePromptArgs = {
  promptId?: InputMaybe<Scalars['ID']['input']>;
  workshopId: Scalars['ID']['input'];
};

export type MutationSetModerationModeArgs = {
  mode: ModerationMode;
  workshopId: Scalars['ID']['input'];
};

export type MutationSignInArgs = {
  input: SignInInput;
};

export type MutationSignUpArgs = {
  input: SignUpInput;
};

export type MutationTagContributionArgs = {
  id: Scalars['ID']['input'];
  themeSlugs: Array<Scalars['String']['input']>;
};

export type MutationUnassignCoordinatorArgs = {
  personId: Scalars['ID']['input'];
  workshopId: Scalars['ID']['input'];
};

export type MutationUnpinContributionArgs = {
  id: Scalars['ID']['input'];
};

export type MutationUnvoteContributionArgs = {
  id: Scalars['ID']['input'];
};

export type MutationVoteContributionArgs = {
  id: Scalars['ID']['input'];
};

export type MutationWithdrawContributionArgs = {
  id: Scalars['ID']['input'];
};

/** A priority neighbourhood (QPV). */
export type Neighbourhood = Node & {
  /** Commune it lies in. */
  commune: Scalars['String']['output'];
  /** Presentation of the neighbourhood. */
  description: Scalars['String']['output'];
  /** Global, opaque id. */
  id: Scalars['ID']['output'];
  /** Name of the neighbourhood. */
  name: Scalars['String']['output'];
  /** Stable, URL-safe identifier. */
  slug: Scalars['String']['output'];
  /** The territory it belongs to. */
  territory: Territory;
};

/** An object with a global id, fetchable with `node(id:)`. */
export type Node = {
  /** Global, opaque id. */
  id: Scalars['ID']['output'];
};

/** A public body, association, company or network. */
export type Organization = Node & {
  /** Commune it is based in. */
  commune?: Maybe<Scalars['String']['output']>;
  /** What it does. */
  description: Scalars['String']['output'];
  /** Global, opaque id. */
  id: Scalars['ID']['output'];
  /** What sort of organization it is. */
  kind: OrganizationKind;
  /** Its people and their roles. */
  members: Array<Membership>;
  /** Name of the organization. */
  name: Scalars['String']['output'];
  /** The projects it carries, funds, supports or partners. */
  partnerships: Array<PortraitPartner>;
  /** Stable, URL-safe identifier. */
  slug: Scalars['String']['output'];
  /** Territory it is based on, if any. */
  territory?: Maybe<Territory>;
  /** Website address. */
  website?: Maybe<Scalars['String']['output']>;
};

/** A page of organizations. */
export type OrganizationConnection = {
  /** The items of this page with their cursors. */
  edges: Array<OrganizationEdge>;
  /** The items of this page. */
  nodes: Array<Organization>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Number of items matching the filters, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A Organization with its cursor. */
export type OrganizationEdge = {
  /** Opaque position of this item in the list. */
  cursor: Scalars['String']['output'];
  /** The Organization. */
  node: Organization;
};

/** Narrows the organizations list. */
export type OrganizationFilter = {
  /** Only organizations of this kind. */
  kind?: InputMaybe<OrganizationKind>;
  /** Only organizations whose name contains this text. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only organizations of this territory (slug). */
  territory?: InputMaybe<Scalars['String']['input']>;
};

/** What sort of organization it is. */
export type OrganizationKind =
  /** Non-profit association. */
  | 'ASSOCIATION'
  /** Company, including social enterprises and cooperatives. */
  | 'COMPANY'
  /** Funder: foundation, public bank, insurer… */
  | 'FUNDER'
  /** State service, local authority or public body (GIP, agency…). */
  | 'PUBLIC_BODY'
  /** Residents' collective. */
  | 'RESIDENTS_COLLECTIVE'
  /** Social housing landlord (bailleur social). */
  | 'SOCIAL_LANDLORD'
  /** Network supporting entrepreneurs and social innovation. */
  | 'SUPPORT_NETWORK';

/** Orderings of the organizations list. */
export type OrganizationSort = 'NAME';

/** Where a page sits in the whole list. */
export type PageInfo = {
  /** Cursor of the last item; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** An organization’s part in a project. */
export type PartnerRole =
  /** Carries the project (porteur). */
  | 'CARRIER'
  /** Funds it. */
  | 'FUNDER'
  /** Works with it. */
  | 'PARTNER'
  /** Supports or coaches it. */
  | 'SUPPORT';

/** A person taking part in the hub. Email addresses are never exposed. */
export type Person = Node & {
  /** Short presentation. */
  bio: Scalars['String']['output'];
  /** Name shown publicly. */
  displayName: Scalars['String']['output'];
  /** Global, opaque id. */
  id: Scalars['ID']['output'];
  /** True for invented demo accounts. */
  isDemo: Scalars['Boolean']['output'];
  /** Organizations the person belongs to, with their role. */
  memberships: Array<Membership>;
  /** Platform role. */
  role: PlatformRole;
};

/** Result of changing a person. */
export type PersonPayload = {
  person?: Maybe<Person>;
  /** What to fix; empty on success. */
  userErrors: Array<UserError>;
};

/** What a person may do on the platform. */
export type PlatformRole =
  /** Grants roles and manages the hub. */
  | 'ADMIN'
  /** Runs and moderates workshops; validates the diagnosis. */
  | 'COORDINATOR'
  /** Reads portraits and stories; joins live workshops. */
  | 'RESIDENT'
  /** A member of an organization; contributes to workshops and the diagnosis. */
  | 'STAKEHOLDER';

/** A project portrait: the need found, the project, its results. */
export type Portrait = Node & {
  /** Total budget in euros, when known. */
  budgetTotal?: Maybe<Scalars['Float']['output']>;
  /** Commune where the project takes place. */
  commune: Scalars['String']['output'];
  /** Planned or funded duration, in months. */
  durationMonths?: Maybe<Scalars['Int']['output']>;
  /** Totals of the funding mix, with the EU share. */
  funding: FundingSummary;
  /** Its funding mix, line by line. */
  fundingLines: Array<FundingLine>;
  /** Global, opaque id. */
  id: Scalars['ID']['output'];
  /** Figures it reports. */
  indicators: Array<Indicator>;
  /** True for invented demo content. */
  isDemo: Scalars['Boolean']['output'];
  /** Name of the project or structure. */
  name: Scalars['String']['output'];
  /** The need found (constat). */
  need: Scalars['String']['output'];
  /** Organizations involved, carriers first. */
  partners: Array<PortraitPartner>;
  /** The project that answers it. */
  project: Scalars['String']['output'];
  /** Publication state (the public only sees PUBLISHED). */
  publicationState: PublicationState;
  /** When it was published. */
  publishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The portrait this project was spread from. */
  replicatedFrom?: Maybe<Portrait>;
  /** Projects spread from this one. */
  replications: Array<Portrait>;
  /** Its results so far. */
  results: Scalars['String']['output'];
  /** Stable, URL-safe identifier. */
  slug: Scalars['String']['output'];
  /** Current stage. */
  stage: PortraitStage;
  /** Dated stage history, oldest first. */
  stageHistory: Array<StageEvent>;
  /** Year the project started. */
  startYear?: Maybe<Scalars['Int']['output']>;
  /** Stories about the project. */
  stories: Array<Story>;
  /** One-paragraph summary. */
  summary: Scalars['String']['output'];
  /** Territory of the project. */
  territory: Territory;
  /** Themes it addresses. */
  themes: Array<Theme>;
  /** Last change. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Website address. */
  website?: Maybe<Scalars['String']['output']>;
};

/** A page of portraits. */
export type PortraitConnection = {
  /** The items of this page with their cursors. */
  edges: Array<PortraitEdge>;
  /** The items of this page. */
  nodes: Array<Portrait>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Number of items matching the filters, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A Portrait with its cursor. */
export type PortraitEdge = {
  /** Opaque position of this item in the list. */
  cursor: Scalars['String']['output'];
  /** The Portrait. */
  node: Portrait;
};

/** Narrows the portraits list. All given criteria must match. */
export type PortraitFilter = {
  /** Text to look for in the name, summary and commune. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Current stage. */
  stage?: InputMaybe<PortraitStage>;
  /** Territory slug. */
  territory?: InputMaybe<Scalars['String']['input']>;
  /** Theme slug. */
  theme?: InputMaybe<Scalars['String']['input']>;
};

/** An organization’s part in a project. */
export type PortraitPartner = {
  /** Details of the role. */
  note?: Maybe<Scalars['String']['output']>;
  /** The organization. */
  organization: Organization;
  /** The project (null when not visible to you). */
  portrait?: Maybe<Portrait>;
  /** Its part. */
  role: PartnerRole;
};

/** Orderings of the portraits list. */
export type PortraitSort =
  /** Alphabetical. */
  | 'NAME'
  /** Most recently published first. */
  | 'NEWEST'
  /** Most recently started project first (unknown years last). */
  | 'START_YEAR';

/** How far a project has come, from an idea nobody carries to a model spreading elsewhere. */
export type PortraitStage =
  /** A structure has agreed to carry the project. */
  | 'CARRIER_FOUND'
  /** Activity started. */
  | 'LAUNCHED'
  /** The solution and its business model being designed. */
  | 'MODELLING'
  /** Running steadily. */
  | 'OPERATIONAL'
  /** Need and economic potential being studied. */
  | 'OPPORTUNITY_STUDY'
  /** Being replicated on other territories (essaimage). */
  | 'SPREADING'
  /** An idea or need without a carrier yet. */
  | 'UNCLAIMED_IDEA';

/** A contribution to post in a live workshop. */
export type PostContributionInput = {
  /** The text: 1 to 2000 characters. */
  body: Scalars['String']['input'];
  /** Need or finding, idea, resource on offer, question. */
  kind: ContributionKind;
  /** Neighbourhood it concerns. */
  neighbourhoodId?: InputMaybe<Scalars['ID']['input']>;
  /** Set to reply to a contribution of the same workshop. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** The prompt answered; defaults to the active one. */
  promptId?: InputMaybe<Scalars['ID']['input']>;
  /** Slugs of the themes it touches (at most 5). */
  themeSlugs?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The workshop, which must be live. */
  workshopId: Scalars['ID']['input'];
};

/** A question put to the room. */
export type Prompt = Node & {
  /** Global, opaque id. */
  id: Scalars['ID']['output'];
  /** Order in the workshop, from 1. */
  position: Scalars['Int']['output'];
  /** The question. */
  question: Scalars['String']['output'];
};

/** Whether editorial content is shown to the public. */
export type PublicationState =
  /** Withdrawn from public view, kept on record. */
  | 'ARCHIVED'
  /** Being written; visible to staff only. */
  | 'DRAFT'
  /** Public. */
  | 'PUBLISHED';

export type Query = {
  /** One diagnosis by its slug. */
  diagnosis: Diagnosis;
  /** What the forms of the API accept (lengths, counts, time windows). */
  limits: Limits;
  /** Any object by its global id; null when missing or not visible to you. */
  node?: Maybe<Node>;
  /** One organization by its slug. */
  organization: Organization;
  /** Organizations taking part in the social labs. */
  organizations: OrganizationConnection;
  /** One portrait by its slug. */
  portrait: Portrait;
  /** Project portraits. */
  portraits: PortraitConnection;
  /** Experience stories and testimonies. */
  stories: StoryConnection;
  /** One story by its slug. */
  story: Story;
  /** Territories running a social lab. */
  territories: TerritoryConnection;
  /** One territory by its slug. */
  territory: Territory;
  /** Every theme, by name. */
  themes: Array<Theme>;
  /** Who is signed in; null when nobody is. */
  viewer?: Maybe<Viewer>;
  /** One workshop by its slug. */
  workshop: Workshop;
  /** The live (or paused) workshop a join code opens; null if none. Limited per client. */
  workshopByCode?: Maybe<Workshop>;
  /** Workshops, meetings, forums and breakfast talks. */
  workshops: WorkshopConnection;
};

export type QueryDiagnosisArgs = {
  slug: Scalars['String']['input'];
};

export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};

export type QueryOrganizationArgs = {
  slug: Scalars['String']['input'];
};

export type QueryOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrganizationFilter>;
  first?: Scalars['Int']['input'];
  sort?: OrganizationSort;
};

export type QueryPortraitArgs = {
  slug: Scalars['String']['input'];
};

export type QueryPortraitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PortraitFilter>;
  first?: Scalars['Int']['input'];
  sort?: PortraitSort;
};

export type QueryStoriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StoryFilter>;
  first?: Scalars['Int']['input'];
  sort?: StorySort;
};

export type QueryStoryArgs = {
  slug: Scalars['String']['input'];
};

export type QueryTerritoriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TerritoryFilter>;
  first?: Scalars['Int']['input'];
  sort?: TerritorySort;
};

export type QueryTerritoryArgs = {
  slug: Scalars['String']['input'];
};

export type QueryWorkshopArgs = {
  slug: Scalars['String']['input'];
};

export type QueryWorkshopByCodeArgs = {
  code: Scalars['String']['input'];
};

export type QueryWorkshopsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WorkshopFilter>;
  first?: Scalars['Int']['input'];
  sort?: WorkshopSort;
};

/** Email and password. */
export type SignInInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

/** A new account. */
export type SignUpInput = {
  /** Name shown publicly (2–60 characters). */
  displayName: Scalars['String']['input'];
  /** Email address, used to sign in; never shown. Stored trimmed, in Unicode NFKC, lower case, with its domain in ASCII; invisible characters are refused. */
  email: Scalars['String']['input'];
  /** 12 to 256 characters. */
  password: Scalars['String']['input'];
};

/** Result of asking for an account. The same whether or not the address has one already: the next step is in the mail sent to it. */
export type SignUpPayload = {
  /** A message went to the address: a link that creates the account or, when the address has an account already, a notice saying so. False when there is something to fix. */
  confirmationSent: Scalars['Boolean']['output'];
  /** The address the message went to, as it is stored (trimmed, lower case, domain in ASCII). */
  email?: Maybe<Scalars['String']['output']>;
  /** What to fix; empty on success. */
  userErrors: Array<UserError>;
};

/** A dated step of the stage history. */
export type StageEvent = {
  /** Date (first day of the period, read with `precision`). */
  date: Scalars['String']['output'];
  /** What happened. */
  note: Scalars['String']['output'];
  /** Whether the date means a year, a month or a day. */
  precision: DatePrecision;
  /** Stage reached. */
  stage: PortraitStage;
};

/** An experience story or testimony. */
export type Story = Node & {
  /** True when the teller stays anonymous. */
  anonymous: Scalars['Boolean']['output'];
  /** The story rendered to HTML, sanitized: safe to insert in a page. */
  bodyHtml: Scalars['String']['output'];
  /** The story in Markdown, as written. */
  bodyMarkdown: Scalars['String']['output'];
  /** Diagnosis findings the story illustrates. */
  findings: Array<Finding>;
  /** Global, opaque id. */
  id: Scalars['ID']['output'];
  /** True for invented demo content. */
  isDemo: Scalars['Boolean']['output'];
  /** Experience story or testimony. */
  kind: StoryKind;
  /** The project it is about, if any. */
  portrait?: Maybe<Portrait>;
  /** Publication state (the public only sees PUBLISHED). */
  publicationState: PublicationState;
  /** When it was published. */
  publishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Stable, URL-safe identifier. */
  slug: Scalars['String']['output'];
  /** One-paragraph summary. */
  summary: Scalars['String']['output'];
  /** Who tells it; null when anonymous. */
  teller?: Maybe<StoryTeller>;
  /** Territory the story comes from. */
  territory: Territory;
  /** Title. */
  title: Scalars['String']['output'];
};

/** A page of stories. */
export type StoryConnection = {
  /** The items of this page with their cursors. */
  edges: Array<StoryEdge>;
  /** The items of this page. */
  nodes: Array<Story>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Number of items matching the filters, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A Story with its cursor. */
export type StoryEdge = {
  /** Opaque position of this item in the list. */
  cursor: Scalars['String']['output'];
  /** The Story. */
  node: Story;
};

/** Narrows the stories list. All given criteria must match. */
export type StoryFilter = {
  /** Experience stories or testimonies. */
  kind?: InputMaybe<StoryKind>;
  /** Slug of the portrait the stories are about. */
  portrait?: InputMaybe<Scalars['String']['input']>;
  /** Territory slug. */
  territory?: InputMaybe<Scalars['String']['input']>;
};

/** What sort of story it is. */
export type StoryKind =
  /** An experience story: how a project or a process went. */
  | 'EXPERIENCE'
  /** A personal testimony. */
  | 'TESTIMONY';

/** Orderings of the stories list. */
export type StorySort = 'NEWEST' | 'TITLE';

/** Who tells the story. */
export type StoryTeller = {
  /** Name of the teller. */
  name: Scalars['String']['output'];
  /** Their role or standpoint. */
  role?: Maybe<Scalars['String']['output']>;
};

export type Subscription = {
  /** The moderation queue’s changes (posted, approved, removed, restored, merged, reported, edited); coordinators only. */
  moderationQueueEvents: WorkshopEvent;
  /** A workshop’s live stream, filtered to what you may see. With `afterSeq`, the stored events after it are replayed first, then live ones follow; each event comes once, in order. */
  workshopEvents: WorkshopEvent;
};

export type SubscriptionModerationQueueEventsArgs = {
  afterSeq?: InputMaybe<Scalars['Int']['input']>;
  workshopId: Scalars['ID']['input'];
};

export type SubscriptionWorkshopEventsArgs = {
  afterSeq?: InputMaybe<Scalars['Int']['input']>;
  workshopId: Scalars['ID']['input'];
};

/** A city or programme area running a social lab. */
export type Territory = Node & {
  /** Presentation of the territory and its social lab. */
  description: Scalars['String']['output'];
  /** Its shared diagnoses, newest period first. */
  diagnoses: Array<Diagnosis>;
  /** Global, opaque id. */
  id: Scalars['ID']['output'];
  /** What sort of area it is. */
  kind: TerritoryKind;
  /** Name of the territory. */
  name: Scalars['String']['output'];
  /** Its priority neighbourhoods. */
  neighbourhoods: Array<Neighbourhood>;
  /** Organizations based on the territory. */
  organizations: Array<Organization>;
  /** Project portraits of the territory, by name. */
  portraits: Array<Portrait>;
  /** French region. */
  region: Scalars['String']['output'];
  /** Stable, URL-safe identifier. */
  slug: Scalars['String']['output'];
  /** Stories told on the territory, newest first. */
  stories: Array<Story>;
  /** The challenges it works on. */
  themes: Array<Theme>;
  /** Workshops held on the territory, newest first. */
  workshops: Array<Workshop>;
};

/** A page of territories. */
export type TerritoryConnection = {
  /** The items of this page with their cursors. */
  edges: Array<TerritoryEdge>;
  /** The items of this page. */
  nodes: Array<Territory>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Number of items matching the filters, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A Territory with its cursor. */
export type TerritoryEdge = {
  /** Opaque position of this item in the list. */
  cursor: Scalars['String']['output'];
  /** The Territory. */
  node: Territory;
};

/** Narrows the territories list. */
export type TerritoryFilter = {
  /** Only territories of this kind. */
  kind?: InputMaybe<TerritoryKind>;
  /** Only territories working on this theme (slug). */
  theme?: InputMaybe<Scalars['String']['input']>;
};

/** What sort of area a territory is. */
export type TerritoryKind =
  /** A single commune. */
  | 'CITY'
  /** A metropolis or community of communes. */
  | 'INTERCOMMUNALITY'
  /** The area of a programme (a GPV, a contrat de ville…) or a region. */
  | 'PROGRAMME_AREA';

/** Orderings of the territories list. */
export type TerritorySort = 'NAME';

/** A challenge a territory works on. */
export type Theme = Node & {
  /** What the theme covers. */
  description: Scalars['String']['output'];
  /** Global, opaque id. */
  id: Scalars['ID']['output'];
  /** Name in French. */
  name: Scalars['String']['output'];
  /** Name in English. */
  nameEn: Scalars['String']['output'];
  /** Stable, URL-safe identifier. */
  slug: Scalars['String']['output'];
};

/** Published contributions touching one theme. */
export type ThemeCount = {
  count: Scalars['Int']['output'];
  theme: Theme;
};

/** A problem the user can fix, with the input field it concerns. */
export type UserError = {
  /** Which problem it is: for a client that must react to this one (the message is what people read). */
  code: UserErrorCode;
  /** Input field at fault (e.g. "body", "email"), if any. */
  field?: Maybe<Scalars['String']['output']>;
  /** What is wrong and how to fix it, in the language asked (Accept-Language). */
  message: Scalars['String']['output'];
};

/** Which problem a user error is, stable across languages and rewordings (its `message` is for people). */
export type UserErrorCode =
  | 'ALREADY_REPORTED'
  | 'BODY_EMPTY'
  | 'BODY_TOO_LONG'
  | 'CANNOT_SUPPORT_OWN'
  | 'CONTRIBUTION_CHANGED'
  | 'COORDINATOR_ROLE_FIRST'
  | 'DISPLAY_NAME_CHARACTERS'
  | 'DISPLAY_NAME_LENGTH'
  | 'EDIT_WINDOW_OVER'
  | 'EMAIL_DOTS'
  | 'EMAIL_INVALID'
  | 'EMAIL_INVISIBLE_CHARACTERS'
  | 'EMAIL_MIXED_SCRIPTS'
  | 'HIDE_REASON_LENGTH'
  | 'JOIN_CODE_SHAPE'
  | 'JOIN_CODE_UNKNOWN'
  | 'MERGE_ACROSS_WORKSHOPS'
  | 'MERGE_KEEP_STATE'
  | 'MERGE_SAME'
  | 'MODERATION_NOTHING_TO_DO'
  | 'MODERATION_NOT_APPLICABLE'
  | 'NAME_OF_STAFF'
  | 'NAME_SUGGESTS_STAFF'
  | 'NO_LONGER_CHANGEABLE'
  | 'ONLY_PUBLISHED_SUPPORTED'
  | 'PASSWORD_TOO_LONG'
  | 'PASSWORD_TOO_SHORT'
  | 'PROMPT_ELSEWHERE'
  | 'QUESTION_LENGTH'
  | 'REOPEN_TOO_LATE'
  | 'REPLY_ELSEWHERE'
  | 'REPLY_TO_REPLY'
  | 'REPLY_TO_UNPUBLISHED'
  | 'REPORT_NOT_ALLOWED'
  | 'REPORT_REASON_LENGTH'
  | 'SIGN_IN_FAILED'
  | 'SIGN_IN_LOCKED'
  | 'SIGN_UP_ADDRESS_TAKEN'
  | 'SIGN_UP_LINK_EXPIRED'
  | 'SIGN_UP_LINK_INVALID'
  | 'TOO_MANY_THEMES'
  | 'TRANSITION_REFUSED'
  | 'UNKNOWN_NEIGHBOURHOOD'
  | 'UNKNOWN_THEMES'
  | 'WORKSHOP_CLOSED'
  | 'WORKSHOP_IS_CLOSED'
  | 'WORKSHOP_NOT_STARTED'
  | 'WORKSHOP_PAUSED';

/** Who is signed in: a person, or a guest of one workshop. */
export type Viewer = {
  /** Name shown to others. */
  displayName: Scalars['String']['output'];
  /** For a guest: the only workshop it takes part in. */
  guestWorkshop?: Maybe<Workshop>;
  /** Person or guest. */
  kind: ViewerKind;
  /** The person, when signed in with an account. */
  person?: Maybe<Person>;
  /** Platform role (people only). */
  role?: Maybe<PlatformRole>;
};

/** How the viewer is known. */
export type ViewerKind =
  /** Joined one live workshop with its code, without an account. */
  | 'GUEST'
  /** Signed in with an account. */
  | 'PERSON';

/** A workshop, meeting, forum or breakfast talk of a social lab. */
export type Workshop = Node & {
  /** The question put to the room now. */
  activePrompt?: Maybe<Prompt>;
  /** Every contribution in any state, newest first (coordinators only). */
  allContributions: Array<Contribution>;
  /** People connected to its live stream right now, on every server. */
  connectedCount: Scalars['Int']['output'];
  /** Number of published contributions (replies excluded). */
  contributionCount: Scalars['Int']['output'];
  /** Published contributions by kind (replies excluded). */
  contributionCounts: Array<KindCount>;
  /** The board: published contributions and your own still waiting for approval (replies excluded); pinned first, then most supported. */
  contributions: Array<Contribution>;
  /** Coordinators running it. */
  coordinators: Array<Person>;
  /** Presentation. */
  description: Scalars['String']['output'];
  /** End. */
  endsAt: Scalars['DateTimeISO']['output'];
  /** Global, opaque id. */
  id: Scalars['ID']['output'];
  /** True for invented demo content. */
  isDemo: Scalars['Boolean']['output'];
  /** Code to join while the session is live or paused, for its coordinators (console, and the wall they project); null for everyone else and when the session is not running. */
  joinCode?: Maybe<Scalars['String']['output']>;
  /** Format. */
  kind: WorkshopKind;
  /** Number of the latest event of its live stream (subscribe after it). */
  lastSeq: Scalars['Int']['output'];
  /** Who did what, when and why; newest first (coordinators only). */
  moderationLog: Array<ModerationAction>;
  /** Strict (approve first) or open (publish at once) moderation. */
  moderationMode: ModerationMode;
  /** Contributions waiting for approval, oldest first (coordinators only). */
  moderationQueue: Array<Contribution>;
  /** Neighbourhoods it concerns. */
  neighbourhoods: Array<Neighbourhood>;
  /** Number of participants reported. */
  participantCount?: Maybe<Scalars['Int']['output']>;
  /** Where it takes place. */
  place: Scalars['String']['output'];
  /** Questions put to the room, in order. */
  prompts: Array<Prompt>;
  /** Stable, URL-safe identifier. */
  slug: Scalars['String']['output'];
  /** Start. */
  startsAt: Scalars['DateTimeISO']['output'];
  /** Lifecycle status. */
  status: WorkshopStatus;
  /** Territory it is held on. */
  territory: Territory;
  /** Published contributions by theme, most frequent first. */
  themeCounts: Array<ThemeCount>;
  /** Themes on the agenda. */
  themes: Array<Theme>;
  /** Title. */
  title: Scalars['String']['output'];
  /** You may post now: you take part and the session is live (`postContribution` would accept it). */
  viewerCanPost: Scalars['Boolean']['output'];
  /** You run it, it is closed, and closed less than 24 hours ago: `reopenWorkshop` would accept it. */
  viewerCanReopen: Scalars['Boolean']['output'];
  /** You run this workshop (its coordinator, or an admin). */
  viewerIsCoordinator: Scalars['Boolean']['output'];
  /** What you may do to the session now (the mutations that would accept it), in the order a console shows them; empty unless you run the workshop. */
  viewerSessionMoves: Array<WorkshopMove>;
  /** You take part in it: signed in, or a guest who joined this workshop with its code (whatever the session’s state). */
  viewerTakesPart: Scalars['Boolean']['output'];
  /** Contributions of this workshop you said "me too" to. */
  viewerVotedIds: Array<Scalars['ID']['output']>;
};

/** A workshop, meeting, forum or breakfast talk of a social lab. */
export type WorkshopContributionsArgs = {
  first?: Scalars['Int']['input'];
  kind?: InputMaybe<ContributionKind>;
  prompt?: InputMaybe<Scalars['ID']['input']>;
};

/** A workshop, meeting, forum or breakfast talk of a social lab. */
export type WorkshopModerationLogArgs = {
  first?: Scalars['Int']['input'];
};

/** A page of workshops. */
export type WorkshopConnection = {
  /** The items of this page with their cursors. */
  edges: Array<WorkshopEdge>;
  /** The items of this page. */
  nodes: Array<Workshop>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Number of items matching the filters, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A Workshop with its cursor. */
export type WorkshopEdge = {
  /** Opaque position of this item in the list. */
  cursor: Scalars['String']['output'];
  /** The Workshop. */
  node: Workshop;
};

/** One event of a workshop’s live stream, as this viewer may see it. Stored events are numbered by `seq`; subscribe again with the last `seq` seen to receive what was missed. */
export type WorkshopEvent = {
  /** When it happened. */
  at: Scalars['DateTimeISO']['output'];
  /** For PRESENCE: people connected now. */
  connectedCount?: Maybe<Scalars['Int']['output']>;
  /** The contribution after the change, when you may see it; null when it left your view. */
  contribution?: Maybe<Contribution>;
  /** The contribution concerned. */
  contributionId?: Maybe<Scalars['ID']['output']>;
  /** For CONTRIBUTION_MERGED: the contribution kept. */
  mergedIntoId?: Maybe<Scalars['ID']['output']>;
  /** For CONTRIBUTION_REPORTED: the reason given (coordinators). */
  reason?: Maybe<Scalars['String']['output']>;
  /** Number of the event in its workshop. PRESENCE events repeat the last number and are not stored. */
  seq: Scalars['Int']['output'];
  type: WorkshopEventType;
  /** For contribution events: its "me too" count. */
  voteCount?: Maybe<Scalars['Int']['output']>;
  /** For WORKSHOP_* events: the new state. */
  workshop?: Maybe<WorkshopState>;
};

/** What happened in a live workshop. */
export type WorkshopEventType =
  /** Marked as addressed. */
  | 'CONTRIBUTION_ADDRESSED'
  /** Approved by a coordinator: now public. */
  | 'CONTRIBUTION_APPROVED'
  /** Text changed by its author. */
  | 'CONTRIBUTION_EDITED'
  /** Merged into another one as a duplicate. */
  | 'CONTRIBUTION_MERGED'
  /** Pinned or unpinned (see `contribution.pinned`). */
  | 'CONTRIBUTION_PINNED'
  /** Posted (published in open mode; waiting in strict mode). */
  | 'CONTRIBUTION_POSTED'
  /** Hidden by a coordinator or withdrawn by its author. */
  | 'CONTRIBUTION_REMOVED'
  /** Reported by a participant (coordinators only). */
  | 'CONTRIBUTION_REPORTED'
  /** Published again after being hidden. */
  | 'CONTRIBUTION_RESTORED'
  /** Themes changed. */
  | 'CONTRIBUTION_TAGGED'
  /** "Me too" count changed. */
  | 'CONTRIBUTION_VOTED'
  /** Number of people connected changed (not stored, not replayed). */
  | 'PRESENCE'
  /** Moderation mode changed. */
  | 'WORKSHOP_MODE_CHANGED'
  /** Another question is put to the room. */
  | 'WORKSHOP_PROMPT_CHANGED'
  /** Opened, paused, closed… */
  | 'WORKSHOP_STATUS_CHANGED';

/** Narrows the workshops list. All given criteria must match. */
export type WorkshopFilter = {
  /** Format. */
  kind?: InputMaybe<WorkshopKind>;
  /** Lifecycle status. */
  status?: InputMaybe<WorkshopStatus>;
  /** Territory slug. */
  territory?: InputMaybe<Scalars['String']['input']>;
  /** Theme slug. */
  theme?: InputMaybe<Scalars['String']['input']>;
  /** Upcoming, live or past. */
  timing?: InputMaybe<WorkshopTiming>;
};

/** Format of the gathering. */
export type WorkshopKind =
  /** Breakfast talk. */
  | 'BREAKFAST_TALK'
  /** Forum (e.g. of the social and solidarity economy). */
  | 'FORUM'
  /** Public meeting around projects. */
  | 'MEETING'
  /** Visit of a project on site. */
  | 'SITE_VISIT'
  /** Working session of a social lab. */
  | 'WORKSHOP';

/** A change a coordinator makes to the session, each by its own mutation. */
export type WorkshopMove =
  /** End it (`closeWorkshop`). */
  | 'CLOSE'
  /** Start, or resume after a pause (`openWorkshop`). */
  | 'OPEN'
  /** Pause the live session (`pauseWorkshop`). */
  | 'PAUSE'
  /** Reopen it, soon after it closed (`reopenWorkshop`). */
  | 'REOPEN'
  /** Announce the draft (`scheduleWorkshop`). */
  | 'SCHEDULE';

/** Result of an action on a workshop. */
export type WorkshopPayload = {
  /** What to fix; empty on success. */
  userErrors: Array<UserError>;
  /** The workshop after the action. */
  workshop?: Maybe<Workshop>;
};

/** Orderings of the workshops list. */
export type WorkshopSort =
  /** Latest start first. */
  | 'LATEST'
  /** Earliest start first. */
  | 'SOONEST';

/** The session’s state after a workshop event. */
export type WorkshopState = {
  /** The question put to the room. */
  activePrompt?: Maybe<Prompt>;
  /** Join code while live or paused, for the workshop’s coordinators; null for everyone else. */
  joinCode?: Maybe<Scalars['String']['output']>;
  moderationMode: ModerationMode;
  status: WorkshopStatus;
};

/** Lifecycle of a workshop. */
export type WorkshopStatus =
  /** Over; what was said stays on record. */
  | 'CLOSED'
  /** Being prepared; visible to coordinators only. */
  | 'DRAFT'
  /** Taking contributions now. */
  | 'LIVE'
  /** Live session paused; contributions are refused. */
  | 'PAUSED'
  /** Announced, not started. */
  | 'SCHEDULED';

/** Where a workshop stands in time. */
export type WorkshopTiming =
  /** Live or paused now. */
  | 'LIVE'
  /** Closed. */
  | 'PAST'
  /** Scheduled, not started. */
  | 'UPCOMING';

export type SiteHeader_ViewerFragment = {
  kind: ViewerKind;
  displayName: string;
  guestWorkshop?: { slug: string } | null;
} & { ' $fragmentName'?: 'SiteHeader_ViewerFragment' };

export type OrganizationCard_OrganizationFragment = {
  slug: string;
  name: string;
  kind: OrganizationKind;
  commune?: string | null;
  description: string;
} & { ' $fragmentName'?: 'OrganizationCard_OrganizationFragment' };

export type PortraitCard_PortraitFragment = {
  slug: string;
  name: string;
  summary: string;
  commune: string;
  stage: PortraitStage;
  isDemo: boolean;
  territory: { slug: string; name: string };
  themes: Array<{ slug: string; name: string; nameEn: string }>;
  funding: { euShare?: number | null };
} & { ' $fragmentName'?: 'PortraitCard_PortraitFragment' };

export type StoryCard_StoryFragment = {
  slug: string;
  title: string;
  kind: StoryKind;
  summary: string;
  publishedAt?: string | null;
  isDemo: boolean;
  teller?: { name: string; role?: string | null } | null;
  territory: { slug: string; name: string };
} & { ' $fragmentName'?: 'StoryCard_StoryFragment' };

export type TerritoryCard_TerritoryFragment = {
  slug: string;
  name: string;
  kind: TerritoryKind;
  region: string;
  description: string;
  neighbourhoods: Array<{ slug: string; name: string }>;
} & { ' $fragmentName'?: 'TerritoryCard_TerritoryFragment' };

export type WorkshopCard_WorkshopFragment = {
  slug: string;
  title: string;
  kind: WorkshopKind;
  status: WorkshopStatus;
  startsAt: string;
  endsAt: string;
  place: string;
  isDemo: boolean;
  contributionCount: number;
  territory: { slug: string; name: string };
} & { ' $fragmentName'?: 'WorkshopCard_WorkshopFragment' };

export type LiveStart_WorkshopFragment = {
  id: string;
  lastSeq: number;
  connectedCount: number;
  status: WorkshopStatus;
  moderationMode: ModerationMode;
  joinCode?: string | null;
  activePrompt?: { id: string; question: string } | null;
} & { ' $fragmentName'?: 'LiveStart_WorkshopFragment' };

export type LiveEnvelope_WorkshopEventFragment = {
  seq: number;
  type: WorkshopEventType;
  contributionId?: string | null;
  mergedIntoId?: string | null;
  voteCount?: number | null;
  connectedCount?: number | null;
  workshop?: {
    status: WorkshopStatus;
    moderationMode: ModerationMode;
    joinCode?: string | null;
    activePrompt?: { id: string; question: string } | null;
  } | null;
} & { ' $fragmentName'?: 'LiveEnvelope_WorkshopEventFragment' };

export type FormLimitsQueryVariables = Exact<{ [key: string]: never }>;

export type FormLimitsQuery = {
  limits: {
    contributionBodyMax: number;
    reasonMin: number;
    reasonMax: number;
    questionMin: number;
    questionMax: number;
    reopenWindowHours: number;
    passwordMin: number;
    passwordMax: number;
    displayNameMin: number;
    displayNameMax: number;
    emailMax: number;
    signUpLinkHours: number;
  };
};

export type LayoutViewerQueryVariables = Exact<{ [key: string]: never }>;

export type LayoutViewerQuery = {
  viewer?:
    | ({ kind: ViewerKind; displayName: string; guestWorkshop?: { slug: string } | null } & {
        ' $fragmentRefs'?: { SiteHeader_ViewerFragment: SiteHeader_ViewerFragment };
      })
    | null;
};

export type HomePageQueryVariables = Exact<{ [key: string]: never }>;

export type HomePageQuery = {
  live: {
    nodes: Array<
      { id: string } & { ' $fragmentRefs'?: { WorkshopCard_WorkshopFragment: WorkshopCard_WorkshopFragment } }
    >;
  };
  upcoming: {
    totalCount: number;
    nodes: Array<
      { id: string } & { ' $fragmentRefs'?: { WorkshopCard_WorkshopFragment: WorkshopCard_WorkshopFragment } }
    >;
  };
  past: { totalCount: number };
  portraits: {
    totalCount: number;
    nodes: Array<
      { id: string } & { ' $fragmentRefs'?: { PortraitCard_PortraitFragment: PortraitCard_PortraitFragment } }
    >;
  };
  stories: {
    nodes: Array<{ id: string } & { ' $fragmentRefs'?: { StoryCard_StoryFragment: StoryCard_StoryFragment } }>;
  };
  territories: {
    totalCount: number;
    nodes: Array<
      { id: string } & { ' $fragmentRefs'?: { TerritoryCard_TerritoryFragment: TerritoryCard_TerritoryFragment } }
    >;
  };
};

export type JoinLookupQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;

export type JoinLookupQuery = { workshopByCode?: { slug: string; title: string; status: WorkshopStatus } | null };

export type JoinWorkshopMutationVariables = Exact<{
  code: Scalars['String']['input'];
  displayName: Scalars['String']['input'];
}>;

export type JoinWorkshopMutation = {
  joinWorkshop: { workshop?: { slug: string } | null; userErrors: Array<{ field?: string | null; message: string }> };
};

export type OrganizationsPageQueryVariables = Exact<{
  filter?: InputMaybe<OrganizationFilter>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;

export type OrganizationsPageQuery = {
  organizations: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor?: string | null };
    nodes: Array<
      { id: string } & {
        ' $fragmentRefs'?: { OrganizationCard_OrganizationFragment: OrganizationCard_OrganizationFragment };
      }
    >;
  };
  territories: { nodes: Array<{ slug: string; name: string }> };
};

export type OrganizationPageQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;

export type OrganizationPageQuery = {
  organization: {
    id: string;
    slug: string;
    name: string;
    kind: OrganizationKind;
    description: string;
    website?: string | null;
    commune?: string | null;
    territory?: { slug: string; name: string } | null;
    members: Array<{ role: string; person: { id: string; displayName: string } }>;
    partnerships: Array<{
      role: PartnerRole;
      note?: string | null;
      portrait?:
        | ({ id: string } & { ' $fragmentRefs'?: { PortraitCard_PortraitFragment: PortraitCard_PortraitFragment } })
        | null;
    }>;
  };
};

export type PortraitsPageQueryVariables = Exact<{
  filter?: InputMaybe<PortraitFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;

export type PortraitsPageQuery = {
  portraits: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor?: string | null };
    nodes: Array<
      { id: string } & { ' $fragmentRefs'?: { PortraitCard_PortraitFragment: PortraitCard_PortraitFragment } }
    >;
  };
  themes: Array<{ slug: string; name: string; nameEn: string }>;
  territories: { nodes: Array<{ slug: string; name: string }> };
};

export type PortraitPageQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;

export type PortraitPageQuery = {
  portrait: {
    id: string;
    slug: string;
    name: string;
    summary: string;
    commune: string;
    need: string;
    project: string;
    results: string;
    stage: PortraitStage;
    startYear?: number | null;
    durationMonths?: number | null;
    budgetTotal?: number | null;
    website?: string | null;
    isDemo: boolean;
    territory: { slug: string; name: string; region: string };
    themes: Array<{ slug: string; name: string; nameEn: string }>;
    funding: { euShare?: number | null };
    replicatedFrom?: { slug: string; name: string; commune: string } | null;
    replications: Array<{ slug: string; name: string; commune: string }>;
    stories: Array<{ id: string } & { ' $fragmentRefs'?: { StoryCard_StoryFragment: StoryCard_StoryFragment } }>;
    partners: Array<{ role: PartnerRole }>;
    indicators: Array<{ label: string }>;
  } & {
    ' $fragmentRefs'?: {
      PortraitIndicators_PortraitFragment: PortraitIndicators_PortraitFragment;
      PortraitFunding_PortraitFragment: PortraitFunding_PortraitFragment;
      PortraitTimeline_PortraitFragment: PortraitTimeline_PortraitFragment;
      PortraitPartners_PortraitFragment: PortraitPartners_PortraitFragment;
    };
  };
};

export type PortraitFunding_PortraitFragment = {
  budgetTotal?: number | null;
  funding: {
    total?: number | null;
    itemisedTotal: number;
    unitemised: number;
    euAmount: number;
    euShare?: number | null;
  };
  fundingLines: Array<{
    sourceKind: FundingSourceKind;
    label: string;
    amount?: number | null;
    euPriorityAxis?: string | null;
    periodStart?: string | null;
    periodEnd?: string | null;
    note?: string | null;
    isEu: boolean;
    funder?: { slug: string; name: string } | null;
  }>;
} & { ' $fragmentName'?: 'PortraitFunding_PortraitFragment' };

export type PortraitIndicators_PortraitFragment = {
  indicators: Array<{
    label: string;
    value: number;
    unit: string;
    asOf?: string | null;
    period?: string | null;
    note?: string | null;
  }>;
} & { ' $fragmentName'?: 'PortraitIndicators_PortraitFragment' };

export type PortraitPartners_PortraitFragment = {
  partners: Array<{
    role: PartnerRole;
    note?: string | null;
    organization: { slug: string; name: string; kind: OrganizationKind };
  }>;
} & { ' $fragmentName'?: 'PortraitPartners_PortraitFragment' };

export type PortraitTimeline_PortraitFragment = {
  stage: PortraitStage;
  stageHistory: Array<{ stage: PortraitStage; date: string; precision: DatePrecision; note: string }>;
} & { ' $fragmentName'?: 'PortraitTimeline_PortraitFragment' };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;

export type SignInMutation = {
  signIn: { viewer?: { kind: ViewerKind } | null; userErrors: Array<{ field?: string | null; message: string }> };
};

export type SignOutMutationVariables = Exact<{ [key: string]: never }>;

export type SignOutMutation = { signOut: boolean };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;

export type SignUpMutation = {
  signUp: {
    confirmationSent: boolean;
    email?: string | null;
    userErrors: Array<{ field?: string | null; message: string }>;
  };
};

export type ConfirmSignUpMutationVariables = Exact<{
  token: Scalars['String']['input'];
}>;

export type ConfirmSignUpMutation = {
  confirmSignUp: {
    viewer?: { kind: ViewerKind } | null;
    userErrors: Array<{ field?: string | null; message: string }>;
  };
};

export type StoriesPageQueryVariables = Exact<{
  filter?: InputMaybe<StoryFilter>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;

export type StoriesPageQuery = {
  stories: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor?: string | null };
    nodes: Array<{ id: string } & { ' $fragmentRefs'?: { StoryCard_StoryFragment: StoryCard_StoryFragment } }>;
  };
  territories: { nodes: Array<{ slug: string; name: string }> };
};

export type StoryPageQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;

export type StoryPageQuery = {
  story: {
    id: string;
    slug: string;
    title: string;
    kind: StoryKind;
    summary: string;
    bodyHtml: string;
    publishedAt?: string | null;
    isDemo: boolean;
    teller?: { name: string; role?: string | null } | null;
    territory: { slug: string; name: string };
    portrait?:
      | ({ slug: string; name: string; summary: string } & {
          ' $fragmentRefs'?: { PortraitCard_PortraitFragment: PortraitCard_PortraitFragment };
        })
      | null;
    findings: Array<{
      id: string;
      title: string;
      diagnosis: { slug: string; title: string; territory: { slug: string } };
    }>;
  };
};

export type TerritoriesPageQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;

export type TerritoriesPageQuery = {
  territories: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor?: string | null };
    nodes: Array<
      { id: string } & { ' $fragmentRefs'?: { TerritoryCard_TerritoryFragment: TerritoryCard_TerritoryFragment } }
    >;
  };
};

export type TerritoryPageQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;

export type TerritoryPageQuery = {
  territory: {
    id: string;
    slug: string;
    name: string;
    kind: TerritoryKind;
    region: string;
    description: string;
    neighbourhoods: Array<{ slug: string; name: string; commune: string }>;
    themes: Array<{ slug: string; name: string; nameEn: string }>;
    diagnoses: Array<{
      id: string;
      slug: string;
      title: string;
      summary: string;
      status: DiagnosisStatus;
      periodStart: string;
      periodEnd: string;
      validatedAt?: string | null;
      isDemo: boolean;
      findings: Array<
        { id: string; position: number } & {
          ' $fragmentRefs'?: { FindingItem_FindingFragment: FindingItem_FindingFragment };
        }
      >;
    }>;
    portraits: Array<
      { id: string } & { ' $fragmentRefs'?: { PortraitCard_PortraitFragment: PortraitCard_PortraitFragment } }
    >;
    workshops: Array<
      { id: string } & { ' $fragmentRefs'?: { WorkshopCard_WorkshopFragment: WorkshopCard_WorkshopFragment } }
    >;
    organizations: Array<
      { id: string } & {
        ' $fragmentRefs'?: { OrganizationCard_OrganizationFragment: OrganizationCard_OrganizationFragment };
      }
    >;
  };
};

export type FindingItem_FindingFragment = {
  id: string;
  title: string;
  statement: string;
  priority: FindingPriority;
  status: FindingStatus;
  evidenceCount: number;
  themes: Array<{ slug: string; name: string; nameEn: string }>;
  neighbourhoods: Array<{ slug: string; name: string }>;
  evidence: Array<{
    id: string;
    kind: ContributionKind;
    body: string;
    authorName: string;
    authorIsGuest: boolean;
    voteCount: number;
    workshop: { slug: string; title: string };
  }>;
  stories: Array<{ slug: string; title: string }>;
} & { ' $fragmentName'?: 'FindingItem_FindingFragment' };

export type WorkshopsPageQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;

export type WorkshopsPageQuery = {
  live: {
    nodes: Array<
      { id: string } & { ' $fragmentRefs'?: { WorkshopCard_WorkshopFragment: WorkshopCard_WorkshopFragment } }
    >;
  };
  upcoming: {
    totalCount: number;
    nodes: Array<
      { id: string } & { ' $fragmentRefs'?: { WorkshopCard_WorkshopFragment: WorkshopCard_WorkshopFragment } }
    >;
  };
  past: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor?: string | null };
    nodes: Array<
      { id: string } & { ' $fragmentRefs'?: { WorkshopCard_WorkshopFragment: WorkshopCard_WorkshopFragment } }
    >;
  };
};

export type WorkshopPageQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;

export type WorkshopPageQuery = {
  workshop: {
    id: string;
    slug: string;
    title: string;
    kind: WorkshopKind;
    status: WorkshopStatus;
    startsAt: string;
    endsAt: string;
    place: string;
    description: string;
    participantCount?: number | null;
    contributionCount: number;
    isDemo: boolean;
    joinCode?: string | null;
    viewerIsCoordinator: boolean;
    territory: { slug: string; name: string };
    neighbourhoods: Array<{ slug: string; name: string; commune: string }>;
    themes: Array<{ slug: string; name: string; nameEn: string }>;
    coordinators: Array<{ id: string; displayName: string }>;
    prompts: Array<{ id: string; position: number; question: string }>;
    contributions: Array<
      { id: string; prompt?: { id: string } | null } & {
        ' $fragmentRefs'?: { ContributionItem_ContributionFragment: ContributionItem_ContributionFragment };
      }
    >;
  };
};

export type ContributionItem_ContributionFragment = {
  id: string;
  kind: ContributionKind;
  body: string;
  authorName: string;
  authorIsGuest: boolean;
  voteCount: number;
  createdAt: string;
  pinned: boolean;
  addressed: boolean;
  themes: Array<{ slug: string; name: string; nameEn: string }>;
  organization?: { slug: string; name: string } | null;
  replies: Array<{ id: string; body: string; authorName: string; authorIsGuest: boolean; createdAt: string }>;
} & { ' $fragmentName'?: 'ContributionItem_ContributionFragment' };

export type ConsoleAccessQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;

export type ConsoleAccessQuery = { workshop: { viewerIsCoordinator: boolean } };

export type ConsolePageQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;

export type ConsolePageQuery = {
  workshop: {
    id: string;
    slug: string;
    title: string;
    status: WorkshopStatus;
    viewerSessionMoves: Array<WorkshopMove>;
    prompts: Array<{ id: string; position: number; question: string }>;
    allContributions: Array<{
      ' $fragmentRefs'?: { ConsoleItem_ContributionFragment: ConsoleItem_ContributionFragment };
    }>;
    moderationLog: Array<{
      ' $fragmentRefs'?: { ModerationLog_ModerationActionFragment: ModerationLog_ModerationActionFragment };
    }>;
  } & { ' $fragmentRefs'?: { LiveStart_WorkshopFragment: LiveStart_WorkshopFragment } };
  themes: Array<{ slug: string; name: string; nameEn: string }>;
};

export type ConsoleApproveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type ConsoleApproveMutation = {
  approveContribution: { userErrors: Array<{ field?: string | null; message: string }> };
};

export type ConsoleHideMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;

export type ConsoleHideMutation = {
  hideContribution: { userErrors: Array<{ field?: string | null; message: string }> };
};

export type ConsoleRestoreMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type ConsoleRestoreMutation = {
  restoreContribution: { userErrors: Array<{ field?: string | null; message: string }> };
};

export type ConsolePinMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type ConsolePinMutation = { pinContribution: { userErrors: Array<{ field?: string | null; message: string }> } };

export type ConsoleUnpinMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type ConsoleUnpinMutation = {
  unpinContribution: { userErrors: Array<{ field?: string | null; message: string }> };
};

export type ConsoleAddressMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type ConsoleAddressMutation = {
  markContributionAddressed: { userErrors: Array<{ field?: string | null; message: string }> };
};

export type ConsoleMergeMutationVariables = Exact<{
  keepId: Scalars['ID']['input'];
  duplicateId: Scalars['ID']['input'];
}>;

export type ConsoleMergeMutation = {
  mergeContributions: { userErrors: Array<{ field?: string | null; message: string }> };
};

export type ConsoleTagMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  themeSlugs: Array<Scalars['String']['input']> | Scalars['String']['input'];
}>;

export type ConsoleTagMutation = { tagContribution: { userErrors: Array<{ field?: string | null; message: string }> } };

export type ConsoleScheduleMutationVariables = Exact<{
  workshopId: Scalars['ID']['input'];
}>;

export type ConsoleScheduleMutation = {
  scheduleWorkshop: { userErrors: Array<{ field?: string | null; message: string }> };
};

export type ConsoleOpenMutationVariables = Exact<{
  workshopId: Scalars['ID']['input'];
}>;

export type ConsoleOpenMutation = { openWorkshop: { userErrors: Array<{ field?: string | null; message: string }> } };

export type ConsoleReopenMutationVariables = Exact<{
  workshopId: Scalars['ID']['input'];
}>;

export type ConsoleReopenMutation = {
  reopenWorkshop: { userErrors: Array<{ field?: string | null; message: string }> };
};

export type ConsolePauseMutationVariables = Exact<{
  workshopId: Scalars['ID']['input'];
}>;

export type ConsolePauseMutation = { pauseWorkshop: { userErrors: Array<{ field?: string | null; message: string }> } };

export type ConsoleCloseMutationVariables = Exact<{
  workshopId: Scalars['ID']['input'];
}>;

export type ConsoleCloseMutation = { closeWorkshop: { userErrors: Array<{ field?: string | null; message: string }> } };

export type ConsoleSetModeMutationVariables = Exact<{
  workshopId: Scalars['ID']['input'];
  mode: ModerationMode;
}>;

export type ConsoleSetModeMutation = {
  setModerationMode: { userErrors: Array<{ field?: string | null; message: string }> };
};

export type ConsoleSetPromptMutationVariables = Exact<{
  workshopId: Scalars['ID']['input'];
  promptId?: InputMaybe<Scalars['ID']['input']>;
}>;

export type ConsoleSetPromptMutation = {
  setActivePrompt: { userErrors: Array<{ field?: string | null; message: string }> };
};

export type ConsoleAddPromptMutationVariables = Exact<{
  workshopId: Scalars['ID']['input'];
  question: Scalars['String']['input'];
}>;

export type ConsoleAddPromptMutation = { addPrompt: { userErrors: Array<{ field?: string | null; message: string }> } };

export type ConsoleEventsSubscriptionVariables = Exact<{
  workshopId: Scalars['ID']['input'];
  afterSeq?: InputMaybe<Scalars['Int']['input']>;
}>;

export type ConsoleEventsSubscription = {
  workshopEvents: {
    contribution?: { ' $fragmentRefs'?: { ConsoleItem_ContributionFragment: ConsoleItem_ContributionFragment } } | null;
  } & { ' $fragmentRefs'?: { LiveEnvelope_WorkshopEventFragment: LiveEnvelope_WorkshopEventFragment } };
};

export type ConsoleLogQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;

export type ConsoleLogQuery = {
  workshop: {
    status: WorkshopStatus;
    viewerSessionMoves: Array<WorkshopMove>;
    moderationLog: Array<{
      ' $fragmentRefs'?: { ModerationLog_ModerationActionFragment: ModerationLog_ModerationActionFragment };
    }>;
  };
};

export type ConsoleItem_ContributionFragment = {
  id: string;
  kind: ContributionKind;
  body: string;
  authorName: string;
  authorIsGuest: boolean;
  voteCount: number;
  createdAt: string;
  editedAt?: string | null;
  pinned: boolean;
  addressed: boolean;
  moderationState: ModerationState;
  hiddenReason?: string | null;
  reportCount: number;
  parentId?: string | null;
  viewerModerationMoves: Array<ModerationMove>;
  prompt?: { id: string; question: string } | null;
  themes: Array<{ slug: string; name: string; nameEn: string }>;
} & { ' $fragmentName'?: 'ConsoleItem_ContributionFragment' };

export type ModerationLog_ModerationActionFragment = {
  id: string;
  action: ModerationActionKind;
  actorName: string;
  reason?: string | null;
  at: string;
  contribution?: { id: string; body: string } | null;
} & { ' $fragmentName'?: 'ModerationLog_ModerationActionFragment' };

export type LiveBoardPageQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;

export type LiveBoardPageQuery = {
  workshop: {
    id: string;
    slug: string;
    title: string;
    viewerTakesPart: boolean;
    viewerCanPost: boolean;
    viewerVotedIds: Array<string>;
    themes: Array<{ slug: string; name: string; nameEn: string }>;
    contributions: Array<
      { replies: Array<{ ' $fragmentRefs'?: { BoardItem_ContributionFragment: BoardItem_ContributionFragment } }> } & {
        ' $fragmentRefs'?: { BoardItem_ContributionFragment: BoardItem_ContributionFragment };
      }
    >;
  } & { ' $fragmentRefs'?: { LiveStart_WorkshopFragment: LiveStart_WorkshopFragment } };
  themes: Array<{ slug: string; name: string; nameEn: string }>;
};

export type PostContributionMutationVariables = Exact<{
  input: PostContributionInput;
}>;

export type PostContributionMutation = {
  postContribution: {
    contribution?:
      | ({ moderationState: ModerationState } & {
          ' $fragmentRefs'?: { BoardItem_ContributionFragment: BoardItem_ContributionFragment };
        })
      | null;
    userErrors: Array<{ field?: string | null; message: string }>;
  };
};

export type VoteContributionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type VoteContributionMutation = {
  voteContribution: {
    contribution?: { id: string } | null;
    userErrors: Array<{ field?: string | null; message: string }>;
  };
};

export type UnvoteContributionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type UnvoteContributionMutation = {
  unvoteContribution: {
    contribution?: { id: string } | null;
    userErrors: Array<{ field?: string | null; message: string }>;
  };
};

export type EditContributionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  body: Scalars['String']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
}>;

export type EditContributionMutation = {
  editContribution: {
    contribution?: { id: string; body: string; version: number } | null;
    userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }>;
  };
};

export type WithdrawContributionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type WithdrawContributionMutation = {
  withdrawContribution: { userErrors: Array<{ field?: string | null; message: string }> };
};

export type ReportContributionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;

export type ReportContributionMutation = {
  reportContribution: {
    contribution?: { id: string } | null;
    userErrors: Array<{ field?: string | null; message: string }>;
  };
};

export type BoardEventsSubscriptionVariables = Exact<{
  workshopId: Scalars['ID']['input'];
  afterSeq?: InputMaybe<Scalars['Int']['input']>;
}>;

export type BoardEventsSubscription = {
  workshopEvents: {
    contribution?: { ' $fragmentRefs'?: { BoardItem_ContributionFragment: BoardItem_ContributionFragment } } | null;
  } & { ' $fragmentRefs'?: { LiveEnvelope_WorkshopEventFragment: LiveEnvelope_WorkshopEventFragment } };
};

export type BoardRightsQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;

export type BoardRightsQuery = {
  workshop: {
    viewerCanPost: boolean;
    contributions: Array<
      { replies: Array<{ ' $fragmentRefs'?: { BoardItem_RightsFragment: BoardItem_RightsFragment } }> } & {
        ' $fragmentRefs'?: { BoardItem_RightsFragment: BoardItem_RightsFragment };
      }
    >;
  };
};

export type BoardItem_RightsFragment = {
  id: string;
  viewerCanVote: boolean;
  viewerCanReply: boolean;
  viewerCanEdit: boolean;
  viewerCanWithdraw: boolean;
  viewerCanReport: boolean;
} & { ' $fragmentName'?: 'BoardItem_RightsFragment' };

export type BoardItem_ContributionFragment = ({
  id: string;
  kind: ContributionKind;
  body: string;
  version: number;
  authorName: string;
  authorIsGuest: boolean;
  voteCount: number;
  createdAt: string;
  pinned: boolean;
  addressed: boolean;
  moderationState: ModerationState;
  hiddenReason?: string | null;
  viewerIsAuthor: boolean;
  parentId?: string | null;
  themes: Array<{ slug: string; name: string; nameEn: string }>;
} & { ' $fragmentRefs'?: { BoardItem_RightsFragment: BoardItem_RightsFragment } }) & {
  ' $fragmentName'?: 'BoardItem_ContributionFragment';
};

export type WallPageQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;

export type WallPageQuery = {
  workshop: {
    id: string;
    slug: string;
    title: string;
    joinCode?: string | null;
    contributionCounts: Array<{ kind: ContributionKind; count: number }>;
    themeCounts: Array<{ count: number; theme: { slug: string; name: string; nameEn: string } }>;
    contributions: Array<
      { replies: Array<{ ' $fragmentRefs'?: { WallItem_ContributionFragment: WallItem_ContributionFragment } }> } & {
        ' $fragmentRefs'?: { WallItem_ContributionFragment: WallItem_ContributionFragment };
      }
    >;
  } & { ' $fragmentRefs'?: { LiveStart_WorkshopFragment: LiveStart_WorkshopFragment } };
};

export type WallEventsSubscriptionVariables = Exact<{
  workshopId: Scalars['ID']['input'];
  afterSeq?: InputMaybe<Scalars['Int']['input']>;
}>;

export type WallEventsSubscription = {
  workshopEvents: {
    contribution?: { ' $fragmentRefs'?: { WallItem_ContributionFragment: WallItem_ContributionFragment } } | null;
  } & { ' $fragmentRefs'?: { LiveEnvelope_WorkshopEventFragment: LiveEnvelope_WorkshopEventFragment } };
};

export type WallItem_ContributionFragment = {
  id: string;
  kind: ContributionKind;
  body: string;
  authorName: string;
  authorIsGuest: boolean;
  voteCount: number;
  createdAt: string;
  pinned: boolean;
  addressed: boolean;
  moderationState: ModerationState;
  parentId?: string | null;
  themes: Array<{ slug: string; name: string; nameEn: string }>;
} & { ' $fragmentName'?: 'WallItem_ContributionFragment' };

export const SiteHeader_ViewerFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SiteHeader_Viewer' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Viewer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'guestWorkshop' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'slug' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SiteHeader_ViewerFragment, unknown>;
export const OrganizationCard_OrganizationFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrganizationCard_Organization' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Organization' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'commune' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrganizationCard_OrganizationFragment, unknown>;
export const PortraitCard_PortraitFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PortraitCard_Portrait' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Portrait' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'commune' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isDemo' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'territory' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'themes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'funding' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'euShare' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortraitCard_PortraitFragment, unknown>;
export const StoryCard_StoryFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StoryCard_Story' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Story' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isDemo' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'teller' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'territory' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StoryCard_StoryFragment, unknown>;
export const TerritoryCard_TerritoryFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TerritoryCard_Territory' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Territory' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'region' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'neighbourhoods' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TerritoryCard_TerritoryFragment, unknown>;
export const WorkshopCard_WorkshopFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WorkshopCard_Workshop' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Workshop' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'place' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isDemo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contributionCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'territory' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WorkshopCard_WorkshopFragment, unknown>;
export const LiveStart_WorkshopFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LiveStart_Workshop' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Workshop' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastSeq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'connectedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moderationMode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'joinCode' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'activePrompt' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'question' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LiveStart_WorkshopFragment, unknown>;
export const LiveEnvelope_WorkshopEventFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LiveEnvelope_WorkshopEvent' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WorkshopEvent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contributionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mergedIntoId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'voteCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'connectedCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workshop' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'moderationMode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'joinCode' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'activePrompt' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'question' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LiveEnvelope_WorkshopEventFragment, unknown>;
export const PortraitFunding_PortraitFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PortraitFunding_Portrait' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Portrait' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'budgetTotal' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'funding' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'itemisedTotal' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unitemised' } },
                { kind: 'Field', name: { kind: 'Name', value: 'euAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'euShare' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fundingLines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'sourceKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'euPriorityAxis' } },
                { kind: 'Field', name: { kind: 'Name', value: 'periodStart' } },
                { kind: 'Field', name: { kind: 'Name', value: 'periodEnd' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isEu' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'funder' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortraitFunding_PortraitFragment, unknown>;
export const PortraitIndicators_PortraitFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PortraitIndicators_Portrait' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Portrait' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'indicators' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
                { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortraitIndicators_PortraitFragment, unknown>;
export const PortraitPartners_PortraitFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PortraitPartners_Portrait' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Portrait' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'partners' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organization' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortraitPartners_PortraitFragment, unknown>;
export const PortraitTimeline_PortraitFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PortraitTimeline_Portrait' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Portrait' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stageHistory' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: 'precision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortraitTimeline_PortraitFragment, unknown>;
export const FindingItem_FindingFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FindingItem_Finding' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Finding' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statement' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evidenceCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'themes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'neighbourhoods' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'evidence' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorIsGuest' } },
                { kind: 'Field', name: { kind: 'Name', value: 'voteCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'workshop' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stories' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FindingItem_FindingFragment, unknown>;
export const ContributionItem_ContributionFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ContributionItem_Contribution' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Contribution' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authorIsGuest' } },
          { kind: 'Field', name: { kind: 'Name', value: 'voteCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pinned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'addressed' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'themes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'replies' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorIsGuest' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ContributionItem_ContributionFragment, unknown>;
export const ConsoleItem_ContributionFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConsoleItem_Contribution' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Contribution' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authorIsGuest' } },
          { kind: 'Field', name: { kind: 'Name', value: 'voteCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pinned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'addressed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moderationState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hiddenReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerModerationMoves' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'prompt' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'question' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'themes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsoleItem_ContributionFragment, unknown>;
export const ModerationLog_ModerationActionFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ModerationLog_ModerationAction' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ModerationAction' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'action' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'at' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contribution' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ModerationLog_ModerationActionFragment, unknown>;
export const BoardItem_RightsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BoardItem_Rights' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Contribution' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanVote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanReply' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanWithdraw' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanReport' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BoardItem_RightsFragment, unknown>;
export const BoardItem_ContributionFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BoardItem_Contribution' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Contribution' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authorIsGuest' } },
          { kind: 'Field', name: { kind: 'Name', value: 'voteCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pinned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'addressed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moderationState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hiddenReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerIsAuthor' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BoardItem_Rights' } },
          { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'themes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BoardItem_Rights' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Contribution' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanVote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanReply' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanWithdraw' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanReport' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BoardItem_ContributionFragment, unknown>;
export const WallItem_ContributionFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WallItem_Contribution' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Contribution' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authorIsGuest' } },
          { kind: 'Field', name: { kind: 'Name', value: 'voteCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pinned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'addressed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moderationState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'themes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WallItem_ContributionFragment, unknown>;
export const FormLimitsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FormLimits' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'limits' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'contributionBodyMax' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reasonMin' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reasonMax' } },
                { kind: 'Field', name: { kind: 'Name', value: 'questionMin' } },
                { kind: 'Field', name: { kind: 'Name', value: 'questionMax' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reopenWindowHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'passwordMin' } },
                { kind: 'Field', name: { kind: 'Name', value: 'passwordMax' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayNameMin' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayNameMax' } },
                { kind: 'Field', name: { kind: 'Name', value: 'emailMax' } },
                { kind: 'Field', name: { kind: 'Name', value: 'signUpLinkHours' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FormLimitsQuery, FormLimitsQueryVariables>;
export const LayoutViewerDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'LayoutViewer' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'guestWorkshop' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'slug' } }],
                  },
                },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SiteHeader_Viewer' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SiteHeader_Viewer' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Viewer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'guestWorkshop' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'slug' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LayoutViewerQuery, LayoutViewerQueryVariables>;
export const HomePageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'HomePage' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'live' },
            name: { kind: 'Name', value: 'workshops' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'timing' },
                      value: { kind: 'EnumValue', value: 'LIVE' },
                    },
                  ],
                },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '3' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'WorkshopCard_Workshop' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'upcoming' },
            name: { kind: 'Name', value: 'workshops' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'timing' },
                      value: { kind: 'EnumValue', value: 'UPCOMING' },
                    },
                  ],
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'EnumValue', value: 'SOONEST' },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '3' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'WorkshopCard_Workshop' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'past' },
            name: { kind: 'Name', value: 'workshops' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'timing' },
                      value: { kind: 'EnumValue', value: 'PAST' },
                    },
                  ],
                },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '1' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'totalCount' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'portraits' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'EnumValue', value: 'NEWEST' },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '6' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PortraitCard_Portrait' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stories' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '3' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StoryCard_Story' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'territories' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '6' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TerritoryCard_Territory' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WorkshopCard_Workshop' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Workshop' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'place' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isDemo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contributionCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'territory' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PortraitCard_Portrait' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Portrait' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'commune' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isDemo' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'territory' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'themes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'funding' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'euShare' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StoryCard_Story' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Story' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isDemo' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'teller' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'territory' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TerritoryCard_Territory' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Territory' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'region' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'neighbourhoods' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<HomePageQuery, HomePageQueryVariables>;
export const JoinLookupDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'JoinLookup' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workshopByCode' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'code' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<JoinLookupQuery, JoinLookupQueryVariables>;
export const JoinWorkshopDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'JoinWorkshop' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'displayName' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'joinWorkshop' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'code' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'displayName' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'displayName' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'workshop' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'slug' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<JoinWorkshopMutation, JoinWorkshopMutationVariables>;
export const OrganizationsPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OrganizationsPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'OrganizationFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organizations' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '24' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'OrganizationCard_Organization' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'territories' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '100' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrganizationCard_Organization' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Organization' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'commune' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrganizationsPageQuery, OrganizationsPageQueryVariables>;
export const OrganizationPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OrganizationPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'slug' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'website' } },
                { kind: 'Field', name: { kind: 'Name', value: 'commune' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'territory' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'members' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'person' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'partnerships' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'portrait' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PortraitCard_Portrait' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PortraitCard_Portrait' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Portrait' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'commune' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isDemo' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'territory' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'themes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'funding' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'euShare' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrganizationPageQuery, OrganizationPageQueryVariables>;
export const PortraitsPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PortraitsPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PortraitFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'portraits' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PortraitCard_Portrait' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'themes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'territories' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '100' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PortraitCard_Portrait' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Portrait' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'commune' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isDemo' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'territory' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'themes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'funding' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'euShare' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortraitsPageQuery, PortraitsPageQueryVariables>;
export const PortraitPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PortraitPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'portrait' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'slug' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                { kind: 'Field', name: { kind: 'Name', value: 'commune' } },
                { kind: 'Field', name: { kind: 'Name', value: 'need' } },
                { kind: 'Field', name: { kind: 'Name', value: 'project' } },
                { kind: 'Field', name: { kind: 'Name', value: 'results' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startYear' } },
                { kind: 'Field', name: { kind: 'Name', value: 'durationMonths' } },
                { kind: 'Field', name: { kind: 'Name', value: 'budgetTotal' } },
                { kind: 'Field', name: { kind: 'Name', value: 'website' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isDemo' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'territory' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'themes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'funding' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'euShare' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'replicatedFrom' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'commune' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'replications' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'commune' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'stories' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StoryCard_Story' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'partners' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'role' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'indicators' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'label' } }],
                  },
                },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PortraitIndicators_Portrait' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PortraitFunding_Portrait' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PortraitTimeline_Portrait' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PortraitPartners_Portrait' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StoryCard_Story' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Story' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isDemo' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'teller' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'territory' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PortraitIndicators_Portrait' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Portrait' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'indicators' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
                { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PortraitFunding_Portrait' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Portrait' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'budgetTotal' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'funding' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'itemisedTotal' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unitemised' } },
                { kind: 'Field', name: { kind: 'Name', value: 'euAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'euShare' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fundingLines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'sourceKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'euPriorityAxis' } },
                { kind: 'Field', name: { kind: 'Name', value: 'periodStart' } },
                { kind: 'Field', name: { kind: 'Name', value: 'periodEnd' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isEu' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'funder' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PortraitTimeline_Portrait' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Portrait' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stageHistory' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: 'precision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PortraitPartners_Portrait' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Portrait' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'partners' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organization' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortraitPageQuery, PortraitPageQueryVariables>;
export const SignInDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SignIn' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SignInInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'signIn' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'viewer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'kind' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SignOut' },
      selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'signOut' } }] },
    },
  ],
} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const SignUpDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SignUp' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SignUpInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'signUp' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'confirmationSent' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignUpMutation, SignUpMutationVariables>;
export const ConfirmSignUpDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConfirmSignUp' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'confirmSignUp' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'token' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'viewer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'kind' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConfirmSignUpMutation, ConfirmSignUpMutationVariables>;
export const StoriesPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StoriesPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'StoryFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stories' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StoryCard_Story' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'territories' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '100' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StoryCard_Story' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Story' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isDemo' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'teller' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'territory' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StoriesPageQuery, StoriesPageQueryVariables>;
export const StoryPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StoryPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'story' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'slug' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bodyHtml' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isDemo' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'teller' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'territory' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'portrait' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PortraitCard_Portrait' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'findings' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'diagnosis' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'territory' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'slug' } }],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PortraitCard_Portrait' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Portrait' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'commune' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isDemo' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'territory' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'themes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'funding' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'euShare' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StoryPageQuery, StoryPageQueryVariables>;
export const TerritoriesPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TerritoriesPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'territories' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '24' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TerritoryCard_Territory' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TerritoryCard_Territory' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Territory' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'region' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'neighbourhoods' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TerritoriesPageQuery, TerritoriesPageQueryVariables>;
export const TerritoryPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TerritoryPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'territory' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'slug' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'neighbourhoods' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'commune' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'themes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'diagnoses' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'periodStart' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'periodEnd' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'validatedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'isDemo' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'findings' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'FindingItem_Finding' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'portraits' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PortraitCard_Portrait' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'workshops' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'WorkshopCard_Workshop' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organizations' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'OrganizationCard_Organization' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FindingItem_Finding' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Finding' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statement' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'evidenceCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'themes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'neighbourhoods' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'evidence' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorIsGuest' } },
                { kind: 'Field', name: { kind: 'Name', value: 'voteCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'workshop' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stories' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PortraitCard_Portrait' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Portrait' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'commune' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isDemo' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'territory' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'themes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'funding' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'euShare' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WorkshopCard_Workshop' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Workshop' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'place' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isDemo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contributionCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'territory' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrganizationCard_Organization' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Organization' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'commune' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TerritoryPageQuery, TerritoryPageQueryVariables>;
export const WorkshopsPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'WorkshopsPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'live' },
            name: { kind: 'Name', value: 'workshops' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'timing' },
                      value: { kind: 'EnumValue', value: 'LIVE' },
                    },
                  ],
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'EnumValue', value: 'SOONEST' },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '20' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'WorkshopCard_Workshop' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'upcoming' },
            name: { kind: 'Name', value: 'workshops' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'timing' },
                      value: { kind: 'EnumValue', value: 'UPCOMING' },
                    },
                  ],
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'EnumValue', value: 'SOONEST' },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '20' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'WorkshopCard_Workshop' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'past' },
            name: { kind: 'Name', value: 'workshops' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'timing' },
                      value: { kind: 'EnumValue', value: 'PAST' },
                    },
                  ],
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'EnumValue', value: 'LATEST' },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '12' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'WorkshopCard_Workshop' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WorkshopCard_Workshop' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Workshop' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'place' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isDemo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contributionCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'territory' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WorkshopsPageQuery, WorkshopsPageQueryVariables>;
export const WorkshopPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'WorkshopPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workshop' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'slug' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'place' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'participantCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contributionCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isDemo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'joinCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerIsCoordinator' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'territory' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'neighbourhoods' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'commune' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'themes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'coordinators' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'prompts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'question' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'contributions' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'IntValue', value: '200' },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'prompt' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ContributionItem_Contribution' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ContributionItem_Contribution' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Contribution' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authorIsGuest' } },
          { kind: 'Field', name: { kind: 'Name', value: 'voteCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pinned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'addressed' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'themes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'replies' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorIsGuest' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WorkshopPageQuery, WorkshopPageQueryVariables>;
export const ConsoleAccessDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ConsoleAccess' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workshop' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'slug' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'viewerIsCoordinator' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsoleAccessQuery, ConsoleAccessQueryVariables>;
export const ConsolePageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ConsolePage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workshop' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'slug' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerSessionMoves' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'LiveStart_Workshop' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'prompts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'question' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'allContributions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConsoleItem_Contribution' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'moderationLog' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'IntValue', value: '50' },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ModerationLog_ModerationAction' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'themes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LiveStart_Workshop' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Workshop' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastSeq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'connectedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moderationMode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'joinCode' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'activePrompt' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'question' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConsoleItem_Contribution' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Contribution' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authorIsGuest' } },
          { kind: 'Field', name: { kind: 'Name', value: 'voteCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pinned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'addressed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moderationState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hiddenReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerModerationMoves' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'prompt' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'question' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'themes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ModerationLog_ModerationAction' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ModerationAction' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'action' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'at' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contribution' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsolePageQuery, ConsolePageQueryVariables>;
export const ConsoleApproveDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConsoleApprove' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approveContribution' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsoleApproveMutation, ConsoleApproveMutationVariables>;
export const ConsoleHideDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConsoleHide' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'hideContribution' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsoleHideMutation, ConsoleHideMutationVariables>;
export const ConsoleRestoreDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConsoleRestore' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'restoreContribution' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsoleRestoreMutation, ConsoleRestoreMutationVariables>;
export const ConsolePinDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConsolePin' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pinContribution' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsolePinMutation, ConsolePinMutationVariables>;
export const ConsoleUnpinDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConsoleUnpin' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unpinContribution' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsoleUnpinMutation, ConsoleUnpinMutationVariables>;
export const ConsoleAddressDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConsoleAddress' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'markContributionAddressed' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsoleAddressMutation, ConsoleAddressMutationVariables>;
export const ConsoleMergeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConsoleMerge' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'keepId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'duplicateId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mergeContributions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'keepId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'keepId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'duplicateId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'duplicateId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsoleMergeMutation, ConsoleMergeMutationVariables>;
export const ConsoleTagDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConsoleTag' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'themeSlugs' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tagContribution' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'themeSlugs' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'themeSlugs' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsoleTagMutation, ConsoleTagMutationVariables>;
export const ConsoleScheduleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConsoleSchedule' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'workshopId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scheduleWorkshop' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'workshopId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'workshopId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsoleScheduleMutation, ConsoleScheduleMutationVariables>;
export const ConsoleOpenDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConsoleOpen' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'workshopId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'openWorkshop' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'workshopId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'workshopId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsoleOpenMutation, ConsoleOpenMutationVariables>;
export const ConsoleReopenDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConsoleReopen' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'workshopId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reopenWorkshop' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'workshopId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'workshopId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsoleReopenMutation, ConsoleReopenMutationVariables>;
export const ConsolePauseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConsolePause' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'workshopId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pauseWorkshop' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'workshopId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'workshopId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsolePauseMutation, ConsolePauseMutationVariables>;
export const ConsoleCloseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConsoleClose' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'workshopId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'closeWorkshop' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'workshopId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'workshopId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsoleCloseMutation, ConsoleCloseMutationVariables>;
export const ConsoleSetModeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConsoleSetMode' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'workshopId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'mode' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ModerationMode' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setModerationMode' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'workshopId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'workshopId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'mode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'mode' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsoleSetModeMutation, ConsoleSetModeMutationVariables>;
export const ConsoleSetPromptDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConsoleSetPrompt' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'workshopId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'promptId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setActivePrompt' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'workshopId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'workshopId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'promptId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'promptId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsoleSetPromptMutation, ConsoleSetPromptMutationVariables>;
export const ConsoleAddPromptDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConsoleAddPrompt' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'workshopId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'question' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addPrompt' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'workshopId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'workshopId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'question' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'question' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsoleAddPromptMutation, ConsoleAddPromptMutationVariables>;
export const ConsoleEventsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'ConsoleEvents' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'workshopId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'afterSeq' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workshopEvents' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'workshopId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'workshopId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'afterSeq' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'afterSeq' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'LiveEnvelope_WorkshopEvent' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'contribution' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConsoleItem_Contribution' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LiveEnvelope_WorkshopEvent' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WorkshopEvent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contributionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mergedIntoId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'voteCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'connectedCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workshop' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'moderationMode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'joinCode' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'activePrompt' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'question' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConsoleItem_Contribution' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Contribution' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authorIsGuest' } },
          { kind: 'Field', name: { kind: 'Name', value: 'voteCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pinned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'addressed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moderationState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hiddenReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerModerationMoves' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'prompt' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'question' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'themes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsoleEventsSubscription, ConsoleEventsSubscriptionVariables>;
export const ConsoleLogDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ConsoleLog' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workshop' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'slug' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerSessionMoves' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'moderationLog' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'IntValue', value: '50' },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ModerationLog_ModerationAction' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ModerationLog_ModerationAction' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ModerationAction' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'action' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'at' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contribution' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsoleLogQuery, ConsoleLogQueryVariables>;
export const LiveBoardPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'LiveBoardPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workshop' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'slug' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerTakesPart' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerCanPost' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerVotedIds' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'LiveStart_Workshop' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'themes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'contributions' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'IntValue', value: '500' },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BoardItem_Contribution' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'replies' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BoardItem_Contribution' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'themes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BoardItem_Rights' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Contribution' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanVote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanReply' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanWithdraw' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanReport' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LiveStart_Workshop' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Workshop' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastSeq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'connectedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moderationMode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'joinCode' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'activePrompt' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'question' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BoardItem_Contribution' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Contribution' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authorIsGuest' } },
          { kind: 'Field', name: { kind: 'Name', value: 'voteCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pinned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'addressed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moderationState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hiddenReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerIsAuthor' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BoardItem_Rights' } },
          { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'themes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LiveBoardPageQuery, LiveBoardPageQueryVariables>;
export const PostContributionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PostContribution' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PostContributionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'postContribution' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'contribution' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'moderationState' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BoardItem_Contribution' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BoardItem_Rights' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Contribution' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanVote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanReply' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanWithdraw' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanReport' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BoardItem_Contribution' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Contribution' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authorIsGuest' } },
          { kind: 'Field', name: { kind: 'Name', value: 'voteCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pinned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'addressed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moderationState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hiddenReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerIsAuthor' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BoardItem_Rights' } },
          { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'themes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PostContributionMutation, PostContributionMutationVariables>;
export const VoteContributionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'VoteContribution' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'voteContribution' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'contribution' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VoteContributionMutation, VoteContributionMutationVariables>;
export const UnvoteContributionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UnvoteContribution' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unvoteContribution' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'contribution' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UnvoteContributionMutation, UnvoteContributionMutationVariables>;
export const EditContributionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EditContribution' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'body' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expectedVersion' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'editContribution' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'body' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'body' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expectedVersion' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expectedVersion' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'contribution' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EditContributionMutation, EditContributionMutationVariables>;
export const WithdrawContributionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'WithdrawContribution' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'withdrawContribution' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WithdrawContributionMutation, WithdrawContributionMutationVariables>;
export const ReportContributionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReportContribution' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reportContribution' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'contribution' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReportContributionMutation, ReportContributionMutationVariables>;
export const BoardEventsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'BoardEvents' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'workshopId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'afterSeq' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workshopEvents' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'workshopId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'workshopId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'afterSeq' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'afterSeq' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'LiveEnvelope_WorkshopEvent' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'contribution' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'BoardItem_Contribution' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BoardItem_Rights' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Contribution' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanVote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanReply' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanWithdraw' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanReport' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LiveEnvelope_WorkshopEvent' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WorkshopEvent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contributionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mergedIntoId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'voteCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'connectedCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workshop' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'moderationMode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'joinCode' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'activePrompt' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'question' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BoardItem_Contribution' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Contribution' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authorIsGuest' } },
          { kind: 'Field', name: { kind: 'Name', value: 'voteCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pinned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'addressed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moderationState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hiddenReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerIsAuthor' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BoardItem_Rights' } },
          { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'themes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BoardEventsSubscription, BoardEventsSubscriptionVariables>;
export const BoardRightsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BoardRights' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workshop' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'slug' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'viewerCanPost' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'contributions' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'IntValue', value: '500' },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BoardItem_Rights' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'replies' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'BoardItem_Rights' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BoardItem_Rights' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Contribution' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanVote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanReply' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanWithdraw' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanReport' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BoardRightsQuery, BoardRightsQueryVariables>;
export const WallPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'WallPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workshop' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'slug' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'joinCode' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'LiveStart_Workshop' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'contributionCounts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'themeCounts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'theme' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'contributions' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'IntValue', value: '500' },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'WallItem_Contribution' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'replies' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'WallItem_Contribution' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LiveStart_Workshop' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Workshop' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastSeq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'connectedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moderationMode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'joinCode' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'activePrompt' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'question' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WallItem_Contribution' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Contribution' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authorIsGuest' } },
          { kind: 'Field', name: { kind: 'Name', value: 'voteCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pinned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'addressed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moderationState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'themes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WallPageQuery, WallPageQueryVariables>;
export const WallEventsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'WallEvents' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'workshopId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'afterSeq' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workshopEvents' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'workshopId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'workshopId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'afterSeq' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'afterSeq' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'LiveEnvelope_WorkshopEvent' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'contribution' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'WallItem_Contribution' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LiveEnvelope_WorkshopEvent' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WorkshopEvent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contributionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mergedIntoId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'voteCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'connectedCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workshop' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'moderationMode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'joinCode' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'activePrompt' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'question' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WallItem_Contribution' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Contribution' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authorIsGuest' } },
          { kind: 'Field', name: { kind: 'Name', value: 'voteCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pinned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'addressed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moderationState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'themes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WallEventsSubscription, WallEventsSubscriptionVariables>;

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
  /** The `Upload` scalar type represents a file upload. */
  Upload: { input: any; output: any };
};

/** Result of signing in, or of confirming a sign-up. */
export type AuthPayload = {
  /** What to fix; empty on success. */
  userErrors: Array<UserError>;
  /** Who is now signed in. */
  viewer?: Maybe<Viewer>;
};

/** Which kind of authored content a draft is of. */
export type AuthoredKind =
  /** A project portrait. */
  | 'PORTRAIT'
  /** An experience story or a testimony. */
  | 'STORY';

/** One move of a draft: who, when, what changed. */
export type ContentRevision = {
  /** What the move was. */
  action: RevisionAction;
  /** Public name of who made it (null once their account is gone). */
  authorName?: Maybe<Scalars['String']['output']>;
  /** Each text field this revision changed from the previous one, with a word diff. */
  changes: Array<FieldChange>;
  /** When. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Global id of the revision (to restore it). */
  id: Scalars['ID']['output'];
  /** The reviewer’s note, or the number of the revision restored. */
  note?: Maybe<Scalars['String']['output']>;
  /** 1 for the creation, then one more for each move. */
  number: Scalars['Int']['output'];
};

/** A page of a draft’s revisions, newest first. */
export type ContentRevisionConnection = {
  /** The items of this page with their cursors. */
  edges: Array<ContentRevisionEdge>;
  /** The items of this page. */
  nodes: Array<ContentRevision>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Number of items matching the filters, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A ContentRevision with its cursor. */
export type ContentRevisionEdge = {
  /** Opaque position of this item in the list. */
  cursor: Scalars['String']['output'];
  /** The ContentRevision. */
  node: ContentRevision;
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
  /** Reports not read yet, oldest first, with their reasons (the workshop’s coordinators only; empty for others). */
  openReports: Array<ContributionReport>;
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
  /** Reports not yet read by a coordinator (coordinators only; 0 for others). */
  reportCount: Scalars['Int']['output'];
  /** The findings of a shared diagnosis that cite it ("retenue dans le diagnostic"): of diagnoses past their draft, reviewed, not merged away. The same for everyone. */
  retainedIn: Array<Finding>;
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

/** A report of a contribution, as its workshop’s coordinators read it. */
export type ContributionReport = {
  /** When. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Why it was reported. */
  reason: Scalars['String']['output'];
};

/** A new diagnosis of a territory for a period; it starts as a draft. */
export type CreateDiagnosisInput = {
  /** One year ("2026") or two ("2026-2027"), the second not before the first. */
  period: Scalars['String']['input'];
  /** Summary, at most 4000 characters. */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** The territory diagnosed. */
  territoryId: Scalars['ID']['input'];
  /** Title: 3 to 160 characters. */
  title: Scalars['String']['input'];
};

/** An organization created by an admin. */
export type CreateOrganizationInput = {
  /** What it does (at most 4000 characters). */
  description?: Scalars['String']['input'];
  /** What sort of organization it is. */
  kind: OrganizationKind;
  /** Its name (2–120 characters). */
  name: Scalars['String']['input'];
  /** Website address (http or https); empty for none. */
  website?: InputMaybe<Scalars['String']['input']>;
};

/** A new portrait, carried by an organization; or an unclaimed idea claimed. */
export type CreatePortraitInput = {
  /** An unclaimed project idea (a Portrait at stage UNCLAIMED_IDEA) to claim: its draft starts from it. */
  fromIdea?: InputMaybe<Scalars['ID']['input']>;
  /** Name, 3 to 200 characters (not with fromIdea). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The carrier: an Organization you belong to (staff may leave it out, and add partners later). */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** Its Territory (not with fromIdea). */
  territoryId?: InputMaybe<Scalars['ID']['input']>;
};

/** A new story: it starts as a draft only you and coordinators see. */
export type CreateStoryInput = {
  /** Keep the teller unnamed. */
  anonymous?: Scalars['Boolean']['input'];
  /** The story in Markdown (see `limits` for its length). */
  bodyMarkdown: Scalars['String']['input'];
  /** For a testimony, required: its teller agrees to its publication. */
  consent?: Scalars['Boolean']['input'];
  /** Diagnosis findings it illustrates (Finding ids). */
  findingIds?: Array<Scalars['ID']['input']>;
  /** Experience story or testimony. */
  kind: StoryKind;
  /** Portraits it is about (Portrait ids). */
  portraitIds?: Array<Scalars['ID']['input']>;
  /** One-paragraph summary, optional. */
  summary?: Scalars['String']['input'];
  /** Name of the teller, unless anonymous. */
  tellerName?: Scalars['String']['input'];
  /** Their role or standpoint, optional. */
  tellerRole?: Scalars['String']['input'];
  /** The territory it comes from (a Territory id). */
  territoryId: Scalars['ID']['input'];
  /** Title (3–200 characters; see `limits`). */
  title: Scalars['String']['input'];
  /** Workshops it tells of (Workshop ids). */
  workshopIds?: Array<Scalars['ID']['input']>;
};

/** How precise a date is: the sources often give only a year. */
export type DatePrecision = 'DAY' | 'MONTH' | 'YEAR';

/** The shared diagnosis of a territory for a period. */
export type Diagnosis = Node & {
  /** Where contributions are posted outside live workshops; null until the consultation opens. */
  consultation?: Maybe<Workshop>;
  /** Its territory coordinators. */
  coordinators: Array<Person>;
  /** Its findings, in order, whatever their status. */
  findings: Array<Finding>;
  /** Global, opaque id. */
  id: Scalars['ID']['output'];
  /** True for invented demo content. */
  isDemo: Scalars['Boolean']['output'];
  /** Number of the latest event of its live stream (subscribe after it). */
  lastSeq: Scalars['Int']['output'];
  /** Themes × neighbourhoods of its retained findings, with the weight of evidence of each cell. */
  matrix: Array<MatrixCell>;
  /** Who took part: its workshops, participants, contributions and organizations. */
  participation: DiagnosisParticipation;
  /** Suggested edits waiting for a review, oldest first (for its coordinators; empty for others). */
  pendingSuggestions: Array<FindingSuggestion>;
  /** The period, as its address names it: "2026-2027", or "2015" for one year. */
  period: Scalars['String']['output'];
  /** Last day of the period (YYYY-MM-DD). */
  periodEnd: Scalars['String']['output'];
  /** First day of the period (YYYY-MM-DD). */
  periodStart: Scalars['String']['output'];
  /** Participants’ proposals no coordinator has reviewed yet, in order (for its coordinators; empty for others). */
  proposalsAwaitingReview: Array<Finding>;
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
  /** Its moves from state to state, newest first. */
  transitions: Array<DiagnosisTransition>;
  /** When it was validated. */
  validatedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The coordinator who validated it. */
  validatedBy?: Maybe<Person>;
  /** `postDiagnosisContribution` would accept your contribution now. */
  viewerCanContribute: Scalars['Boolean']['output'];
  /** You coordinate it: you write and decide its findings, and moderate its consultation. */
  viewerCanCoordinate: Scalars['Boolean']['output'];
  /** `proposeFinding` would accept your finding now. */
  viewerCanPropose: Scalars['Boolean']['output'];
  /** The moves of its life the mutations would accept of you now (none unless you coordinate it). */
  viewerDiagnosisMoves: Array<DiagnosisMove>;
  /** The workshops that feed it, latest first (its consultation apart). */
  workshops: Array<Workshop>;
};

/** One event of a diagnosis’s live stream, as this viewer may see it. Stored events are numbered by `seq`; subscribe again with the last `seq` seen to receive what was missed. */
export type DiagnosisEvent = {
  /** When it happened. */
  at: Scalars['DateTimeISO']['output'];
  /** For PRESENCE: people on the page now. */
  connectedCount?: Maybe<Scalars['Int']['output']>;
  /** For EVIDENCE_*: the contributions attached or detached. */
  contributionIds: Array<Scalars['ID']['output']>;
  /** For DIAGNOSIS_STATUS_CHANGED: the new status. */
  diagnosisStatus?: Maybe<DiagnosisStatus>;
  /** For FINDING_EDITING: started (true) or stopped. */
  editing?: Maybe<Scalars['Boolean']['output']>;
  /** For FINDING_EDITING: who. */
  editorName?: Maybe<Scalars['String']['output']>;
  /** The finding after the change, when you may see it; null when it left your view. */
  finding?: Maybe<Finding>;
  /** The finding concerned. */
  findingId?: Maybe<Scalars['ID']['output']>;
  /** For FINDING_MERGED: the finding kept. */
  mergedIntoId?: Maybe<Scalars['ID']['output']>;
  /** For DIAGNOSIS_STATUS_CHANGED: why, when it was said. */
  reason?: Maybe<Scalars['String']['output']>;
  /** Number of the event in its diagnosis. PRESENCE events repeat the last number and are not stored. */
  seq: Scalars['Int']['output'];
  /** For COMMENT_* and SUGGESTION_*: the comment or suggestion. */
  subjectId?: Maybe<Scalars['ID']['output']>;
  /** What happened. */
  type: DiagnosisEventType;
};

/** What happened in a shared diagnosis. */
export type DiagnosisEventType =
  /** A coordinator hid a comment. */
  | 'COMMENT_HIDDEN'
  /** Someone commented on it. */
  | 'COMMENT_POSTED'
  /** Opened for consultation, validated, archived or reopened. */
  | 'DIAGNOSIS_STATUS_CHANGED'
  /** Contributions now back it (`contributionIds`). */
  | 'EVIDENCE_ATTACHED'
  /** Contributions no longer back it (`contributionIds`). */
  | 'EVIDENCE_DETACHED'
  /** A finding was written or proposed (or promoted from contributions). */
  | 'FINDING_ADDED'
  /** Its text changed (an edit, an accepted suggestion, a restored revision). */
  | 'FINDING_EDITED'
  /** Someone started or stopped editing it (`editorName`, `editing`). */
  | 'FINDING_EDITING'
  /** Merged into another finding (`mergedIntoId`). */
  | 'FINDING_MERGED'
  /** Its position in the diagnosis changed. */
  | 'FINDING_MOVED'
  /** Retained, set aside, or proposed again. */
  | 'FINDING_STATUS_CHANGED'
  /** Its supports or co-signing organizations changed. */
  | 'FINDING_SUPPORTED'
  /** Number of people on the diagnosis page changed (not stored, not replayed). */
  | 'PRESENCE'
  /** An edit was suggested (its coordinators and author only). */
  | 'SUGGESTION_POSTED'
  /** A suggestion was accepted or declined (its coordinators and author only). */
  | 'SUGGESTION_REVIEWED';

/** A change a coordinator makes to a diagnosis’s life, each by its own mutation. */
export type DiagnosisMove =
  /** Archive the validated diagnosis (`archiveDiagnosis`). */
  | 'ARCHIVE'
  /** Open the draft for consultation (`openConsultation`). */
  | 'CONSULT'
  /** Reopen it for consultation, saying why (`reopenDiagnosis`). */
  | 'REOPEN'
  /** Validate it at the end of the consultation (`validateDiagnosis`). */
  | 'VALIDATE';

/** Who took part, over the workshops linked to the diagnosis and its consultation; published contributions only. */
export type DiagnosisParticipation = {
  /** Published contributions (replies excluded). */
  contributionCount: Scalars['Int']['output'];
  /** Published contributions by kind. */
  contributionsByKind: Array<KindCount>;
  /** Organizations that spoke in a published contribution or co-signed a finding, each once. */
  organizationCount: Scalars['Int']['output'];
  /** The organizations of `organizationCount`, by kind. */
  organizationsByKind: Array<OrganizationKindCount>;
  /** People and guests who posted a published contribution, each once. */
  participantCount: Scalars['Int']['output'];
  /** Published contributions by month, oldest first. */
  timeline: Array<MonthCount>;
  /** Workshops linked to the diagnosis (its consultation apart). */
  workshopCount: Scalars['Int']['output'];
};

/** Result of an action on a diagnosis. */
export type DiagnosisPayload = {
  /** The diagnosis after the action. */
  diagnosis?: Maybe<Diagnosis>;
  /** What to fix; empty on success. */
  userErrors: Array<UserError>;
};

/** Where a shared diagnosis stands. */
export type DiagnosisStatus =
  /** Kept for the record; a later period has taken over. */
  | 'ARCHIVED'
  /** Public: people contribute, comment, support and co-sign its findings. */
  | 'CONSULTATION'
  /** Being written; seen by its coordinators only. */
  | 'DRAFT'
  /** Agreed and published; frozen unless a coordinator reopens it. */
  | 'VALIDATED';

/** A move of a diagnosis from one state to another, as logged. */
export type DiagnosisTransition = Node & {
  /** Who made the move (null once their account is gone). */
  actor?: Maybe<Person>;
  /** When. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Where it was. */
  fromStatus: DiagnosisStatus;
  /** Global, opaque id. */
  id: Scalars['ID']['output'];
  /** Why, as the coordinator said it (required to reopen; may be empty otherwise). */
  reason: Scalars['String']['output'];
  /** Where it went. */
  toStatus: DiagnosisStatus;
};

/** Whether a run of words was kept, added or removed. */
export type DiffKind = 'ADDED' | 'REMOVED' | 'SAME';

/** A run of words of a statement diff: unchanged, added or removed (in reading order). */
export type DiffPart = {
  /** Only in the newer text. */
  added: Scalars['Boolean']['output'];
  /** Only in the older text. */
  removed: Scalars['Boolean']['output'];
  /** The words, with their spacing. */
  value: Scalars['String']['output'];
};

/** The working copy of a story or a portrait and its review, for its editors and for coordinators. */
export type DraftInfo = {
  /** The draft’s version: send it back as `expectedVersion` with the next move. */
  editVersion: Scalars['Int']['output'];
  /** Story or portrait. */
  kind: AuthoredKind;
  /** Its page on the site; the editor is this path followed by `/edit`. */
  path: Scalars['String']['output'];
  /** Where it stands in its review. */
  reviewState: ReviewState;
  /** What the reviewer asked to change, until the next review. */
  reviewerNote?: Maybe<Scalars['String']['output']>;
  /** Its revisions, newest first. */
  revisions: ContentRevisionConnection;
  /** Global id of the subject (a Story or a Portrait). */
  subjectId: Scalars['ID']['output'];
  /** When it was last submitted for review. */
  submittedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Its title, as the draft reads. */
  title: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Whether you may save changes to the draft. */
  viewerCanEdit: Scalars['Boolean']['output'];
  /** Whether you may publish it (coordinators and admins). */
  viewerCanPublish: Scalars['Boolean']['output'];
  /** Whether you may ask its authors for changes (coordinators and admins). */
  viewerCanRequestChanges: Scalars['Boolean']['output'];
  /** Whether you may make an earlier revision the draft again. */
  viewerCanRestore: Scalars['Boolean']['output'];
  /** Whether you may submit it for review. */
  viewerCanSubmit: Scalars['Boolean']['output'];
  /** Whether you may take it off public pages. */
  viewerCanWithdraw: Scalars['Boolean']['output'];
};

/** The working copy of a story or a portrait and its review, for its editors and for coordinators. */
export type DraftInfoRevisionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A draft in a list (“mes contenus”, “à relire”). */
export type DraftSummary = {
  /** Public name of its author. */
  authorName?: Maybe<Scalars['String']['output']>;
  /** The draft’s version: a review from the list sends it back as `expectedVersion`. */
  editVersion: Scalars['Int']['output'];
  /** Story or portrait. */
  kind: AuthoredKind;
  /** Its page on the site; its editor is this path followed by `/edit`. */
  path: Scalars['String']['output'];
  /** Where it stands in its review. */
  reviewState: ReviewState;
  /** What the reviewer asked to change, if they did. */
  reviewerNote?: Maybe<Scalars['String']['output']>;
  /** Global id of the subject (a Story or a Portrait). */
  subjectId: Scalars['ID']['output'];
  /** When it was last submitted for review. */
  submittedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Its title, as the draft reads. */
  title: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** A page of drafts. */
export type DraftSummaryConnection = {
  /** The items of this page with their cursors. */
  edges: Array<DraftSummaryEdge>;
  /** The items of this page. */
  nodes: Array<DraftSummary>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Number of items matching the filters, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A DraftSummary with its cursor. */
export type DraftSummaryEdge = {
  /** Opaque position of this item in the list. */
  cursor: Scalars['String']['output'];
  /** The DraftSummary. */
  node: DraftSummary;
};

/** One text field a revision changed, before and after, with its word diff. */
export type FieldChange = {
  /** Its text after the revision. */
  after: Scalars['String']['output'];
  /** Its text before the revision (empty for a creation). */
  before: Scalars['String']['output'];
  /** Word by word, from before to after. */
  diff: Array<TextDiffPart>;
  /** Which field (`title`, `bodyMarkdown`…), as the subject’s document names it. */
  field: Scalars['String']['output'];
};

/** A statement of the diagnosis, with the contributions behind it. */
export type Finding = Node & {
  /** The projects that answer it (published ones, for the public). */
  answeredBy: Array<Portrait>;
  /** A participant’s proposal no coordinator has reviewed yet. */
  awaitingReview: Scalars['Boolean']['output'];
  /** Comments, oldest first; hidden ones are listed to its diagnosis’s coordinators only. */
  comments: Array<FindingComment>;
  /** Organizations that co-sign it: a member supported it on their behalf. */
  cosigners: Array<Organization>;
  /** When it was put forward. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The diagnosis it belongs to. */
  diagnosis: Diagnosis;
  /** The contributions that back it, most supported first: published ones for everyone; its diagnosis’s coordinators also see those hidden since (see `moderationState`). */
  evidence: Array<Contribution>;
  /** Number of contributions behind it (those `evidence` lists). */
  evidenceCount: Scalars['Int']['output'];
  /** Global, opaque id. */
  id: Scalars['ID']['output'];
  /** Need, asset or opportunity. */
  kind: FindingKind;
  /** When it last changed (null when it has no history). */
  lastChangedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Who changed it last. */
  lastChangedBy?: Maybe<Person>;
  /** For status MERGED: the finding that carries on what it said (null when you may not see it). */
  mergedInto?: Maybe<Finding>;
  /** Neighbourhoods concerned. */
  neighbourhoods: Array<Neighbourhood>;
  /** Distinct organizations in whose name what backs it was said. */
  organizationCount: Scalars['Int']['output'];
  /** Distinct people (accounts or guests) who said what backs it. */
  participantCount: Scalars['Int']['output'];
  /** Order within the diagnosis. */
  position: Scalars['Int']['output'];
  /** Priority. */
  priority: FindingPriority;
  /** The participant who proposed it (null for what coordinators wrote). */
  proposedBy?: Maybe<Person>;
  /** Every change of it, newest first. */
  revisions: Array<FindingRevision>;
  /** The statement, in Markdown (render it through a sanitizer). */
  statement: Scalars['String']['output'];
  /** The statement rendered to HTML, sanitized (safe to insert). */
  statementHtml: Scalars['String']['output'];
  /** What the diagnosis makes of it. */
  status: FindingStatus;
  /** Stories that illustrate it. */
  stories: Array<Story>;
  /** Edits suggested, newest first: all of them for its coordinators, your own for you, none for others. */
  suggestions: Array<FindingSuggestion>;
  /** People who share this finding ("je partage ce constat"). */
  supportCount: Scalars['Int']['output'];
  /** Themes concerned. */
  themes: Array<Theme>;
  /** Short title. */
  title: Scalars['String']['output'];
  /** Its version: an edit names the one it started from, and is refused when the finding changed since. */
  version: Scalars['Int']['output'];
  /** You may comment on it now (signed in, during the consultation). */
  viewerCanComment: Scalars['Boolean']['output'];
  /** You coordinate its diagnosis, which is not frozen, and it is not merged: `updateFinding`, `moveFinding`, `setFindingStatus`, `mergeFindings` and `restoreFindingRevision` would accept it. */
  viewerCanEdit: Scalars['Boolean']['output'];
  /** You may attach, detach and promote contributions into it (its diagnosis’s coordinators). */
  viewerCanPromote: Scalars['Boolean']['output'];
  /** You are signed in, its diagnosis is in consultation and it is not merged: `suggestFindingEdit` would accept a suggestion. */
  viewerCanSuggest: Scalars['Boolean']['output'];
  /** You may support it now (signed in, during the consultation, once it is reviewed). */
  viewerCanSupport: Scalars['Boolean']['output'];
  /** Organizations you may co-sign for: yours, that let their members do so. Empty when signed out. */
  viewerCoSignOrganizations: Array<Organization>;
  /** The organization you co-signed it for, if you supported it on one’s behalf. */
  viewerCosignedFor?: Maybe<Organization>;
  /** You support it. */
  viewerSupports: Scalars['Boolean']['output'];
};

/** A comment on a finding, during the consultation. */
export type FindingComment = Node & {
  /** Who wrote it. */
  author?: Maybe<Person>;
  /** The text, as written (plain text). */
  body: Scalars['String']['output'];
  /** When it was written. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Hidden by a coordinator: then listed to the diagnosis’s coordinators only. */
  hidden: Scalars['Boolean']['output'];
  /** Global, opaque id. */
  id: Scalars['ID']['output'];
};

/** Result of an action on a finding’s comment. */
export type FindingCommentPayload = {
  /** The comment after the action; null with user errors. */
  comment?: Maybe<FindingComment>;
  /** The finding commented on (its comments listed anew); null with user errors. */
  finding?: Maybe<Finding>;
  /** What to fix; empty on success. */
  userErrors: Array<UserError>;
};

/** What a finding says of the territory. */
export type FindingKind =
  /** An asset or resource of the territory. */
  | 'ASSET'
  /** An opportunity to seize. */
  | 'OPPORTUNITY'
  /** A need nobody answers yet. */
  | 'UNMET_NEED';

/** Result of an action on a finding. */
export type FindingPayload = {
  /** The finding after the action (for a merge, the one kept). Null with user errors, but with FINDING_CHANGED: then the finding as it now is (its text, version and who changed it), nothing saved. */
  finding?: Maybe<Finding>;
  /** What to fix; empty on success. */
  userErrors: Array<UserError>;
};

/** How urgent it is, as agreed. */
export type FindingPriority = 'HIGH' | 'LOW' | 'MEDIUM';

/** One change of a finding: who, when, what, before and after. */
export type FindingRevision = Node & {
  /** The finding after the change. */
  after: FindingText;
  /** Who made the change. */
  author?: Maybe<Person>;
  /** The finding before the change (null for its creation). */
  before?: Maybe<FindingText>;
  /** What changed. */
  change: RevisionChange;
  /** When. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Global, opaque id. */
  id: Scalars['ID']['output'];
  /** What was said of the change (a review’s note), or empty. For RESTORED: the number of the revision restored. For SUGGESTION_ACCEPTED over changes made since the suggestion was written, it starts with "[vN → vM]": written from version N, applied over version M. */
  note: Scalars['String']['output'];
  /** 1 for its creation, then one more for each change. */
  number: Scalars['Int']['output'];
  /** The statement before → after, word by word (for its creation, all added). */
  statementDiff: Array<DiffPart>;
};

/** What the diagnosis makes of a finding. */
export type FindingStatus =
  /** Merged into another finding (`mergedInto`). */
  | 'MERGED'
  /** Put forward, under discussion. */
  | 'PROPOSED'
  /** Retained in the diagnosis. */
  | 'RETAINED'
  /** Set aside. */
  | 'SET_ASIDE';

/** An edit of a finding suggested to its coordinators, who accept or decline it. */
export type FindingSuggestion = Node & {
  /** Who suggested it. */
  author?: Maybe<Person>;
  /** The finding’s version it was written from. */
  baseVersion: Scalars['Int']['output'];
  /** When it was suggested. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The finding it would change. */
  finding?: Maybe<Finding>;
  /** Global, opaque id. */
  id: Scalars['ID']['output'];
  /** Why its author suggests it, or empty. */
  note: Scalars['String']['output'];
  /** The coordinator’s note on accepting or declining it, or empty. */
  reviewNote: Scalars['String']['output'];
  /** When it was reviewed. */
  reviewedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The coordinator who reviewed it. */
  reviewedBy?: Maybe<Person>;
  /** Waiting, accepted or declined. */
  state: SuggestionState;
  /** The statement suggested, in Markdown. */
  statement: Scalars['String']['output'];
  /** From the finding’s statement now to the one suggested, word by word: what accepting it would change. */
  statementDiff: Array<DiffPart>;
  /** The title suggested. */
  title: Scalars['String']['output'];
};

/** Result of suggesting an edit. */
export type FindingSuggestionPayload = {
  /** The suggestion; null with user errors. */
  suggestion?: Maybe<FindingSuggestion>;
  /** What to fix; empty on success. */
  userErrors: Array<UserError>;
};

/** What a revision records of a finding, before or after the change. */
export type FindingText = {
  /** Need, asset or opportunity. */
  kind: FindingKind;
  /** Priority. */
  priority: FindingPriority;
  /** Statement, in Markdown. */
  statement: Scalars['String']['output'];
  /** Status. */
  status: FindingStatus;
  /** Title. */
  title: Scalars['String']['output'];
};

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

/** A line of the portrait’s funding mix. */
export type FundingLineInput = {
  /** Amount in euros (at most 2 decimals); leave out when unknown. */
  amount?: InputMaybe<Scalars['String']['input']>;
  /** EU investment priority (European funds only), e.g. "8a". */
  euPriorityAxis?: InputMaybe<Scalars['String']['input']>;
  /** The draft’s `editVersion` the form started from (0 when the portrait has no draft yet). */
  expectedVersion: Scalars['Int']['input'];
  /** The funder, when it is a known Organization. */
  funderId?: InputMaybe<Scalars['ID']['input']>;
  /** The Portrait. */
  id: Scalars['ID']['input'];
  /** The line’s key, to edit one (leave out to add). */
  key?: InputMaybe<Scalars['String']['input']>;
  /** Label of the line, or the funder’s name when it is no known organization. */
  label: Scalars['String']['input'];
  /** Remarks. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** End of the funded period. */
  periodEnd?: InputMaybe<Scalars['String']['input']>;
  /** Start of the funded period: YYYY, YYYY-MM or YYYY-MM-DD. */
  periodStart?: InputMaybe<Scalars['String']['input']>;
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
  /** Lines whose amount the sources do not give: left out of the sums, counted apart. */
  unknownAmountLines: Scalars['Int']['output'];
};

/** An uploaded picture, served at several widths in WebP (and its original, metadata stripped). Seen by anyone once the content using it is published; before that, by its uploader and staff. */
export type Image = Node & {
  /** Height of the original in pixels, upright. */
  height: Scalars['Int']['output'];
  /** Global, opaque id. */
  id: Scalars['ID']['output'];
  /** Path of the original, re-encoded in its own format without metadata. */
  originalUrl: Scalars['String']['output'];
  /** Path of the WebP rendition nearest to `width` (the smallest at least as wide, else the widest); without `width`, the widest. Public images are cached for a year. */
  url: Scalars['String']['output'];
  /** Width of the original in pixels, upright. */
  width: Scalars['Int']['output'];
};

/** An uploaded picture, served at several widths in WebP (and its original, metadata stripped). Seen by anyone once the content using it is published; before that, by its uploader and staff. */
export type ImageUrlArgs = {
  width?: InputMaybe<Scalars['Int']['input']>;
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

/** A figure of the portrait. */
export type IndicatorInput = {
  /** When it was measured: YYYY, YYYY-MM or YYYY-MM-DD. */
  asOf?: InputMaybe<Scalars['String']['input']>;
  /** The draft’s `editVersion` the form started from (0 when the portrait has no draft yet). */
  expectedVersion: Scalars['Int']['input'];
  /** The Portrait. */
  id: Scalars['ID']['input'];
  /** The indicator’s key, to edit one (leave out to add). */
  key?: InputMaybe<Scalars['String']['input']>;
  /** What is counted. */
  label: Scalars['String']['input'];
  /** Context needed to read the figure. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Or the period it covers ("2019–2022"). */
  period?: InputMaybe<Scalars['String']['input']>;
  /** Unit: personnes, €, m²… */
  unit: Scalars['String']['input'];
  /** The figure, as a decimal number (at most 2 decimals). */
  value: Scalars['String']['input'];
};

/** A link to join an organization, as its managers see it (never the link itself once made). */
export type Invitation = Node & {
  /** When it was made. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The address it was mailed to, if any. */
  email?: Maybe<Scalars['String']['output']>;
  /** When the link stops working. */
  expiresAt: Scalars['DateTimeISO']['output'];
  /** Global, opaque id. */
  id: Scalars['ID']['output'];
  /** The manager who made it. */
  invitedBy?: Maybe<Person>;
};

/** Result of an action on an invitation. */
export type InvitationPayload = {
  /** The invitation after the action. */
  invitation?: Maybe<Invitation>;
  /** What to fix; empty on success. */
  userErrors: Array<UserError>;
};

/** What the holder of an invitation link learns before accepting it. */
export type InvitationPreview = {
  /** When the link stops working. */
  expiresAt: Scalars['DateTimeISO']['output'];
  /** The organization it invites to. */
  organization: Organization;
  /** Whether it may still be accepted. */
  state: InvitationState;
};

/** Where an invitation link stands. */
export type InvitationState =
  /** Used: its holder became a member. */
  | 'ACCEPTED'
  /** Not used in time. */
  | 'EXPIRED'
  /** Open: the link may be used once, until it expires. */
  | 'PENDING'
  /** Withdrawn by a manager. */
  | 'REVOKED';

/** A new invitation, with its link: shown once, never stored. */
export type InvitePayload = {
  /** The invitation made. */
  invitation?: Maybe<Invitation>;
  /** The link to hand the person invited. Only its hash is kept: copy it now. */
  link?: Maybe<Scalars['String']['output']>;
  /** What to fix; empty on success. */
  userErrors: Array<UserError>;
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

/** Someone asks to become a member of an organization. */
export type JoinRequest = Node & {
  /** When it was made. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Global, opaque id. */
  id: Scalars['ID']['output'];
  /** What they say of themselves to the managers. */
  message: Scalars['String']['output'];
  /** Who asks to join. */
  person?: Maybe<Person>;
  /** Where the request stands. */
  state: RequestState;
};

/** Result of an action on a join request. */
export type JoinRequestPayload = {
  /** The request after the action. */
  joinRequest?: Maybe<JoinRequest>;
  /** What to fix; empty on success. */
  userErrors: Array<UserError>;
};

/** Published contributions of one kind. */
export type KindCount = {
  /** How many. */
  count: Scalars['Int']['output'];
  /** The kind. */
  kind: ContributionKind;
};

/** What the API accepts in its forms, so that a site can say it before sending (the API still checks, and says why). */
export type Limits = {
  /** Longest note of a coordinator asking for changes to a story or portrait. */
  changesNoteMax: Scalars['Int']['output'];
  /** Shortest note of a coordinator asking for changes to a story or portrait. */
  changesNoteMin: Scalars['Int']['output'];
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
  /** Most neighbourhoods a finding may name. */
  findingNeighbourhoodsMax: Scalars['Int']['output'];
  /** Longest note of a suggested edit, or of a coordinator reviewing one. */
  findingNoteMax: Scalars['Int']['output'];
  /** Longest statement of a finding (also of a suggested edit). */
  findingStatementMax: Scalars['Int']['output'];
  /** Shortest statement of a finding (also of a suggested edit). */
  findingStatementMin: Scalars['Int']['output'];
  /** Longest title of a finding. */
  findingTitleMax: Scalars['Int']['output'];
  /** Shortest title of a finding. */
  findingTitleMin: Scalars['Int']['output'];
  /** Media types of the images accepted (read from the file’s bytes), for a file input’s `accept`. */
  imageAcceptedTypes: Array<Scalars['String']['output']>;
  /** Largest image file accepted, in bytes. */
  imageMaxBytes: Scalars['Int']['output'];
  /** Most pixels an image may have (width × height). */
  imageMaxPixels: Scalars['Int']['output'];
  /** Most pixels on either side of an image. */
  imageMaxSide: Scalars['Int']['output'];
  /** Longest password accepted (at sign-up and sign-in). */
  passwordMax: Scalars['Int']['output'];
  /** Shortest password of a new account. */
  passwordMin: Scalars['Int']['output'];
  /** What the portrait editor accepts. */
  portrait: PortraitLimits;
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
  /** Longest body of a story (Markdown characters). */
  storyBodyMax: Scalars['Int']['output'];
  /** Shortest body of a story (Markdown characters). */
  storyBodyMin: Scalars['Int']['output'];
  /** Longest summary of a story. */
  storySummaryMax: Scalars['Int']['output'];
  /** Longest name of a story’s teller. */
  storyTellerNameMax: Scalars['Int']['output'];
  /** Shortest name of a story’s teller, when shown. */
  storyTellerNameMin: Scalars['Int']['output'];
  /** Longest role of a story’s teller. */
  storyTellerRoleMax: Scalars['Int']['output'];
  /** Longest title of a story. */
  storyTitleMax: Scalars['Int']['output'];
  /** Shortest title of a story. */
  storyTitleMin: Scalars['Int']['output'];
  /** Most places a workshop may open for registration. */
  workshopCapMax: Scalars['Int']['output'];
  /** Longest presentation of a workshop (Markdown). */
  workshopDescriptionMax: Scalars['Int']['output'];
  /** Longest place of a workshop. */
  workshopPlaceMax: Scalars['Int']['output'];
  /** Longest title of a workshop. */
  workshopTitleMax: Scalars['Int']['output'];
  /** Shortest title of a workshop. */
  workshopTitleMin: Scalars['Int']['output'];
};

/** One theme in one neighbourhood (or in none): the retained findings there and their weight of evidence. */
export type MatrixCell = {
  /** Published contributions behind the cell’s findings, each counted once. */
  evidenceCount: Scalars['Int']['output'];
  /** The retained findings of the cell, in order. */
  findings: Array<Finding>;
  /** The neighbourhood; null for findings that name none. */
  neighbourhood?: Maybe<Neighbourhood>;
  /** The theme. */
  theme: Theme;
};

/** A person's role in an organization. */
export type Membership = {
  /** What the member may do: managers edit the organization and admit people. */
  access: MembershipAccess;
  /** Since when the person is a member. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The organization. */
  organization: Organization;
  /** The member. */
  person: Person;
  /** Role held, in the organization’s words (its title; may be empty). */
  role: Scalars['String']['output'];
};

/** What a member may do in an organization. */
export type MembershipAccess =
  /** Edits its profile, invites people, answers join requests, sets members’ access. */
  | 'MANAGER'
  /** Belongs to it: may co-sign on its behalf when it allows it. */
  | 'MEMBER';

/** Result of an action on a membership. */
export type MembershipPayload = {
  /** The membership made or changed; null when removed. */
  membership?: Maybe<Membership>;
  /** The organization, its members as they now are. */
  organization?: Maybe<Organization>;
  /** What to fix; empty on success. */
  userErrors: Array<UserError>;
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
  /** Read the reports on a contribution and kept it published. */
  | 'KEEP'
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

/** Published contributions of one month. */
export type MonthCount = {
  /** How many. */
  count: Scalars['Int']['output'];
  /** The month, YYYY-MM (Paris time). */
  month: Scalars['String']['output'];
};

/** Where an item of a list moves: one place up (earlier) or down (later). */
export type MoveDirection = 'DOWN' | 'UP';

/** An item moved one place. */
export type MovePortraitItemInput = {
  /** Up or down. */
  direction: MoveDirection;
  /** The draft’s `editVersion` the form started from (0 when the portrait has no draft yet). */
  expectedVersion: Scalars['Int']['input'];
  /** The Portrait. */
  id: Scalars['ID']['input'];
  /** The item’s key (an image’s id for images). */
  key: Scalars['String']['input'];
};

export type Mutation = {
  /** Uses an invitation link (signed in): makes the viewer a member. */
  acceptInvitation: MembershipPayload;
  /** Accepts a request to join (its managers). */
  acceptJoinRequest: JoinRequestPayload;
  /** Adds a funding line at the end. Takes the draft’s `editVersion` (0 before anyone edited it); a stale one saves nothing and answers DRAFT_CHANGED with the portrait as it now is. */
  addFundingLine: PortraitEditPayload;
  /** Adds an indicator at the end. Takes the draft’s `editVersion` (0 before anyone edited it); a stale one saves nothing and answers DRAFT_CHANGED with the portrait as it now is. */
  addIndicator: PortraitEditPayload;
  /** Adds an uploaded image (yours, from uploadImage) with its alternative text; it becomes public when the portrait is published. Takes the draft’s `editVersion` (0 before anyone edited it); a stale one saves nothing and answers DRAFT_CHANGED with the portrait as it now is. */
  addPortraitImage: PortraitEditPayload;
  /** Adds a prompt at the end; during a session (live or paused) it is put to the room at once. */
  addPrompt: WorkshopPayload;
  /** Adds a co-coordinator (a person with the coordinator role), by one of the workshop’s coordinators. */
  addWorkshopCoordinator: WorkshopPayload;
  /** Publishes a contribution waiting in the queue. */
  approveContribution: ContributionPayload;
  /** Approves a request (admins): the organization is created, its requester its first manager. */
  approveOrganizationRequest: OrganizationRequestPayload;
  /** Archives a validated diagnosis. */
  archiveDiagnosis: DiagnosisPayload;
  /** Makes a coordinator responsible for a workshop (admins only). */
  assignCoordinator: WorkshopPayload;
  /** Assigns a person with the coordinator role to a diagnosis and its consultation (admins). */
  assignDiagnosisCoordinator: DiagnosisPayload;
  /** Cites published contributions of the diagnosis’s territory as the finding’s evidence (its coordinators); their boards show them retained, live. */
  attachEvidence: FindingPayload;
  /** Cancels your registration for an upcoming workshop. */
  cancelRegistration: WorkshopPayload;
  /** Ends the workshop; what was said stays on record. */
  closeWorkshop: WorkshopPayload;
  /** Comments on a finding (signed in, while its diagnosis is in consultation). */
  commentOnFinding: FindingCommentPayload;
  /** Uses the token of a sign-up mail (once, within 24 hours): creates the resident account and signs in. */
  confirmSignUp: AuthPayload;
  /** Starts a diagnosis of a territory for a period, as a draft (admins and coordinators; a coordinator who starts one coordinates it). */
  createDiagnosis: DiagnosisPayload;
  /** Creates an organization (admins). */
  createOrganization: OrganizationPayload;
  /** Starts a portrait (never published until a coordinator publishes it): a stakeholder for an organization they belong to, which carries it, or a coordinator; `fromIdea` claims an unclaimed idea of a diagnosis instead. */
  createPortrait: PortraitEditPayload;
  /** Writes a story or a testimony (signed in with an account): a draft only you and coordinators see until it is published. */
  createStory: StoryPayload;
  /** Plans a new workshop, as a draft; a coordinator who plans it becomes its coordinator. */
  createWorkshop: WorkshopPayload;
  /** Declines a request to join (its managers). */
  declineJoinRequest: JoinRequestPayload;
  /** Declines a request (admins), saying why. */
  declineOrganizationRequest: OrganizationRequestPayload;
  /** Stops citing contributions as the finding’s evidence (its coordinators). */
  detachEvidence: FindingPayload;
  /** A new draft with the same plan, prompts and coordinators, titled « (copie) », a week later (or the next such week from now). */
  duplicateWorkshop: WorkshopPayload;
  /** Changes the text of your contribution (within 15 minutes). */
  editContribution: ContributionPayload;
  /** Gives a person a platform role (admins only). */
  grantRole: PersonPayload;
  /** Hides a contribution from everyone but coordinators. */
  hideContribution: ContributionPayload;
  /** Hides a comment (its diagnosis’s coordinators): from then on it is listed to them only. */
  hideFindingComment: FindingCommentPayload;
  /** Makes an invitation link (its managers): single use, expires after 72 hours; mailed when an address is given. */
  inviteMember: InvitePayload;
  /** Takes part in a live workshop with its code and a display name, without an account. */
  joinWorkshop: JoinPayload;
  /** Keeps a reported contribution published: its reports are marked read and leave the « to review » list (logged). */
  keepReportedContribution: ContributionPayload;
  /** Links a workshop to a diagnosis of its territory, or unlinks it with a null `diagnosisId` (those who run the workshop and coordinate the diagnosis, or admins). */
  linkWorkshopToDiagnosis: WorkshopPayload;
  /** Marks a contribution as addressed (answered or taken up). */
  markContributionAddressed: ContributionPayload;
  /** Tells the others on the diagnosis page that you are editing a finding, or stopped (coordinators; a FINDING_EDITING event, nothing else changes). */
  markEditingFinding: FindingPayload;
  /** Merges a duplicate into the contribution kept; its supporters move to the one kept. */
  mergeContributions: ContributionPayload;
  /** Merges a finding into another of the same diagnosis (coordinators): its evidence, supports and comments move to the one kept, which is returned. */
  mergeFindings: FindingPayload;
  /** Puts a finding at another place in its diagnosis (coordinators). */
  moveFinding: FindingPayload;
  /** Moves a funding line one place up or down. Takes the draft’s `editVersion` (0 before anyone edited it); a stale one saves nothing and answers DRAFT_CHANGED with the portrait as it now is. */
  moveFundingLine: PortraitEditPayload;
  /** Moves an indicator one place up or down. Takes the draft’s `editVersion` (0 before anyone edited it); a stale one saves nothing and answers DRAFT_CHANGED with the portrait as it now is. */
  moveIndicator: PortraitEditPayload;
  /** Moves an image one place up or down (key: the Image id). Takes the draft’s `editVersion` (0 before anyone edited it); a stale one saves nothing and answers DRAFT_CHANGED with the portrait as it now is. */
  movePortraitImage: PortraitEditPayload;
  /** Moves a prompt to a position (from 1), the others following. */
  movePrompt: WorkshopPayload;
  /** Opens a draft for consultation: it becomes public, and its consultation takes contributions. */
  openConsultation: DiagnosisPayload;
  /** Starts or resumes the live session (scheduled or paused → live); creates the join code. */
  openWorkshop: WorkshopPayload;
  /** Pauses the live session: posting is refused until it resumes. */
  pauseWorkshop: WorkshopPayload;
  /** Pins a contribution on top of the board and the wall. */
  pinContribution: ContributionPayload;
  /** Posts a contribution in a live workshop (published at once in open mode, queued in strict mode). */
  postContribution: ContributionPayload;
  /** Posts a contribution to a diagnosis in consultation, outside live workshops (signed-in people): moderated as in a workshop, published at once in open mode, queued in strict mode. */
  postDiagnosisContribution: ContributionPayload;
  /** Promotes contributions in one step (the diagnosis’s coordinators): into an existing finding, or into a new one (PROPOSED) pre-filled from them. Answers the finding they now back. */
  promoteContributions: FindingPayload;
  /** Writes a finding (the diagnosis’s coordinators, in draft or consultation) or proposes one (signed in, during the consultation: it waits for a coordinator’s review, seen by them and you). */
  proposeFinding: FindingPayload;
  /** Coordinators publish the draft: it becomes the published edition the public reads. Takes the draft’s `editVersion` (0 before anyone edited it); a stale one saves nothing and answers DRAFT_CHANGED with the portrait as it now is. */
  publishPortrait: PortraitEditPayload;
  /** Coordinators and admins publish the story as its draft reads: public from now on. */
  publishStory: StoryPayload;
  /** Records a change of stage, dated no earlier than the previous one: appended to the history, never rewriting it. Takes the draft’s `editVersion` (0 before anyone edited it); a stale one saves nothing and answers DRAFT_CHANGED with the portrait as it now is. */
  recordStageChange: PortraitEditPayload;
  /** Registers you for an upcoming workshop (once; WORKSHOP_FULL past its cap). */
  registerForWorkshop: WorkshopPayload;
  /** Removes a funding line. Takes the draft’s `editVersion` (0 before anyone edited it); a stale one saves nothing and answers DRAFT_CHANGED with the portrait as it now is. */
  removeFundingLine: PortraitEditPayload;
  /** Removes an indicator. Takes the draft’s `editVersion` (0 before anyone edited it); a stale one saves nothing and answers DRAFT_CHANGED with the portrait as it now is. */
  removeIndicator: PortraitEditPayload;
  /** Removes a member (its managers), or leaves (the member); the last manager cannot leave. */
  removeMember: MembershipPayload;
  /** Removes an image (key: the Image id). Takes the draft’s `editVersion` (0 before anyone edited it); a stale one saves nothing and answers DRAFT_CHANGED with the portrait as it now is. */
  removePortraitImage: PortraitEditPayload;
  /** Removes a prompt the room has not seen (PROMPT_USED otherwise). */
  removePrompt: WorkshopPayload;
  /** Removes a co-coordinator, by one of the workshop’s coordinators; the last one stays. */
  removeWorkshopCoordinator: WorkshopPayload;
  /** Reopens a validated or archived diagnosis for consultation, saying why; its consultation goes live. */
  reopenDiagnosis: DiagnosisPayload;
  /** Reopens a closed session (closed → live) up to 24 hours after it closed, with a new join code; logged. */
  reopenWorkshop: WorkshopPayload;
  /** Reports a contribution to the coordinators, with a reason. */
  reportContribution: ContributionPayload;
  /** Coordinators and admins ask the authors of a submitted story or portrait for changes, with a note they read; a stale version saves nothing and answers DRAFT_CHANGED with the draft as it now is. */
  requestChanges: RequestChangesPayload;
  /** Asks for an organization to be created (stakeholders); admins approve or decline. */
  requestOrganization: OrganizationRequestPayload;
  /** Asks to become a member (signed in, not a member). */
  requestToJoin: JoinRequestPayload;
  /** Publishes a hidden contribution again. */
  restoreContribution: ContributionPayload;
  /** Makes a revision’s text the finding’s current one, as a new revision (coordinators). A stale `expectedVersion` saves nothing: FINDING_CHANGED with the finding as it now is. */
  restoreFindingRevision: FindingPayload;
  /** Makes an earlier revision the draft again (a new revision). Takes the draft’s `editVersion` (0 before anyone edited it); a stale one saves nothing and answers DRAFT_CHANGED with the portrait as it now is. */
  restorePortraitRevision: PortraitEditPayload;
  /** An earlier revision of the story becomes its draft again, as a new revision. */
  restoreStoryRevision: StoryPayload;
  /** Accepts (the suggested title and statement become a revision) or declines a suggestion, with a note (coordinators; once). */
  reviewFindingSuggestion: ReviewFindingSuggestionPayload;
  /** Withdraws an open invitation (its organization’s managers). */
  revokeInvitation: InvitationPayload;
  /** Announces a draft workshop (draft → scheduled). */
  scheduleWorkshop: WorkshopPayload;
  /** Puts one prompt to the room (null: none). */
  setActivePrompt: WorkshopPayload;
  /** Sets the findings the project answers. Takes the draft’s `editVersion` (0 before anyone edited it); a stale one saves nothing and answers DRAFT_CHANGED with the portrait as it now is. */
  setAnsweredFindings: PortraitEditPayload;
  /** Retains, sets aside or proposes again a finding (coordinators); on a participant’s proposal, any of them is its review. Merging is `mergeFindings`. */
  setFindingStatus: FindingPayload;
  /** Makes a member a manager or a manager a member (its managers); the last manager cannot step down. */
  setMemberAccess: MembershipPayload;
  /** Lets its members co-sign findings on its behalf, or stops them (its managers, admins). */
  setMembersMayCoSign: OrganizationPayload;
  /** Chooses strict or open moderation for the session. */
  setModerationMode: WorkshopPayload;
  /** Sets the partners, all of them (at least one carrier). Takes the draft’s `editVersion` (0 before anyone edited it); a stale one saves nothing and answers DRAFT_CHANGED with the portrait as it now is. */
  setPortraitPartners: PortraitEditPayload;
  /** Sets the portrait this project was replicated from, or none. Takes the draft’s `editVersion` (0 before anyone edited it); a stale one saves nothing and answers DRAFT_CHANGED with the portrait as it now is. */
  setReplicatedFrom: PortraitEditPayload;
  /** Signs in with email and password; a new session cookie replaces the old one. */
  signIn: AuthPayload;
  /** Ends this session (person or guest). */
  signOut: Scalars['Boolean']['output'];
  /** Asks for a resident account: mails the address a single-use link (see `confirmSignUp`). Signs nobody in, and answers the same whether or not the address has an account. */
  signUp: SignUpPayload;
  /** Turns a retained finding into a project idea (its diagnosis’s coordinators): a published portrait at stage UNCLAIMED_IDEA in the territory, answering the finding. */
  spawnProjectIdea: SpawnProjectIdeaPayload;
  /** Its editors submit the draft for review. Takes the draft’s `editVersion` (0 before anyone edited it); a stale one saves nothing and answers DRAFT_CHANGED with the portrait as it now is. */
  submitPortrait: PortraitEditPayload;
  /** Its author submits the story for a coordinator’s review. */
  submitStory: StoryPayload;
  /** Suggests an edit of a finding to its coordinators (signed in, during the consultation). Coordinators and you see it until it is reviewed. */
  suggestFindingEdit: FindingSuggestionPayload;
  /** Shares a finding ("je partage ce constat"), once per person; with `organizationId`, co-signs it on behalf of an organization you belong to that lets its members do so. Supporting again changes the organization. */
  supportFinding: FindingPayload;
  /** Sets the themes of a contribution. */
  tagContribution: ContributionPayload;
  /** Removes a coordinator from a workshop (admins only). */
  unassignCoordinator: WorkshopPayload;
  /** Takes a coordinator off a diagnosis and its consultation (admins). */
  unassignDiagnosisCoordinator: DiagnosisPayload;
  /** Unpins a contribution. */
  unpinContribution: ContributionPayload;
  /** Takes back your "me too". */
  unvoteContribution: ContributionPayload;
  /** Edits a finding (coordinators) from the version the edit started from; a stale one saves nothing and answers FINDING_CHANGED with the finding as it now is. */
  updateFinding: FindingPayload;
  /** Changes a funding line (by key). Takes the draft’s `editVersion` (0 before anyone edited it); a stale one saves nothing and answers DRAFT_CHANGED with the portrait as it now is. */
  updateFundingLine: PortraitEditPayload;
  /** Changes an indicator (by key). Takes the draft’s `editVersion` (0 before anyone edited it); a stale one saves nothing and answers DRAFT_CHANGED with the portrait as it now is. */
  updateIndicator: PortraitEditPayload;
  /** Edits the profile (its managers, admins); a stale `expectedVersion` saves nothing. */
  updateOrganization: OrganizationPayload;
  /** Changes the texts, themes, territory and years of the draft. Takes the draft’s `editVersion` (0 before anyone edited it); a stale one saves nothing and answers DRAFT_CHANGED with the portrait as it now is. */
  updatePortrait: PortraitEditPayload;
  /** Changes an image’s alternative text. Takes the draft’s `editVersion` (0 before anyone edited it); a stale one saves nothing and answers DRAFT_CHANGED with the portrait as it now is. */
  updatePortraitImage: PortraitEditPayload;
  /** Rewords a prompt the room has not seen (PROMPT_USED otherwise). */
  updatePrompt: WorkshopPayload;
  /** Saves the story’s draft (its author and coordinators); the published text stays until the next publication. An author’s change of what was submitted or published goes back to review. A stale version saves nothing and answers DRAFT_CHANGED with the story as it now is. */
  updateStory: StoryPayload;
  /** Changes a workshop’s plan, from the `planVersion` it started from; a stale one answers WORKSHOP_CHANGED with the workshop as it now is. */
  updateWorkshop: WorkshopPayload;
  /** Sends an image (signed-in people): a GraphQL multipart request with the header `apollo-require-preflight`. The type is read from the bytes (JPEG, PNG or WebP; SVG is refused), the size and dimensions are checked (see `limits`), then it is stored with its WebP renditions and its original re-encoded, metadata stripped. It stays private to its sender and staff until the content using it is published. */
  uploadImage: UploadImagePayload;
  /** Validates a diagnosis in consultation: published and frozen; its consultation closes. */
  validateDiagnosis: DiagnosisPayload;
  /** "Me too": supports a published contribution, once per person or guest. */
  voteContribution: ContributionPayload;
  /** Takes back your contribution (within 15 minutes). */
  withdrawContribution: ContributionPayload;
  /** Its editors or coordinators take the portrait off public pages; it can be submitted again. Takes the draft’s `editVersion` (0 before anyone edited it); a stale one saves nothing and answers DRAFT_CHANGED with the portrait as it now is. */
  withdrawPortrait: PortraitEditPayload;
  /** Its author or a coordinator takes the story off public pages; it can be submitted again. */
  withdrawStory: StoryPayload;
  /** Withdraws your support (and any co-signature with it). */
  withdrawSupport: FindingPayload;
};

export type MutationAcceptInvitationArgs = {
  token: Scalars['String']['input'];
};

export type MutationAcceptJoinRequestArgs = {
  requestId: Scalars['ID']['input'];
};

export type MutationAddFundingLineArgs = {
  input: FundingLineInput;
};

export type MutationAddIndicatorArgs = {
  input: IndicatorInput;
};

export type MutationAddPortraitImageArgs = {
  input: PortraitImageInput;
};

export type MutationAddPromptArgs = {
  question: Scalars['String']['input'];
  workshopId: Scalars['ID']['input'];
};

export type MutationAddWorkshopCoordinatorArgs = {
  personId: Scalars['ID']['input'];
  workshopId: Scalars['ID']['input'];
};

export type MutationApproveContributionArgs = {
  id: Scalars['ID']['input'];
};

export type MutationApproveOrganizationRequestArgs = {
  note?: Scalars['String']['input'];
  requestId: Scalars['ID']['input'];
};

export type MutationArchiveDiagnosisArgs = {
  diagnosisId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type MutationAssignCoordinatorArgs = {
  personId: Scalars['ID']['input'];
  workshopId: Scalars['ID']['input'];
};

export type MutationAssignDiagnosisCoordinatorArgs = {
  diagnosisId: Scalars['ID']['input'];
  personId: Scalars['ID']['input'];
};

export type MutationAttachEvidenceArgs = {
  contributionIds: Array<Scalars['ID']['input']>;
  findingId: Scalars['ID']['input'];
};

export type MutationCancelRegistrationArgs = {
  workshopId: Scalars['ID']['input'];
};

export type MutationCloseWorkshopArgs = {
  workshopId: Scalars['ID']['input'];
};

export type MutationCommentOnFindingArgs = {
  body: Scalars['String']['input'];
  findingId: Scalars['ID']['input'];
};

export type MutationConfirmSignUpArgs = {
  token: Scalars['String']['input'];
};

export type MutationCreateDiagnosisArgs = {
  input: CreateDiagnosisInput;
};

export type MutationCreateOrganizationArgs = {
  input: CreateOrganizationInput;
};

export type MutationCreatePortraitArgs = {
  input: CreatePortraitInput;
};

export type MutationCreateStoryArgs = {
  input: CreateStoryInput;
};

export type MutationCreateWorkshopArgs = {
  input: WorkshopPlanFields;
};

export type MutationDeclineJoinRequestArgs = {
  requestId: Scalars['ID']['input'];
};

export type MutationDeclineOrganizationRequestArgs = {
  note?: Scalars['String']['input'];
  requestId: Scalars['ID']['input'];
};

export type MutationDetachEvidenceArgs = {
  contributionIds: Array<Scalars['ID']['input']>;
  findingId: Scalars['ID']['input'];
};

export type MutationDuplicateWorkshopArgs = {
  workshopId: Scalars['ID']['input'];
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

export type MutationHideFindingCommentArgs = {
  commentId: Scalars['ID']['input'];
};

export type MutationInviteMemberArgs = {
  email?: InputMaybe<Scalars['String']['input']>;
  organizationId: Scalars['ID']['input'];
};

export type MutationJoinWorkshopArgs = {
  code: Scalars['String']['input'];
  displayName: Scalars['String']['input'];
};

export type MutationKeepReportedContributionArgs = {
  id: Scalars['ID']['input'];
};

export type MutationLinkWorkshopToDiagnosisArgs = {
  diagnosisId?: InputMaybe<Scalars['ID']['input']>;
  workshopId: Scalars['ID']['input'];
};

export type MutationMarkContributionAddressedArgs = {
  id: Scalars['ID']['input'];
};

export type MutationMarkEditingFindingArgs = {
  editing: Scalars['Boolean']['input'];
  findingId: Scalars['ID']['input'];
};

export type MutationMergeContributionsArgs = {
  duplicateId: Scalars['ID']['input'];
  keepId: Scalars['ID']['input'];
};

export type MutationMergeFindingsArgs = {
  findingId: Scalars['ID']['input'];
  intoId: Scalars['ID']['input'];
};

export type MutationMoveFindingArgs = {
  findingId: Scalars['ID']['input'];
  position: Scalars['Int']['input'];
};

export type MutationMoveFundingLineArgs = {
  input: MovePortraitItemInput;
};

export type MutationMoveIndicatorArgs = {
  input: MovePortraitItemInput;
};

export type MutationMovePortraitImageArgs = {
  input: MovePortraitItemInput;
};

export type MutationMovePromptArgs = {
  position: Scalars['Int']['input'];
  promptId: Scalars['ID']['input'];
};

export type MutationOpenConsultationArgs = {
  diagnosisId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
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

export type MutationPostDiagnosisContributionArgs = {
  input: PostDiagnosisContributionInput;
};

export type MutationPromoteContributionsArgs = {
  input: PromoteContributionsInput;
};

export type MutationProposeFindingArgs = {
  input: ProposeFindingInput;
};

export type MutationPublishPortraitArgs = {
  input: PortraitDraftInput;
};

export type MutationPublishStoryArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};

export type MutationRecordStageChangeArgs = {
  input: RecordStageChangeInput;
};

export type MutationRegisterForWorkshopArgs = {
  workshopId: Scalars['ID']['input'];
};

export type MutationRemoveFundingLineArgs = {
  input: PortraitItemInput;
};

export type MutationRemoveIndicatorArgs = {
  input: PortraitItemInput;
};

export type MutationRemoveMemberArgs = {
  organizationId: Scalars['ID']['input'];
  personId: Scalars['ID']['input'];
};

export type MutationRemovePortraitImageArgs = {
  input: PortraitItemInput;
};

export type MutationRemovePromptArgs = {
  promptId: Scalars['ID']['input'];
};

export type MutationRemoveWorkshopCoordinatorArgs = {
  personId: Scalars['ID']['input'];
  workshopId: Scalars['ID']['input'];
};

export type MutationReopenDiagnosisArgs = {
  diagnosisId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type MutationReopenWorkshopArgs = {
  workshopId: Scalars['ID']['input'];
};

export type MutationReportContributionArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type MutationRequestChangesArgs = {
  input: RequestChangesInput;
};

export type MutationRequestOrganizationArgs = {
  input: RequestOrganizationInput;
};

export type MutationRequestToJoinArgs = {
  message?: Scalars['String']['input'];
  organizationId: Scalars['ID']['input'];
};

export type MutationRestoreContributionArgs = {
  id: Scalars['ID']['input'];
};

export type MutationRestoreFindingRevisionArgs = {
  expectedVersion: Scalars['Int']['input'];
  revisionId: Scalars['ID']['input'];
};

export type MutationRestorePortraitRevisionArgs = {
  input: RestorePortraitRevisionInput;
};

export type MutationRestoreStoryRevisionArgs = {
  expectedVersion: Scalars['Int']['input'];
  revisionId: Scalars['ID']['input'];
};

export type MutationReviewFindingSuggestionArgs = {
  decision: SuggestionDecision;
  note?: InputMaybe<Scalars['String']['input']>;
  suggestionId: Scalars['ID']['input'];
};

export type MutationRevokeInvitationArgs = {
  invitationId: Scalars['ID']['input'];
};

export type MutationScheduleWorkshopArgs = {
  workshopId: Scalars['ID']['input'];
};

export type MutationSetActivePromptArgs = {
  promptId?: InputMaybe<Scalars['ID']['input']>;
  workshopId: Scalars['ID']['input'];
};

export type MutationSetAnsweredFindingsArgs = {
  input: SetAnsweredFindingsInput;
};

export type MutationSetFindingStatusArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  findingId: Scalars['ID']['input'];
  status: FindingStatus;
};

export type MutationSetMemberAccessArgs = {
  access: MembershipAccess;
  organizationId: Scalars['ID']['input'];
  personId: Scalars['ID']['input'];
};

export type MutationSetMembersMayCoSignArgs = {
  allowed: Scalars['Boolean']['input'];
  organizationId: Scalars['ID']['input'];
};

export type MutationSetModerationModeArgs = {
  mode: ModerationMode;
  workshopId: Scalars['ID']['input'];
};

export type MutationSetPortraitPartnersArgs = {
  input: SetPortraitPartnersInput;
};

export type MutationSetReplicatedFromArgs = {
  input: SetReplicatedFromInput;
};

export type MutationSignInArgs = {
  input: SignInInput;
};

export type MutationSignUpArgs = {
  input: SignUpInput;
};

export type MutationSpawnProjectIdeaArgs = {
  findingId: Scalars['ID']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
};

export type MutationSubmitPortraitArgs = {
  input: PortraitDraftInput;
};

export type MutationSubmitStoryArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};

export type MutationSuggestFindingEditArgs = {
  input: SuggestFindingEditInput;
};

export type MutationSupportFindingArgs = {
  findingId: Scalars['ID']['input'];
  organizationId?: InputMaybe<Scalars['ID']['input']>;
};

export type MutationTagContributionArgs = {
  id: Scalars['ID']['input'];
  themeSlugs: Array<Scalars['String']['input']>;
};

export type MutationUnassignCoordinatorArgs = {
  personId: Scalars['ID']['input'];
  workshopId: Scalars['ID']['input'];
};

export type MutationUnassignDiagnosisCoordinatorArgs = {
  diagnosisId: Scalars['ID']['input'];
  personId: Scalars['ID']['input'];
};

export type MutationUnpinContributionArgs = {
  id: Scalars['ID']['input'];
};

export type MutationUnvoteContributionArgs = {
  id: Scalars['ID']['input'];
};

export type MutationUpdateFindingArgs = {
  input: UpdateFindingInput;
};

export type MutationUpdateFundingLineArgs = {
  input: FundingLineInput;
};

export type MutationUpdateIndicatorArgs = {
  input: IndicatorInput;
};

export type MutationUpdateOrganizationArgs = {
  input: UpdateOrganizationInput;
};

export type MutationUpdatePortraitArgs = {
  input: UpdatePortraitInput;
};

export type MutationUpdatePortraitImageArgs = {
  input: PortraitImageInput;
};

export type MutationUpdatePromptArgs = {
  promptId: Scalars['ID']['input'];
  question: Scalars['String']['input'];
};

export type MutationUpdateStoryArgs = {
  input: UpdateStoryInput;
};

export type MutationUpdateWorkshopArgs = {
  input: UpdateWorkshopInput;
};

export type MutationUploadImageArgs = {
  file: Scalars['Upload']['input'];
};

export type MutationValidateDiagnosisArgs = {
  diagnosisId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type MutationVoteContributionArgs = {
  id: Scalars['ID']['input'];
};

export type MutationWithdrawContributionArgs = {
  id: Scalars['ID']['input'];
};

export type MutationWithdrawPortraitArgs = {
  input: PortraitDraftInput;
};

export type MutationWithdrawStoryArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};

export type MutationWithdrawSupportArgs = {
  findingId: Scalars['ID']['input'];
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

/** A finding promoted from contributions; what is left empty is filled in from them. */
export type NewFindingInput = {
  /** The diagnosis; when not given, the one the contributions’ workshop belongs to. */
  diagnosisId?: InputMaybe<Scalars['ID']['input']>;
  /** Need, asset or opportunity; when not given, from the first contribution’s kind. */
  kind?: InputMaybe<FindingKind>;
  /** Priority; MEDIUM when not given. */
  priority?: InputMaybe<FindingPriority>;
  /** Statement in Markdown (at most 5000 characters); empty: the contributions quoted. */
  statement?: InputMaybe<Scalars['String']['input']>;
  /** Title (3 to 200 characters); empty: the first contribution’s first sentence. */
  title?: InputMaybe<Scalars['String']['input']>;
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
  /** Public contact address of the organization. */
  contactEmail?: Maybe<Scalars['String']['output']>;
  /** What it does. */
  description: Scalars['String']['output'];
  /** Global, opaque id. */
  id: Scalars['ID']['output'];
  /** Open invitations, newest first: for its managers (null for anyone else). */
  invitations?: Maybe<Array<Invitation>>;
  /** Pending requests to join, oldest first: for its managers (null for anyone else). */
  joinRequests?: Maybe<Array<JoinRequest>>;
  /** What sort of organization it is. */
  kind: OrganizationKind;
  /** Its logo, if it has one. */
  logo?: Maybe<Image>;
  /** Its people and their roles. */
  members: Array<Membership>;
  /** Its members may co-sign findings of a diagnosis on its behalf. */
  membersMayCoSign: Scalars['Boolean']['output'];
  /** Name of the organization. */
  name: Scalars['String']['output'];
  /** The projects it carries, funds, supports or partners. */
  partnerships: Array<PortraitPartner>;
  /** Public phone number. */
  phone?: Maybe<Scalars['String']['output']>;
  /** Postal address (lines separated by line breaks). */
  postalAddress?: Maybe<Scalars['String']['output']>;
  /** Stable, URL-safe identifier. */
  slug: Scalars['String']['output'];
  /** Territory it is based on, if any. */
  territory?: Maybe<Territory>;
  /** Changes with every edit of the profile: `updateOrganization` names it. */
  version: Scalars['Int']['output'];
  /** The viewer’s access, when they are a member. */
  viewerAccess?: Maybe<MembershipAccess>;
  /** The viewer may edit it and decide who belongs to it. */
  viewerCanManage: Scalars['Boolean']['output'];
  /** The viewer is signed in, not a member, and may ask to join. */
  viewerCanRequestToJoin: Scalars['Boolean']['output'];
  /** The viewer’s own request to join, if any. */
  viewerJoinRequest?: Maybe<JoinRequest>;
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

/** Organizations of one kind. */
export type OrganizationKindCount = {
  /** How many. */
  count: Scalars['Int']['output'];
  /** The kind. */
  kind: OrganizationKind;
};

/** Result of an action on an organization. */
export type OrganizationPayload = {
  /** The organization after the action. Null with user errors, but with ORGANIZATION_CHANGED: then the organization as it now is, nothing saved. */
  organization?: Maybe<Organization>;
  /** What to fix; empty on success. */
  userErrors: Array<UserError>;
};

/** A stakeholder asks for an organization to be created; admins decide. */
export type OrganizationRequest = Node & {
  /** When it was made. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** When it was decided. */
  decidedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** What it does. */
  description: Scalars['String']['output'];
  /** Global, opaque id. */
  id: Scalars['ID']['output'];
  /** What sort of organization it would be. */
  kind: OrganizationKind;
  /** The name asked for. */
  name: Scalars['String']['output'];
  /** The admin’s note on the decision (empty while pending). */
  note: Scalars['String']['output'];
  /** The organization created on approval. */
  organization?: Maybe<Organization>;
  /** Who asked. */
  requester?: Maybe<Person>;
  /** Where the request stands. */
  state: RequestState;
  /** Its website. */
  website?: Maybe<Scalars['String']['output']>;
};

/** Result of an action on an organization request. */
export type OrganizationRequestPayload = {
  /** The request after the action. */
  request?: Maybe<OrganizationRequest>;
  /** What to fix; empty on success. */
  userErrors: Array<UserError>;
};

/** Orderings of the organizations list. */
export type OrganizationSort = 'NAME';

/** Where a page sits in the whole list. */
export type PageInfo = {
  /** Cursor of the last item; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when items come before this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item; pass it as `before` for the previous page. */
  startCursor?: Maybe<Scalars['String']['output']>;
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

/** A person and their account, as admins see them (e-mail included). */
export type PersonAccount = {
  /** Their sign-in address; null for people without an account. */
  email?: Maybe<Scalars['String']['output']>;
  /** The person. */
  person: Person;
};

/** A page of people, by name. */
export type PersonAccountConnection = {
  /** The people of this page, by name. */
  nodes: Array<PersonAccount>;
  /** Pagination state. */
  pageInfo: PersonAccountPageInfo;
  /** Number of people matching the search and filter. */
  totalCount: Scalars['Int']['output'];
};

/** Where a page of people sits in the whole list, both ways. */
export type PersonAccountPageInfo = {
  /** Cursor of the last person; pass it as `after`. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more people follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when people come before this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first person; pass it as `before`. */
  startCursor?: Maybe<Scalars['String']['output']>;
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
  /** The findings of a diagnosis this project answers. */
  answers: Array<Finding>;
  /** Total budget in euros, when known. */
  budgetTotal?: Maybe<Scalars['Float']['output']>;
  /** Commune where the project takes place. */
  commune: Scalars['String']['output'];
  /** The portrait as its draft reads (the published edition when nobody has edited it yet): for its editors and coordinators only. */
  draft?: Maybe<PortraitDraft>;
  /** Its draft’s review state, version and history: for its editors and coordinators; null for others, and before anyone edits it. */
  draftInfo?: Maybe<DraftInfo>;
  /** Planned or funded duration, in months. */
  durationMonths?: Maybe<Scalars['Int']['output']>;
  /** Totals of the funding mix, with the EU share. */
  funding: FundingSummary;
  /** Its funding mix, line by line. */
  fundingLines: Array<FundingLine>;
  /** Global, opaque id. */
  id: Scalars['ID']['output'];
  /** Its published images, in order. */
  images: Array<PortraitImage>;
  /** Figures it reports. */
  indicators: Array<Indicator>;
  /** True for invented demo content. */
  isDemo: Scalars['Boolean']['output'];
  /** True for a flagship project, featured on the home page. */
  isFeatured: Scalars['Boolean']['output'];
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
  /** Whether you may edit it: a member of a carrying organization, or a coordinator. */
  viewerCanEdit: Scalars['Boolean']['output'];
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

/** The portrait as its draft reads (what the editor shows): seen only by its editors and coordinators. */
export type PortraitDraft = {
  /** The findings it answers (those you may see). */
  answers: Array<Finding>;
  /** Total budget in euros (decimal string). */
  budgetTotal?: Maybe<Scalars['String']['output']>;
  /** Commune. */
  commune: Scalars['String']['output'];
  /** Duration in months. */
  durationMonths?: Maybe<Scalars['Int']['output']>;
  /** Totals of the draft’s funding mix, with the EU share (the same computation as the page’s). */
  funding: FundingSummary;
  /** Funding lines, in order. */
  fundingLines: Array<PortraitDraftFundingLine>;
  /** Images, in order. */
  images: Array<PortraitDraftImage>;
  /** Figures, in order. */
  indicators: Array<PortraitDraftIndicator>;
  /** Name. */
  name: Scalars['String']['output'];
  /** The need found (Markdown). */
  need: Scalars['String']['output'];
  /** Partners. */
  partners: Array<PortraitDraftPartner>;
  /** The project (Markdown). */
  project: Scalars['String']['output'];
  /** The portrait it was replicated from. */
  replicatedFrom?: Maybe<Portrait>;
  /** Its results (Markdown). */
  results: Scalars['String']['output'];
  /** Current stage (the latest stage event’s). */
  stage: PortraitStage;
  /** Stage history, oldest first. */
  stageEvents: Array<PortraitDraftStageEvent>;
  /** Year it started. */
  startYear?: Maybe<Scalars['Int']['output']>;
  /** One-paragraph summary. */
  summary: Scalars['String']['output'];
  /** Territory of the project. */
  territory?: Maybe<Territory>;
  /** Themes it addresses. */
  themes: Array<Theme>;
  /** Website address. */
  website?: Maybe<Scalars['String']['output']>;
};

/** A line of the draft’s funding mix. */
export type PortraitDraftFundingLine = {
  /** Amount in euros (decimal string); null when unknown. */
  amount?: Maybe<Scalars['String']['output']>;
  /** EU investment priority. */
  euPriorityAxis?: Maybe<Scalars['String']['output']>;
  /** The funder, when it is a known organization. */
  funder?: Maybe<Organization>;
  /** Stable key of the line within the portrait. */
  key: Scalars['String']['output'];
  /** Label, or the funder’s name when it is no known organization. */
  label: Scalars['String']['output'];
  /** Remarks. */
  note?: Maybe<Scalars['String']['output']>;
  /** End of the funded period. */
  periodEnd?: Maybe<Scalars['String']['output']>;
  /** Start of the funded period. */
  periodStart?: Maybe<Scalars['String']['output']>;
  /** Kind of source. */
  sourceKind: FundingSourceKind;
};

/** An image of the draft, with its alternative text, in order. */
export type PortraitDraftImage = {
  /** What the image shows, for those who cannot see it. */
  alt: Scalars['String']['output'];
  /** The image (its uploader and coordinators see it before publication). */
  image?: Maybe<Image>;
};

/** A figure of the draft. */
export type PortraitDraftIndicator = {
  /** When it was measured: YYYY, YYYY-MM or YYYY-MM-DD. */
  asOf?: Maybe<Scalars['String']['output']>;
  /** Stable key of the indicator within the portrait (for edit, move, remove). */
  key: Scalars['String']['output'];
  /** What is counted. */
  label: Scalars['String']['output'];
  /** Context needed to read it. */
  note?: Maybe<Scalars['String']['output']>;
  /** Or the period it covers. */
  period?: Maybe<Scalars['String']['output']>;
  /** Unit. */
  unit: Scalars['String']['output'];
  /** The figure, as a decimal string. */
  value: Scalars['String']['output'];
};

/** A move on a portrait’s draft: which portrait, and the draft version it acts on. */
export type PortraitDraftInput = {
  /** The draft’s `editVersion` the form started from (0 when the portrait has no draft yet). */
  expectedVersion: Scalars['Int']['input'];
  /** The Portrait. */
  id: Scalars['ID']['input'];
};

/** An organization’s part in the draft. */
export type PortraitDraftPartner = {
  /** Details of the role. */
  note?: Maybe<Scalars['String']['output']>;
  /** The organization. */
  organization?: Maybe<Organization>;
  /** Its part. */
  role: PartnerRole;
};

/** A dated step of the draft’s stage history. */
export type PortraitDraftStageEvent = {
  /** First day of the period the date stands for (read with `precision`). */
  date: Scalars['String']['output'];
  /** Stable key of the step. */
  key: Scalars['String']['output'];
  /** What happened. */
  note: Scalars['String']['output'];
  /** Whether the date means a year, a month or a day. */
  precision: DatePrecision;
  /** Stage reached. */
  stage: PortraitStage;
};

/** A Portrait with its cursor. */
export type PortraitEdge = {
  /** Opaque position of this item in the list. */
  cursor: Scalars['String']['output'];
  /** The Portrait. */
  node: Portrait;
};

/** The portrait after a move of its editor, or what to fix. */
export type PortraitEditPayload = {
  /** The portrait (its `draft` and `draftInfo` as they now are); with a stale version, as it now is. */
  portrait?: Maybe<Portrait>;
  /** What to fix; empty on success. */
  userErrors: Array<UserError>;
};

/** Narrows the portraits list. All given criteria must match. */
export type PortraitFilter = {
  /** Only flagship projects (true) or only the others (false). */
  featured?: InputMaybe<Scalars['Boolean']['input']>;
  /** Text to look for in the name, summary and commune. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Current stage. */
  stage?: InputMaybe<PortraitStage>;
  /** Territory slug. */
  territory?: InputMaybe<Scalars['String']['input']>;
  /** Theme slug. */
  theme?: InputMaybe<Scalars['String']['input']>;
};

/** An image of a published portrait, with its alternative text. */
export type PortraitImage = {
  /** What the image shows, for those who cannot see it (the `alt` of the page). */
  alt: Scalars['String']['output'];
  /** The image (null if you may not see it). */
  image?: Maybe<Image>;
};

/** An uploaded image added to the portrait, or its text changed. */
export type PortraitImageInput = {
  /** What the image shows, 3 to 300 characters. */
  alt: Scalars['String']['input'];
  /** The draft’s `editVersion` the form started from (0 when the portrait has no draft yet). */
  expectedVersion: Scalars['Int']['input'];
  /** The Portrait. */
  id: Scalars['ID']['input'];
  /** The Image (from uploadImage). */
  imageId: Scalars['ID']['input'];
};

/** An item of a list of the draft: an indicator, a funding line or an image. */
export type PortraitItemInput = {
  /** The draft’s `editVersion` the form started from (0 when the portrait has no draft yet). */
  expectedVersion: Scalars['Int']['input'];
  /** The Portrait. */
  id: Scalars['ID']['input'];
  /** The item’s key (an image’s id for images). */
  key: Scalars['String']['input'];
};

/** Lengths the portrait editor accepts, in characters. */
export type PortraitLimits = {
  /** Longest description (alt text) of an image. */
  altMax: Scalars['Int']['output'];
  /** Shortest description (alt text) of an image. */
  altMin: Scalars['Int']['output'];
  /** Longest commune. */
  communeMax: Scalars['Int']['output'];
  /** Longest EU priority axis of a funding line. */
  euAxisMax: Scalars['Int']['output'];
  /** Longest label of an indicator or funding line. */
  labelMax: Scalars['Int']['output'];
  /** Longest name. */
  nameMax: Scalars['Int']['output'];
  /** Shortest name. */
  nameMin: Scalars['Int']['output'];
  /** Longest note of an indicator, funding line, partner or stage. */
  noteMax: Scalars['Int']['output'];
  /** Longest period of an indicator or funding line. */
  periodMax: Scalars['Int']['output'];
  /** Longest summary. */
  summaryMax: Scalars['Int']['output'];
  /** Longest need, project or results (Markdown). */
  textMax: Scalars['Int']['output'];
  /** Longest unit of an indicator. */
  unitMax: Scalars['Int']['output'];
  /** Longest website address. */
  websiteMax: Scalars['Int']['output'];
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

/** An organization’s part in the project. */
export type PortraitPartnerInput = {
  /** Details of the role. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The Organization. */
  organizationId: Scalars['ID']['input'];
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

/** A contribution to a diagnosis in consultation, posted outside live workshops. */
export type PostDiagnosisContributionInput = {
  /** The text: 1 to 2000 characters. */
  body: Scalars['String']['input'];
  /** The diagnosis, which must be in consultation. */
  diagnosisId: Scalars['ID']['input'];
  /** Need or finding, idea, resource on offer, question. */
  kind: ContributionKind;
  /** Slug of the neighbourhood it concerns. */
  neighbourhoodSlug?: InputMaybe<Scalars['String']['input']>;
  /** The organization you speak for (one you belong to). */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** Slugs of the themes it touches (at most 5). */
  themeSlugs?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Contributions promoted in one step: into an existing finding (`findingId`) or a new one (`newFinding`). */
export type PromoteContributionsInput = {
  /** Published contributions of the diagnosis’s territory: 1 to 50. */
  contributionIds: Array<Scalars['ID']['input']>;
  /** The finding they back (exactly one of findingId, newFinding). */
  findingId?: InputMaybe<Scalars['ID']['input']>;
  /** The finding to create from them (exactly one of findingId, newFinding). */
  newFinding?: InputMaybe<NewFindingInput>;
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

/** A finding to write (coordinators) or to propose (during the consultation). */
export type ProposeFindingInput = {
  /** Published contributions of the territory that back it (coordinators only). */
  contributionIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The diagnosis. */
  diagnosisId: Scalars['ID']['input'];
  /** Need, asset or opportunity. */
  kind: FindingKind;
  /** Slugs of the territory's neighbourhoods it concerns (at most 10). */
  neighbourhoodSlugs?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Priority; MEDIUM when not given. */
  priority?: InputMaybe<FindingPriority>;
  /** The statement, in Markdown: 3 to 5000 characters. */
  statement: Scalars['String']['input'];
  /** Slugs of the themes it concerns (at most 5). */
  themeSlugs?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Short title: 3 to 200 characters. */
  title: Scalars['String']['input'];
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
  /** Coordinators and admins: drafts submitted for review, every kind, the longest waiting first. */
  draftsToReview: DraftSummaryConnection;
  /** What an invitation link leads to, for its holder; null for a link that is not ours. */
  invitation?: Maybe<InvitationPreview>;
  /** What the forms of the API accept (lengths, counts, time windows). */
  limits: Limits;
  /** Your drafts of every kind (those you started or worked on), the latest changed first. */
  myDrafts: DraftSummaryConnection;
  /** Any object by its global id; null when missing or not visible to you. */
  node?: Maybe<Node>;
  /** One organization by its slug. */
  organization: Organization;
  /** Organization requests (admins): pending ones oldest first, others newest first; at most 100. */
  organizationRequests: Array<OrganizationRequest>;
  /** Organizations taking part in the social labs. */
  organizations: OrganizationConnection;
  /** People and their accounts, by name (admins only: e-mails are personal data). Search by name or e-mail, filter by role; `first`/`after` forwards, `last`/`before` backwards. */
  people: PersonAccountConnection;
  /** One portrait by its slug. */
  portrait: Portrait;
  /** Project portraits. */
  portraits: PortraitConnection;
  /** Markdown rendered to HTML through the same sanitizer as published stories: an editor’s preview. */
  renderMarkdown: Scalars['String']['output'];
  /** Experience stories and testimonies. */
  stories: StoryConnection;
  /** One story by its slug. */
  story: Story;
  /** Territories running a social lab. */
  territories: TerritoryConnection;
  /** One territory by its slug. */
  territory: Territory;
  /** The diagnosis of a territory for a period, as its page’s address names them; null when unknown. */
  territoryDiagnosis?: Maybe<Diagnosis>;
  /** Every theme, by name. */
  themes: Array<Theme>;
  /** What waits for the viewer’s review; null for those who review nothing (only coordinators and admins do). */
  toReview?: Maybe<ReviewQueue>;
  /** Who is signed in; null when nobody is. */
  viewer?: Maybe<Viewer>;
  /** You may plan a new workshop (`createWorkshop` would accept you). */
  viewerCanPlanWorkshops: Scalars['Boolean']['output'];
  /** The organization requests the viewer made, newest first. */
  viewerOrganizationRequests: Array<OrganizationRequest>;
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

export type QueryDraftsToReviewArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryInvitationArgs = {
  token: Scalars['String']['input'];
};

export type QueryMyDraftsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};

export type QueryOrganizationArgs = {
  slug: Scalars['String']['input'];
};

export type QueryOrganizationRequestsArgs = {
  state?: InputMaybe<RequestState>;
};

export type QueryOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrganizationFilter>;
  first?: Scalars['Int']['input'];
  last?: InputMaybe<Scalars['Int']['input']>;
  sort?: OrganizationSort;
};

export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  role?: InputMaybe<PlatformRole>;
  search?: InputMaybe<Scalars['String']['input']>;
};

export type QueryPortraitArgs = {
  slug: Scalars['String']['input'];
};

export type QueryPortraitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PortraitFilter>;
  first?: Scalars['Int']['input'];
  last?: InputMaybe<Scalars['Int']['input']>;
  sort?: PortraitSort;
};

export type QueryRenderMarkdownArgs = {
  text: Scalars['String']['input'];
};

export type QueryStoriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StoryFilter>;
  first?: Scalars['Int']['input'];
  last?: InputMaybe<Scalars['Int']['input']>;
  sort?: StorySort;
};

export type QueryStoryArgs = {
  slug: Scalars['String']['input'];
};

export type QueryTerritoriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TerritoryFilter>;
  first?: Scalars['Int']['input'];
  last?: InputMaybe<Scalars['Int']['input']>;
  sort?: TerritorySort;
};

export type QueryTerritoryArgs = {
  slug: Scalars['String']['input'];
};

export type QueryTerritoryDiagnosisArgs = {
  period: Scalars['String']['input'];
  territorySlug: Scalars['String']['input'];
};

export type QueryWorkshopArgs = {
  slug: Scalars['String']['input'];
};

export type QueryWorkshopByCodeArgs = {
  code: Scalars['String']['input'];
};

export type QueryWorkshopsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WorkshopFilter>;
  first?: Scalars['Int']['input'];
  last?: InputMaybe<Scalars['Int']['input']>;
  sort?: WorkshopSort;
};

/** A change of stage, dated: appended to the history. */
export type RecordStageChangeInput = {
  /** When: YYYY, YYYY-MM or YYYY-MM-DD (its precision is its shape). */
  date: Scalars['String']['input'];
  /** The draft’s `editVersion` the form started from (0 when the portrait has no draft yet). */
  expectedVersion: Scalars['Int']['input'];
  /** The Portrait. */
  id: Scalars['ID']['input'];
  /** What happened. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The stage reached. */
  stage: PortraitStage;
};

/** A coordinator asks for changes to what was submitted. */
export type RequestChangesInput = {
  /** The draft’s `editVersion` the reviewer read. */
  expectedVersion: Scalars['Int']['input'];
  /** The Story or Portrait reviewed. */
  id: Scalars['ID']['input'];
  /** What to change, 3 to 2000 characters: the author reads it. */
  note: Scalars['String']['input'];
};

/** The draft after the request, or what to fix. */
export type RequestChangesPayload = {
  /** The draft as it now is. */
  draft?: Maybe<DraftInfo>;
  /** What to fix; empty on success. */
  userErrors: Array<UserError>;
};

/** A stakeholder asks for an organization to be created. */
export type RequestOrganizationInput = {
  /** What it does (at most 4000 characters). */
  description?: Scalars['String']['input'];
  /** What sort of organization it is. */
  kind: OrganizationKind;
  /** Its name (2–120 characters). */
  name: Scalars['String']['input'];
  /** Website address (http or https); empty for none. */
  website?: InputMaybe<Scalars['String']['input']>;
};

/** Where a request stands. */
export type RequestState =
  /** Accepted (for an organization request: the organization was created). */
  | 'ACCEPTED'
  /** Declined, with a note. */
  | 'DECLINED'
  /** Waiting for an answer. */
  | 'PENDING';

/** An earlier revision of the portrait’s draft to restore. */
export type RestorePortraitRevisionInput = {
  /** The draft’s `editVersion` the form started from (0 when the portrait has no draft yet). */
  expectedVersion: Scalars['Int']['input'];
  /** The Portrait. */
  id: Scalars['ID']['input'];
  /** The ContentRevision (from `draftInfo.revisions`). */
  revisionId: Scalars['ID']['input'];
};

/** How many items wait, by kind. */
export type ReviewCounts = {
  /** Contributions waiting in a strict workshop’s queue. */
  pendingContributions: Scalars['Int']['output'];
  /** Suggested edits of findings waiting for a decision. */
  pendingSuggestions: Scalars['Int']['output'];
  /** Findings proposed by participants, neither retained nor set aside yet. */
  proposedFindings: Scalars['Int']['output'];
  /** Published contributions with reports nobody has read yet. */
  reportedContributions: Scalars['Int']['output'];
  /** Everything above. */
  total: Scalars['Int']['output'];
};

/** Result of accepting or declining a suggestion. */
export type ReviewFindingSuggestionPayload = {
  /** Its finding, as it now is; null with user errors. */
  finding?: Maybe<Finding>;
  /** The suggestion, reviewed; null with user errors. */
  suggestion?: Maybe<FindingSuggestion>;
  /** What to fix; empty on success. */
  userErrors: Array<UserError>;
};

/** What waits for the viewer’s review, oldest first: contributions held in the queue of the workshops they moderate, reported contributions, findings proposed and edits suggested in the diagnoses they coordinate. */
export type ReviewQueue = {
  /** How many items wait, by kind. */
  counts: ReviewCounts;
  /** Contributions held in the queue of a strict workshop. */
  pendingContributions: Array<Contribution>;
  /** Suggested edits of findings, to accept or decline. */
  pendingSuggestions: Array<FindingSuggestion>;
  /** Findings proposed in the consultation, to retain or set aside. */
  proposedFindings: Array<Finding>;
  /** Published contributions with reports nobody has read yet. */
  reportedContributions: Array<Contribution>;
};

/** What waits for the viewer’s review, oldest first: contributions held in the queue of the workshops they moderate, reported contributions, findings proposed and edits suggested in the diagnoses they coordinate. */
export type ReviewQueuePendingContributionsArgs = {
  first?: Scalars['Int']['input'];
};

/** What waits for the viewer’s review, oldest first: contributions held in the queue of the workshops they moderate, reported contributions, findings proposed and edits suggested in the diagnoses they coordinate. */
export type ReviewQueuePendingSuggestionsArgs = {
  first?: Scalars['Int']['input'];
};

/** What waits for the viewer’s review, oldest first: contributions held in the queue of the workshops they moderate, reported contributions, findings proposed and edits suggested in the diagnoses they coordinate. */
export type ReviewQueueProposedFindingsArgs = {
  first?: Scalars['Int']['input'];
};

/** What waits for the viewer’s review, oldest first: contributions held in the queue of the workshops they moderate, reported contributions, findings proposed and edits suggested in the diagnoses they coordinate. */
export type ReviewQueueReportedContributionsArgs = {
  first?: Scalars['Int']['input'];
};

/** Where a draft stands in its review. */
export type ReviewState =
  /** A coordinator asked for changes (see `reviewerNote`). */
  | 'CHANGES_REQUESTED'
  /** Being written: never submitted, or changed since its publication. */
  | 'DRAFT'
  /** Public, exactly as the draft reads. */
  | 'PUBLISHED'
  /** Waiting for a coordinator’s review. */
  | 'SUBMITTED'
  /** Taken off public pages; it can be submitted again. */
  | 'WITHDRAWN';

/** What a revision of a draft recorded. */
export type RevisionAction =
  /** A coordinator asked for changes (the `note`). */
  | 'CHANGES_REQUESTED'
  /** Started. */
  | 'CREATED'
  /** Published as it read then. */
  | 'PUBLISHED'
  /** An earlier revision became the draft again (its number is the `note`). */
  | 'RESTORED'
  /** Its content changed. */
  | 'SAVED'
  /** Submitted for review. */
  | 'SUBMITTED'
  /** Taken off public pages. */
  | 'WITHDRAWN';

/** What a revision of a finding changed. */
export type RevisionChange =
  /** Written or proposed. */
  | 'CREATED'
  /** Its text, kind, priority, themes or neighbourhoods changed (or a proposal was reviewed). */
  | 'EDITED'
  /** Merged into another finding, or another merged into it. */
  | 'MERGED'
  /** An earlier revision’s text became current again (its `number` is the `note`). */
  | 'RESTORED'
  /** Retained, set aside, or proposed again. */
  | 'STATUS_CHANGED'
  /** A suggested edit was accepted. */
  | 'SUGGESTION_ACCEPTED';

/** The findings of a diagnosis the project answers. */
export type SetAnsweredFindingsInput = {
  /** The draft’s `editVersion` the form started from (0 when the portrait has no draft yet). */
  expectedVersion: Scalars['Int']['input'];
  /** The Findings, at most 50. */
  findingIds: Array<Scalars['ID']['input']>;
  /** The Portrait. */
  id: Scalars['ID']['input'];
};

/** The partners of the project, all of them (at least one carrier). */
export type SetPortraitPartnersInput = {
  /** The draft’s `editVersion` the form started from (0 when the portrait has no draft yet). */
  expectedVersion: Scalars['Int']['input'];
  /** The Portrait. */
  id: Scalars['ID']['input'];
  /** Every partner, in any order. */
  partners: Array<PortraitPartnerInput>;
};

/** The portrait this project was spread from, or none. */
export type SetReplicatedFromInput = {
  /** The draft’s `editVersion` the form started from (0 when the portrait has no draft yet). */
  expectedVersion: Scalars['Int']['input'];
  /** The Portrait. */
  id: Scalars['ID']['input'];
  /** The Portrait it was replicated from; null for none. */
  replicatedFromId?: InputMaybe<Scalars['ID']['input']>;
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

/** Result of turning a retained finding into a project idea. */
export type SpawnProjectIdeaPayload = {
  /** The project idea: a published portrait at stage UNCLAIMED_IDEA answering the finding. */
  portrait?: Maybe<Portrait>;
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
  /** Its draft, review state and history: for its author and coordinators (null for anyone else). */
  authoring?: Maybe<DraftInfo>;
  /** The story rendered to HTML, sanitized: safe to insert in a page. */
  bodyHtml: Scalars['String']['output'];
  /** The story in Markdown, as written. */
  bodyMarkdown: Scalars['String']['output'];
  /** The story as its draft reads, for its author and coordinators (null for anyone else). */
  draft?: Maybe<StoryDocument>;
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
  /** The portraits it is about (those you may see). */
  portraits: Array<Portrait>;
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
  /** The workshops it tells of (those you may see). */
  workshops: Array<Workshop>;
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

/** A story as its draft reads (shown to its author and to coordinators): what the editor edits. */
export type StoryDocument = {
  /** The teller stays unnamed. */
  anonymous: Scalars['Boolean']['output'];
  /** The story in Markdown. */
  bodyMarkdown: Scalars['String']['output'];
  /** For a testimony: its teller agreed to its publication. */
  consent: Scalars['Boolean']['output'];
  /** Findings it illustrates (those you may see). */
  findings: Array<Finding>;
  /** Experience story or testimony. */
  kind: StoryKind;
  /** Portraits it is about (those you may see). */
  portraits: Array<Portrait>;
  /** One-paragraph summary (may be empty). */
  summary: Scalars['String']['output'];
  /** Name of the teller (empty when anonymous). */
  tellerName: Scalars['String']['output'];
  /** Their role or standpoint (may be empty). */
  tellerRole: Scalars['String']['output'];
  /** The territory it comes from. */
  territory?: Maybe<Territory>;
  /** Title. */
  title: Scalars['String']['output'];
  /** Workshops it tells of (those you may see). */
  workshops: Array<Workshop>;
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

/** The story after the change, or what to fix. */
export type StoryPayload = {
  /** The story as it now is (also with DRAFT_CHANGED: its draft as someone else saved it). */
  story?: Maybe<Story>;
  /** What to fix; empty on success. */
  userErrors: Array<UserError>;
};

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
  /** A diagnosis’s live stream, filtered to what you may see (a draft’s reaches its coordinators only). With `afterSeq`, the stored events after it are replayed first, then live ones follow; each event comes once, in order. */
  diagnosisEvents: DiagnosisEvent;
  /** The moderation queue’s changes (posted, approved, removed, restored, merged, reported, edited); coordinators only. */
  moderationQueueEvents: WorkshopEvent;
  /** A workshop’s live stream, filtered to what you may see. With `afterSeq`, the stored events after it are replayed first, then live ones follow; each event comes once, in order. */
  workshopEvents: WorkshopEvent;
};

export type SubscriptionDiagnosisEventsArgs = {
  afterSeq?: InputMaybe<Scalars['Int']['input']>;
  diagnosisId: Scalars['ID']['input'];
};

export type SubscriptionModerationQueueEventsArgs = {
  afterSeq?: InputMaybe<Scalars['Int']['input']>;
  workshopId: Scalars['ID']['input'];
};

export type SubscriptionWorkshopEventsArgs = {
  afterSeq?: InputMaybe<Scalars['Int']['input']>;
  workshopId: Scalars['ID']['input'];
};

/** An edit suggested to the coordinators, written from a version of the finding. */
export type SuggestFindingEditInput = {
  /** The finding’s `version` the suggestion was written from. */
  baseVersion: Scalars['Int']['input'];
  /** The finding. */
  findingId: Scalars['ID']['input'];
  /** Why (at most 500 characters). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The statement suggested, in Markdown: 3 to 5000 characters. */
  statement: Scalars['String']['input'];
  /** The title suggested: 3 to 200 characters. */
  title: Scalars['String']['input'];
};

/** What a coordinator makes of a suggested edit. */
export type SuggestionDecision =
  /** Apply the suggested title and statement (a new revision). */
  | 'ACCEPT'
  /** Keep the finding as it is; the note says why. */
  | 'DECLINE';

/** Where a suggested edit stands. */
export type SuggestionState =
  /** Applied to the finding (a revision). */
  | 'ACCEPTED'
  /** Declined, with a note. */
  | 'DECLINED'
  /** Waiting for a coordinator. */
  | 'PENDING';

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
  /** Only territories whose shared diagnosis is under way (open to consultation), or only the others. */
  diagnosisUnderWay?: InputMaybe<Scalars['Boolean']['input']>;
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

/** A run of words of a diff, in reading order. */
export type TextDiffPart = {
  /** Kept, added or removed. */
  kind: DiffKind;
  /** The words, with their spacing. */
  text: Scalars['String']['output'];
};

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

/** A coordinator’s edit of a finding, naming the version it started from. */
export type UpdateFindingInput = {
  /** The `version` the edit started from: if the finding changed since, nothing is saved, and the user error FINDING_CHANGED comes with the finding as it now is (and who changed it), to merge by hand and send again. */
  expectedVersion: Scalars['Int']['input'];
  /** The finding. */
  findingId: Scalars['ID']['input'];
  /** Need, asset or opportunity; unchanged when not given. */
  kind?: InputMaybe<FindingKind>;
  /** Slugs of the neighbourhoods; unchanged when not given. */
  neighbourhoodSlugs?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Priority; unchanged when not given. */
  priority?: InputMaybe<FindingPriority>;
  /** The statement, in Markdown; unchanged when not given. */
  statement?: InputMaybe<Scalars['String']['input']>;
  /** Slugs of the themes; unchanged when not given. */
  themeSlugs?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The title; unchanged when not given. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** The profile of an organization, as its managers edit it. */
export type UpdateOrganizationInput = {
  /** Commune it is based in; empty for none. */
  commune?: InputMaybe<Scalars['String']['input']>;
  /** Public contact address; empty for none. */
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  /** What it does (at most 4000 characters). */
  description?: Scalars['String']['input'];
  /** The `version` the edit started from: a stale one saves nothing. */
  expectedVersion: Scalars['Int']['input'];
  /** What sort of organization it is. */
  kind: OrganizationKind;
  /** Its logo: an image you uploaded (`uploadImage`); null removes it; left out, it stays. */
  logoImageId?: InputMaybe<Scalars['ID']['input']>;
  /** Its name (2–120 characters). */
  name: Scalars['String']['input'];
  /** The organization edited. */
  organizationId: Scalars['ID']['input'];
  /** Public phone number; empty for none. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Postal address, on one or several lines; empty for none. */
  postalAddress?: InputMaybe<Scalars['String']['input']>;
  /** Website address (http or https); empty for none. */
  website?: InputMaybe<Scalars['String']['input']>;
};

/** The texts and figures of a portrait. */
export type UpdatePortraitInput = {
  /** Total budget in euros (decimal, at most 2 decimals). */
  budgetTotal?: InputMaybe<Scalars['String']['input']>;
  /** Commune, at most 100 characters. */
  commune: Scalars['String']['input'];
  /** Planned or funded duration, in months. */
  durationMonths?: InputMaybe<Scalars['Int']['input']>;
  /** The draft’s `editVersion` the form started from (0 when the portrait has no draft yet). */
  expectedVersion: Scalars['Int']['input'];
  /** The Portrait. */
  id: Scalars['ID']['input'];
  /** Name, 3 to 200 characters. */
  name: Scalars['String']['input'];
  /** The need found (Markdown), at most 20000 characters. */
  need: Scalars['String']['input'];
  /** The project that answers it (Markdown). */
  project: Scalars['String']['input'];
  /** Its results so far (Markdown). */
  results: Scalars['String']['input'];
  /** Year it started, 1900–2100. */
  startYear?: InputMaybe<Scalars['Int']['input']>;
  /** One-paragraph summary, at most 1000 characters. */
  summary: Scalars['String']['input'];
  /** Its Territory. */
  territoryId: Scalars['ID']['input'];
  /** Its Themes, at most 10. */
  themeIds: Array<Scalars['ID']['input']>;
  /** Website address (http or https). */
  website?: InputMaybe<Scalars['String']['input']>;
};

/** A change of a story’s draft, from the version the editor opened. */
export type UpdateStoryInput = {
  /** Keep the teller unnamed. */
  anonymous?: Scalars['Boolean']['input'];
  /** The story in Markdown (see `limits` for its length). */
  bodyMarkdown: Scalars['String']['input'];
  /** For a testimony, required: its teller agrees to its publication. */
  consent?: Scalars['Boolean']['input'];
  /** The `authoring.editVersion` the editor opened. */
  expectedVersion: Scalars['Int']['input'];
  /** Diagnosis findings it illustrates (Finding ids). */
  findingIds?: Array<Scalars['ID']['input']>;
  /** The story. */
  id: Scalars['ID']['input'];
  /** Experience story or testimony. */
  kind: StoryKind;
  /** Portraits it is about (Portrait ids). */
  portraitIds?: Array<Scalars['ID']['input']>;
  /** One-paragraph summary, optional. */
  summary?: Scalars['String']['input'];
  /** Name of the teller, unless anonymous. */
  tellerName?: Scalars['String']['input'];
  /** Their role or standpoint, optional. */
  tellerRole?: Scalars['String']['input'];
  /** The territory it comes from (a Territory id). */
  territoryId: Scalars['ID']['input'];
  /** Title (3–200 characters; see `limits`). */
  title: Scalars['String']['input'];
  /** Workshops it tells of (Workshop ids). */
  workshopIds?: Array<Scalars['ID']['input']>;
};

/** A change of a workshop’s plan, from the version it started from. */
export type UpdateWorkshopInput = {
  /** How much of the dates is known. */
  datePrecision: WorkshopDatePrecision;
  /** Presentation in Markdown, at most 20000 characters. */
  description: Scalars['String']['input'];
  /** The diagnosis it feeds: of the same territory, and one you coordinate. Null: none. */
  diagnosisId?: InputMaybe<Scalars['ID']['input']>;
  /** End, after the start. */
  endsAt: Scalars['DateTimeISO']['input'];
  /** The `planVersion` the form was filled from: a stale one saves nothing. */
  expectedVersion: Scalars['Int']['input'];
  /** Format (not CONSULTATION: a consultation is opened from its diagnosis). */
  kind: WorkshopKind;
  /** Slugs of neighbourhoods of that territory. */
  neighbourhoodSlugs: Array<Scalars['String']['input']>;
  /** Most people who may register (1–10000); null: no limit. */
  participantCap?: InputMaybe<Scalars['Int']['input']>;
  /** Where it takes place, at most 300 characters. */
  place: Scalars['String']['input'];
  /** Start (the first day of the month or year for those precisions). */
  startsAt: Scalars['DateTimeISO']['input'];
  /** The territory it is held on. */
  territoryId: Scalars['ID']['input'];
  /** Slugs of the themes on the agenda. */
  themeSlugs: Array<Scalars['String']['input']>;
  /** Title: 3 to 160 characters. */
  title: Scalars['String']['input'];
  /** The workshop. */
  workshopId: Scalars['ID']['input'];
};

/** Result of sending an image. */
export type UploadImagePayload = {
  /** The image stored; null with user errors (then nothing is stored). */
  image?: Maybe<Image>;
  /** What to fix; empty on success. */
  userErrors: Array<UserError>;
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
  | 'ALREADY_MEMBER'
  | 'ALREADY_REPORTED'
  | 'BODY_EMPTY'
  | 'BODY_TOO_LONG'
  | 'CANNOT_SUPPORT_OWN'
  | 'CHANGES_NOTE_LENGTH'
  | 'COMMENT_LENGTH'
  | 'CONTRIBUTION_CHANGED'
  | 'CONTRIBUTION_NOT_MEMBER'
  | 'COORDINATOR_ROLE_FIRST'
  | 'COSIGN_NOT_ALLOWED'
  | 'COSIGN_NOT_MEMBER'
  | 'DIAGNOSIS_FROZEN'
  | 'DIAGNOSIS_NOT_IN_CONSULTATION'
  | 'DIAGNOSIS_PERIOD_SHAPE'
  | 'DIAGNOSIS_PERIOD_TAKEN'
  | 'DIAGNOSIS_REASON_LENGTH'
  | 'DIAGNOSIS_TITLE_LENGTH'
  | 'DIAGNOSIS_TRANSITION_REFUSED'
  | 'DISPLAY_NAME_CHARACTERS'
  | 'DISPLAY_NAME_LENGTH'
  | 'DRAFT_ALREADY_PUBLISHED'
  | 'DRAFT_ALREADY_SUBMITTED'
  | 'DRAFT_ALREADY_WITHDRAWN'
  | 'DRAFT_CHANGED'
  | 'DRAFT_NOT_SUBMITTED'
  | 'DRAFT_REVISION_CURRENT'
  | 'EDIT_WINDOW_OVER'
  | 'EMAIL_DOTS'
  | 'EMAIL_INVALID'
  | 'EMAIL_INVISIBLE_CHARACTERS'
  | 'EMAIL_MIXED_SCRIPTS'
  | 'EVIDENCE_ELSEWHERE'
  | 'EVIDENCE_NONE'
  | 'EVIDENCE_NOT_ATTACHED'
  | 'EVIDENCE_NOT_PUBLISHED'
  | 'EVIDENCE_TOO_MANY'
  | 'FINDING_AWAITING_REVIEW'
  | 'FINDING_CHANGED'
  | 'FINDING_MERGED'
  | 'FINDING_MERGE_ACROSS'
  | 'FINDING_MERGE_SAME'
  | 'FINDING_STATEMENT_LENGTH'
  | 'FINDING_STATUS_UNCHANGED'
  | 'FINDING_TITLE_LENGTH'
  | 'HIDE_REASON_LENGTH'
  | 'IMAGE_DIMENSIONS'
  | 'IMAGE_EMPTY'
  | 'IMAGE_MISSING'
  | 'IMAGE_NOT_ATTACHABLE'
  | 'IMAGE_TOO_LARGE'
  | 'IMAGE_TYPE'
  | 'IMAGE_UNREADABLE'
  | 'INVITATION_EXPIRED'
  | 'INVITATION_INVALID'
  | 'INVITATION_NOT_PENDING'
  | 'INVITATION_REVOKED'
  | 'INVITATION_USED'
  | 'JOIN_ALREADY_REQUESTED'
  | 'JOIN_CODE_SHAPE'
  | 'JOIN_CODE_UNKNOWN'
  | 'JOIN_REQUEST_DECIDED'
  | 'LAST_COORDINATOR'
  | 'LAST_MANAGER'
  | 'MEMBER_NOT_FOUND'
  | 'MERGE_ACROSS_WORKSHOPS'
  | 'MERGE_KEEP_STATE'
  | 'MERGE_SAME'
  | 'MODERATION_NOTHING_TO_DO'
  | 'MODERATION_NOT_APPLICABLE'
  | 'NAME_OF_STAFF'
  | 'NAME_SUGGESTS_STAFF'
  | 'NO_LONGER_CHANGEABLE'
  | 'ONLY_PUBLISHED_SUPPORTED'
  | 'ORGANIZATION_CHANGED'
  | 'ORGANIZATION_NAME_LENGTH'
  | 'ORGANIZATION_NAME_TAKEN'
  | 'ORGANIZATION_PHONE_INVALID'
  | 'ORGANIZATION_REQUEST_DECIDED'
  | 'ORGANIZATION_TEXT_TOO_LONG'
  | 'ORGANIZATION_WEBSITE_INVALID'
  | 'PASSWORD_TOO_LONG'
  | 'PASSWORD_TOO_SHORT'
  | 'PORTRAIT_AMOUNT_INVALID'
  | 'PORTRAIT_CARRIER_REQUIRED'
  | 'PORTRAIT_DATE_INVALID'
  | 'PORTRAIT_DURATION_RANGE'
  | 'PORTRAIT_EU_AXIS_NOT_EU'
  | 'PORTRAIT_IMAGE_ALT_LENGTH'
  | 'PORTRAIT_IMAGE_DUPLICATE'
  | 'PORTRAIT_ITEM_GONE'
  | 'PORTRAIT_LABEL_LENGTH'
  | 'PORTRAIT_MOVE_IMPOSSIBLE'
  | 'PORTRAIT_NAME_LENGTH'
  | 'PORTRAIT_NOT_CLAIMABLE'
  | 'PORTRAIT_NOT_MEMBER'
  | 'PORTRAIT_PARTNER_DUPLICATE'
  | 'PORTRAIT_PERIOD_ORDER'
  | 'PORTRAIT_SELF_REPLICATION'
  | 'PORTRAIT_STAGE_BEFORE_PREVIOUS'
  | 'PORTRAIT_STAGE_UNCHANGED'
  | 'PORTRAIT_TEXT_TOO_LONG'
  | 'PORTRAIT_TOO_MANY'
  | 'PORTRAIT_UNKNOWN_FINDINGS'
  | 'PORTRAIT_UNKNOWN_ORGANIZATION'
  | 'PORTRAIT_UNKNOWN_PORTRAIT'
  | 'PORTRAIT_UNKNOWN_TERRITORY'
  | 'PORTRAIT_UNKNOWN_THEMES'
  | 'PORTRAIT_VALUE_INVALID'
  | 'PORTRAIT_WEBSITE_INVALID'
  | 'PORTRAIT_YEAR_RANGE'
  | 'PROJECT_IDEA_NOT_RETAINED'
  | 'PROMPT_ELSEWHERE'
  | 'PROMPT_USED'
  | 'QUESTION_LENGTH'
  | 'REGISTRATION_CLOSED'
  | 'REOPEN_TOO_LATE'
  | 'REPLY_ELSEWHERE'
  | 'REPLY_TO_REPLY'
  | 'REPLY_TO_UNPUBLISHED'
  | 'REPORT_NOT_ALLOWED'
  | 'REPORT_REASON_LENGTH'
  | 'REVIEW_NOTE_LENGTH'
  | 'REVISION_ELSEWHERE'
  | 'REVISION_IS_CURRENT'
  | 'SIGN_IN_FAILED'
  | 'SIGN_IN_LOCKED'
  | 'SIGN_UP_ADDRESS_TAKEN'
  | 'SIGN_UP_LINK_EXPIRED'
  | 'SIGN_UP_LINK_INVALID'
  | 'STORY_BODY_LENGTH'
  | 'STORY_LINK_UNKNOWN'
  | 'STORY_SUMMARY_LENGTH'
  | 'STORY_TELLER_NAME_LENGTH'
  | 'STORY_TELLER_ROLE_LENGTH'
  | 'STORY_TERRITORY_UNKNOWN'
  | 'STORY_TEXT_CHARACTERS'
  | 'STORY_TITLE_LENGTH'
  | 'STORY_TOO_MANY_LINKS'
  | 'SUGGESTION_REVIEWED'
  | 'TESTIMONY_CONSENT'
  | 'TOO_MANY_THEMES'
  | 'TRANSITION_REFUSED'
  | 'UNKNOWN_NEIGHBOURHOOD'
  | 'UNKNOWN_THEMES'
  | 'WORKSHOP_CAP_RANGE'
  | 'WORKSHOP_CHANGED'
  | 'WORKSHOP_CLOSED'
  | 'WORKSHOP_DATES_RANGE'
  | 'WORKSHOP_DESCRIPTION_TOO_LONG'
  | 'WORKSHOP_DIAGNOSIS_ELSEWHERE'
  | 'WORKSHOP_DIAGNOSIS_NOT_YOURS'
  | 'WORKSHOP_ENDS_BEFORE_START'
  | 'WORKSHOP_FULL'
  | 'WORKSHOP_IS_CLOSED'
  | 'WORKSHOP_KIND_RESERVED'
  | 'WORKSHOP_NEIGHBOURHOOD_ELSEWHERE'
  | 'WORKSHOP_NOT_STARTED'
  | 'WORKSHOP_PAUSED'
  | 'WORKSHOP_PLACE_TOO_LONG'
  | 'WORKSHOP_TITLE_LENGTH'
  | 'WORKSHOP_UNKNOWN_TERRITORY';

/** Who is signed in: a person, or a guest of one workshop. */
export type Viewer = {
  /** Whether you may start a portrait: coordinators and admins, and stakeholders (for an organization they belong to). */
  canWritePortraits: Scalars['Boolean']['output'];
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
  /** People with the coordinator role whose name contains `search` (at least 2 characters), who do not coordinate it yet: for its coordinators choosing co-coordinators (empty for everyone else). At most 20. */
  coordinatorCandidates: Array<Person>;
  /** Coordinators running it. */
  coordinators: Array<Person>;
  /** How much of `startsAt` and `endsAt` is known. */
  datePrecision: WorkshopDatePrecision;
  /** Presentation. */
  description: Scalars['String']['output'];
  /** The presentation rendered from Markdown, sanitized. */
  descriptionHtml: Scalars['String']['output'];
  /** The diagnosis it feeds (or whose consultation it is), when you may see it. */
  diagnosis?: Maybe<Diagnosis>;
  /** End. */
  endsAt: Scalars['DateTimeISO']['output'];
  /** Its dates are known to the day at least, so it has a calendar (.ics) entry. */
  hasCalendarDate: Scalars['Boolean']['output'];
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
  /** Most people who may register; null: no limit. */
  participantCap?: Maybe<Scalars['Int']['output']>;
  /** Number of participants reported. */
  participantCount?: Maybe<Scalars['Int']['output']>;
  /** Where it takes place. */
  place: Scalars['String']['output'];
  /** Version of the plan, which `updateWorkshop` takes back. */
  planVersion: Scalars['Int']['output'];
  /** Questions put to the room, in order. */
  prompts: Array<Prompt>;
  /** How many people registered. */
  registrationCount: Scalars['Int']['output'];
  /** Who registered, earliest first: for its coordinators and admins only (empty for everyone else). */
  registrations: Array<WorkshopRegistration>;
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
  /** You may change its plan, prompts and co-coordinators (its coordinators and admins). */
  viewerCanEdit: Scalars['Boolean']['output'];
  /** You may post now: you take part and the session is live (`postContribution` would accept it). */
  viewerCanPost: Scalars['Boolean']['output'];
  /** You may register now (`registerForWorkshop` would accept it): signed in, upcoming, places left. */
  viewerCanRegister: Scalars['Boolean']['output'];
  /** You run it, it is closed, and closed less than 24 hours ago: `reopenWorkshop` would accept it. */
  viewerCanReopen: Scalars['Boolean']['output'];
  /** You run this workshop (its coordinator, or an admin). */
  viewerIsCoordinator: Scalars['Boolean']['output'];
  /** You registered for it. */
  viewerIsRegistered: Scalars['Boolean']['output'];
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
export type WorkshopCoordinatorCandidatesArgs = {
  search: Scalars['String']['input'];
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

/** How much of a workshop’s dates is known. */
export type WorkshopDatePrecision =
  /** The day only: shown without a time. */
  | 'DAY'
  /** Day and time. */
  | 'DAY_TIME'
  /** The month only (stored as its first day): shown as "janvier 2013". */
  | 'MONTH'
  /** The year only (stored as its first day): shown as "2013". */
  | 'YEAR';

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
  /** A shared diagnosis’s finding started or stopped citing it (see `contribution.retainedIn`). */
  | 'CONTRIBUTION_RETAINED'
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
  /** A diagnosis’s consultation: contributions posted outside live workshops. */
  | 'CONSULTATION'
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

/** What a workshop is planned as; every field of the planning form. */
export type WorkshopPlanFields = {
  /** How much of the dates is known. */
  datePrecision: WorkshopDatePrecision;
  /** Presentation in Markdown, at most 20000 characters. */
  description: Scalars['String']['input'];
  /** The diagnosis it feeds: of the same territory, and one you coordinate. Null: none. */
  diagnosisId?: InputMaybe<Scalars['ID']['input']>;
  /** End, after the start. */
  endsAt: Scalars['DateTimeISO']['input'];
  /** Format (not CONSULTATION: a consultation is opened from its diagnosis). */
  kind: WorkshopKind;
  /** Slugs of neighbourhoods of that territory. */
  neighbourhoodSlugs: Array<Scalars['String']['input']>;
  /** Most people who may register (1–10000); null: no limit. */
  participantCap?: InputMaybe<Scalars['Int']['input']>;
  /** Where it takes place, at most 300 characters. */
  place: Scalars['String']['input'];
  /** Start (the first day of the month or year for those precisions). */
  startsAt: Scalars['DateTimeISO']['input'];
  /** The territory it is held on. */
  territoryId: Scalars['ID']['input'];
  /** Slugs of the themes on the agenda. */
  themeSlugs: Array<Scalars['String']['input']>;
  /** Title: 3 to 160 characters. */
  title: Scalars['String']['input'];
};

/** Someone registered for a workshop, as its coordinators see them (and only they). */
export type WorkshopRegistration = {
  /** Name shown on the platform. */
  displayName: Scalars['String']['output'];
  /** Email address, to reach them about the workshop. */
  email?: Maybe<Scalars['String']['output']>;
  /** An organization they belong to (the first by name), if any. */
  organizationName?: Maybe<Scalars['String']['output']>;
  /** When they registered. */
  registeredAt: Scalars['DateTimeISO']['output'];
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

export type FindingCard_FindingFragment = {
  id: string;
  kind: FindingKind;
  title: string;
  statementHtml: string;
  priority: FindingPriority;
  status: FindingStatus;
  position: number;
  version: number;
  awaitingReview: boolean;
  viewerCanEdit: boolean;
  evidenceCount: number;
  participantCount: number;
  organizationCount: number;
  supportCount: number;
  themes: Array<{ slug: string; name: string; nameEn: string }>;
  neighbourhoods: Array<{ slug: string; name: string }>;
  cosigners: Array<{ id: string; name: string }>;
  mergedInto?: { id: string; title: string } | null;
  proposedBy?: { displayName: string } | null;
} & { ' $fragmentName'?: 'FindingCard_FindingFragment' };

export type SiteHeader_ViewerFragment = {
  kind: ViewerKind;
  role?: PlatformRole | null;
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

export type ProfileForm_OrganizationFragment = {
  id: string;
  version: number;
  name: string;
  kind: OrganizationKind;
  description: string;
  website?: string | null;
  contactEmail?: string | null;
  phone?: string | null;
  postalAddress?: string | null;
  commune?: string | null;
  logo?: { id: string; url: string; width: number; height: number } | null;
} & { ' $fragmentName'?: 'ProfileForm_OrganizationFragment' };

export type OrganizationIdOfQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;

export type OrganizationIdOfQuery = { organization: { id: string } };

export type ApproveOrganizationRequestMutationVariables = Exact<{
  requestId: Scalars['ID']['input'];
  note: Scalars['String']['input'];
}>;

export type ApproveOrganizationRequestMutation = {
  approveOrganizationRequest: {
    request?: { id: string; organization?: { slug: string; name: string } | null } | null;
    userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }>;
  };
};

export type DeclineOrganizationRequestMutationVariables = Exact<{
  requestId: Scalars['ID']['input'];
  note: Scalars['String']['input'];
}>;

export type DeclineOrganizationRequestMutation = {
  declineOrganizationRequest: {
    request?: { id: string } | null;
    userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }>;
  };
};

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

export type ReviewContribution_ContributionFragment = {
  id: string;
  kind: ContributionKind;
  body: string;
  authorName: string;
  authorIsGuest: boolean;
  createdAt: string;
  moderationState: ModerationState;
  viewerModerationMoves: Array<ModerationMove>;
  openReports: Array<{ reason: string; createdAt: string }>;
  workshop: { slug: string; title: string };
} & { ' $fragmentName'?: 'ReviewContribution_ContributionFragment' };

export type ReviewDraft_DraftFragment = {
  subjectId: string;
  kind: AuthoredKind;
  title: string;
  path: string;
  editVersion: number;
  submittedAt?: string | null;
  authorName?: string | null;
} & { ' $fragmentName'?: 'ReviewDraft_DraftFragment' };

export type ReviewFinding_FindingFragment = {
  id: string;
  kind: FindingKind;
  title: string;
  statementHtml: string;
  version: number;
  createdAt: string;
  proposedBy?: { displayName: string } | null;
  diagnosis: { title: string; period: string; territory: { slug: string; name: string } };
} & { ' $fragmentName'?: 'ReviewFinding_FindingFragment' };

export type ReviewOrganizationRequest_RequestFragment = {
  id: string;
  name: string;
  kind: OrganizationKind;
  description: string;
  website?: string | null;
  createdAt: string;
  requester?: { displayName: string } | null;
} & { ' $fragmentName'?: 'ReviewOrganizationRequest_RequestFragment' };

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

export type StoryLivePreviewQueryVariables = Exact<{
  text: Scalars['String']['input'];
}>;

export type StoryLivePreviewQuery = { renderMarkdown: string };

export type StoryHistory_DraftInfoFragment = {
  editVersion: number;
  viewerCanRestore: boolean;
  revisions: {
    nodes: Array<{
      id: string;
      number: number;
      action: RevisionAction;
      authorName?: string | null;
      createdAt: string;
      note?: string | null;
      changes: Array<{ field: string; diff: Array<{ kind: DiffKind; text: string }> }>;
    }>;
  };
} & { ' $fragmentName'?: 'StoryHistory_DraftInfoFragment' };

export type TerritoryCard_TerritoryFragment = {
  slug: string;
  name: string;
  kind: TerritoryKind;
  region: string;
  description: string;
  neighbourhoods: Array<{ slug: string; name: string }>;
} & { ' $fragmentName'?: 'TerritoryCard_TerritoryFragment' };

export type PlanOptions_QueryFragment = {
  territories: {
    nodes: Array<{
      id: string;
      name: string;
      neighbourhoods: Array<{ slug: string; name: string; commune: string }>;
      diagnoses: Array<{ id: string; title: string; viewerCanCoordinate: boolean }>;
    }>;
  };
  themes: Array<{ slug: string; name: string; nameEn: string }>;
  limits: {
    workshopTitleMin: number;
    workshopTitleMax: number;
    workshopPlaceMax: number;
    workshopDescriptionMax: number;
    workshopCapMax: number;
  };
} & { ' $fragmentName'?: 'PlanOptions_QueryFragment' };

export type RetainedMark_ContributionFragment = { retainedIn: Array<{ id: string; title: string }> } & {
  ' $fragmentName'?: 'RetainedMark_ContributionFragment';
};

export type WorkshopCard_WorkshopFragment = {
  slug: string;
  title: string;
  kind: WorkshopKind;
  status: WorkshopStatus;
  startsAt: string;
  endsAt: string;
  datePrecision: WorkshopDatePrecision;
  place: string;
  isDemo: boolean;
  contributionCount: number;
  territory: { slug: string; name: string };
} & { ' $fragmentName'?: 'WorkshopCard_WorkshopFragment' };

export type ReviewFindingSuggestionMutationVariables = Exact<{
  suggestionId: Scalars['ID']['input'];
  decision: SuggestionDecision;
  note?: InputMaybe<Scalars['String']['input']>;
}>;

export type ReviewFindingSuggestionMutation = {
  reviewFindingSuggestion: {
    suggestion?: { id: string; state: SuggestionState } | null;
    userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }>;
  };
};

export type SetFindingStatusMutationVariables = Exact<{
  findingId: Scalars['ID']['input'];
  status: FindingStatus;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
}>;

export type SetFindingStatusMutation = {
  setFindingStatus: {
    finding?: { id: string; status: FindingStatus; version: number } | null;
    userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }>;
  };
};

export type PromoteContributionsMutationVariables = Exact<{
  input: PromoteContributionsInput;
}>;

export type PromoteContributionsMutation = {
  promoteContributions: {
    finding?: { id: string; title: string; diagnosis: { period: string; territory: { slug: string } } } | null;
    userErrors: Array<{ field?: string | null; message: string }>;
  };
};

export type DiagnosisRestitutionQueryVariables = Exact<{
  territorySlug: Scalars['String']['input'];
  period: Scalars['String']['input'];
}>;

export type DiagnosisRestitutionQuery = {
  territoryDiagnosis?: {
    id: string;
    slug: string;
    period: string;
    title: string;
    summary: string;
    periodStart: string;
    periodEnd: string;
    status: DiagnosisStatus;
    validatedAt?: string | null;
    isDemo: boolean;
    territory: { slug: string; name: string };
    workshops: Array<{
      id: string;
      slug: string;
      title: string;
      startsAt: string;
      datePrecision: WorkshopDatePrecision;
      status: WorkshopStatus;
      participantCount?: number | null;
      contributionCount: number;
    }>;
    participation: {
      workshopCount: number;
      participantCount: number;
      contributionCount: number;
      organizationCount: number;
      contributionsByKind: Array<{ kind: ContributionKind; count: number }>;
      organizationsByKind: Array<{ kind: OrganizationKind; count: number }>;
      timeline: Array<{ month: string; count: number }>;
    };
    matrix: Array<{
      evidenceCount: number;
      theme: { slug: string; name: string; nameEn: string };
      neighbourhood?: { slug: string; name: string } | null;
      findings: Array<{ id: string; title: string }>;
    }>;
    findings: Array<{
      id: string;
      kind: FindingKind;
      title: string;
      statement: string;
      statementHtml: string;
      priority: FindingPriority;
      status: FindingStatus;
      position: number;
      awaitingReview: boolean;
      evidenceCount: number;
      participantCount: number;
      organizationCount: number;
      supportCount: number;
      themes: Array<{ slug: string; name: string; nameEn: string }>;
      neighbourhoods: Array<{ slug: string; name: string }>;
      cosigners: Array<{ slug: string; name: string; kind: OrganizationKind }>;
      evidence: Array<{
        id: string;
        body: string;
        authorName: string;
        voteCount: number;
        workshop: { slug: string; title: string };
      }>;
      answeredBy: Array<{ slug: string; name: string; stage: PortraitStage }>;
    }>;
  } | null;
};

export type LiveStart_DiagnosisFragment = { id: string; lastSeq: number; status: DiagnosisStatus } & {
  ' $fragmentName'?: 'LiveStart_DiagnosisFragment';
};

export type LiveEnvelope_DiagnosisEventFragment = {
  seq: number;
  type: DiagnosisEventType;
  diagnosisStatus?: DiagnosisStatus | null;
  reason?: string | null;
  findingId?: string | null;
  mergedIntoId?: string | null;
  editorName?: string | null;
  editing?: boolean | null;
  connectedCount?: number | null;
} & { ' $fragmentName'?: 'LiveEnvelope_DiagnosisEventFragment' };

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

export type UploadImageMutationVariables = Exact<{
  file: Scalars['Upload']['input'];
}>;

export type UploadImageMutation = {
  uploadImage: {
    image?: { id: string; width: number; height: number; url: string } | null;
    userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }>;
  };
};

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
    findingTitleMin: number;
    findingTitleMax: number;
    findingStatementMin: number;
    findingStatementMax: number;
    findingNoteMax: number;
    findingNeighbourhoodsMax: number;
    storyTitleMin: number;
    storyTitleMax: number;
    storySummaryMax: number;
    storyBodyMin: number;
    storyBodyMax: number;
    storyTellerNameMin: number;
    storyTellerNameMax: number;
    storyTellerRoleMax: number;
    changesNoteMin: number;
    changesNoteMax: number;
    imageMaxBytes: number;
    imageAcceptedTypes: Array<string>;
    portrait: {
      nameMin: number;
      nameMax: number;
      summaryMax: number;
      communeMax: number;
      textMax: number;
      websiteMax: number;
      labelMax: number;
      unitMax: number;
      periodMax: number;
      euAxisMax: number;
      noteMax: number;
      altMin: number;
      altMax: number;
    };
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
  allPortraits: { totalCount: number };
  flagships: {
    nodes: Array<
      { id: string } & { ' $fragmentRefs'?: { PortraitCard_PortraitFragment: PortraitCard_PortraitFragment } }
    >;
  };
  stories: {
    nodes: Array<{ id: string } & { ' $fragmentRefs'?: { StoryCard_StoryFragment: StoryCard_StoryFragment } }>;
  };
  allTerritories: { totalCount: number };
  underWay: {
    nodes: Array<
      {
        id: string;
        slug: string;
        name: string;
        diagnoses: Array<{ id: string; period: string; status: DiagnosisStatus; title: string; summary: string }>;
      } & { ' $fragmentRefs'?: { TerritoryCard_TerritoryFragment: TerritoryCard_TerritoryFragment } }
    >;
  };
};

export type AdminPageQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<PlatformRole>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;

export type AdminPageQuery = {
  people: {
    totalCount: number;
    pageInfo: {
      hasNextPage: boolean;
      hasPreviousPage: boolean;
      startCursor?: string | null;
      endCursor?: string | null;
    };
    nodes: Array<{
      email?: string | null;
      person: {
        id: string;
        displayName: string;
        role: PlatformRole;
        isDemo: boolean;
        memberships: Array<{ access: MembershipAccess; organization: { slug: string; name: string } }>;
      };
    }>;
  };
  organizationRequests: Array<{
    id: string;
    name: string;
    kind: OrganizationKind;
    description: string;
    website?: string | null;
    createdAt: string;
    requester?: { displayName: string } | null;
  }>;
};

export type AdminViewerQueryVariables = Exact<{ [key: string]: never }>;

export type AdminViewerQuery = {
  viewer?: { kind: ViewerKind; role?: PlatformRole | null; person?: { id: string } | null } | null;
};

export type AdminPersonPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type AdminPersonPageQuery = {
  node?:
    | { __typename: 'Contribution' }
    | { __typename: 'Diagnosis' }
    | { __typename: 'DiagnosisTransition' }
    | { __typename: 'Finding' }
    | { __typename: 'FindingComment' }
    | { __typename: 'FindingRevision' }
    | { __typename: 'FindingSuggestion' }
    | { __typename: 'Image' }
    | { __typename: 'Invitation' }
    | { __typename: 'JoinRequest' }
    | { __typename: 'ModerationAction' }
    | { __typename: 'Neighbourhood' }
    | { __typename: 'Organization' }
    | { __typename: 'OrganizationRequest' }
    | {
        __typename: 'Person';
        id: string;
        displayName: string;
        role: PlatformRole;
        isDemo: boolean;
        memberships: Array<{ access: MembershipAccess; role: string; organization: { slug: string; name: string } }>;
      }
    | { __typename: 'Portrait' }
    | { __typename: 'Prompt' }
    | { __typename: 'Story' }
    | { __typename: 'Territory' }
    | { __typename: 'Theme' }
    | { __typename: 'Workshop' }
    | null;
  workshops: {
    nodes: Array<{
      id: string;
      slug: string;
      title: string;
      status: WorkshopStatus;
      startsAt: string;
      datePrecision: WorkshopDatePrecision;
      territory: { name: string };
      coordinators: Array<{ id: string }>;
    }>;
  };
  territories: {
    nodes: Array<{
      slug: string;
      name: string;
      diagnoses: Array<{ id: string; title: string; period: string; coordinators: Array<{ id: string }> }>;
    }>;
  };
};

export type GrantRoleMutationVariables = Exact<{
  personId: Scalars['ID']['input'];
  role: PlatformRole;
}>;

export type GrantRoleMutation = {
  grantRole: {
    person?: { id: string; role: PlatformRole } | null;
    userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }>;
  };
};

export type AssignCoordinatorMutationVariables = Exact<{
  personId: Scalars['ID']['input'];
  workshopId: Scalars['ID']['input'];
}>;

export type AssignCoordinatorMutation = {
  assignCoordinator: { userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }> };
};

export type UnassignCoordinatorMutationVariables = Exact<{
  personId: Scalars['ID']['input'];
  workshopId: Scalars['ID']['input'];
}>;

export type UnassignCoordinatorMutation = {
  unassignCoordinator: { userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }> };
};

export type AssignDiagnosisCoordinatorMutationVariables = Exact<{
  personId: Scalars['ID']['input'];
  diagnosisId: Scalars['ID']['input'];
}>;

export type AssignDiagnosisCoordinatorMutation = {
  assignDiagnosisCoordinator: { userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }> };
};

export type UnassignDiagnosisCoordinatorMutationVariables = Exact<{
  personId: Scalars['ID']['input'];
  diagnosisId: Scalars['ID']['input'];
}>;

export type UnassignDiagnosisCoordinatorMutation = {
  unassignDiagnosisCoordinator: { userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }> };
};

export type FindingAddressQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type FindingAddressQuery = {
  node?: { id: string; diagnosis: { period: string; territory: { slug: string } } } | Record<PropertyKey, never> | null;
};

export type InvitationPageQueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;

export type InvitationPageQuery = {
  viewer?: { kind: ViewerKind; displayName: string } | null;
  invitation?: {
    state: InvitationState;
    expiresAt: string;
    organization: { slug: string; name: string; kind: OrganizationKind; viewerAccess?: MembershipAccess | null };
  } | null;
};

export type AcceptInvitationMutationVariables = Exact<{
  token: Scalars['String']['input'];
}>;

export type AcceptInvitationMutation = {
  acceptInvitation: {
    organization?: { slug: string } | null;
    userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }>;
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

export type MyDraftsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;

export type MyDraftsQuery = {
  myDrafts: {
    totalCount: number;
    pageInfo: {
      hasNextPage: boolean;
      hasPreviousPage: boolean;
      startCursor?: string | null;
      endCursor?: string | null;
    };
    nodes: Array<{
      subjectId: string;
      kind: AuthoredKind;
      title: string;
      path: string;
      reviewState: ReviewState;
      reviewerNote?: string | null;
      submittedAt?: string | null;
      updatedAt: string;
    }>;
  };
};

export type OrganizationsPageQueryVariables = Exact<{
  filter?: InputMaybe<OrganizationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;

export type OrganizationsPageQuery = {
  viewer?: { kind: ViewerKind; role?: PlatformRole | null } | null;
  organizations: {
    totalCount: number;
    pageInfo: {
      hasNextPage: boolean;
      hasPreviousPage: boolean;
      startCursor?: string | null;
      endCursor?: string | null;
    };
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
  viewer?: { kind: ViewerKind } | null;
  organization: {
    id: string;
    viewerCanManage: boolean;
    viewerCanRequestToJoin: boolean;
    viewerAccess?: MembershipAccess | null;
    slug: string;
    name: string;
    kind: OrganizationKind;
    description: string;
    website?: string | null;
    commune?: string | null;
    viewerJoinRequest?: { state: RequestState; createdAt: string } | null;
    logo?: { url: string; width: number; height: number } | null;
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

export type RequestToJoinMutationVariables = Exact<{
  organizationId: Scalars['ID']['input'];
  message: Scalars['String']['input'];
}>;

export type RequestToJoinMutation = {
  requestToJoin: {
    joinRequest?: { id: string; state: RequestState } | null;
    userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }>;
  };
};

export type OrganizationEditPageQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;

export type OrganizationEditPageQuery = {
  viewer?: { kind: ViewerKind } | null;
  organization: {
    id: string;
    slug: string;
    name: string;
    viewerCanManage: boolean;
    membersMayCoSign: boolean;
    members: Array<{
      access: MembershipAccess;
      role: string;
      createdAt: string;
      person: { id: string; displayName: string };
    }>;
    invitations?: Array<{
      id: string;
      email?: string | null;
      createdAt: string;
      expiresAt: string;
      invitedBy?: { displayName: string } | null;
    }> | null;
    joinRequests?: Array<{
      id: string;
      message: string;
      createdAt: string;
      person?: { displayName: string } | null;
    }> | null;
  } & { ' $fragmentRefs'?: { ProfileForm_OrganizationFragment: ProfileForm_OrganizationFragment } };
};

export type UpdateOrganizationMutationVariables = Exact<{
  input: UpdateOrganizationInput;
}>;

export type UpdateOrganizationMutation = {
  updateOrganization: {
    organization?: { ' $fragmentRefs'?: { ProfileForm_OrganizationFragment: ProfileForm_OrganizationFragment } } | null;
    userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }>;
  };
};

export type SetMembersMayCoSignMutationVariables = Exact<{
  organizationId: Scalars['ID']['input'];
  allowed: Scalars['Boolean']['input'];
}>;

export type SetMembersMayCoSignMutation = {
  setMembersMayCoSign: {
    organization?: { id: string; membersMayCoSign: boolean } | null;
    userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }>;
  };
};

export type InviteMemberMutationVariables = Exact<{
  organizationId: Scalars['ID']['input'];
  email?: InputMaybe<Scalars['String']['input']>;
}>;

export type InviteMemberMutation = {
  inviteMember: {
    link?: string | null;
    invitation?: { id: string; email?: string | null; expiresAt: string } | null;
    userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }>;
  };
};

export type RevokeInvitationMutationVariables = Exact<{
  invitationId: Scalars['ID']['input'];
}>;

export type RevokeInvitationMutation = {
  revokeInvitation: {
    invitation?: { id: string } | null;
    userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }>;
  };
};

export type SetMemberAccessMutationVariables = Exact<{
  organizationId: Scalars['ID']['input'];
  personId: Scalars['ID']['input'];
  access: MembershipAccess;
}>;

export type SetMemberAccessMutation = {
  setMemberAccess: {
    membership?: { access: MembershipAccess } | null;
    userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }>;
  };
};

export type RemoveMemberMutationVariables = Exact<{
  organizationId: Scalars['ID']['input'];
  personId: Scalars['ID']['input'];
}>;

export type RemoveMemberMutation = {
  removeMember: { userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }> };
};

export type AcceptJoinRequestMutationVariables = Exact<{
  requestId: Scalars['ID']['input'];
}>;

export type AcceptJoinRequestMutation = {
  acceptJoinRequest: {
    joinRequest?: { id: string; state: RequestState } | null;
    userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }>;
  };
};

export type DeclineJoinRequestMutationVariables = Exact<{
  requestId: Scalars['ID']['input'];
}>;

export type DeclineJoinRequestMutation = {
  declineJoinRequest: {
    joinRequest?: { id: string; state: RequestState } | null;
    userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }>;
  };
};

export type NewOrganizationPageQueryVariables = Exact<{ [key: string]: never }>;

export type NewOrganizationPageQuery = {
  viewer?: { kind: ViewerKind; role?: PlatformRole | null } | null;
  viewerOrganizationRequests: Array<{
    id: string;
    name: string;
    kind: OrganizationKind;
    state: RequestState;
    note: string;
    createdAt: string;
    decidedAt?: string | null;
    organization?: { slug: string; name: string } | null;
  }>;
};

export type CreateOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;

export type CreateOrganizationMutation = {
  createOrganization: {
    organization?: { slug: string } | null;
    userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }>;
  };
};

export type RequestOrganizationMutationVariables = Exact<{
  input: RequestOrganizationInput;
}>;

export type RequestOrganizationMutation = {
  requestOrganization: {
    request?: { id: string; name: string } | null;
    userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }>;
  };
};

export type PortraitsPageQueryVariables = Exact<{
  filter?: InputMaybe<PortraitFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;

export type PortraitsPageQuery = {
  portraits: {
    totalCount: number;
    pageInfo: {
      hasNextPage: boolean;
      hasPreviousPage: boolean;
      startCursor?: string | null;
      endCursor?: string | null;
    };
    nodes: Array<
      { id: string } & { ' $fragmentRefs'?: { PortraitCard_PortraitFragment: PortraitCard_PortraitFragment } }
    >;
  };
  viewer?: { canWritePortraits: boolean } | null;
  themes: Array<{ slug: string; name: string; nameEn: string }>;
  territories: { nodes: Array<{ slug: string; name: string }> };
};

export type PortraitPageQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;

export type PortraitPageQuery = {
  viewer?: { canWritePortraits: boolean } | null;
  portrait: {
    id: string;
    slug: string;
    viewerCanEdit: boolean;
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
    images: Array<{ alt: string; image?: { id: string; width: number; height: number; url: string } | null }>;
    territory: { slug: string; name: string; region: string };
    themes: Array<{ slug: string; name: string; nameEn: string }>;
    funding: { euShare?: number | null };
    replicatedFrom?: { slug: string; name: string; commune: string } | null;
    replications: Array<{ slug: string; name: string; commune: string }>;
    stories: Array<{ id: string } & { ' $fragmentRefs'?: { StoryCard_StoryFragment: StoryCard_StoryFragment } }>;
    partners: Array<{ role: PartnerRole }>;
    indicators: Array<{ label: string }>;
    fundingLines: Array<{ sourceKind: FundingSourceKind }>;
    stageHistory: Array<{ stage: PortraitStage }>;
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

export type PortraitEditorQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;

export type PortraitEditorQuery = {
  viewer?: { kind: ViewerKind } | null;
  portrait: {
    id: string;
    slug: string;
    name: string;
    publicationState: PublicationState;
    viewerCanEdit: boolean;
    draftInfo?: {
      editVersion: number;
      reviewState: ReviewState;
      reviewerNote?: string | null;
      viewerCanSubmit: boolean;
      viewerCanPublish: boolean;
      viewerCanWithdraw: boolean;
      viewerCanRestore: boolean;
      revisions: {
        nodes: Array<{
          id: string;
          number: number;
          action: RevisionAction;
          authorName?: string | null;
          createdAt: string;
          note?: string | null;
        }>;
      };
    } | null;
    draft?: {
      name: string;
      summary: string;
      commune: string;
      need: string;
      project: string;
      results: string;
      startYear?: number | null;
      durationMonths?: number | null;
      budgetTotal?: string | null;
      website?: string | null;
      stage: PortraitStage;
      territory?: {
        id: string;
        slug: string;
        name: string;
        diagnoses: Array<{ id: string; title: string; findings: Array<{ id: string; title: string }> }>;
      } | null;
      themes: Array<{ id: string }>;
      indicators: Array<{
        key: string;
        label: string;
        value: string;
        unit: string;
        asOf?: string | null;
        period?: string | null;
        note?: string | null;
      }>;
      fundingLines: Array<{
        key: string;
        sourceKind: FundingSourceKind;
        label: string;
        amount?: string | null;
        euPriorityAxis?: string | null;
        periodStart?: string | null;
        periodEnd?: string | null;
        note?: string | null;
        funder?: { id: string } | null;
      }>;
      funding: {
        total?: number | null;
        euAmount: number;
        euShare?: number | null;
        itemisedTotal: number;
        unknownAmountLines: number;
      };
      partners: Array<{ role: PartnerRole; note?: string | null; organization?: { id: string; name: string } | null }>;
      stageEvents: Array<{ key: string; stage: PortraitStage; date: string; precision: DatePrecision; note: string }>;
      replicatedFrom?: { id: string } | null;
      answers: Array<{ id: string; title: string }>;
      images: Array<{ alt: string; image?: { id: string; width: number; height: number; url: string } | null }>;
    } | null;
  };
  territories: { nodes: Array<{ id: string; name: string }> };
  themes: Array<{ id: string; name: string; nameEn: string }>;
  organizations: { nodes: Array<{ id: string; name: string }> };
  portraits: { nodes: Array<{ id: string; name: string }> };
};

export type EditorUpdatePortraitMutationVariables = Exact<{
  input: UpdatePortraitInput;
}>;

export type EditorUpdatePortraitMutation = {
  updatePortrait: {
    portrait?: { id: string; draftInfo?: { editVersion: number } | null } | null;
    userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }>;
  };
};

export type EditorAddIndicatorMutationVariables = Exact<{
  input: IndicatorInput;
}>;

export type EditorAddIndicatorMutation = {
  addIndicator: {
    portrait?: { id: string; draftInfo?: { editVersion: number } | null } | null;
    userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }>;
  };
};

export type EditorUpdateIndicatorMutationVariables = Exact<{
  input: IndicatorInput;
}>;

export type EditorUpdateIndicatorMutation = {
  updateIndicator: {
    portrait?: { id: string; draftInfo?: { editVersion: number } | null } | null;
    userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }>;
  };
};

export type EditorRemoveIndicatorMutationVariables = Exact<{
  input: PortraitItemInput;
}>;

export type EditorRemoveIndicatorMutation = {
  removeIndicator: {
    portrait?: { id: string; draftInfo?: { editVersion: number } | null } | null;
    userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }>;
  };
};

export type EditorMoveIndicatorMutationVariables = Exact<{
  input: MovePortraitItemInput;
}>;

export type EditorMoveIndicatorMutation = {
  moveIndicator: {
    portrait?: { id: string; draftInfo?: { editVersion: number } | null } | null;
    userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }>;
  };
};

export type EditorAddFundingLineMutationVariables = Exact<{
  input: FundingLineInput;
}>;

export type EditorAddFundingLineMutation = {
  addFundingLine: {
    portrait?: { id: string; draftInfo?: { editVersion: number } | null } | null;
    userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }>;
  };
};

export type EditorUpdateFundingLineMutationVariables = Exact<{
  input: FundingLineInput;
}>;

export type EditorUpdateFundingLineMutation = {
  updateFundingLine: {
    portrait?: { id: string; draftInfo?: { editVersion: number } | null } | null;
    userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }>;
  };
};

export type EditorRemoveFundingLineMutationVariables = Exact<{
  input: PortraitItemInput;
}>;

export type EditorRemoveFundingLineMutation = {
  removeFundingLine: {
    portrait?: { id: string; draftInfo?: { editVersion: number } | null } | null;
    userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }>;
  };
};

export type EditorMoveFundingLineMutationVariables = Exact<{
  input: MovePortraitItemInput;
}>;

export type EditorMoveFundingLineMutation = {
  moveFundingLine: {
    portrait?: { id: string; draftInfo?: { editVersion: number } | null } | null;
    userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }>;
  };
};

export type EditorSetPortraitPartnersMutationVariables = Exact<{
  input: SetPortraitPartnersInput;
}>;

export type EditorSetPortraitPartnersMutation = {
  setPortraitPartners: {
    portrait?: { id: string; draftInfo?: { editVersion: number } | null } | null;
    userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }>;
  };
};

export type EditorRecordStageChangeMutationVariables = Exact<{
  input: RecordStageChangeInput;
}>;

export type EditorRecordStageChangeMutation = {
  recordStageChange: {
    portrait?: { id: string; draftInfo?: { editVersion: number } | null } | null;
    userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }>;
  };
};

export type EditorSetReplicatedFromMutationVariables = Exact<{
  input: SetReplicatedFromInput;
}>;

export type EditorSetReplicatedFromMutation = {
  setReplicatedFrom: {
    portrait?: { id: string; draftInfo?: { editVersion: number } | null } | null;
    userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }>;
  };
};

export type EditorSetAnsweredFindingsMutationVariables = Exact<{
  input: SetAnsweredFindingsInput;
}>;

export type EditorSetAnsweredFindingsMutation = {
  setAnsweredFindings: {
    portrait?: { id: string; draftInfo?: { editVersion: number } | null } | null;
    userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }>;
  };
};

export type EditorAddPortraitImageMutationVariables = Exact<{
  input: PortraitImageInput;
}>;

export type EditorAddPortraitImageMutation = {
  addPortraitImage: {
    portrait?: { id: string; draftInfo?: { editVersion: number } | null } | null;
    userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }>;
  };
};

export type EditorUpdatePortraitImageMutationVariables = Exact<{
  input: PortraitImageInput;
}>;

export type EditorUpdatePortraitImageMutation = {
  updatePortraitImage: {
    portrait?: { id: string; draftInfo?: { editVersion: number } | null } | null;
    userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }>;
  };
};

export type EditorRemovePortraitImageMutationVariables = Exact<{
  input: PortraitItemInput;
}>;

export type EditorRemovePortraitImageMutation = {
  removePortraitImage: {
    portrait?: { id: string; draftInfo?: { editVersion: number } | null } | null;
    userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }>;
  };
};

export type EditorMovePortraitImageMutationVariables = Exact<{
  input: MovePortraitItemInput;
}>;

export type EditorMovePortraitImageMutation = {
  movePortraitImage: {
    portrait?: { id: string; draftInfo?: { editVersion: number } | null } | null;
    userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }>;
  };
};

export type EditorSubmitPortraitMutationVariables = Exact<{
  input: PortraitDraftInput;
}>;

export type EditorSubmitPortraitMutation = {
  submitPortrait: {
    portrait?: { id: string; draftInfo?: { editVersion: number } | null } | null;
    userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }>;
  };
};

export type EditorPublishPortraitMutationVariables = Exact<{
  input: PortraitDraftInput;
}>;

export type EditorPublishPortraitMutation = {
  publishPortrait: {
    portrait?: { id: string; draftInfo?: { editVersion: number } | null } | null;
    userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }>;
  };
};

export type EditorWithdrawPortraitMutationVariables = Exact<{
  input: PortraitDraftInput;
}>;

export type EditorWithdrawPortraitMutation = {
  withdrawPortrait: {
    portrait?: { id: string; draftInfo?: { editVersion: number } | null } | null;
    userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }>;
  };
};

export type EditorRestorePortraitRevisionMutationVariables = Exact<{
  input: RestorePortraitRevisionInput;
}>;

export type EditorRestorePortraitRevisionMutation = {
  restorePortraitRevision: {
    portrait?: { id: string; draftInfo?: { editVersion: number } | null } | null;
    userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }>;
  };
};

export type NewPortraitQueryVariables = Exact<{ [key: string]: never }>;

export type NewPortraitQuery = {
  viewer?: {
    kind: ViewerKind;
    role?: PlatformRole | null;
    person?: { memberships: Array<{ organization: { id: string; name: string } }> } | null;
  } | null;
  territories: { nodes: Array<{ id: string; name: string }> };
  themes: Array<{ id: string; name: string; nameEn: string }>;
  portraits: { nodes: Array<{ id: string; slug: string; name: string; territory: { name: string } }> };
};

export type CreatePortraitMutationVariables = Exact<{
  input: CreatePortraitInput;
}>;

export type CreatePortraitMutation = {
  createPortrait: {
    portrait?: {
      id: string;
      slug: string;
      draft?: {
        name: string;
        summary: string;
        need: string;
        project: string;
        results: string;
        startYear?: number | null;
        durationMonths?: number | null;
        budgetTotal?: string | null;
        website?: string | null;
        territory?: { id: string } | null;
      } | null;
      draftInfo?: { editVersion: number } | null;
    } | null;
    userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }>;
  };
};

export type NewPortraitPlaceMutationVariables = Exact<{
  input: UpdatePortraitInput;
}>;

export type NewPortraitPlaceMutation = {
  updatePortrait: { userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }> };
};

export type ReviewPageQueryVariables = Exact<{ [key: string]: never }>;

export type ReviewPageQuery = {
  viewer?: { kind: ViewerKind; role?: PlatformRole | null } | null;
  draftsToReview: {
    totalCount: number;
    nodes: Array<
      { subjectId: string } & { ' $fragmentRefs'?: { ReviewDraft_DraftFragment: ReviewDraft_DraftFragment } }
    >;
  };
  toReview?: {
    counts: {
      pendingContributions: number;
      reportedContributions: number;
      proposedFindings: number;
      pendingSuggestions: number;
      total: number;
    };
    pendingContributions: Array<
      { id: string } & {
        ' $fragmentRefs'?: { ReviewContribution_ContributionFragment: ReviewContribution_ContributionFragment };
      }
    >;
    reportedContributions: Array<
      { id: string } & {
        ' $fragmentRefs'?: { ReviewContribution_ContributionFragment: ReviewContribution_ContributionFragment };
      }
    >;
    proposedFindings: Array<
      { id: string } & { ' $fragmentRefs'?: { ReviewFinding_FindingFragment: ReviewFinding_FindingFragment } }
    >;
    pendingSuggestions: Array<{
      id: string;
      title: string;
      note: string;
      createdAt: string;
      state: SuggestionState;
      author?: { displayName: string } | null;
      statementDiff: Array<{ value: string; added: boolean; removed: boolean }>;
      finding?: { id: string; title: string; diagnosis: { period: string; territory: { slug: string } } } | null;
    }>;
  } | null;
};

export type ReviewOrganizationRequestsQueryVariables = Exact<{ [key: string]: never }>;

export type ReviewOrganizationRequestsQuery = {
  organizationRequests: Array<
    { id: string } & {
      ' $fragmentRefs'?: { ReviewOrganizationRequest_RequestFragment: ReviewOrganizationRequest_RequestFragment };
    }
  >;
};

export type ReviewApproveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type ReviewApproveMutation = {
  approveContribution: { userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }> };
};

export type ReviewKeepMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type ReviewKeepMutation = {
  keepReportedContribution: { userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }> };
};

export type ReviewHideMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;

export type ReviewHideMutation = {
  hideContribution: { userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }> };
};

export type ReviewPublishStoryMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
}>;

export type ReviewPublishStoryMutation = {
  publishStory: { userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }> };
};

export type ReviewPublishPortraitMutationVariables = Exact<{
  input: PortraitDraftInput;
}>;

export type ReviewPublishPortraitMutation = {
  publishPortrait: { userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }> };
};

export type ReviewRequestChangesMutationVariables = Exact<{
  input: RequestChangesInput;
}>;

export type ReviewRequestChangesMutation = {
  requestChanges: { userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }> };
};

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
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;

export type StoriesPageQuery = {
  stories: {
    totalCount: number;
    pageInfo: {
      hasNextPage: boolean;
      hasPreviousPage: boolean;
      startCursor?: string | null;
      endCursor?: string | null;
    };
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
    publicationState: PublicationState;
    isDemo: boolean;
    authoring?: { viewerCanEdit: boolean } | null;
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

export type StoryEditorQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;

export type StoryEditorQuery = {
  story: {
    id: string;
    slug: string;
    title: string;
    publicationState: PublicationState;
    authoring?:
      | ({
          reviewState: ReviewState;
          reviewerNote?: string | null;
          editVersion: number;
          submittedAt?: string | null;
          viewerCanEdit: boolean;
          viewerCanSubmit: boolean;
          viewerCanPublish: boolean;
          viewerCanRequestChanges: boolean;
          viewerCanWithdraw: boolean;
        } & { ' $fragmentRefs'?: { StoryHistory_DraftInfoFragment: StoryHistory_DraftInfoFragment } })
      | null;
    draft?: {
      kind: StoryKind;
      title: string;
      summary: string;
      bodyMarkdown: string;
      anonymous: boolean;
      tellerName: string;
      tellerRole: string;
      consent: boolean;
      territory?: { id: string } | null;
      portraits: Array<{ id: string }>;
      findings: Array<{ id: string }>;
      workshops: Array<{ id: string }>;
    } | null;
  };
};

export type WithdrawStoryMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
}>;

export type WithdrawStoryMutation = {
  withdrawStory: { userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }> };
};

export type PublishStoryMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
}>;

export type PublishStoryMutation = {
  publishStory: { userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }> };
};

export type RequestStoryChangesMutationVariables = Exact<{
  input: RequestChangesInput;
}>;

export type RequestStoryChangesMutation = {
  requestChanges: { userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }> };
};

export type RestoreStoryRevisionMutationVariables = Exact<{
  revisionId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
}>;

export type RestoreStoryRevisionMutation = {
  restoreStoryRevision: { userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }> };
};

export type StoryChoicesQueryVariables = Exact<{ [key: string]: never }>;

export type StoryChoicesQuery = {
  territories: {
    nodes: Array<{
      id: string;
      name: string;
      portraits: Array<{ id: string; name: string }>;
      workshops: Array<{ id: string; title: string }>;
      diagnoses: Array<{ id: string; title: string; findings: Array<{ id: string; title: string }> }>;
    }>;
  };
};

export type RenderMarkdownQueryVariables = Exact<{
  text: Scalars['String']['input'];
}>;

export type RenderMarkdownQuery = { renderMarkdown: string };

export type StoryAfterMoveFragment = {
  id: string;
  slug: string;
  authoring?: { editVersion: number; viewerCanSubmit: boolean } | null;
  draft?: {
    kind: StoryKind;
    title: string;
    summary: string;
    bodyMarkdown: string;
    anonymous: boolean;
    tellerName: string;
    tellerRole: string;
    consent: boolean;
    territory?: { id: string } | null;
    portraits: Array<{ id: string }>;
    findings: Array<{ id: string }>;
    workshops: Array<{ id: string }>;
  } | null;
} & { ' $fragmentName'?: 'StoryAfterMoveFragment' };

export type CreateStoryMutationVariables = Exact<{
  input: CreateStoryInput;
}>;

export type CreateStoryMutation = {
  createStory: {
    story?: { ' $fragmentRefs'?: { StoryAfterMoveFragment: StoryAfterMoveFragment } } | null;
    userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }>;
  };
};

export type UpdateStoryMutationVariables = Exact<{
  input: UpdateStoryInput;
}>;

export type UpdateStoryMutation = {
  updateStory: {
    story?: { ' $fragmentRefs'?: { StoryAfterMoveFragment: StoryAfterMoveFragment } } | null;
    userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }>;
  };
};

export type SubmitStoryMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
}>;

export type SubmitStoryMutation = {
  submitStory: {
    story?: { id: string } | null;
    userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }>;
  };
};

export type TerritoriesPageQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;

export type TerritoriesPageQuery = {
  territories: {
    totalCount: number;
    pageInfo: {
      hasNextPage: boolean;
      hasPreviousPage: boolean;
      startCursor?: string | null;
      endCursor?: string | null;
    };
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
      period: string;
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

export type DiagnosisPageQueryVariables = Exact<{
  territorySlug: Scalars['String']['input'];
  period: Scalars['String']['input'];
}>;

export type DiagnosisPageQuery = {
  viewer?: {
    kind: ViewerKind;
    displayName: string;
    person?: { id: string; memberships: Array<{ organization: { id: string; name: string } }> } | null;
  } | null;
  territoryDiagnosis?:
    | ({
        id: string;
        slug: string;
        period: string;
        title: string;
        summary: string;
        periodStart: string;
        periodEnd: string;
        status: DiagnosisStatus;
        validatedAt?: string | null;
        isDemo: boolean;
        viewerCanCoordinate: boolean;
        viewerDiagnosisMoves: Array<DiagnosisMove>;
        viewerCanContribute: boolean;
        viewerCanPropose: boolean;
        territory: {
          slug: string;
          name: string;
          themes: Array<{ slug: string; name: string; nameEn: string }>;
          neighbourhoods: Array<{ slug: string; name: string }>;
        };
        coordinators: Array<{ id: string; displayName: string }>;
        consultation?: { id: string; slug: string; moderationMode: ModerationMode } | null;
        workshops: Array<{
          id: string;
          slug: string;
          title: string;
          kind: WorkshopKind;
          status: WorkshopStatus;
          startsAt: string;
          datePrecision: WorkshopDatePrecision;
          participantCount?: number | null;
          contributionCount: number;
        }>;
        transitions: Array<{
          id: string;
          fromStatus: DiagnosisStatus;
          toStatus: DiagnosisStatus;
          reason: string;
          createdAt: string;
          actor?: { displayName: string } | null;
        }>;
        participation: {
          workshopCount: number;
          participantCount: number;
          contributionCount: number;
          organizationCount: number;
          timeline: Array<{ month: string; count: number }>;
        };
        matrix: Array<{
          evidenceCount: number;
          theme: { slug: string; name: string; nameEn: string };
          neighbourhood?: { slug: string; name: string } | null;
          findings: Array<{ id: string; title: string }>;
        }>;
        findings: Array<{ ' $fragmentRefs'?: { FindingCard_FindingFragment: FindingCard_FindingFragment } }>;
        proposalsAwaitingReview: Array<{
          ' $fragmentRefs'?: { FindingCard_FindingFragment: FindingCard_FindingFragment };
        }>;
        pendingSuggestions: Array<{
          id: string;
          title: string;
          statement: string;
          note: string;
          createdAt: string;
          author?: { displayName: string } | null;
          finding?: { id: string; title: string } | null;
          statementDiff: Array<{ value: string; added: boolean; removed: boolean }>;
        }>;
      } & { ' $fragmentRefs'?: { LiveStart_DiagnosisFragment: LiveStart_DiagnosisFragment } })
    | null;
};

export type DiagnosisConsultationContributionsQueryVariables = Exact<{
  territorySlug: Scalars['String']['input'];
  period: Scalars['String']['input'];
}>;

export type DiagnosisConsultationContributionsQuery = {
  territoryDiagnosis?: {
    id: string;
    consultation?: {
      id: string;
      contributions: Array<
        {
          id: string;
          kind: ContributionKind;
          body: string;
          authorName: string;
          authorIsGuest: boolean;
          moderationState: ModerationState;
          createdAt: string;
          voteCount: number;
        } & { ' $fragmentRefs'?: { RetainedMark_ContributionFragment: RetainedMark_ContributionFragment } }
      >;
    } | null;
  } | null;
};

export type PostDiagnosisContributionMutationVariables = Exact<{
  input: PostDiagnosisContributionInput;
}>;

export type PostDiagnosisContributionMutation = {
  postDiagnosisContribution: {
    contribution?: { id: string; moderationState: ModerationState } | null;
    userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }>;
  };
};

export type ProposeFindingMutationVariables = Exact<{
  input: ProposeFindingInput;
}>;

export type ProposeFindingMutation = {
  proposeFinding: {
    finding?: { ' $fragmentRefs'?: { FindingCard_FindingFragment: FindingCard_FindingFragment } } | null;
    userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }>;
  };
};

export type MoveFindingMutationVariables = Exact<{
  findingId: Scalars['ID']['input'];
  position: Scalars['Int']['input'];
}>;

export type MoveFindingMutation = {
  moveFinding: {
    finding?: { id: string; position: number } | null;
    userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }>;
  };
};

export type OpenConsultationMutationVariables = Exact<{
  diagnosisId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;

export type OpenConsultationMutation = {
  openConsultation: {
    diagnosis?: { id: string; status: DiagnosisStatus } | null;
    userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }>;
  };
};

export type ValidateDiagnosisMutationVariables = Exact<{
  diagnosisId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;

export type ValidateDiagnosisMutation = {
  validateDiagnosis: {
    diagnosis?: { id: string; status: DiagnosisStatus } | null;
    userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }>;
  };
};

export type ArchiveDiagnosisMutationVariables = Exact<{
  diagnosisId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;

export type ArchiveDiagnosisMutation = {
  archiveDiagnosis: {
    diagnosis?: { id: string; status: DiagnosisStatus } | null;
    userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }>;
  };
};

export type ReopenDiagnosisMutationVariables = Exact<{
  diagnosisId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;

export type ReopenDiagnosisMutation = {
  reopenDiagnosis: {
    diagnosis?: { id: string; status: DiagnosisStatus } | null;
    userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }>;
  };
};

export type DiagnosisPageEventsSubscriptionVariables = Exact<{
  diagnosisId: Scalars['ID']['input'];
  afterSeq?: InputMaybe<Scalars['Int']['input']>;
}>;

export type DiagnosisPageEventsSubscription = {
  diagnosisEvents: {
    finding?: { ' $fragmentRefs'?: { FindingCard_FindingFragment: FindingCard_FindingFragment } } | null;
  } & { ' $fragmentRefs'?: { LiveEnvelope_DiagnosisEventFragment: LiveEnvelope_DiagnosisEventFragment } };
};

export type FindingPageQueryVariables = Exact<{
  territorySlug: Scalars['String']['input'];
  period: Scalars['String']['input'];
  id: Scalars['ID']['input'];
}>;

export type FindingPageQuery = {
  viewer?: { kind: ViewerKind; displayName: string } | null;
  territoryDiagnosis?:
    | ({
        id: string;
        period: string;
        title: string;
        status: DiagnosisStatus;
        viewerCanCoordinate: boolean;
        territory: {
          slug: string;
          name: string;
          themes: Array<{ slug: string; name: string; nameEn: string }>;
          neighbourhoods: Array<{ slug: string; name: string }>;
        };
        findings: Array<{ id: string; title: string; status: FindingStatus }>;
      } & { ' $fragmentRefs'?: { LiveStart_DiagnosisFragment: LiveStart_DiagnosisFragment } })
    | null;
  node?:
    | ({ diagnosis: { id: string } } & {
        ' $fragmentRefs'?: { FindingPage_FindingFragment: FindingPage_FindingFragment };
      })
    | Record<PropertyKey, never>
    | null;
};

export type UpdateFindingMutationVariables = Exact<{
  input: UpdateFindingInput;
}>;

export type UpdateFindingMutation = {
  updateFinding: {
    finding?: { ' $fragmentRefs'?: { FindingNow_FindingFragment: FindingNow_FindingFragment } } | null;
    userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }>;
  };
};

export type SuggestFindingEditMutationVariables = Exact<{
  input: SuggestFindingEditInput;
}>;

export type SuggestFindingEditMutation = {
  suggestFindingEdit: {
    suggestion?: { id: string } | null;
    userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }>;
  };
};

export type SupportFindingMutationVariables = Exact<{
  findingId: Scalars['ID']['input'];
  organizationId?: InputMaybe<Scalars['ID']['input']>;
}>;

export type SupportFindingMutation = {
  supportFinding: {
    finding?: { id: string; supportCount: number } | null;
    userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }>;
  };
};

export type WithdrawSupportMutationVariables = Exact<{
  findingId: Scalars['ID']['input'];
}>;

export type WithdrawSupportMutation = {
  withdrawSupport: {
    finding?: { id: string; supportCount: number } | null;
    userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }>;
  };
};

export type CommentOnFindingMutationVariables = Exact<{
  findingId: Scalars['ID']['input'];
  body: Scalars['String']['input'];
}>;

export type CommentOnFindingMutation = {
  commentOnFinding: {
    comment?: { id: string } | null;
    userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }>;
  };
};

export type HideFindingCommentMutationVariables = Exact<{
  commentId: Scalars['ID']['input'];
}>;

export type HideFindingCommentMutation = {
  hideFindingComment: {
    comment?: { id: string; hidden: boolean } | null;
    userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }>;
  };
};

export type RestoreFindingRevisionMutationVariables = Exact<{
  revisionId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
}>;

export type RestoreFindingRevisionMutation = {
  restoreFindingRevision: {
    finding?: { id: string; version: number } | null;
    userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }>;
  };
};

export type SpawnProjectIdeaMutationVariables = Exact<{
  findingId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
}>;

export type SpawnProjectIdeaMutation = {
  spawnProjectIdea: {
    portrait?: { slug: string; name: string } | null;
    userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }>;
  };
};

export type MergeFindingsMutationVariables = Exact<{
  findingId: Scalars['ID']['input'];
  intoId: Scalars['ID']['input'];
}>;

export type MergeFindingsMutation = {
  mergeFindings: {
    finding?: { id: string } | null;
    userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }>;
  };
};

export type DetachEvidenceMutationVariables = Exact<{
  findingId: Scalars['ID']['input'];
  contributionIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;

export type DetachEvidenceMutation = {
  detachEvidence: {
    finding?: { id: string; evidenceCount: number } | null;
    userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }>;
  };
};

export type FindingNow_FindingFragment = {
  id: string;
  version: number;
  kind: FindingKind;
  title: string;
  statement: string;
  priority: FindingPriority;
  status: FindingStatus;
  lastChangedAt?: string | null;
  themes: Array<{ slug: string }>;
  neighbourhoods: Array<{ slug: string }>;
  lastChangedBy?: { displayName: string } | null;
} & { ' $fragmentName'?: 'FindingNow_FindingFragment' };

export type FindingPage_FindingFragment = ({
  id: string;
  kind: FindingKind;
  title: string;
  statement: string;
  statementHtml: string;
  priority: FindingPriority;
  status: FindingStatus;
  version: number;
  awaitingReview: boolean;
  createdAt: string;
  lastChangedAt?: string | null;
  evidenceCount: number;
  participantCount: number;
  organizationCount: number;
  supportCount: number;
  viewerCanEdit: boolean;
  viewerCanSuggest: boolean;
  viewerCanSupport: boolean;
  viewerSupports: boolean;
  viewerCanComment: boolean;
  themes: Array<{ slug: string; name: string; nameEn: string }>;
  neighbourhoods: Array<{ slug: string; name: string }>;
  mergedInto?: { id: string; title: string } | null;
  proposedBy?: { displayName: string } | null;
  lastChangedBy?: { displayName: string } | null;
  evidence: Array<{
    id: string;
    kind: ContributionKind;
    body: string;
    authorName: string;
    authorIsGuest: boolean;
    workshop: { slug: string; title: string; kind: WorkshopKind };
    organization?: { name: string } | null;
  }>;
  cosigners: Array<{ id: string; name: string }>;
  comments: Array<{
    id: string;
    body: string;
    createdAt: string;
    hidden: boolean;
    author?: { displayName: string } | null;
  }>;
  revisions: Array<{
    id: string;
    number: number;
    change: RevisionChange;
    createdAt: string;
    note: string;
    author?: { displayName: string } | null;
    before?: { title: string; status: FindingStatus } | null;
    after: { title: string; status: FindingStatus };
    statementDiff: Array<{ value: string; added: boolean; removed: boolean }>;
  }>;
  suggestions: Array<{
    id: string;
    title: string;
    statement: string;
    note: string;
    state: SuggestionState;
    baseVersion: number;
    reviewNote: string;
    createdAt: string;
    author?: { displayName: string } | null;
    reviewedBy?: { displayName: string } | null;
    statementDiff: Array<{ value: string; added: boolean; removed: boolean }>;
  }>;
  answeredBy: Array<{ id: string; slug: string; name: string; stage: PortraitStage }>;
  stories: Array<{ slug: string; title: string }>;
  viewerCosignedFor?: { id: string; name: string } | null;
  viewerCoSignOrganizations: Array<{ id: string; name: string }>;
} & { ' $fragmentRefs'?: { FindingNow_FindingFragment: FindingNow_FindingFragment } }) & {
  ' $fragmentName'?: 'FindingPage_FindingFragment';
};

export type FindingPageEventsSubscriptionVariables = Exact<{
  diagnosisId: Scalars['ID']['input'];
  afterSeq?: InputMaybe<Scalars['Int']['input']>;
}>;

export type FindingPageEventsSubscription = {
  diagnosisEvents: {
    finding?: { ' $fragmentRefs'?: { FindingPresence_FindingFragment: FindingPresence_FindingFragment } } | null;
  } & { ' $fragmentRefs'?: { LiveEnvelope_DiagnosisEventFragment: LiveEnvelope_DiagnosisEventFragment } };
};

export type FindingPresence_FindingFragment = {
  id: string;
  kind: FindingKind;
  position: number;
  awaitingReview: boolean;
} & { ' $fragmentName'?: 'FindingPresence_FindingFragment' };

export type MarkEditingFindingMutationVariables = Exact<{
  findingId: Scalars['ID']['input'];
  editing: Scalars['Boolean']['input'];
}>;

export type MarkEditingFindingMutation = { markEditingFinding: { userErrors: Array<{ message: string }> } };

export type WorkshopsPageQueryVariables = Exact<{
  kind?: InputMaybe<WorkshopKind>;
  territory?: InputMaybe<Scalars['String']['input']>;
  theme?: InputMaybe<Scalars['String']['input']>;
  live: Scalars['Boolean']['input'];
  upcoming: Scalars['Boolean']['input'];
  past: Scalars['Boolean']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;

export type WorkshopsPageQuery = {
  viewerCanPlanWorkshops: boolean;
  live?: {
    totalCount: number;
    nodes: Array<
      { id: string } & { ' $fragmentRefs'?: { WorkshopCard_WorkshopFragment: WorkshopCard_WorkshopFragment } }
    >;
  };
  upcoming?: {
    totalCount: number;
    nodes: Array<
      { id: string } & { ' $fragmentRefs'?: { WorkshopCard_WorkshopFragment: WorkshopCard_WorkshopFragment } }
    >;
  };
  past?: {
    totalCount: number;
    pageInfo: {
      hasNextPage: boolean;
      hasPreviousPage: boolean;
      startCursor?: string | null;
      endCursor?: string | null;
    };
    nodes: Array<
      { id: string } & { ' $fragmentRefs'?: { WorkshopCard_WorkshopFragment: WorkshopCard_WorkshopFragment } }
    >;
  };
  themes: Array<{ slug: string; name: string; nameEn: string }>;
  territories: { nodes: Array<{ slug: string; name: string }> };
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
    datePrecision: WorkshopDatePrecision;
    place: string;
    description: string;
    participantCount?: number | null;
    contributionCount: number;
    isDemo: boolean;
    joinCode?: string | null;
    viewerIsCoordinator: boolean;
    hasCalendarDate: boolean;
    participantCap?: number | null;
    registrationCount: number;
    viewerIsRegistered: boolean;
    viewerCanRegister: boolean;
    viewerCanEdit: boolean;
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

export type RegisterForWorkshopMutationVariables = Exact<{
  workshopId: Scalars['ID']['input'];
}>;

export type RegisterForWorkshopMutation = {
  registerForWorkshop: { userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }> };
};

export type CancelRegistrationMutationVariables = Exact<{
  workshopId: Scalars['ID']['input'];
}>;

export type CancelRegistrationMutation = {
  cancelRegistration: { userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }> };
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

export type WorkshopCalendarQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;

export type WorkshopCalendarQuery = {
  workshop: {
    id: string;
    slug: string;
    title: string;
    startsAt: string;
    endsAt: string;
    datePrecision: WorkshopDatePrecision;
    hasCalendarDate: boolean;
    place: string;
    description: string;
  };
};

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
    diagnosis?: {
      id: string;
      title: string;
      viewerCanCoordinate: boolean;
      findings: Array<{ id: string; title: string; status: FindingStatus }>;
    } | null;
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

export type ConsoleItem_ContributionFragment = ({
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
} & { ' $fragmentRefs'?: { RetainedMark_ContributionFragment: RetainedMark_ContributionFragment } }) & {
  ' $fragmentName'?: 'ConsoleItem_ContributionFragment';
};

export type ModerationLog_ModerationActionFragment = {
  id: string;
  action: ModerationActionKind;
  actorName: string;
  reason?: string | null;
  at: string;
  contribution?: { id: string; body: string } | null;
} & { ' $fragmentName'?: 'ModerationLog_ModerationActionFragment' };

export type PlanEditPageQueryVariables = Exact<{
  slug: Scalars['String']['input'];
  search: Scalars['String']['input'];
  searching: Scalars['Boolean']['input'];
}>;

export type PlanEditPageQuery = {
  viewer?: { kind: ViewerKind } | null;
  workshop: {
    id: string;
    slug: string;
    title: string;
    kind: WorkshopKind;
    status: WorkshopStatus;
    planVersion: number;
    datePrecision: WorkshopDatePrecision;
    startsAt: string;
    endsAt: string;
    place: string;
    description: string;
    participantCap?: number | null;
    viewerCanEdit: boolean;
    viewerSessionMoves: Array<WorkshopMove>;
    territory: { id: string };
    neighbourhoods: Array<{ slug: string }>;
    themes: Array<{ slug: string }>;
    diagnosis?: { id: string } | null;
    prompts: Array<{ id: string; position: number; question: string }>;
    coordinators: Array<{ id: string; displayName: string }>;
    coordinatorCandidates?: Array<{ id: string; displayName: string }>;
  };
  limits: { questionMin: number; questionMax: number };
} & { ' $fragmentRefs'?: { PlanOptions_QueryFragment: PlanOptions_QueryFragment } };

export type UpdateWorkshopMutationVariables = Exact<{
  input: UpdateWorkshopInput;
}>;

export type UpdateWorkshopMutation = {
  updateWorkshop: {
    workshop?: { planVersion: number } | null;
    userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }>;
  };
};

export type PlanAddPromptMutationVariables = Exact<{
  workshopId: Scalars['ID']['input'];
  question: Scalars['String']['input'];
}>;

export type PlanAddPromptMutation = {
  addPrompt: { userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }> };
};

export type PlanUpdatePromptMutationVariables = Exact<{
  promptId: Scalars['ID']['input'];
  question: Scalars['String']['input'];
}>;

export type PlanUpdatePromptMutation = {
  updatePrompt: { userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }> };
};

export type PlanMovePromptMutationVariables = Exact<{
  promptId: Scalars['ID']['input'];
  position: Scalars['Int']['input'];
}>;

export type PlanMovePromptMutation = {
  movePrompt: { userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }> };
};

export type PlanRemovePromptMutationVariables = Exact<{
  promptId: Scalars['ID']['input'];
}>;

export type PlanRemovePromptMutation = {
  removePrompt: { userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }> };
};

export type PlanAddCoordinatorMutationVariables = Exact<{
  workshopId: Scalars['ID']['input'];
  personId: Scalars['ID']['input'];
}>;

export type PlanAddCoordinatorMutation = {
  addWorkshopCoordinator: { userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }> };
};

export type PlanRemoveCoordinatorMutationVariables = Exact<{
  workshopId: Scalars['ID']['input'];
  personId: Scalars['ID']['input'];
}>;

export type PlanRemoveCoordinatorMutation = {
  removeWorkshopCoordinator: { userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }> };
};

export type PlanDuplicateMutationVariables = Exact<{
  workshopId: Scalars['ID']['input'];
}>;

export type PlanDuplicateMutation = {
  duplicateWorkshop: {
    workshop?: { slug: string } | null;
    userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }>;
  };
};

export type PlanScheduleMutationVariables = Exact<{
  workshopId: Scalars['ID']['input'];
}>;

export type PlanScheduleMutation = {
  scheduleWorkshop: { userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }> };
};

export type LiveBoardPageQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;

export type LiveBoardPageQuery = {
  workshop: {
    id: string;
    slug: string;
    title: string;
    viewerTakesPart: boolean;
    viewerIsCoordinator: boolean;
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

export type BoardPromotionQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;

export type BoardPromotionQuery = {
  workshop: {
    diagnosis?: {
      id: string;
      viewerCanCoordinate: boolean;
      findings: Array<{ id: string; title: string; status: FindingStatus }>;
    } | null;
  };
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
} & {
  ' $fragmentRefs'?: {
    BoardItem_RightsFragment: BoardItem_RightsFragment;
    RetainedMark_ContributionFragment: RetainedMark_ContributionFragment;
  };
}) & { ' $fragmentName'?: 'BoardItem_ContributionFragment' };

export type WorkshopRegistrationsExportQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;

export type WorkshopRegistrationsExportQuery = {
  workshop: {
    slug: string;
    viewerCanEdit: boolean;
    registrations: Array<{
      displayName: string;
      email?: string | null;
      organizationName?: string | null;
      registeredAt: string;
    }>;
  };
};

export type WorkshopRegistrationsPageQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;

export type WorkshopRegistrationsPageQuery = {
  viewer?: { kind: ViewerKind } | null;
  workshop: {
    id: string;
    slug: string;
    title: string;
    participantCap?: number | null;
    registrationCount: number;
    viewerCanEdit: boolean;
    registrations: Array<{
      displayName: string;
      email?: string | null;
      organizationName?: string | null;
      registeredAt: string;
    }>;
  };
};

export type WorkshopRestitutionQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;

export type WorkshopRestitutionQuery = {
  workshop: {
    id: string;
    slug: string;
    title: string;
    status: WorkshopStatus;
    startsAt: string;
    endsAt: string;
    datePrecision: WorkshopDatePrecision;
    place: string;
    participantCount?: number | null;
    contributionCount: number;
    isDemo: boolean;
    territory: { slug: string; name: string };
    prompts: Array<{ id: string; position: number; question: string }>;
    contributionCounts: Array<{ kind: ContributionKind; count: number }>;
    diagnosis?: { title: string; period: string; territory: { slug: string } } | null;
    contributions: Array<{
      id: string;
      kind: ContributionKind;
      body: string;
      authorName: string;
      authorIsGuest: boolean;
      voteCount: number;
      createdAt: string;
      moderationState: ModerationState;
      prompt?: { id: string } | null;
      retainedIn: Array<{ id: string; title: string; diagnosis: { period: string; territory: { slug: string } } }>;
    }>;
  };
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

export type WallItem_ContributionFragment = ({
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
} & { ' $fragmentRefs'?: { RetainedMark_ContributionFragment: RetainedMark_ContributionFragment } }) & {
  ' $fragmentName'?: 'WallItem_ContributionFragment';
};

export type PlanNewPageQueryVariables = Exact<{ [key: string]: never }>;

export type PlanNewPageQuery = { viewerCanPlanWorkshops: boolean; viewer?: { kind: ViewerKind } | null } & {
  ' $fragmentRefs'?: { PlanOptions_QueryFragment: PlanOptions_QueryFragment };
};

export type CreateWorkshopMutationVariables = Exact<{
  input: WorkshopPlanFields;
}>;

export type CreateWorkshopMutation = {
  createWorkshop: {
    workshop?: { slug: string } | null;
    userErrors: Array<{ code: UserErrorCode; field?: string | null; message: string }>;
  };
};

export const FindingCard_FindingFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FindingCard_Finding' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Finding' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statementHtml' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awaitingReview' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
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
          { kind: 'Field', name: { kind: 'Name', value: 'evidenceCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participantCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organizationCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supportCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cosigners' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mergedInto' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'displayName' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FindingCard_FindingFragment, unknown>;
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
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
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
export const ProfileForm_OrganizationFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProfileForm_Organization' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Organization' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'website' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'postalAddress' } },
          { kind: 'Field', name: { kind: 'Name', value: 'commune' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'logo' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'url' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'width' },
                      value: { kind: 'IntValue', value: '320' },
                    },
                  ],
                },
                { kind: 'Field', name: { kind: 'Name', value: 'width' } },
                { kind: 'Field', name: { kind: 'Name', value: 'height' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProfileForm_OrganizationFragment, unknown>;
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
export const ReviewContribution_ContributionFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewContribution_Contribution' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Contribution' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authorIsGuest' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moderationState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerModerationMoves' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'openReports' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
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
  ],
} as unknown as DocumentNode<ReviewContribution_ContributionFragment, unknown>;
export const ReviewDraft_DraftFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewDraft_Draft' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DraftSummary' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'subjectId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'path' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReviewDraft_DraftFragment, unknown>;
export const ReviewFinding_FindingFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewFinding_Finding' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Finding' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statementHtml' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'displayName' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'diagnosis' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'period' } },
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
      },
    },
  ],
} as unknown as DocumentNode<ReviewFinding_FindingFragment, unknown>;
export const ReviewOrganizationRequest_RequestFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewOrganizationRequest_Request' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'OrganizationRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'website' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requester' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'displayName' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReviewOrganizationRequest_RequestFragment, unknown>;
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
export const StoryHistory_DraftInfoFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StoryHistory_DraftInfo' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DraftInfo' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'editVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanRestore' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revisions' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '50' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'changes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'diff' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'text' } },
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
        ],
      },
    },
  ],
} as unknown as DocumentNode<StoryHistory_DraftInfoFragment, unknown>;
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
export const PlanOptions_QueryFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlanOptions_Query' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Query' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
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
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
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
                        name: { kind: 'Name', value: 'diagnoses' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'viewerCanCoordinate' } },
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
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'limits' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'workshopTitleMin' } },
                { kind: 'Field', name: { kind: 'Name', value: 'workshopTitleMax' } },
                { kind: 'Field', name: { kind: 'Name', value: 'workshopPlaceMax' } },
                { kind: 'Field', name: { kind: 'Name', value: 'workshopDescriptionMax' } },
                { kind: 'Field', name: { kind: 'Name', value: 'workshopCapMax' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlanOptions_QueryFragment, unknown>;
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
          { kind: 'Field', name: { kind: 'Name', value: 'datePrecision' } },
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
export const LiveStart_DiagnosisFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LiveStart_Diagnosis' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Diagnosis' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastSeq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LiveStart_DiagnosisFragment, unknown>;
export const LiveEnvelope_DiagnosisEventFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LiveEnvelope_DiagnosisEvent' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DiagnosisEvent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'diagnosisStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'findingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mergedIntoId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editing' } },
          { kind: 'Field', name: { kind: 'Name', value: 'connectedCount' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LiveEnvelope_DiagnosisEventFragment, unknown>;
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
export const StoryAfterMoveFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StoryAfterMove' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Story' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'authoring' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'editVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerCanSubmit' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'draft' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bodyMarkdown' } },
                { kind: 'Field', name: { kind: 'Name', value: 'anonymous' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tellerName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tellerRole' } },
                { kind: 'Field', name: { kind: 'Name', value: 'consent' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'territory' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'portraits' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'findings' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'workshops' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StoryAfterMoveFragment, unknown>;
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
export const FindingNow_FindingFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FindingNow_Finding' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Finding' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statement' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'themes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'slug' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'neighbourhoods' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'slug' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'lastChangedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lastChangedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'displayName' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FindingNow_FindingFragment, unknown>;
export const FindingPage_FindingFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FindingPage_Finding' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Finding' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statement' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statementHtml' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awaitingReview' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'FindingNow_Finding' } },
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
            name: { kind: 'Name', value: 'mergedInto' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'displayName' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lastChangedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'displayName' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'lastChangedAt' } },
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'workshop' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organization' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'evidenceCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participantCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organizationCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supportCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cosigners' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'comments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hidden' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'author' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'displayName' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revisions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'change' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'author' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'displayName' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'before' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'after' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'statementDiff' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'added' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'removed' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'suggestions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statement' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'baseVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reviewNote' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'author' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'displayName' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reviewedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'displayName' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'statementDiff' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'added' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'removed' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'answeredBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
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
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanSuggest' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanSupport' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerSupports' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCosignedFor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCoSignOrganizations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanComment' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FindingNow_Finding' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Finding' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statement' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'themes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'slug' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'neighbourhoods' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'slug' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'lastChangedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lastChangedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'displayName' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FindingPage_FindingFragment, unknown>;
export const FindingPresence_FindingFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FindingPresence_Finding' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Finding' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awaitingReview' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FindingPresence_FindingFragment, unknown>;
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
export const RetainedMark_ContributionFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RetainedMark_Contribution' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Contribution' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'retainedIn' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RetainedMark_ContributionFragment, unknown>;
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
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RetainedMark_Contribution' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RetainedMark_Contribution' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Contribution' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'retainedIn' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
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
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RetainedMark_Contribution' } },
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
      name: { kind: 'Name', value: 'RetainedMark_Contribution' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Contribution' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'retainedIn' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
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
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RetainedMark_Contribution' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RetainedMark_Contribution' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Contribution' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'retainedIn' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WallItem_ContributionFragment, unknown>;
export const OrganizationIdOfDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OrganizationIdOf' },
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
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrganizationIdOfQuery, OrganizationIdOfQueryVariables>;
export const ApproveOrganizationRequestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ApproveOrganizationRequest' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'requestId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approveOrganizationRequest' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'requestId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'requestId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'note' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'request' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
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
} as unknown as DocumentNode<ApproveOrganizationRequestMutation, ApproveOrganizationRequestMutationVariables>;
export const DeclineOrganizationRequestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeclineOrganizationRequest' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'requestId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'declineOrganizationRequest' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'requestId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'requestId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'note' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'request' },
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
} as unknown as DocumentNode<DeclineOrganizationRequestMutation, DeclineOrganizationRequestMutationVariables>;
export const StoryLivePreviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StoryLivePreview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'text' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'renderMarkdown' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'text' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'text' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StoryLivePreviewQuery, StoryLivePreviewQueryVariables>;
export const ReviewFindingSuggestionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReviewFindingSuggestion' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'suggestionId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'decision' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SuggestionDecision' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviewFindingSuggestion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'suggestionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'suggestionId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'decision' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'decision' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'note' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'suggestion' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'state' } },
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
} as unknown as DocumentNode<ReviewFindingSuggestionMutation, ReviewFindingSuggestionMutationVariables>;
export const SetFindingStatusDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetFindingStatus' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'findingId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'FindingStatus' } } },
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
            name: { kind: 'Name', value: 'setFindingStatus' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'findingId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'findingId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'status' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
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
                  name: { kind: 'Name', value: 'finding' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
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
} as unknown as DocumentNode<SetFindingStatusMutation, SetFindingStatusMutationVariables>;
export const PromoteContributionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PromoteContributions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PromoteContributionsInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'promoteContributions' },
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
                  name: { kind: 'Name', value: 'finding' },
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
                            { kind: 'Field', name: { kind: 'Name', value: 'period' } },
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
} as unknown as DocumentNode<PromoteContributionsMutation, PromoteContributionsMutationVariables>;
export const DiagnosisRestitutionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DiagnosisRestitution' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'territorySlug' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'period' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'territoryDiagnosis' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'territorySlug' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'territorySlug' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'period' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'period' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                { kind: 'Field', name: { kind: 'Name', value: 'periodStart' } },
                { kind: 'Field', name: { kind: 'Name', value: 'periodEnd' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'validatedAt' } },
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
                  name: { kind: 'Name', value: 'workshops' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'datePrecision' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'participantCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'contributionCount' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'participation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'workshopCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'participantCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'contributionCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'organizationCount' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'contributionsByKind' },
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
                        name: { kind: 'Name', value: 'organizationsByKind' },
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
                        name: { kind: 'Name', value: 'timeline' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'month' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'matrix' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
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
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'neighbourhood' },
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
                        name: { kind: 'Name', value: 'findings' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'evidenceCount' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'statement' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'statementHtml' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'awaitingReview' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'evidenceCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'participantCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'organizationCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'supportCount' } },
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
                        name: { kind: 'Name', value: 'cosigners' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
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
                            { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
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
                        name: { kind: 'Name', value: 'answeredBy' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
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
  ],
} as unknown as DocumentNode<DiagnosisRestitutionQuery, DiagnosisRestitutionQueryVariables>;
export const UploadImageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UploadImage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'file' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Upload' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'uploadImage' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'file' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'file' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'image' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'width' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'height' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'url' },
                        arguments: [
                          {
                            kind: 'Argument',
                            name: { kind: 'Name', value: 'width' },
                            value: { kind: 'IntValue', value: '640' },
                          },
                        ],
                      },
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
} as unknown as DocumentNode<UploadImageMutation, UploadImageMutationVariables>;
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
                { kind: 'Field', name: { kind: 'Name', value: 'findingTitleMin' } },
                { kind: 'Field', name: { kind: 'Name', value: 'findingTitleMax' } },
                { kind: 'Field', name: { kind: 'Name', value: 'findingStatementMin' } },
                { kind: 'Field', name: { kind: 'Name', value: 'findingStatementMax' } },
                { kind: 'Field', name: { kind: 'Name', value: 'findingNoteMax' } },
                { kind: 'Field', name: { kind: 'Name', value: 'findingNeighbourhoodsMax' } },
                { kind: 'Field', name: { kind: 'Name', value: 'storyTitleMin' } },
                { kind: 'Field', name: { kind: 'Name', value: 'storyTitleMax' } },
                { kind: 'Field', name: { kind: 'Name', value: 'storySummaryMax' } },
                { kind: 'Field', name: { kind: 'Name', value: 'storyBodyMin' } },
                { kind: 'Field', name: { kind: 'Name', value: 'storyBodyMax' } },
                { kind: 'Field', name: { kind: 'Name', value: 'storyTellerNameMin' } },
                { kind: 'Field', name: { kind: 'Name', value: 'storyTellerNameMax' } },
                { kind: 'Field', name: { kind: 'Name', value: 'storyTellerRoleMax' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'portrait' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'nameMin' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameMax' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'summaryMax' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'communeMax' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'textMax' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'websiteMax' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'labelMax' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'unitMax' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'periodMax' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'euAxisMax' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'noteMax' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'altMin' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'altMax' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'changesNoteMin' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changesNoteMax' } },
                { kind: 'Field', name: { kind: 'Name', value: 'imageMaxBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'imageAcceptedTypes' } },
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
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
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
            alias: { kind: 'Name', value: 'allPortraits' },
            name: { kind: 'Name', value: 'portraits' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '1' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'totalCount' } }],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'flagships' },
            name: { kind: 'Name', value: 'portraits' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'featured' },
                      value: { kind: 'BooleanValue', value: true },
                    },
                  ],
                },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'sort' }, value: { kind: 'EnumValue', value: 'NAME' } },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '6' } },
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
            alias: { kind: 'Name', value: 'allTerritories' },
            name: { kind: 'Name', value: 'territories' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '1' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'totalCount' } }],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'underWay' },
            name: { kind: 'Name', value: 'territories' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'diagnosisUnderWay' },
                      value: { kind: 'BooleanValue', value: true },
                    },
                  ],
                },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '2' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'diagnoses' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                          ],
                        },
                      },
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
          { kind: 'Field', name: { kind: 'Name', value: 'datePrecision' } },
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
export const AdminPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'role' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PlatformRole' } },
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
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'last' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'before' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'people' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'role' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'role' } },
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
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'last' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'last' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'before' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'before' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'hasPreviousPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startCursor' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'person' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'isDemo' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'memberships' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'access' } },
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
            kind: 'Field',
            name: { kind: 'Name', value: 'organizationRequests' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'state' },
                value: { kind: 'EnumValue', value: 'PENDING' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'website' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'requester' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'displayName' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminPageQuery, AdminPageQueryVariables>;
export const AdminViewerDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminViewer' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'person' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminViewerQuery, AdminViewerQueryVariables>;
export const AdminPersonPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminPersonPage' },
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
            name: { kind: 'Name', value: 'node' },
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
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'isDemo' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'memberships' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'access' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'role' } },
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
            name: { kind: 'Name', value: 'workshops' },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'datePrecision' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'territory' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'coordinators' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
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
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'diagnoses' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'coordinators' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
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
  ],
} as unknown as DocumentNode<AdminPersonPageQuery, AdminPersonPageQueryVariables>;
export const GrantRoleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'GrantRole' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'personId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'role' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'PlatformRole' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'grantRole' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'personId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'personId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'role' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'role' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'person' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
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
} as unknown as DocumentNode<GrantRoleMutation, GrantRoleMutationVariables>;
export const AssignCoordinatorDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AssignCoordinator' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'personId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
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
            name: { kind: 'Name', value: 'assignCoordinator' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'personId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'personId' } },
              },
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
} as unknown as DocumentNode<AssignCoordinatorMutation, AssignCoordinatorMutationVariables>;
export const UnassignCoordinatorDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UnassignCoordinator' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'personId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
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
            name: { kind: 'Name', value: 'unassignCoordinator' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'personId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'personId' } },
              },
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
} as unknown as DocumentNode<UnassignCoordinatorMutation, UnassignCoordinatorMutationVariables>;
export const AssignDiagnosisCoordinatorDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AssignDiagnosisCoordinator' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'personId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'diagnosisId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignDiagnosisCoordinator' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'personId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'personId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'diagnosisId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'diagnosisId' } },
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
} as unknown as DocumentNode<AssignDiagnosisCoordinatorMutation, AssignDiagnosisCoordinatorMutationVariables>;
export const UnassignDiagnosisCoordinatorDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UnassignDiagnosisCoordinator' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'personId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'diagnosisId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unassignDiagnosisCoordinator' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'personId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'personId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'diagnosisId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'diagnosisId' } },
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
} as unknown as DocumentNode<UnassignDiagnosisCoordinatorMutation, UnassignDiagnosisCoordinatorMutationVariables>;
export const FindingAddressDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FindingAddress' },
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
            name: { kind: 'Name', value: 'node' },
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
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Finding' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'diagnosis' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'period' } },
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
  ],
} as unknown as DocumentNode<FindingAddressQuery, FindingAddressQueryVariables>;
export const InvitationPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'InvitationPage' },
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
            name: { kind: 'Name', value: 'viewer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'invitation' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organization' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'viewerAccess' } },
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
} as unknown as DocumentNode<InvitationPageQuery, InvitationPageQueryVariables>;
export const AcceptInvitationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AcceptInvitation' },
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
            name: { kind: 'Name', value: 'acceptInvitation' },
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
                  name: { kind: 'Name', value: 'organization' },
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
} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
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
export const MyDraftsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyDrafts' },
      variableDefinitions: [
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
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'last' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'before' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myDrafts' },
            arguments: [
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
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'last' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'last' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'before' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'before' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'hasPreviousPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startCursor' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'subjectId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reviewState' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reviewerNote' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
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
} as unknown as DocumentNode<MyDraftsQuery, MyDraftsQueryVariables>;
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
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'last' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'before' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
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
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organizations' },
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
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'last' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'last' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'before' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'before' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'hasPreviousPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startCursor' } },
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
            name: { kind: 'Name', value: 'viewer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'kind' } }],
            },
          },
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
                { kind: 'Field', name: { kind: 'Name', value: 'viewerCanManage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerCanRequestToJoin' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerAccess' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'viewerJoinRequest' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'website' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'logo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'url' },
                        arguments: [
                          {
                            kind: 'Argument',
                            name: { kind: 'Name', value: 'width' },
                            value: { kind: 'IntValue', value: '320' },
                          },
                        ],
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'width' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'height' } },
                    ],
                  },
                },
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
export const RequestToJoinDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RequestToJoin' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'organizationId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'message' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestToJoin' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'organizationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'organizationId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'message' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'message' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'joinRequest' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'state' } },
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
} as unknown as DocumentNode<RequestToJoinMutation, RequestToJoinMutationVariables>;
export const OrganizationEditPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OrganizationEditPage' },
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
            name: { kind: 'Name', value: 'viewer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'kind' } }],
            },
          },
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
                { kind: 'Field', name: { kind: 'Name', value: 'viewerCanManage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'membersMayCoSign' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProfileForm_Organization' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'members' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'access' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
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
                  name: { kind: 'Name', value: 'invitations' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'invitedBy' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'displayName' } }],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'joinRequests' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'person' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'displayName' } }],
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
      name: { kind: 'Name', value: 'ProfileForm_Organization' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Organization' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'website' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'postalAddress' } },
          { kind: 'Field', name: { kind: 'Name', value: 'commune' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'logo' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'url' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'width' },
                      value: { kind: 'IntValue', value: '320' },
                    },
                  ],
                },
                { kind: 'Field', name: { kind: 'Name', value: 'width' } },
                { kind: 'Field', name: { kind: 'Name', value: 'height' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrganizationEditPageQuery, OrganizationEditPageQueryVariables>;
export const UpdateOrganizationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateOrganization' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateOrganizationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateOrganization' },
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
                  name: { kind: 'Name', value: 'organization' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProfileForm_Organization' } }],
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
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProfileForm_Organization' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Organization' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'website' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'postalAddress' } },
          { kind: 'Field', name: { kind: 'Name', value: 'commune' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'logo' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'url' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'width' },
                      value: { kind: 'IntValue', value: '320' },
                    },
                  ],
                },
                { kind: 'Field', name: { kind: 'Name', value: 'width' } },
                { kind: 'Field', name: { kind: 'Name', value: 'height' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateOrganizationMutation, UpdateOrganizationMutationVariables>;
export const SetMembersMayCoSignDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetMembersMayCoSign' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'organizationId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'allowed' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setMembersMayCoSign' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'organizationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'organizationId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'allowed' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'allowed' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organization' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'membersMayCoSign' } },
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
} as unknown as DocumentNode<SetMembersMayCoSignMutation, SetMembersMayCoSignMutationVariables>;
export const InviteMemberDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'InviteMember' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'organizationId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'inviteMember' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'organizationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'organizationId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'email' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'link' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'invitation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
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
} as unknown as DocumentNode<InviteMemberMutation, InviteMemberMutationVariables>;
export const RevokeInvitationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RevokeInvitation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'invitationId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revokeInvitation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'invitationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'invitationId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'invitation' },
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
} as unknown as DocumentNode<RevokeInvitationMutation, RevokeInvitationMutationVariables>;
export const SetMemberAccessDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetMemberAccess' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'organizationId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'personId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'access' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'MembershipAccess' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setMemberAccess' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'organizationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'organizationId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'personId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'personId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'access' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'access' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'membership' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'access' } }],
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
} as unknown as DocumentNode<SetMemberAccessMutation, SetMemberAccessMutationVariables>;
export const RemoveMemberDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RemoveMember' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'organizationId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'personId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removeMember' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'organizationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'organizationId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'personId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'personId' } },
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
} as unknown as DocumentNode<RemoveMemberMutation, RemoveMemberMutationVariables>;
export const AcceptJoinRequestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AcceptJoinRequest' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'requestId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acceptJoinRequest' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'requestId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'requestId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'joinRequest' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'state' } },
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
} as unknown as DocumentNode<AcceptJoinRequestMutation, AcceptJoinRequestMutationVariables>;
export const DeclineJoinRequestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeclineJoinRequest' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'requestId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'declineJoinRequest' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'requestId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'requestId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'joinRequest' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'state' } },
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
} as unknown as DocumentNode<DeclineJoinRequestMutation, DeclineJoinRequestMutationVariables>;
export const NewOrganizationPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NewOrganizationPage' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerOrganizationRequests' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NewOrganizationPageQuery, NewOrganizationPageQueryVariables>;
export const CreateOrganizationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateOrganization' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateOrganizationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createOrganization' },
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
                  name: { kind: 'Name', value: 'organization' },
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
} as unknown as DocumentNode<CreateOrganizationMutation, CreateOrganizationMutationVariables>;
export const RequestOrganizationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RequestOrganization' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestOrganizationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestOrganization' },
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
                  name: { kind: 'Name', value: 'request' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
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
} as unknown as DocumentNode<RequestOrganizationMutation, RequestOrganizationMutationVariables>;
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
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'last' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'before' } },
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
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'last' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'last' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'before' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'before' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'hasPreviousPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startCursor' } },
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
            name: { kind: 'Name', value: 'viewer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'canWritePortraits' } }],
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
            name: { kind: 'Name', value: 'viewer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'canWritePortraits' } }],
            },
          },
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
                { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'images' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'alt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'image' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'width' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'height' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'url' },
                              arguments: [
                                {
                                  kind: 'Argument',
                                  name: { kind: 'Name', value: 'width' },
                                  value: { kind: 'IntValue', value: '960' },
                                },
                              ],
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'fundingLines' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sourceKind' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'stageHistory' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'stage' } }],
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
export const PortraitEditorDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PortraitEditor' },
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
            name: { kind: 'Name', value: 'viewer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'kind' } }],
            },
          },
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
                { kind: 'Field', name: { kind: 'Name', value: 'publicationState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'draftInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'editVersion' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reviewState' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reviewerNote' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'viewerCanSubmit' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'viewerCanPublish' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'viewerCanWithdraw' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'viewerCanRestore' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'revisions' },
                        arguments: [
                          {
                            kind: 'Argument',
                            name: { kind: 'Name', value: 'first' },
                            value: { kind: 'IntValue', value: '30' },
                          },
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
                                  { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'note' } },
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
                  name: { kind: 'Name', value: 'draft' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'commune' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'need' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'project' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'results' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startYear' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'durationMonths' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'budgetTotal' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'website' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'territory' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'diagnoses' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'findings' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'title' } },
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
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'indicators' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'fundingLines' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'sourceKind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'funder' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'euPriorityAxis' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'periodStart' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'periodEnd' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'funding' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'euAmount' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'euShare' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'itemisedTotal' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'unknownAmountLines' } },
                          ],
                        },
                      },
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
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'stageEvents' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'precision' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'replicatedFrom' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'answers' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'images' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'alt' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'image' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'width' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'height' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'url' },
                                    arguments: [
                                      {
                                        kind: 'Argument',
                                        name: { kind: 'Name', value: 'width' },
                                        value: { kind: 'IntValue', value: '480' },
                                      },
                                    ],
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
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organizations' },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'portraits' },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
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
} as unknown as DocumentNode<PortraitEditorQuery, PortraitEditorQueryVariables>;
export const EditorUpdatePortraitDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EditorUpdatePortrait' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdatePortraitInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updatePortrait' },
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
                  name: { kind: 'Name', value: 'portrait' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'draftInfo' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'editVersion' } }],
                        },
                      },
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
} as unknown as DocumentNode<EditorUpdatePortraitMutation, EditorUpdatePortraitMutationVariables>;
export const EditorAddIndicatorDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EditorAddIndicator' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'IndicatorInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addIndicator' },
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
                  name: { kind: 'Name', value: 'portrait' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'draftInfo' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'editVersion' } }],
                        },
                      },
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
} as unknown as DocumentNode<EditorAddIndicatorMutation, EditorAddIndicatorMutationVariables>;
export const EditorUpdateIndicatorDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EditorUpdateIndicator' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'IndicatorInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateIndicator' },
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
                  name: { kind: 'Name', value: 'portrait' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'draftInfo' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'editVersion' } }],
                        },
                      },
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
} as unknown as DocumentNode<EditorUpdateIndicatorMutation, EditorUpdateIndicatorMutationVariables>;
export const EditorRemoveIndicatorDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EditorRemoveIndicator' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PortraitItemInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removeIndicator' },
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
                  name: { kind: 'Name', value: 'portrait' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'draftInfo' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'editVersion' } }],
                        },
                      },
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
} as unknown as DocumentNode<EditorRemoveIndicatorMutation, EditorRemoveIndicatorMutationVariables>;
export const EditorMoveIndicatorDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EditorMoveIndicator' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'MovePortraitItemInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'moveIndicator' },
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
                  name: { kind: 'Name', value: 'portrait' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'draftInfo' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'editVersion' } }],
                        },
                      },
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
} as unknown as DocumentNode<EditorMoveIndicatorMutation, EditorMoveIndicatorMutationVariables>;
export const EditorAddFundingLineDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EditorAddFundingLine' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'FundingLineInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addFundingLine' },
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
                  name: { kind: 'Name', value: 'portrait' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'draftInfo' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'editVersion' } }],
                        },
                      },
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
} as unknown as DocumentNode<EditorAddFundingLineMutation, EditorAddFundingLineMutationVariables>;
export const EditorUpdateFundingLineDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EditorUpdateFundingLine' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'FundingLineInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateFundingLine' },
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
                  name: { kind: 'Name', value: 'portrait' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'draftInfo' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'editVersion' } }],
                        },
                      },
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
} as unknown as DocumentNode<EditorUpdateFundingLineMutation, EditorUpdateFundingLineMutationVariables>;
export const EditorRemoveFundingLineDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EditorRemoveFundingLine' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PortraitItemInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removeFundingLine' },
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
                  name: { kind: 'Name', value: 'portrait' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'draftInfo' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'editVersion' } }],
                        },
                      },
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
} as unknown as DocumentNode<EditorRemoveFundingLineMutation, EditorRemoveFundingLineMutationVariables>;
export const EditorMoveFundingLineDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EditorMoveFundingLine' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'MovePortraitItemInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'moveFundingLine' },
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
                  name: { kind: 'Name', value: 'portrait' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'draftInfo' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'editVersion' } }],
                        },
                      },
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
} as unknown as DocumentNode<EditorMoveFundingLineMutation, EditorMoveFundingLineMutationVariables>;
export const EditorSetPortraitPartnersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EditorSetPortraitPartners' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetPortraitPartnersInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setPortraitPartners' },
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
                  name: { kind: 'Name', value: 'portrait' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'draftInfo' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'editVersion' } }],
                        },
                      },
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
} as unknown as DocumentNode<EditorSetPortraitPartnersMutation, EditorSetPortraitPartnersMutationVariables>;
export const EditorRecordStageChangeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EditorRecordStageChange' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordStageChangeInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordStageChange' },
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
                  name: { kind: 'Name', value: 'portrait' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'draftInfo' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'editVersion' } }],
                        },
                      },
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
} as unknown as DocumentNode<EditorRecordStageChangeMutation, EditorRecordStageChangeMutationVariables>;
export const EditorSetReplicatedFromDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EditorSetReplicatedFrom' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetReplicatedFromInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setReplicatedFrom' },
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
                  name: { kind: 'Name', value: 'portrait' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'draftInfo' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'editVersion' } }],
                        },
                      },
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
} as unknown as DocumentNode<EditorSetReplicatedFromMutation, EditorSetReplicatedFromMutationVariables>;
export const EditorSetAnsweredFindingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EditorSetAnsweredFindings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetAnsweredFindingsInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setAnsweredFindings' },
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
                  name: { kind: 'Name', value: 'portrait' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'draftInfo' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'editVersion' } }],
                        },
                      },
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
} as unknown as DocumentNode<EditorSetAnsweredFindingsMutation, EditorSetAnsweredFindingsMutationVariables>;
export const EditorAddPortraitImageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EditorAddPortraitImage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PortraitImageInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addPortraitImage' },
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
                  name: { kind: 'Name', value: 'portrait' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'draftInfo' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'editVersion' } }],
                        },
                      },
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
} as unknown as DocumentNode<EditorAddPortraitImageMutation, EditorAddPortraitImageMutationVariables>;
export const EditorUpdatePortraitImageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EditorUpdatePortraitImage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PortraitImageInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updatePortraitImage' },
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
                  name: { kind: 'Name', value: 'portrait' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'draftInfo' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'editVersion' } }],
                        },
                      },
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
} as unknown as DocumentNode<EditorUpdatePortraitImageMutation, EditorUpdatePortraitImageMutationVariables>;
export const EditorRemovePortraitImageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EditorRemovePortraitImage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PortraitItemInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removePortraitImage' },
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
                  name: { kind: 'Name', value: 'portrait' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'draftInfo' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'editVersion' } }],
                        },
                      },
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
} as unknown as DocumentNode<EditorRemovePortraitImageMutation, EditorRemovePortraitImageMutationVariables>;
export const EditorMovePortraitImageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EditorMovePortraitImage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'MovePortraitItemInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'movePortraitImage' },
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
                  name: { kind: 'Name', value: 'portrait' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'draftInfo' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'editVersion' } }],
                        },
                      },
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
} as unknown as DocumentNode<EditorMovePortraitImageMutation, EditorMovePortraitImageMutationVariables>;
export const EditorSubmitPortraitDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EditorSubmitPortrait' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PortraitDraftInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submitPortrait' },
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
                  name: { kind: 'Name', value: 'portrait' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'draftInfo' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'editVersion' } }],
                        },
                      },
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
} as unknown as DocumentNode<EditorSubmitPortraitMutation, EditorSubmitPortraitMutationVariables>;
export const EditorPublishPortraitDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EditorPublishPortrait' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PortraitDraftInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publishPortrait' },
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
                  name: { kind: 'Name', value: 'portrait' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'draftInfo' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'editVersion' } }],
                        },
                      },
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
} as unknown as DocumentNode<EditorPublishPortraitMutation, EditorPublishPortraitMutationVariables>;
export const EditorWithdrawPortraitDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EditorWithdrawPortrait' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PortraitDraftInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'withdrawPortrait' },
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
                  name: { kind: 'Name', value: 'portrait' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'draftInfo' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'editVersion' } }],
                        },
                      },
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
} as unknown as DocumentNode<EditorWithdrawPortraitMutation, EditorWithdrawPortraitMutationVariables>;
export const EditorRestorePortraitRevisionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EditorRestorePortraitRevision' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RestorePortraitRevisionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'restorePortraitRevision' },
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
                  name: { kind: 'Name', value: 'portrait' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'draftInfo' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'editVersion' } }],
                        },
                      },
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
} as unknown as DocumentNode<EditorRestorePortraitRevisionMutation, EditorRestorePortraitRevisionMutationVariables>;
export const NewPortraitDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NewPortrait' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'person' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'memberships' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'organization' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'portraits' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '100' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'stage' },
                      value: { kind: 'EnumValue', value: 'UNCLAIMED_IDEA' },
                    },
                  ],
                },
              },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'territory' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
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
} as unknown as DocumentNode<NewPortraitQuery, NewPortraitQueryVariables>;
export const CreatePortraitDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreatePortrait' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreatePortraitInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createPortrait' },
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
                  name: { kind: 'Name', value: 'portrait' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'draft' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'need' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'project' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'results' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'startYear' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'durationMonths' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'budgetTotal' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'website' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'territory' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'draftInfo' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'editVersion' } }],
                        },
                      },
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
} as unknown as DocumentNode<CreatePortraitMutation, CreatePortraitMutationVariables>;
export const NewPortraitPlaceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'NewPortraitPlace' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdatePortraitInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updatePortrait' },
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
} as unknown as DocumentNode<NewPortraitPlaceMutation, NewPortraitPlaceMutationVariables>;
export const ReviewPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReviewPage' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'draftsToReview' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '100' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'subjectId' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewDraft_Draft' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'toReview' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'counts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'pendingContributions' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reportedContributions' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'proposedFindings' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pendingSuggestions' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pendingContributions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewContribution_Contribution' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reportedContributions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewContribution_Contribution' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'proposedFindings' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewFinding_Finding' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pendingSuggestions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'author' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'displayName' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'statementDiff' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'added' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'removed' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'finding' },
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
                                  { kind: 'Field', name: { kind: 'Name', value: 'period' } },
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
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewDraft_Draft' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DraftSummary' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'subjectId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'path' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewContribution_Contribution' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Contribution' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authorIsGuest' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moderationState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerModerationMoves' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'openReports' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
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
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewFinding_Finding' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Finding' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statementHtml' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'displayName' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'diagnosis' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'period' } },
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
      },
    },
  ],
} as unknown as DocumentNode<ReviewPageQuery, ReviewPageQueryVariables>;
export const ReviewOrganizationRequestsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReviewOrganizationRequests' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organizationRequests' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'state' },
                value: { kind: 'EnumValue', value: 'PENDING' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewOrganizationRequest_Request' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewOrganizationRequest_Request' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'OrganizationRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'website' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requester' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'displayName' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReviewOrganizationRequestsQuery, ReviewOrganizationRequestsQueryVariables>;
export const ReviewApproveDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReviewApprove' },
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
} as unknown as DocumentNode<ReviewApproveMutation, ReviewApproveMutationVariables>;
export const ReviewKeepDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReviewKeep' },
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
            name: { kind: 'Name', value: 'keepReportedContribution' },
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
} as unknown as DocumentNode<ReviewKeepMutation, ReviewKeepMutationVariables>;
export const ReviewHideDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReviewHide' },
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
} as unknown as DocumentNode<ReviewHideMutation, ReviewHideMutationVariables>;
export const ReviewPublishStoryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReviewPublishStory' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expectedVersion' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publishStory' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
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
} as unknown as DocumentNode<ReviewPublishStoryMutation, ReviewPublishStoryMutationVariables>;
export const ReviewPublishPortraitDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReviewPublishPortrait' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PortraitDraftInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publishPortrait' },
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
} as unknown as DocumentNode<ReviewPublishPortraitMutation, ReviewPublishPortraitMutationVariables>;
export const ReviewRequestChangesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReviewRequestChanges' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestChangesInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestChanges' },
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
} as unknown as DocumentNode<ReviewRequestChangesMutation, ReviewRequestChangesMutationVariables>;
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
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'last' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'before' } },
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
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'last' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'last' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'before' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'before' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'hasPreviousPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startCursor' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'publicationState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isDemo' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'authoring' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } }],
                  },
                },
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
export const StoryEditorDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StoryEditor' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'publicationState' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'authoring' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'reviewState' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reviewerNote' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'editVersion' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'viewerCanSubmit' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'viewerCanPublish' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'viewerCanRequestChanges' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'viewerCanWithdraw' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StoryHistory_DraftInfo' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'draft' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'bodyMarkdown' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'anonymous' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'tellerName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'tellerRole' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'consent' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'territory' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'portraits' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'findings' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'workshops' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
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
      name: { kind: 'Name', value: 'StoryHistory_DraftInfo' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DraftInfo' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'editVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanRestore' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revisions' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '50' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'changes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'diff' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'text' } },
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
        ],
      },
    },
  ],
} as unknown as DocumentNode<StoryEditorQuery, StoryEditorQueryVariables>;
export const WithdrawStoryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'WithdrawStory' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expectedVersion' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'withdrawStory' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
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
} as unknown as DocumentNode<WithdrawStoryMutation, WithdrawStoryMutationVariables>;
export const PublishStoryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PublishStory' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expectedVersion' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publishStory' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
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
} as unknown as DocumentNode<PublishStoryMutation, PublishStoryMutationVariables>;
export const RequestStoryChangesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RequestStoryChanges' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestChangesInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestChanges' },
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
} as unknown as DocumentNode<RequestStoryChangesMutation, RequestStoryChangesMutationVariables>;
export const RestoreStoryRevisionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RestoreStoryRevision' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'revisionId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expectedVersion' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'restoreStoryRevision' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'revisionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'revisionId' } },
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
} as unknown as DocumentNode<RestoreStoryRevisionMutation, RestoreStoryRevisionMutationVariables>;
export const StoryChoicesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StoryChoices' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
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
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'portraits' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
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
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
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
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'findings' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'title' } },
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
        ],
      },
    },
  ],
} as unknown as DocumentNode<StoryChoicesQuery, StoryChoicesQueryVariables>;
export const RenderMarkdownDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RenderMarkdown' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'text' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'renderMarkdown' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'text' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'text' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RenderMarkdownQuery, RenderMarkdownQueryVariables>;
export const CreateStoryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateStory' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateStoryInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createStory' },
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
                  name: { kind: 'Name', value: 'story' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'StoryAfterMove' } }],
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
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StoryAfterMove' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Story' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'authoring' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'editVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerCanSubmit' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'draft' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bodyMarkdown' } },
                { kind: 'Field', name: { kind: 'Name', value: 'anonymous' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tellerName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tellerRole' } },
                { kind: 'Field', name: { kind: 'Name', value: 'consent' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'territory' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'portraits' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'findings' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'workshops' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateStoryMutation, CreateStoryMutationVariables>;
export const UpdateStoryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateStory' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateStoryInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateStory' },
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
                  name: { kind: 'Name', value: 'story' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'StoryAfterMove' } }],
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
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StoryAfterMove' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Story' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'authoring' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'editVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerCanSubmit' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'draft' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bodyMarkdown' } },
                { kind: 'Field', name: { kind: 'Name', value: 'anonymous' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tellerName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tellerRole' } },
                { kind: 'Field', name: { kind: 'Name', value: 'consent' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'territory' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'portraits' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'findings' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'workshops' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateStoryMutation, UpdateStoryMutationVariables>;
export const SubmitStoryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SubmitStory' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expectedVersion' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submitStory' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
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
                  name: { kind: 'Name', value: 'story' },
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
} as unknown as DocumentNode<SubmitStoryMutation, SubmitStoryMutationVariables>;
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
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'last' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'before' } },
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
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'last' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'last' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'before' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'before' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'hasPreviousPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startCursor' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'period' } },
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
          { kind: 'Field', name: { kind: 'Name', value: 'datePrecision' } },
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
export const DiagnosisPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DiagnosisPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'territorySlug' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'period' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
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
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'person' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'memberships' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'organization' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
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
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'territoryDiagnosis' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'territorySlug' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'territorySlug' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'period' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'period' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                { kind: 'Field', name: { kind: 'Name', value: 'periodStart' } },
                { kind: 'Field', name: { kind: 'Name', value: 'periodEnd' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'validatedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isDemo' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'LiveStart_Diagnosis' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'territory' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
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
                  name: { kind: 'Name', value: 'consultation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'moderationMode' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'datePrecision' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'participantCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'contributionCount' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'transitions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'actor' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'displayName' } }],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'participation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'workshopCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'participantCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'contributionCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'organizationCount' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'timeline' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'month' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'matrix' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
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
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'neighbourhood' },
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
                        name: { kind: 'Name', value: 'findings' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'evidenceCount' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'findings' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FindingCard_Finding' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'proposalsAwaitingReview' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FindingCard_Finding' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pendingSuggestions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'statement' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'author' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'displayName' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'finding' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'statementDiff' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'added' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'removed' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerCanCoordinate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerDiagnosisMoves' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerCanContribute' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerCanPropose' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LiveStart_Diagnosis' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Diagnosis' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastSeq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FindingCard_Finding' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Finding' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statementHtml' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awaitingReview' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
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
          { kind: 'Field', name: { kind: 'Name', value: 'evidenceCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participantCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organizationCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supportCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cosigners' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mergedInto' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'displayName' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DiagnosisPageQuery, DiagnosisPageQueryVariables>;
export const DiagnosisConsultationContributionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DiagnosisConsultationContributions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'territorySlug' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'period' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'territoryDiagnosis' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'territorySlug' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'territorySlug' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'period' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'period' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'consultation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'contributions' },
                        arguments: [
                          {
                            kind: 'Argument',
                            name: { kind: 'Name', value: 'first' },
                            value: { kind: 'IntValue', value: '100' },
                          },
                        ],
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'authorIsGuest' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'moderationState' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'voteCount' } },
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RetainedMark_Contribution' } },
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
      name: { kind: 'Name', value: 'RetainedMark_Contribution' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Contribution' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'retainedIn' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DiagnosisConsultationContributionsQuery, DiagnosisConsultationContributionsQueryVariables>;
export const PostDiagnosisContributionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PostDiagnosisContribution' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PostDiagnosisContributionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'postDiagnosisContribution' },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'moderationState' } },
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
} as unknown as DocumentNode<PostDiagnosisContributionMutation, PostDiagnosisContributionMutationVariables>;
export const ProposeFindingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ProposeFinding' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProposeFindingInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposeFinding' },
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
                  name: { kind: 'Name', value: 'finding' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FindingCard_Finding' } }],
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
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FindingCard_Finding' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Finding' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statementHtml' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awaitingReview' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
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
          { kind: 'Field', name: { kind: 'Name', value: 'evidenceCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participantCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organizationCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supportCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cosigners' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mergedInto' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'displayName' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProposeFindingMutation, ProposeFindingMutationVariables>;
export const MoveFindingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MoveFinding' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'findingId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'position' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'moveFinding' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'findingId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'findingId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'position' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'position' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'finding' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'position' } },
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
} as unknown as DocumentNode<MoveFindingMutation, MoveFindingMutationVariables>;
export const OpenConsultationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'OpenConsultation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'diagnosisId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'openConsultation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'diagnosisId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'diagnosisId' } },
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
                  name: { kind: 'Name', value: 'diagnosis' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
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
} as unknown as DocumentNode<OpenConsultationMutation, OpenConsultationMutationVariables>;
export const ValidateDiagnosisDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ValidateDiagnosis' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'diagnosisId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'validateDiagnosis' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'diagnosisId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'diagnosisId' } },
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
                  name: { kind: 'Name', value: 'diagnosis' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
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
} as unknown as DocumentNode<ValidateDiagnosisMutation, ValidateDiagnosisMutationVariables>;
export const ArchiveDiagnosisDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ArchiveDiagnosis' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'diagnosisId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'archiveDiagnosis' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'diagnosisId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'diagnosisId' } },
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
                  name: { kind: 'Name', value: 'diagnosis' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
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
} as unknown as DocumentNode<ArchiveDiagnosisMutation, ArchiveDiagnosisMutationVariables>;
export const ReopenDiagnosisDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReopenDiagnosis' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'diagnosisId' } },
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
            name: { kind: 'Name', value: 'reopenDiagnosis' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'diagnosisId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'diagnosisId' } },
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
                  name: { kind: 'Name', value: 'diagnosis' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
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
} as unknown as DocumentNode<ReopenDiagnosisMutation, ReopenDiagnosisMutationVariables>;
export const DiagnosisPageEventsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'DiagnosisPageEvents' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'diagnosisId' } },
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
            name: { kind: 'Name', value: 'diagnosisEvents' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'diagnosisId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'diagnosisId' } },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'LiveEnvelope_DiagnosisEvent' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'finding' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FindingCard_Finding' } }],
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
      name: { kind: 'Name', value: 'LiveEnvelope_DiagnosisEvent' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DiagnosisEvent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'diagnosisStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'findingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mergedIntoId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editing' } },
          { kind: 'Field', name: { kind: 'Name', value: 'connectedCount' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FindingCard_Finding' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Finding' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statementHtml' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awaitingReview' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
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
          { kind: 'Field', name: { kind: 'Name', value: 'evidenceCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participantCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organizationCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supportCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cosigners' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mergedInto' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'displayName' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DiagnosisPageEventsSubscription, DiagnosisPageEventsSubscriptionVariables>;
export const FindingPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FindingPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'territorySlug' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'period' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
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
            name: { kind: 'Name', value: 'viewer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'territoryDiagnosis' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'territorySlug' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'territorySlug' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'period' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'period' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerCanCoordinate' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'LiveStart_Diagnosis' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'territory' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'node' },
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
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Finding' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'FindingPage_Finding' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'diagnosis' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
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
      name: { kind: 'Name', value: 'FindingNow_Finding' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Finding' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statement' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'themes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'slug' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'neighbourhoods' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'slug' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'lastChangedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lastChangedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'displayName' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LiveStart_Diagnosis' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Diagnosis' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastSeq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FindingPage_Finding' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Finding' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statement' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statementHtml' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awaitingReview' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'FindingNow_Finding' } },
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
            name: { kind: 'Name', value: 'mergedInto' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'displayName' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lastChangedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'displayName' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'lastChangedAt' } },
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'workshop' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organization' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'evidenceCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participantCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organizationCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supportCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cosigners' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'comments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hidden' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'author' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'displayName' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revisions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'change' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'author' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'displayName' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'before' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'after' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'statementDiff' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'added' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'removed' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'suggestions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statement' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'baseVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reviewNote' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'author' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'displayName' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reviewedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'displayName' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'statementDiff' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'added' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'removed' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'answeredBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
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
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanSuggest' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanSupport' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerSupports' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCosignedFor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCoSignOrganizations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanComment' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FindingPageQuery, FindingPageQueryVariables>;
export const UpdateFindingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateFinding' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateFindingInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateFinding' },
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
                  name: { kind: 'Name', value: 'finding' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FindingNow_Finding' } }],
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
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FindingNow_Finding' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Finding' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statement' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'themes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'slug' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'neighbourhoods' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'slug' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'lastChangedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lastChangedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'displayName' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateFindingMutation, UpdateFindingMutationVariables>;
export const SuggestFindingEditDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SuggestFindingEdit' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SuggestFindingEditInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'suggestFindingEdit' },
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
                  name: { kind: 'Name', value: 'suggestion' },
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
} as unknown as DocumentNode<SuggestFindingEditMutation, SuggestFindingEditMutationVariables>;
export const SupportFindingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SupportFinding' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'findingId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'organizationId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supportFinding' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'findingId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'findingId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'organizationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'organizationId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'finding' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'supportCount' } },
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
} as unknown as DocumentNode<SupportFindingMutation, SupportFindingMutationVariables>;
export const WithdrawSupportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'WithdrawSupport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'findingId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'withdrawSupport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'findingId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'findingId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'finding' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'supportCount' } },
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
} as unknown as DocumentNode<WithdrawSupportMutation, WithdrawSupportMutationVariables>;
export const CommentOnFindingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CommentOnFinding' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'findingId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'body' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'commentOnFinding' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'findingId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'findingId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'body' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'body' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'comment' },
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
} as unknown as DocumentNode<CommentOnFindingMutation, CommentOnFindingMutationVariables>;
export const HideFindingCommentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'HideFindingComment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'commentId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'hideFindingComment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'commentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'commentId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'comment' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hidden' } },
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
} as unknown as DocumentNode<HideFindingCommentMutation, HideFindingCommentMutationVariables>;
export const RestoreFindingRevisionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RestoreFindingRevision' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'revisionId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expectedVersion' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'restoreFindingRevision' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'revisionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'revisionId' } },
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
                  name: { kind: 'Name', value: 'finding' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
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
} as unknown as DocumentNode<RestoreFindingRevisionMutation, RestoreFindingRevisionMutationVariables>;
export const SpawnProjectIdeaDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SpawnProjectIdea' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'findingId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'title' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'spawnProjectIdea' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'findingId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'findingId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'title' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'title' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'portrait' },
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
} as unknown as DocumentNode<SpawnProjectIdeaMutation, SpawnProjectIdeaMutationVariables>;
export const MergeFindingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MergeFindings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'findingId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'intoId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mergeFindings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'findingId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'findingId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'intoId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'intoId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'finding' },
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
} as unknown as DocumentNode<MergeFindingsMutation, MergeFindingsMutationVariables>;
export const DetachEvidenceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DetachEvidence' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'findingId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'contributionIds' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'detachEvidence' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'findingId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'findingId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'contributionIds' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'contributionIds' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'finding' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'evidenceCount' } },
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
} as unknown as DocumentNode<DetachEvidenceMutation, DetachEvidenceMutationVariables>;
export const FindingPageEventsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'FindingPageEvents' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'diagnosisId' } },
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
            name: { kind: 'Name', value: 'diagnosisEvents' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'diagnosisId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'diagnosisId' } },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'LiveEnvelope_DiagnosisEvent' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'finding' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FindingPresence_Finding' } }],
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
      name: { kind: 'Name', value: 'LiveEnvelope_DiagnosisEvent' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DiagnosisEvent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'diagnosisStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'findingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mergedIntoId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editing' } },
          { kind: 'Field', name: { kind: 'Name', value: 'connectedCount' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FindingPresence_Finding' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Finding' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awaitingReview' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FindingPageEventsSubscription, FindingPageEventsSubscriptionVariables>;
export const MarkEditingFindingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MarkEditingFinding' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'findingId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'editing' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'markEditingFinding' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'findingId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'findingId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'editing' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'editing' } },
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
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'message' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MarkEditingFindingMutation, MarkEditingFindingMutationVariables>;
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
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'WorkshopKind' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'territory' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'theme' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'live' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'upcoming' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'past' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
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
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'last' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'before' } },
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
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'kind' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'territory' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'territory' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'theme' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'theme' } },
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
            directives: [
              {
                kind: 'Directive',
                name: { kind: 'Name', value: 'include' },
                arguments: [
                  {
                    kind: 'Argument',
                    name: { kind: 'Name', value: 'if' },
                    value: { kind: 'Variable', name: { kind: 'Name', value: 'live' } },
                  },
                ],
              },
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
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'kind' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'territory' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'territory' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'theme' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'theme' } },
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
            directives: [
              {
                kind: 'Directive',
                name: { kind: 'Name', value: 'include' },
                arguments: [
                  {
                    kind: 'Argument',
                    name: { kind: 'Name', value: 'if' },
                    value: { kind: 'Variable', name: { kind: 'Name', value: 'upcoming' } },
                  },
                ],
              },
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
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'kind' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'territory' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'territory' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'theme' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'theme' } },
                    },
                  ],
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'EnumValue', value: 'LATEST' },
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
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'last' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'last' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'before' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'before' } },
              },
            ],
            directives: [
              {
                kind: 'Directive',
                name: { kind: 'Name', value: 'include' },
                arguments: [
                  {
                    kind: 'Argument',
                    name: { kind: 'Name', value: 'if' },
                    value: { kind: 'Variable', name: { kind: 'Name', value: 'past' } },
                  },
                ],
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
                      { kind: 'Field', name: { kind: 'Name', value: 'hasPreviousPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startCursor' } },
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
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanPlanWorkshops' } },
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
          { kind: 'Field', name: { kind: 'Name', value: 'datePrecision' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'datePrecision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'place' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'participantCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contributionCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isDemo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'joinCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerIsCoordinator' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hasCalendarDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'participantCap' } },
                { kind: 'Field', name: { kind: 'Name', value: 'registrationCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerIsRegistered' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerCanRegister' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
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
export const RegisterForWorkshopDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RegisterForWorkshop' },
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
            name: { kind: 'Name', value: 'registerForWorkshop' },
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
} as unknown as DocumentNode<RegisterForWorkshopMutation, RegisterForWorkshopMutationVariables>;
export const CancelRegistrationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CancelRegistration' },
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
            name: { kind: 'Name', value: 'cancelRegistration' },
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
} as unknown as DocumentNode<CancelRegistrationMutation, CancelRegistrationMutationVariables>;
export const WorkshopCalendarDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'WorkshopCalendar' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'datePrecision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hasCalendarDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'place' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WorkshopCalendarQuery, WorkshopCalendarQueryVariables>;
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'diagnosis' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'viewerCanCoordinate' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'findings' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
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
      name: { kind: 'Name', value: 'RetainedMark_Contribution' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Contribution' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'retainedIn' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
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
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RetainedMark_Contribution' } },
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
      name: { kind: 'Name', value: 'RetainedMark_Contribution' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Contribution' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'retainedIn' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
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
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RetainedMark_Contribution' } },
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
export const PlanEditPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PlanEditPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'searching' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'planVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'datePrecision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'place' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'participantCap' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerSessionMoves' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'territory' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'neighbourhoods' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'slug' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'themes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'slug' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'diagnosis' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
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
                  name: { kind: 'Name', value: 'coordinatorCandidates' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'search' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
                    },
                  ],
                  directives: [
                    {
                      kind: 'Directive',
                      name: { kind: 'Name', value: 'include' },
                      arguments: [
                        {
                          kind: 'Argument',
                          name: { kind: 'Name', value: 'if' },
                          value: { kind: 'Variable', name: { kind: 'Name', value: 'searching' } },
                        },
                      ],
                    },
                  ],
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
            name: { kind: 'Name', value: 'limits' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'questionMin' } },
                { kind: 'Field', name: { kind: 'Name', value: 'questionMax' } },
              ],
            },
          },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PlanOptions_Query' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlanOptions_Query' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Query' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
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
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
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
                        name: { kind: 'Name', value: 'diagnoses' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'viewerCanCoordinate' } },
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
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'limits' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'workshopTitleMin' } },
                { kind: 'Field', name: { kind: 'Name', value: 'workshopTitleMax' } },
                { kind: 'Field', name: { kind: 'Name', value: 'workshopPlaceMax' } },
                { kind: 'Field', name: { kind: 'Name', value: 'workshopDescriptionMax' } },
                { kind: 'Field', name: { kind: 'Name', value: 'workshopCapMax' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlanEditPageQuery, PlanEditPageQueryVariables>;
export const UpdateWorkshopDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateWorkshop' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateWorkshopInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateWorkshop' },
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
                  name: { kind: 'Name', value: 'workshop' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'planVersion' } }],
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
} as unknown as DocumentNode<UpdateWorkshopMutation, UpdateWorkshopMutationVariables>;
export const PlanAddPromptDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PlanAddPrompt' },
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
} as unknown as DocumentNode<PlanAddPromptMutation, PlanAddPromptMutationVariables>;
export const PlanUpdatePromptDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PlanUpdatePrompt' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'promptId' } },
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
            name: { kind: 'Name', value: 'updatePrompt' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'promptId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'promptId' } },
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
} as unknown as DocumentNode<PlanUpdatePromptMutation, PlanUpdatePromptMutationVariables>;
export const PlanMovePromptDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PlanMovePrompt' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'promptId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'position' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'movePrompt' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'promptId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'promptId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'position' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'position' } },
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
} as unknown as DocumentNode<PlanMovePromptMutation, PlanMovePromptMutationVariables>;
export const PlanRemovePromptDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PlanRemovePrompt' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'promptId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removePrompt' },
            arguments: [
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
} as unknown as DocumentNode<PlanRemovePromptMutation, PlanRemovePromptMutationVariables>;
export const PlanAddCoordinatorDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PlanAddCoordinator' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'workshopId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'personId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addWorkshopCoordinator' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'workshopId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'workshopId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'personId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'personId' } },
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
} as unknown as DocumentNode<PlanAddCoordinatorMutation, PlanAddCoordinatorMutationVariables>;
export const PlanRemoveCoordinatorDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PlanRemoveCoordinator' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'workshopId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'personId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removeWorkshopCoordinator' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'workshopId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'workshopId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'personId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'personId' } },
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
} as unknown as DocumentNode<PlanRemoveCoordinatorMutation, PlanRemoveCoordinatorMutationVariables>;
export const PlanDuplicateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PlanDuplicate' },
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
            name: { kind: 'Name', value: 'duplicateWorkshop' },
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
} as unknown as DocumentNode<PlanDuplicateMutation, PlanDuplicateMutationVariables>;
export const PlanScheduleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PlanSchedule' },
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
} as unknown as DocumentNode<PlanScheduleMutation, PlanScheduleMutationVariables>;
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
                { kind: 'Field', name: { kind: 'Name', value: 'viewerIsCoordinator' } },
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
      name: { kind: 'Name', value: 'RetainedMark_Contribution' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Contribution' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'retainedIn' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
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
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RetainedMark_Contribution' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LiveBoardPageQuery, LiveBoardPageQueryVariables>;
export const BoardPromotionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BoardPromotion' },
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'diagnosis' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'viewerCanCoordinate' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'findings' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
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
  ],
} as unknown as DocumentNode<BoardPromotionQuery, BoardPromotionQueryVariables>;
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
      name: { kind: 'Name', value: 'RetainedMark_Contribution' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Contribution' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'retainedIn' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
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
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RetainedMark_Contribution' } },
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
      name: { kind: 'Name', value: 'RetainedMark_Contribution' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Contribution' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'retainedIn' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
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
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RetainedMark_Contribution' } },
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
export const WorkshopRegistrationsExportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'WorkshopRegistrationsExport' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'registrations' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'organizationName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'registeredAt' } },
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
} as unknown as DocumentNode<WorkshopRegistrationsExportQuery, WorkshopRegistrationsExportQueryVariables>;
export const WorkshopRegistrationsPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'WorkshopRegistrationsPage' },
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
            name: { kind: 'Name', value: 'viewer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'kind' } }],
            },
          },
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
                { kind: 'Field', name: { kind: 'Name', value: 'participantCap' } },
                { kind: 'Field', name: { kind: 'Name', value: 'registrationCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'registrations' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'organizationName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'registeredAt' } },
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
} as unknown as DocumentNode<WorkshopRegistrationsPageQuery, WorkshopRegistrationsPageQueryVariables>;
export const WorkshopRestitutionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'WorkshopRestitution' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'datePrecision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'place' } },
                { kind: 'Field', name: { kind: 'Name', value: 'participantCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contributionCount' } },
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
                  name: { kind: 'Name', value: 'diagnosis' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'period' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'authorIsGuest' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'voteCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'moderationState' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'prompt' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'retainedIn' },
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
                                  { kind: 'Field', name: { kind: 'Name', value: 'period' } },
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
        ],
      },
    },
  ],
} as unknown as DocumentNode<WorkshopRestitutionQuery, WorkshopRestitutionQueryVariables>;
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
      name: { kind: 'Name', value: 'RetainedMark_Contribution' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Contribution' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'retainedIn' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
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
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RetainedMark_Contribution' } },
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
      name: { kind: 'Name', value: 'RetainedMark_Contribution' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Contribution' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'retainedIn' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
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
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RetainedMark_Contribution' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WallEventsSubscription, WallEventsSubscriptionVariables>;
export const PlanNewPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PlanNewPage' },
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
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanPlanWorkshops' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PlanOptions_Query' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlanOptions_Query' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Query' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
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
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
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
                        name: { kind: 'Name', value: 'diagnoses' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'viewerCanCoordinate' } },
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
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'limits' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'workshopTitleMin' } },
                { kind: 'Field', name: { kind: 'Name', value: 'workshopTitleMax' } },
                { kind: 'Field', name: { kind: 'Name', value: 'workshopPlaceMax' } },
                { kind: 'Field', name: { kind: 'Name', value: 'workshopDescriptionMax' } },
                { kind: 'Field', name: { kind: 'Name', value: 'workshopCapMax' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlanNewPageQuery, PlanNewPageQueryVariables>;
export const CreateWorkshopDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateWorkshop' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'WorkshopPlanFields' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createWorkshop' },
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
} as unknown as DocumentNode<CreateWorkshopMutation, CreateWorkshopMutationVariables>;

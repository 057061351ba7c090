/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from "@graphql-typed-document-node/core";
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = {
  [K in keyof T]: T[K];
};
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & {
  [SubKey in K]?: Maybe<T[SubKey]>;
};
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & {
  [SubKey in K]: Maybe<T[SubKey]>;
};
export type MakeEmpty<
  T extends { [key: string]: unknown },
  K extends keyof T,
> = { [_ in K]?: never };
export type Incremental<T> =
  | T
  | {
      [P in keyof T]?: P extends " $fragmentName" | "__typename" ? T[P] : never;
    };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string };
  String: { input: string; output: string };
  Boolean: { input: boolean; output: boolean };
  Int: { input: number; output: number };
  Float: { input: number; output: number };
  Date: { input: string; output: string };
  DateTime: { input: string; output: string };
};

export type Contribution = Node & {
  authorName: Scalars["String"]["output"];
  body: Scalars["String"]["output"];
  createdAt: Scalars["DateTime"]["output"];
  id: Scalars["ID"]["output"];
  kind: ContributionKind;
  prompt?: Maybe<Prompt>;
  replies: Array<Reply>;
  themes: Array<Theme>;
  voteCount: Scalars["Int"]["output"];
  workshop: Workshop;
};

export type ContributionConnection = {
  edges: Array<ContributionEdge>;
  nodes: Array<Contribution>;
  pageInfo: PageInfo;
  totalCount: Scalars["Int"]["output"];
};

export type ContributionEdge = {
  cursor: Scalars["String"]["output"];
  node: Contribution;
};

export type ContributionKind = "IDEA" | "NEED" | "QUESTION" | "RESOURCE";

export type Coordinator = {
  displayName: Scalars["String"]["output"];
};

export type DatePrecision = "DAY" | "MONTH" | "YEAR";

export type Diagnosis = {
  findings: Array<Finding>;
  id: Scalars["ID"]["output"];
  periodEnd: Scalars["String"]["output"];
  periodStart: Scalars["String"]["output"];
  slug: Scalars["String"]["output"];
  status: DiagnosisStatus;
  summary: Scalars["String"]["output"];
  territory: Territory;
  title: Scalars["String"]["output"];
  validatedAt?: Maybe<Scalars["DateTime"]["output"]>;
};

export type DiagnosisStatus = "DRAFT" | "IN_REVIEW" | "VALIDATED";

export type Finding = {
  evidence: Array<Contribution>;
  evidenceCount: Scalars["Int"]["output"];
  id: Scalars["ID"]["output"];
  neighbourhoods: Array<Neighbourhood>;
  priority: FindingPriority;
  statement: Scalars["String"]["output"];
  status: FindingStatus;
  stories: Array<Story>;
  themes: Array<Theme>;
  title: Scalars["String"]["output"];
};

export type FindingPriority = "HIGH" | "LOW" | "MEDIUM";

export type FindingStatus =
  "ADDRESSED" | "CONFIRMED" | "IN_PROGRESS" | "PROPOSED";

export type FundingLine = {
  amount?: Maybe<Scalars["Float"]["output"]>;
  euPriorityAxis?: Maybe<Scalars["String"]["output"]>;
  funder?: Maybe<Organization>;
  isEu: Scalars["Boolean"]["output"];
  label: Scalars["String"]["output"];
  note?: Maybe<Scalars["String"]["output"]>;
  periodEnd?: Maybe<Scalars["String"]["output"]>;
  periodStart?: Maybe<Scalars["String"]["output"]>;
  sourceKind: FundingSourceKind;
};

export type FundingSourceKind =
  | "CORPORATE_SPONSORSHIP"
  | "CROWDFUNDING"
  | "DEPARTMENT"
  | "EU_ERDF"
  | "EU_ESF"
  | "EU_OTHER"
  | "MUNICIPALITY"
  | "OTHER"
  | "OWN_REVENUE"
  | "PUBLIC_BANK"
  | "REGION"
  | "STATE";

export type FundingSummary = {
  budgetTotal?: Maybe<Scalars["Float"]["output"]>;
  euAmount: Scalars["Float"]["output"];
  euShare?: Maybe<Scalars["Float"]["output"]>;
  total: Scalars["Float"]["output"];
};

export type Indicator = {
  asOf?: Maybe<Scalars["String"]["output"]>;
  label: Scalars["String"]["output"];
  note?: Maybe<Scalars["String"]["output"]>;
  period?: Maybe<Scalars["String"]["output"]>;
  unit: Scalars["String"]["output"];
  value: Scalars["Float"]["output"];
};

export type Membership = {
  person: Person;
  role: Scalars["String"]["output"];
};

export type Neighbourhood = {
  commune: Scalars["String"]["output"];
  id: Scalars["ID"]["output"];
  name: Scalars["String"]["output"];
  slug: Scalars["String"]["output"];
};

export type Node = {
  id: Scalars["ID"]["output"];
};

export type Organization = Node & {
  commune?: Maybe<Scalars["String"]["output"]>;
  description: Scalars["String"]["output"];
  id: Scalars["ID"]["output"];
  kind: OrganizationKind;
  members: Array<Membership>;
  name: Scalars["String"]["output"];
  partnerships: Array<Partnership>;
  slug: Scalars["String"]["output"];
  territory?: Maybe<Territory>;
  website?: Maybe<Scalars["String"]["output"]>;
};

export type OrganizationConnection = {
  edges: Array<OrganizationEdge>;
  nodes: Array<Organization>;
  pageInfo: PageInfo;
  totalCount: Scalars["Int"]["output"];
};

export type OrganizationEdge = {
  cursor: Scalars["String"]["output"];
  node: Organization;
};

export type OrganizationFilter = {
  kind?: InputMaybe<OrganizationKind>;
  territory?: InputMaybe<Scalars["String"]["input"]>;
};

export type OrganizationKind =
  | "ASSOCIATION"
  | "COMPANY"
  | "FUNDER"
  | "PUBLIC_BODY"
  | "RESIDENTS_COLLECTIVE"
  | "SOCIAL_LANDLORD"
  | "SUPPORT_NETWORK";

export type PageInfo = {
  endCursor?: Maybe<Scalars["String"]["output"]>;
  hasNextPage: Scalars["Boolean"]["output"];
};

export type PartnerRole = "CARRIER" | "FUNDER" | "PARTNER" | "SUPPORT";

export type Partnership = {
  note?: Maybe<Scalars["String"]["output"]>;
  organization: Organization;
  portrait: Portrait;
  role: PartnerRole;
};

export type Person = {
  displayName: Scalars["String"]["output"];
  id: Scalars["ID"]["output"];
};

export type Portrait = Node & {
  budgetTotal?: Maybe<Scalars["Float"]["output"]>;
  commune: Scalars["String"]["output"];
  durationMonths?: Maybe<Scalars["Int"]["output"]>;
  funding: FundingSummary;
  fundingLines: Array<FundingLine>;
  id: Scalars["ID"]["output"];
  indicators: Array<Indicator>;
  isDemo: Scalars["Boolean"]["output"];
  name: Scalars["String"]["output"];
  need: Scalars["String"]["output"];
  partners: Array<Partnership>;
  project: Scalars["String"]["output"];
  replicatedFrom?: Maybe<Portrait>;
  replications: Array<Portrait>;
  results: Scalars["String"]["output"];
  slug: Scalars["String"]["output"];
  stage: PortraitStage;
  stageHistory: Array<StageEvent>;
  startYear?: Maybe<Scalars["Int"]["output"]>;
  stories: Array<Story>;
  summary: Scalars["String"]["output"];
  territory: Territory;
  themes: Array<Theme>;
  website?: Maybe<Scalars["String"]["output"]>;
};

export type PortraitConnection = {
  edges: Array<PortraitEdge>;
  nodes: Array<Portrait>;
  pageInfo: PageInfo;
  totalCount: Scalars["Int"]["output"];
};

export type PortraitEdge = {
  cursor: Scalars["String"]["output"];
  node: Portrait;
};

export type PortraitFilter = {
  search?: InputMaybe<Scalars["String"]["input"]>;
  stage?: InputMaybe<PortraitStage>;
  territory?: InputMaybe<Scalars["String"]["input"]>;
  theme?: InputMaybe<Scalars["String"]["input"]>;
};

export type PortraitSort = "NAME" | "RECENT";

export type PortraitStage =
  | "CARRIER_FOUND"
  | "LAUNCHED"
  | "MODELLING"
  | "OPERATIONAL"
  | "OPPORTUNITY_STUDY"
  | "SPREADING"
  | "UNCLAIMED_IDEA";

export type Prompt = {
  id: Scalars["ID"]["output"];
  position: Scalars["Int"]["output"];
  question: Scalars["String"]["output"];
};

export type Query = {
  diagnosis?: Maybe<Diagnosis>;
  node?: Maybe<Node>;
  organization?: Maybe<Organization>;
  organizations: OrganizationConnection;
  portrait?: Maybe<Portrait>;
  portraits: PortraitConnection;
  stories: StoryConnection;
  story?: Maybe<Story>;
  territories: TerritoryConnection;
  territory?: Maybe<Territory>;
  themes: Array<Theme>;
  workshop?: Maybe<Workshop>;
  workshops: WorkshopConnection;
};

export type QueryDiagnosisArgs = {
  slug: Scalars["String"]["input"];
};

export type QueryNodeArgs = {
  id: Scalars["ID"]["input"];
};

export type QueryOrganizationArgs = {
  slug: Scalars["String"]["input"];
};

export type QueryOrganizationsArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  filter?: InputMaybe<OrganizationFilter>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
};

export type QueryPortraitArgs = {
  slug: Scalars["String"]["input"];
};

export type QueryPortraitsArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  filter?: InputMaybe<PortraitFilter>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
  sort?: InputMaybe<PortraitSort>;
};

export type QueryStoriesArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  filter?: InputMaybe<StoryFilter>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
};

export type QueryStoryArgs = {
  slug: Scalars["String"]["input"];
};

export type QueryTerritoriesArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
};

export type QueryTerritoryArgs = {
  slug: Scalars["String"]["input"];
};

export type QueryWorkshopArgs = {
  slug: Scalars["String"]["input"];
};

export type QueryWorkshopsArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  filter?: InputMaybe<WorkshopFilter>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
};

export type Reply = {
  authorName: Scalars["String"]["output"];
  body: Scalars["String"]["output"];
  createdAt: Scalars["DateTime"]["output"];
  id: Scalars["ID"]["output"];
};

export type StageEvent = {
  date: Scalars["String"]["output"];
  note?: Maybe<Scalars["String"]["output"]>;
  precision: DatePrecision;
  stage: PortraitStage;
};

export type Story = Node & {
  bodyHtml: Scalars["String"]["output"];
  findings: Array<Finding>;
  id: Scalars["ID"]["output"];
  isDemo: Scalars["Boolean"]["output"];
  kind: StoryKind;
  portrait?: Maybe<Portrait>;
  publishedAt: Scalars["DateTime"]["output"];
  slug: Scalars["String"]["output"];
  summary: Scalars["String"]["output"];
  teller?: Maybe<Teller>;
  territory: Territory;
  title: Scalars["String"]["output"];
};

export type StoryConnection = {
  edges: Array<StoryEdge>;
  nodes: Array<Story>;
  pageInfo: PageInfo;
  totalCount: Scalars["Int"]["output"];
};

export type StoryEdge = {
  cursor: Scalars["String"]["output"];
  node: Story;
};

export type StoryFilter = {
  kind?: InputMaybe<StoryKind>;
  search?: InputMaybe<Scalars["String"]["input"]>;
  territory?: InputMaybe<Scalars["String"]["input"]>;
  theme?: InputMaybe<Scalars["String"]["input"]>;
};

export type StoryKind = "EXPERIENCE" | "TESTIMONY";

export type Teller = {
  name: Scalars["String"]["output"];
  role?: Maybe<Scalars["String"]["output"]>;
};

export type Territory = Node & {
  description: Scalars["String"]["output"];
  diagnoses: Array<Diagnosis>;
  id: Scalars["ID"]["output"];
  kind: TerritoryKind;
  name: Scalars["String"]["output"];
  neighbourhoods: Array<Neighbourhood>;
  organizations: Array<Organization>;
  portraits: Array<Portrait>;
  region: Scalars["String"]["output"];
  slug: Scalars["String"]["output"];
  themes: Array<Theme>;
  workshops: Array<Workshop>;
};

export type TerritoryConnection = {
  edges: Array<TerritoryEdge>;
  nodes: Array<Territory>;
  pageInfo: PageInfo;
  totalCount: Scalars["Int"]["output"];
};

export type TerritoryEdge = {
  cursor: Scalars["String"]["output"];
  node: Territory;
};

export type TerritoryKind = "CITY" | "INTERCOMMUNALITY" | "PROGRAMME_AREA";

export type Theme = {
  id: Scalars["ID"]["output"];
  name: Scalars["String"]["output"];
  nameEn: Scalars["String"]["output"];
  slug: Scalars["String"]["output"];
};

export type Workshop = Node & {
  contributionCount: Scalars["Int"]["output"];
  contributions: ContributionConnection;
  coordinators: Array<Coordinator>;
  description: Scalars["String"]["output"];
  endsAt: Scalars["DateTime"]["output"];
  id: Scalars["ID"]["output"];
  isDemo: Scalars["Boolean"]["output"];
  kind: WorkshopKind;
  neighbourhoods: Array<Neighbourhood>;
  participantCount?: Maybe<Scalars["Int"]["output"]>;
  place: Scalars["String"]["output"];
  prompts: Array<Prompt>;
  slug: Scalars["String"]["output"];
  startsAt: Scalars["DateTime"]["output"];
  status: WorkshopStatus;
  territory: Territory;
  themes: Array<Theme>;
  title: Scalars["String"]["output"];
};

export type WorkshopContributionsArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
};

export type WorkshopConnection = {
  edges: Array<WorkshopEdge>;
  nodes: Array<Workshop>;
  pageInfo: PageInfo;
  totalCount: Scalars["Int"]["output"];
};

export type WorkshopEdge = {
  cursor: Scalars["String"]["output"];
  node: Workshop;
};

export type WorkshopFilter = {
  kind?: InputMaybe<WorkshopKind>;
  status?: InputMaybe<WorkshopStatus>;
  territory?: InputMaybe<Scalars["String"]["input"]>;
  theme?: InputMaybe<Scalars["String"]["input"]>;
  timing?: InputMaybe<WorkshopTiming>;
};

export type WorkshopKind =
  "BREAKFAST_TALK" | "FORUM" | "MEETING" | "SITE_VISIT" | "WORKSHOP";

export type WorkshopStatus =
  "CLOSED" | "DRAFT" | "LIVE" | "PAUSED" | "SCHEDULED";

export type WorkshopTiming = "LIVE" | "PAST" | "UPCOMING";

export type OrganizationCard_OrganizationFragment = {
  slug: string;
  name: string;
  kind: OrganizationKind;
  commune?: string | null;
  description: string;
} & { " $fragmentName"?: "OrganizationCard_OrganizationFragment" };

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
} & { " $fragmentName"?: "PortraitCard_PortraitFragment" };

export type StoryCard_StoryFragment = {
  slug: string;
  title: string;
  kind: StoryKind;
  summary: string;
  publishedAt: string;
  isDemo: boolean;
  teller?: { name: string; role?: string | null } | null;
  territory: { slug: string; name: string };
} & { " $fragmentName"?: "StoryCard_StoryFragment" };

export type TerritoryCard_TerritoryFragment = {
  slug: string;
  name: string;
  kind: TerritoryKind;
  region: string;
  description: string;
  neighbourhoods: Array<{ slug: string; name: string }>;
} & { " $fragmentName"?: "TerritoryCard_TerritoryFragment" };

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
} & { " $fragmentName"?: "WorkshopCard_WorkshopFragment" };

export type HomePageQueryVariables = Exact<{ [key: string]: never }>;

export type HomePageQuery = {
  live: {
    nodes: Array<
      { id: string } & {
        " $fragmentRefs"?: {
          WorkshopCard_WorkshopFragment: WorkshopCard_WorkshopFragment;
        };
      }
    >;
  };
  upcoming: {
    totalCount: number;
    nodes: Array<
      { id: string } & {
        " $fragmentRefs"?: {
          WorkshopCard_WorkshopFragment: WorkshopCard_WorkshopFragment;
        };
      }
    >;
  };
  past: { totalCount: number };
  portraits: {
    totalCount: number;
    nodes: Array<
      { id: string } & {
        " $fragmentRefs"?: {
          PortraitCard_PortraitFragment: PortraitCard_PortraitFragment;
        };
      }
    >;
  };
  stories: {
    nodes: Array<
      { id: string } & {
        " $fragmentRefs"?: { StoryCard_StoryFragment: StoryCard_StoryFragment };
      }
    >;
  };
  territories: {
    totalCount: number;
    nodes: Array<
      { id: string } & {
        " $fragmentRefs"?: {
          TerritoryCard_TerritoryFragment: TerritoryCard_TerritoryFragment;
        };
      }
    >;
  };
};

export type PortraitsPageQueryVariables = Exact<{
  filter?: InputMaybe<PortraitFilter>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
  after?: InputMaybe<Scalars["String"]["input"]>;
}>;

export type PortraitsPageQuery = {
  portraits: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor?: string | null };
    nodes: Array<
      { id: string } & {
        " $fragmentRefs"?: {
          PortraitCard_PortraitFragment: PortraitCard_PortraitFragment;
        };
      }
    >;
  };
  themes: Array<{ slug: string; name: string; nameEn: string }>;
  territories: { nodes: Array<{ slug: string; name: string }> };
};

export type PortraitPageQueryVariables = Exact<{
  slug: Scalars["String"]["input"];
}>;

export type PortraitPageQuery = {
  portrait?:
    | ({
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
        stories: Array<
          { id: string } & {
            " $fragmentRefs"?: {
              StoryCard_StoryFragment: StoryCard_StoryFragment;
            };
          }
        >;
        partners: Array<{ role: PartnerRole }>;
        indicators: Array<{ label: string }>;
      } & {
        " $fragmentRefs"?: {
          PortraitIndicators_PortraitFragment: PortraitIndicators_PortraitFragment;
          PortraitFunding_PortraitFragment: PortraitFunding_PortraitFragment;
          PortraitTimeline_PortraitFragment: PortraitTimeline_PortraitFragment;
          PortraitPartners_PortraitFragment: PortraitPartners_PortraitFragment;
        };
      })
    | null;
};

export type PortraitFunding_PortraitFragment = {
  budgetTotal?: number | null;
  funding: {
    total: number;
    budgetTotal?: number | null;
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
} & { " $fragmentName"?: "PortraitFunding_PortraitFragment" };

export type PortraitIndicators_PortraitFragment = {
  indicators: Array<{
    label: string;
    value: number;
    unit: string;
    asOf?: string | null;
    period?: string | null;
    note?: string | null;
  }>;
} & { " $fragmentName"?: "PortraitIndicators_PortraitFragment" };

export type PortraitPartners_PortraitFragment = {
  partners: Array<{
    role: PartnerRole;
    note?: string | null;
    organization: { slug: string; name: string; kind: OrganizationKind };
  }>;
} & { " $fragmentName"?: "PortraitPartners_PortraitFragment" };

export type PortraitTimeline_PortraitFragment = {
  stage: PortraitStage;
  stageHistory: Array<{
    stage: PortraitStage;
    date: string;
    precision: DatePrecision;
    note?: string | null;
  }>;
} & { " $fragmentName"?: "PortraitTimeline_PortraitFragment" };

export const OrganizationCard_OrganizationFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "OrganizationCard_Organization" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Organization" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "slug" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "kind" } },
          { kind: "Field", name: { kind: "Name", value: "commune" } },
          { kind: "Field", name: { kind: "Name", value: "description" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrganizationCard_OrganizationFragment, unknown>;
export const PortraitCard_PortraitFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PortraitCard_Portrait" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Portrait" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "slug" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "summary" } },
          { kind: "Field", name: { kind: "Name", value: "commune" } },
          { kind: "Field", name: { kind: "Name", value: "stage" } },
          { kind: "Field", name: { kind: "Name", value: "isDemo" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "territory" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "slug" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "themes" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "slug" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "nameEn" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "funding" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "euShare" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortraitCard_PortraitFragment, unknown>;
export const StoryCard_StoryFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "StoryCard_Story" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Story" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "slug" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "kind" } },
          { kind: "Field", name: { kind: "Name", value: "summary" } },
          { kind: "Field", name: { kind: "Name", value: "publishedAt" } },
          { kind: "Field", name: { kind: "Name", value: "isDemo" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "teller" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "role" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "territory" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "slug" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StoryCard_StoryFragment, unknown>;
export const TerritoryCard_TerritoryFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "TerritoryCard_Territory" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Territory" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "slug" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "kind" } },
          { kind: "Field", name: { kind: "Name", value: "region" } },
          { kind: "Field", name: { kind: "Name", value: "description" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "neighbourhoods" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "slug" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TerritoryCard_TerritoryFragment, unknown>;
export const WorkshopCard_WorkshopFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "WorkshopCard_Workshop" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Workshop" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "slug" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "kind" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "startsAt" } },
          { kind: "Field", name: { kind: "Name", value: "endsAt" } },
          { kind: "Field", name: { kind: "Name", value: "place" } },
          { kind: "Field", name: { kind: "Name", value: "isDemo" } },
          { kind: "Field", name: { kind: "Name", value: "contributionCount" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "territory" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "slug" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WorkshopCard_WorkshopFragment, unknown>;
export const PortraitFunding_PortraitFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PortraitFunding_Portrait" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Portrait" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "budgetTotal" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "funding" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "total" } },
                { kind: "Field", name: { kind: "Name", value: "budgetTotal" } },
                { kind: "Field", name: { kind: "Name", value: "euAmount" } },
                { kind: "Field", name: { kind: "Name", value: "euShare" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "fundingLines" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "sourceKind" } },
                { kind: "Field", name: { kind: "Name", value: "label" } },
                { kind: "Field", name: { kind: "Name", value: "amount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "euPriorityAxis" },
                },
                { kind: "Field", name: { kind: "Name", value: "periodStart" } },
                { kind: "Field", name: { kind: "Name", value: "periodEnd" } },
                { kind: "Field", name: { kind: "Name", value: "note" } },
                { kind: "Field", name: { kind: "Name", value: "isEu" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "funder" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "slug" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
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
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PortraitIndicators_Portrait" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Portrait" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "indicators" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "label" } },
                { kind: "Field", name: { kind: "Name", value: "value" } },
                { kind: "Field", name: { kind: "Name", value: "unit" } },
                { kind: "Field", name: { kind: "Name", value: "asOf" } },
                { kind: "Field", name: { kind: "Name", value: "period" } },
                { kind: "Field", name: { kind: "Name", value: "note" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortraitIndicators_PortraitFragment, unknown>;
export const PortraitPartners_PortraitFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PortraitPartners_Portrait" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Portrait" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "partners" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "role" } },
                { kind: "Field", name: { kind: "Name", value: "note" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "organization" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "slug" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                      { kind: "Field", name: { kind: "Name", value: "kind" } },
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
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PortraitTimeline_Portrait" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Portrait" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "stage" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "stageHistory" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "stage" } },
                { kind: "Field", name: { kind: "Name", value: "date" } },
                { kind: "Field", name: { kind: "Name", value: "precision" } },
                { kind: "Field", name: { kind: "Name", value: "note" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortraitTimeline_PortraitFragment, unknown>;
export const HomePageDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "HomePage" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            alias: { kind: "Name", value: "live" },
            name: { kind: "Name", value: "workshops" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: {
                  kind: "ObjectValue",
                  fields: [
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "timing" },
                      value: { kind: "EnumValue", value: "LIVE" },
                    },
                  ],
                },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "IntValue", value: "3" },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      {
                        kind: "FragmentSpread",
                        name: { kind: "Name", value: "WorkshopCard_Workshop" },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            alias: { kind: "Name", value: "upcoming" },
            name: { kind: "Name", value: "workshops" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: {
                  kind: "ObjectValue",
                  fields: [
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "timing" },
                      value: { kind: "EnumValue", value: "UPCOMING" },
                    },
                  ],
                },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "IntValue", value: "3" },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      {
                        kind: "FragmentSpread",
                        name: { kind: "Name", value: "WorkshopCard_Workshop" },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            alias: { kind: "Name", value: "past" },
            name: { kind: "Name", value: "workshops" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: {
                  kind: "ObjectValue",
                  fields: [
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "timing" },
                      value: { kind: "EnumValue", value: "PAST" },
                    },
                  ],
                },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "IntValue", value: "1" },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "portraits" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "IntValue", value: "6" },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      {
                        kind: "FragmentSpread",
                        name: { kind: "Name", value: "PortraitCard_Portrait" },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "stories" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "IntValue", value: "3" },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      {
                        kind: "FragmentSpread",
                        name: { kind: "Name", value: "StoryCard_Story" },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "territories" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "IntValue", value: "12" },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      {
                        kind: "FragmentSpread",
                        name: {
                          kind: "Name",
                          value: "TerritoryCard_Territory",
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
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "WorkshopCard_Workshop" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Workshop" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "slug" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "kind" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "startsAt" } },
          { kind: "Field", name: { kind: "Name", value: "endsAt" } },
          { kind: "Field", name: { kind: "Name", value: "place" } },
          { kind: "Field", name: { kind: "Name", value: "isDemo" } },
          { kind: "Field", name: { kind: "Name", value: "contributionCount" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "territory" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "slug" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PortraitCard_Portrait" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Portrait" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "slug" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "summary" } },
          { kind: "Field", name: { kind: "Name", value: "commune" } },
          { kind: "Field", name: { kind: "Name", value: "stage" } },
          { kind: "Field", name: { kind: "Name", value: "isDemo" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "territory" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "slug" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "themes" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "slug" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "nameEn" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "funding" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "euShare" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "StoryCard_Story" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Story" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "slug" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "kind" } },
          { kind: "Field", name: { kind: "Name", value: "summary" } },
          { kind: "Field", name: { kind: "Name", value: "publishedAt" } },
          { kind: "Field", name: { kind: "Name", value: "isDemo" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "teller" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "role" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "territory" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "slug" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "TerritoryCard_Territory" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Territory" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "slug" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "kind" } },
          { kind: "Field", name: { kind: "Name", value: "region" } },
          { kind: "Field", name: { kind: "Name", value: "description" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "neighbourhoods" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "slug" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<HomePageQuery, HomePageQueryVariables>;
export const PortraitsPageDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PortraitsPage" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "filter" },
          },
          type: {
            kind: "NamedType",
            name: { kind: "Name", value: "PortraitFilter" },
          },
        },
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "first" },
          },
          type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
        },
        {
          kind: "VariableDefinition",
          variable: {
            kind: "Variable",
            name: { kind: "Name", value: "after" },
          },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "portraits" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "filter" },
                },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "first" },
                },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "after" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "after" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "pageInfo" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "hasNextPage" },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "endCursor" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      {
                        kind: "FragmentSpread",
                        name: { kind: "Name", value: "PortraitCard_Portrait" },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "themes" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "slug" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "nameEn" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "territories" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "IntValue", value: "100" },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "slug" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
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
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PortraitCard_Portrait" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Portrait" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "slug" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "summary" } },
          { kind: "Field", name: { kind: "Name", value: "commune" } },
          { kind: "Field", name: { kind: "Name", value: "stage" } },
          { kind: "Field", name: { kind: "Name", value: "isDemo" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "territory" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "slug" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "themes" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "slug" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "nameEn" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "funding" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "euShare" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortraitsPageQuery, PortraitsPageQueryVariables>;
export const PortraitPageDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PortraitPage" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "slug" } },
          type: {
            kind: "NonNullType",
            type: {
              kind: "NamedType",
              name: { kind: "Name", value: "String" },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "portrait" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "slug" },
                value: {
                  kind: "Variable",
                  name: { kind: "Name", value: "slug" },
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "slug" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "summary" } },
                { kind: "Field", name: { kind: "Name", value: "commune" } },
                { kind: "Field", name: { kind: "Name", value: "need" } },
                { kind: "Field", name: { kind: "Name", value: "project" } },
                { kind: "Field", name: { kind: "Name", value: "results" } },
                { kind: "Field", name: { kind: "Name", value: "stage" } },
                { kind: "Field", name: { kind: "Name", value: "startYear" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "durationMonths" },
                },
                { kind: "Field", name: { kind: "Name", value: "budgetTotal" } },
                { kind: "Field", name: { kind: "Name", value: "website" } },
                { kind: "Field", name: { kind: "Name", value: "isDemo" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "territory" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "slug" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "region" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "themes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "slug" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "nameEn" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "funding" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "euShare" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "replicatedFrom" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "slug" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "commune" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "replications" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "slug" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "commune" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "stories" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      {
                        kind: "FragmentSpread",
                        name: { kind: "Name", value: "StoryCard_Story" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "partners" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "role" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "indicators" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "label" } },
                    ],
                  },
                },
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "PortraitIndicators_Portrait" },
                },
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "PortraitFunding_Portrait" },
                },
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "PortraitTimeline_Portrait" },
                },
                {
                  kind: "FragmentSpread",
                  name: { kind: "Name", value: "PortraitPartners_Portrait" },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "StoryCard_Story" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Story" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "slug" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "kind" } },
          { kind: "Field", name: { kind: "Name", value: "summary" } },
          { kind: "Field", name: { kind: "Name", value: "publishedAt" } },
          { kind: "Field", name: { kind: "Name", value: "isDemo" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "teller" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "role" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "territory" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "slug" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PortraitIndicators_Portrait" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Portrait" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "indicators" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "label" } },
                { kind: "Field", name: { kind: "Name", value: "value" } },
                { kind: "Field", name: { kind: "Name", value: "unit" } },
                { kind: "Field", name: { kind: "Name", value: "asOf" } },
                { kind: "Field", name: { kind: "Name", value: "period" } },
                { kind: "Field", name: { kind: "Name", value: "note" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PortraitFunding_Portrait" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Portrait" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "budgetTotal" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "funding" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "total" } },
                { kind: "Field", name: { kind: "Name", value: "budgetTotal" } },
                { kind: "Field", name: { kind: "Name", value: "euAmount" } },
                { kind: "Field", name: { kind: "Name", value: "euShare" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "fundingLines" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "sourceKind" } },
                { kind: "Field", name: { kind: "Name", value: "label" } },
                { kind: "Field", name: { kind: "Name", value: "amount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "euPriorityAxis" },
                },
                { kind: "Field", name: { kind: "Name", value: "periodStart" } },
                { kind: "Field", name: { kind: "Name", value: "periodEnd" } },
                { kind: "Field", name: { kind: "Name", value: "note" } },
                { kind: "Field", name: { kind: "Name", value: "isEu" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "funder" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "slug" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
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
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PortraitTimeline_Portrait" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Portrait" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "stage" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "stageHistory" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "stage" } },
                { kind: "Field", name: { kind: "Name", value: "date" } },
                { kind: "Field", name: { kind: "Name", value: "precision" } },
                { kind: "Field", name: { kind: "Name", value: "note" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PortraitPartners_Portrait" },
      typeCondition: {
        kind: "NamedType",
        name: { kind: "Name", value: "Portrait" },
      },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "partners" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "role" } },
                { kind: "Field", name: { kind: "Name", value: "note" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "organization" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "slug" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                      { kind: "Field", name: { kind: "Name", value: "kind" } },
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

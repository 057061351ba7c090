import type {
  FundingSourceKind,
  OrganizationKind,
  PartnerRole,
  PortraitStage,
  StoryKind,
} from '$lib/graphql/generated/graphql';

/** The stages of a project, in order (La Fabrique à initiatives' path to replication). */
export const STAGES = [
  'UNCLAIMED_IDEA',
  'OPPORTUNITY_STUDY',
  'MODELLING',
  'CARRIER_FOUND',
  'LAUNCHED',
  'OPERATIONAL',
  'SPREADING',
] as const satisfies readonly PortraitStage[];

export const STORY_KINDS = ['EXPERIENCE', 'TESTIMONY'] as const satisfies readonly StoryKind[];

export const ORGANIZATION_KINDS = [
  'PUBLIC_BODY',
  'ASSOCIATION',
  'COMPANY',
  'SOCIAL_LANDLORD',
  'SUPPORT_NETWORK',
  'FUNDER',
  'RESIDENTS_COLLECTIVE',
] as const satisfies readonly OrganizationKind[];

/** Partner roles in the order a portrait lists them. */
export const PARTNER_ROLES = ['CARRIER', 'FUNDER', 'PARTNER', 'SUPPORT'] as const satisfies readonly PartnerRole[];

/** Funding sources, European funds first, then public, then private. */
export const FUNDING_SOURCE_KINDS = [
  'EU_ERDF',
  'EU_ESF',
  'EU_OTHER',
  'STATE',
  'REGION',
  'DEPARTMENT',
  'MUNICIPALITY',
  'PUBLIC_BANK',
  'CORPORATE_SPONSORSHIP',
  'CROWDFUNDING',
  'OWN_REVENUE',
  'OTHER',
] as const satisfies readonly FundingSourceKind[];

/** Colours of the funding chart; EU funds in EU blues. Each is told apart by a label too. */
export const FUNDING_COLOURS: Record<FundingSourceKind, string> = {
  EU_ERDF: '#1f3d99',
  EU_ESF: '#3b62d6',
  EU_OTHER: '#7d97e8',
  STATE: '#0a4450',
  REGION: '#1d8a8a',
  DEPARTMENT: '#6ba368',
  MUNICIPALITY: '#e0a526',
  PUBLIC_BANK: '#7b4b94',
  CORPORATE_SPONSORSHIP: '#c4501b',
  CROWDFUNDING: '#d6708f',
  OWN_REVENUE: '#8a6d3b',
  OTHER: '#8b95a5',
};

export function stagePosition(stage: string): number {
  return (STAGES as readonly string[]).indexOf(stage) + 1;
}

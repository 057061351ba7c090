import type { FormLimitsQuery, StoryKind } from '$lib/graphql/generated/graphql';

/** Everything the story editor sends: the API's `StoryFields`, whole. */
export interface StoryValues {
  kind: StoryKind;
  title: string;
  summary: string;
  bodyMarkdown: string;
  anonymous: boolean;
  tellerName: string;
  tellerRole: string;
  consent: boolean;
  territoryId: string;
  portraitIds: string[];
  findingIds: string[];
  workshopIds: string[];
}

/** The fields of the form, as the API names them in its user errors. */
export const STORY_FIELDS = [
  'kind',
  'title',
  'summary',
  'bodyMarkdown',
  'anonymous',
  'tellerName',
  'tellerRole',
  'consent',
  'territoryId',
  'portraitIds',
  'findingIds',
  'workshopIds',
] as const;

/** What a story may link to, by territory. */
export interface StoryChoices {
  territories: {
    id: string;
    name: string;
    portraits: { id: string; name: string }[];
    workshops: { id: string; title: string }[];
    diagnoses: { id: string; title: string; findings: { id: string; title: string }[] }[];
  }[];
}

/** A story's draft as the API reads it (`Story.draft`). */
export interface StoryDraft {
  kind: StoryKind;
  title: string;
  summary: string;
  bodyMarkdown: string;
  anonymous: boolean;
  tellerName: string;
  tellerRole: string;
  consent: boolean;
  territory?: { id: string } | null;
  portraits: { id: string }[];
  findings: { id: string }[];
  workshops: { id: string }[];
}

/** The form's values for a draft. */
export function valuesOfDraft(d: StoryDraft): StoryValues {
  return {
    kind: d.kind,
    title: d.title,
    summary: d.summary,
    bodyMarkdown: d.bodyMarkdown,
    anonymous: d.anonymous,
    tellerName: d.tellerName,
    tellerRole: d.tellerRole,
    consent: d.consent,
    territoryId: d.territory?.id ?? '',
    portraitIds: d.portraits.map((p) => p.id),
    findingIds: d.findings.map((f) => f.id),
    workshopIds: d.workshops.map((w) => w.id),
  };
}

/** A new story's values: the writer tells it under their own name until they choose otherwise. */
export function blankValues(tellerName: string): StoryValues {
  return {
    kind: 'EXPERIENCE',
    title: '',
    summary: '',
    bodyMarkdown: '',
    anonymous: false,
    tellerName,
    tellerRole: '',
    consent: false,
    territoryId: '',
    portraitIds: [],
    findingIds: [],
    workshopIds: [],
  };
}

/** The territories with the chosen one first: what a story links to is mostly there. */
export function territoriesFirst(choices: StoryChoices, territoryId: string): StoryChoices['territories'] {
  const chosen = choices.territories.filter((t) => t.id === territoryId);
  return [...chosen, ...choices.territories.filter((t) => t.id !== territoryId)];
}

/** What a move of the editor just did, said once on the page it leads back to (`?done=`). */
export const DONE = ['saved', 'submitted', 'withdrawn', 'restored', 'published', 'changesRequested'] as const;
export type Done = (typeof DONE)[number];

/** The story fields' lengths, from the API's `limits`. */
export type StoryLimits = Pick<
  FormLimitsQuery['limits'],
  | 'storyTitleMin'
  | 'storyTitleMax'
  | 'storySummaryMax'
  | 'storyBodyMin'
  | 'storyBodyMax'
  | 'storyTellerNameMax'
  | 'storyTellerRoleMax'
>;

import type { Viewer } from '../../shared/viewer.js';
import { toGlobalId } from '../../shared/ids.js';
import type { Result } from '../api.js';

type Run = <T = Record<string, any>>(
  query: string,
  variables?: Record<string, unknown>,
  viewer?: Viewer,
) => Promise<Result<T>>;

/** What the story tests read of a story after each move. */
export const STORY_FIELDS = /* GraphQL */ `
  id slug title bodyMarkdown publicationState publishedAt
  draft { kind title summary bodyMarkdown anonymous tellerName tellerRole consent }
  authoring {
    reviewState reviewerNote editVersion submittedAt
    viewerCanEdit viewerCanSubmit viewerCanPublish viewerCanRequestChanges viewerCanWithdraw viewerCanRestore
  }
`;

const payload = `story { ${STORY_FIELDS} } userErrors { code field message }`;

/** The story operations as the site sends them, for integration tests. */
export const STORY_OPS = {
  create: `mutation($input: CreateStoryInput!) { createStory(input: $input) { ${payload} } }`,
  update: `mutation($input: UpdateStoryInput!) { updateStory(input: $input) { ${payload} } }`,
  submit: `mutation($id: ID!, $v: Int!) { submitStory(id: $id, expectedVersion: $v) { ${payload} } }`,
  publish: `mutation($id: ID!, $v: Int!) { publishStory(id: $id, expectedVersion: $v) { ${payload} } }`,
  withdraw: `mutation($id: ID!, $v: Int!) { withdrawStory(id: $id, expectedVersion: $v) { ${payload} } }`,
  restore: `mutation($r: ID!, $v: Int!) { restoreStoryRevision(revisionId: $r, expectedVersion: $v) { ${payload} } }`,
  requestChanges: `mutation($input: RequestChangesInput!) { requestChanges(input: $input) {
    draft { reviewState reviewerNote editVersion } userErrors { code field message } } }`,
};

/** A story form's fields: a testimony with consent on the territory, unless told otherwise. */
export function storyInput(territoryId: string, fields: Record<string, unknown> = {}) {
  return {
    kind: 'TESTIMONY',
    title: 'Le jardin partagé de la rue des Tilleuls',
    summary: 'Comment un terrain vague est devenu un jardin.',
    bodyMarkdown: 'Nous avons commencé à **quatre voisins**, un samedi de mars, avec des bacs en bois.',
    anonymous: false,
    tellerName: 'Awa Diallo',
    tellerRole: 'habitante du quartier',
    consent: true,
    territoryId: toGlobalId('Territory', territoryId),
    portraitIds: [],
    findingIds: [],
    workshopIds: [],
    ...fields,
  };
}

/** Runs a story operation and fails loudly on any error or user error: for the steps a test builds on. */
export async function storyStep(run: Run, op: keyof typeof STORY_OPS, vars: Record<string, unknown>, viewer: Viewer) {
  const result = await run(STORY_OPS[op], vars, viewer);
  const field = Object.keys(result.data ?? {})[0];
  const data = field ? (result.data as Record<string, any>)[field] : undefined;
  if (result.errors || !data || data.userErrors.length > 0) {
    throw new Error(`${op} failed: ${JSON.stringify(result.errors ?? data?.userErrors)}`);
  }
  return data;
}

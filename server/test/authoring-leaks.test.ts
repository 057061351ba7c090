import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../src/shared/viewer.js';
import { storyInput, storyStep } from '../src/test-support/factories/authoring.js';
import { imageBytes, uploadOf } from '../src/test-support/factories/images.js';
import { addMember } from '../src/test-support/factories/portraits-editor.js';
import { errorCode, gid, ok, openLive, rawId, unique, type Live } from './support-live.js';

/**
 * Stories and portraits that are not published — drafts, submitted, withdrawn — and the pending
 * revision of published ones leak over no read path: lists and their counts, filters and search,
 * `node` and by-slug lookups, the nested lists of territory, organization, finding and portrait
 * pages, the restitution the exports are made of, the lists of drafts, and the images. Outsiders
 * (visitors, a workshop's guest, a resident, a member of another organization, and the author of
 * the other kind) find none of them; their authors and the coordinators do.
 *
 * Everything hidden carries a secret word in its title or name, and is known by its slug and id:
 * an answer leaks when its text holds any of them.
 */

let live: Live;
const run: Live['api']['run'] = (...args) => live.api.run(...args);
const knex = () => live.orm.em.getKnex();
const SECRET_STORY = `Zanzibar${randomBytes(4).toString('hex')}`;
const SECRET_PORTRAIT = `Tombouctou${randomBytes(4).toString('hex')}`;

interface Made {
  id: string;
  slug: string;
}
const made = {} as {
  territorySlug: string;
  carrierId: string;
  carrierSlug: string;
  diagnosisPeriod: string;
  findingId: string;
  p0: Made;
  pDraft: Made;
  pSubmitted: Made;
  pWithdrawn: Made;
  pPublished: Made;
  sDraft: Made;
  sSubmitted: Made;
  sWithdrawn: Made;
  sPublished: Made;
  /** Images of unpublished content: of the submitted portrait, and added by the published one's pending revision. */
  hiddenImages: { id: string; url: string }[];
  publicImage: { id: string; url: string };
};
let viewers: Record<
  | 'anonymous'
  | 'guest'
  | 'resident'
  | 'otherMember'
  | 'storyAuthor'
  | 'portraitAuthor'
  | 'colleague'
  | 'coordinator'
  | 'admin',
  Viewer
>;
type Who = keyof typeof viewers;

const storyTokens = () => [
  SECRET_STORY,
  ...[made.sDraft, made.sSubmitted, made.sWithdrawn].flatMap((s) => [s.id, s.slug]),
];
const portraitTokens = () => [
  SECRET_PORTRAIT,
  ...[made.pDraft, made.pSubmitted, made.pWithdrawn].flatMap((p) => [p.id, p.slug]),
  ...made.hiddenImages.map((i) => rawId(i.id)),
];

/** The hidden tokens the answer holds (none, for a viewer who may not see them). */
function leaked(data: unknown, tokens: string[]): string[] {
  const text = JSON.stringify(data).toLowerCase();
  return tokens.filter((token) => text.includes(token.toLowerCase()));
}

/** The tokens a viewer must not find: those of the kind they did not write, or both. */
const forbiddenTokens = (who: Who) =>
  who === 'storyAuthor'
    ? portraitTokens()
    : who === 'portraitAuthor'
      ? storyTokens()
      : [...storyTokens(), ...portraitTokens()];

const errors = 'userErrors { code field message }';
const P_FIELDS = 'id slug draftInfo { editVersion }';

async function portraitStep(field: string, type: string, input: Record<string, unknown>, viewer: Viewer) {
  const query = `mutation($input: ${type}!) { ${field}(input: $input) { portrait { ${P_FIELDS} } ${errors} } }`;
  return (await ok(run(query, { input }, viewer), field)).portrait as {
    id: string;
    slug: string;
    draftInfo: { editVersion: number };
  };
}

const mainFields = (name: string) => ({
  name,
  summary: 'Un lieu de réemploi du quartier.',
  territoryId: gid('Territory', live.territoryId),
  commune: 'Roubaix',
  themeIds: [],
  need: 'Des objets jetés.',
  project: 'Les réparer.',
  results: 'Des tonnes réemployées.',
});

async function upload(viewer: Viewer, png: Buffer) {
  const query = `mutation($file: Upload!) { uploadImage(file: $file) { image { id url } ${errors} } }`;
  return (await ok(run(query, { file: uploadOf(png) }, viewer), 'uploadImage')).image as { id: string; url: string };
}

/** A portrait the portrait author writes; each step runs on the draft as it then is. */
async function portrait(
  name: string,
  steps: ((p: { id: string; v: number }) => Promise<{ draftInfo: { editVersion: number } }>)[],
) {
  const author = viewers.portraitAuthor;
  const created = await portraitStep(
    'createPortrait',
    'CreatePortraitInput',
    {
      organizationId: gid('Organization', made.carrierId),
      name,
      territoryId: gid('Territory', live.territoryId),
    },
    author,
  );
  let v = created.draftInfo.editVersion;
  for (const step of steps) v = (await step({ id: created.id, v })).draftInfo.editVersion;
  return { id: created.id, slug: created.slug };
}

/** One move of the portrait's draft, by `viewer`, with the fields `extra` gives. */
const portraitMove =
  (viewer: () => Viewer, field: string, type: string, extra: () => Record<string, unknown> = () => ({})) =>
  (p: { id: string; v: number }) =>
    portraitStep(field, type, { id: p.id, expectedVersion: p.v, ...extra() }, viewer());
const byAuthor = () => viewers.portraitAuthor;
const byAdmin = () => viewers.admin;
const submitP = portraitMove(byAuthor, 'submitPortrait', 'PortraitDraftInput');
const publishP = portraitMove(byAdmin, 'publishPortrait', 'PortraitDraftInput');

/** A story the story author writes, linked to the public portrait, the finding and the live workshop. */
async function story(title: string, moves: ('submit' | 'publish' | 'withdraw')[], portraitIds = [made.p0.id]) {
  const input = storyInput(live.territoryId, {
    title,
    bodyMarkdown: `Un récit qui parle de ${title}, assez long pour être un récit.`,
    portraitIds,
    findingIds: [gid('Finding', made.findingId)],
    workshopIds: [live.workshopId],
  });
  let s = (await storyStep(run, 'create', { input }, viewers.storyAuthor)).story;
  for (const move of moves) {
    const viewer = move === 'publish' ? viewers.admin : viewers.storyAuthor;
    s = (await storyStep(run, move, { id: s.id, v: s.authoring.editVersion }, viewer)).story;
  }
  return s as { id: string; slug: string; authoring: { editVersion: number } };
}

beforeAll(async () => {
  live = await openLive({ server: true });
  const png = await imageBytes('png', 320, 240);
  made.territorySlug = (await knex()('territory').where({ id: live.territoryId }).first()).slug;
  const carrier = await live.make.organization({ territoryId: live.territoryId, name: unique('Recyclerie') });
  const other = await live.make.organization({ name: unique('Autre association') });
  made.carrierId = carrier.id;
  made.carrierSlug = carrier.slug;
  const portraitAuthor = await live.make.person({ role: 'STAKEHOLDER' });
  const otherMember = await live.make.person({ role: 'STAKEHOLDER' });
  const storyAuthor = await live.make.person({ role: 'RESIDENT' });
  const colleague = await live.make.person({ role: 'STAKEHOLDER' });
  await addMember(live.orm, carrier.id, portraitAuthor.id);
  await addMember(live.orm, carrier.id, colleague.id);
  await addMember(live.orm, other.id, otherMember.id);
  viewers = {
    anonymous: live.viewers.anonymous,
    guest: live.viewers.guest,
    resident: live.viewers.resident,
    otherMember: await otherMember.viewer(),
    storyAuthor: await storyAuthor.viewer(),
    portraitAuthor: await portraitAuthor.viewer(),
    colleague: await colleague.viewer(),
    coordinator: live.viewers.coordinator,
    admin: live.viewers.admin,
  };
  const diagnosis = await live.make.diagnosis(live.territoryId, { findings: 1 });
  made.diagnosisPeriod = diagnosis.slug;
  made.findingId = diagnosis.findingIds[0]!;
  const p0 = await live.make.portrait({ territoryId: live.territoryId, name: unique('Jardin public') });
  made.p0 = { id: gid('Portrait', p0.id), slug: p0.slug };

  const finding = gid('Finding', made.findingId);
  const answers = portraitMove(byAuthor, 'setAnsweredFindings', 'SetAnsweredFindingsInput', () => ({
    findingIds: [finding],
  }));
  const replicated = portraitMove(byAuthor, 'setReplicatedFrom', 'SetReplicatedFromInput', () => ({
    replicatedFromId: made.p0.id,
  }));
  // Published with its finding and lineage, then withdrawn (below): its rows stay in the tables.
  made.pWithdrawn = await portrait(`${SECRET_PORTRAIT} retiré`, [answers, replicated, submitP, publishP]);
  made.pDraft = await portrait(`${SECRET_PORTRAIT} brouillon`, [
    portraitMove(byAuthor, 'addIndicator', 'IndicatorInput', () => ({ label: 'Repas', value: '10', unit: 'repas' })),
    answers,
    replicated,
  ]);
  const hiddenImage = await upload(viewers.portraitAuthor, png);
  const pendingImage = await upload(viewers.portraitAuthor, png);
  made.publicImage = await upload(viewers.portraitAuthor, png);
  made.hiddenImages = [hiddenImage, pendingImage];
  const image = (i: { id: string }) =>
    portraitMove(byAuthor, 'addPortraitImage', 'PortraitImageInput', () => ({
      imageId: i.id,
      alt: 'La boutique un samedi',
    }));
  made.pSubmitted = await portrait(`${SECRET_PORTRAIT} soumis`, [image(hiddenImage), submitP]);
  made.pPublished = await portrait(unique('Recyclerie publique'), [
    image(made.publicImage),
    submitP,
    publishP,
    // Its pending revision: a new name, a figure and an image, submitted, not yet published.
    portraitMove(byAuthor, 'updatePortrait', 'UpdatePortraitInput', () => mainFields(`${SECRET_PORTRAIT} nouveau nom`)),
    portraitMove(byAuthor, 'addIndicator', 'IndicatorInput', () => ({
      label: `${SECRET_PORTRAIT} chiffre`,
      value: '3',
      unit: 'u',
    })),
    image(pendingImage),
    submitP,
  ]);

  // Published while the withdrawn portrait was, and about it first (its `portrait`).
  const published = await story(unique('Récit public'), ['submit', 'publish'], [made.pWithdrawn.id, made.p0.id]);
  const edited = await storyStep(
    run,
    'update',
    {
      input: {
        ...storyInput(live.territoryId, {
          title: `${SECRET_STORY} titre revu`,
          bodyMarkdown: `${SECRET_STORY}, la suite que personne n’a relue.`,
          portraitIds: [made.pWithdrawn.id, made.p0.id],
        }),
        id: published.id,
        expectedVersion: published.authoring.editVersion,
      },
    },
    viewers.storyAuthor,
  );
  await storyStep(run, 'submit', { id: published.id, v: edited.story.authoring.editVersion }, viewers.storyAuthor);
  made.sPublished = { id: published.id, slug: published.slug };
  made.sDraft = await story(`${SECRET_STORY} brouillon`, []);
  made.sSubmitted = await story(`${SECRET_STORY} soumis`, ['submit']);
  made.sWithdrawn = await story(`${SECRET_STORY} retiré`, ['submit', 'publish', 'withdraw']);

  const withdrawn = await run(
    `query($s: String!) { portrait(slug: $s) { draftInfo { editVersion } } }`,
    { s: made.pWithdrawn.slug },
    viewers.portraitAuthor,
  );
  await portraitStep(
    'withdrawPortrait',
    'PortraitDraftInput',
    { id: made.pWithdrawn.id, expectedVersion: withdrawn.data!.portrait.draftInfo.editVersion },
    viewers.portraitAuthor,
  );
  // The home page's flag, on hidden ones as well: the featured filter must still hide them.
  await knex()('portrait')
    .whereIn(
      'id',
      [made.p0, made.pDraft, made.pSubmitted, made.pWithdrawn].map((p) => rawId(p.id)),
    )
    .update({ is_featured: true });
}, 120_000);
afterAll(async () => {
  await live?.close();
});

const S =
  'id slug title summary bodyMarkdown draft { title } authoring { reviewState } portrait { id slug } portraits { id slug } findings { id }';
const P = `id slug name summary indicators { label } images { alt image { id url } } draft { name } draftInfo { reviewState }
  stories { id slug title } replications { id slug name } replicatedFrom { id slug } partners { role } answers { id }`;
const LISTS = `query($territory: String!, $p0: String!, $search: String!) {
  stories(first: 100) { totalCount nodes { ${S} } edges { cursor node { id } } }
  storiesBackwards: stories(last: 100) { totalCount nodes { id slug title } }
  storiesByTitle: stories(first: 100, sort: TITLE) { totalCount nodes { id slug title } }
  storiesOfTerritory: stories(first: 100, filter: { territory: $territory }) { totalCount nodes { id slug title } }
  testimonies: stories(first: 100, filter: { kind: TESTIMONY }) { totalCount nodes { id slug title } }
  storiesAboutP0: stories(first: 100, filter: { portrait: $p0 }) { totalCount nodes { id slug title } }
  portraits(first: 100) { totalCount nodes { ${P} } edges { cursor node { id } } }
  portraitsBackwards: portraits(last: 100) { totalCount nodes { id slug name } }
  portraitsNewest: portraits(first: 100, sort: NEWEST) { totalCount nodes { id slug name } }
  portraitsOfTerritory: portraits(first: 100, filter: { territory: $territory }) { totalCount nodes { id slug name } }
  modelling: portraits(first: 100, filter: { stage: MODELLING }) { totalCount nodes { id slug name } }
  featured: portraits(first: 100, filter: { featured: true }) { totalCount nodes { id slug name } }
  searched: portraits(first: 100, filter: { search: $search }) { totalCount nodes { id slug name } }
}`;
const PAGES = `query($territory: String!, $org: String!, $finding: ID!, $period: String!, $p0: String!, $sPub: String!, $pPub: String!) {
  territory(slug: $territory) { stories { ${S} } portraits { ${P} } organizations { partnerships { portrait { id slug name } } } }
  organization(slug: $org) { partnerships { role portrait { id slug name } } }
  finding: node(id: $finding) { ... on Finding { answeredBy { id slug name } stories { id slug title } } }
  restitution: territoryDiagnosis(territorySlug: $territory, period: $period) {
    findings { title answeredBy { slug name stage } stories { slug title } }
  }
  p0: portrait(slug: $p0) { ${P} }
  storyPublished: story(slug: $sPub) { ${S} }
  portraitPublished: portrait(slug: $pPub) { ${P} draft { name indicators { label } images { image { id } } } }
}`;
const listVars = () => ({ territory: made.territorySlug, p0: made.p0.slug, search: SECRET_PORTRAIT });
const pageVars = () => ({
  territory: made.territorySlug,
  org: made.carrierSlug,
  finding: gid('Finding', made.findingId),
  period: made.diagnosisPeriod,
  p0: made.p0.slug,
  sPub: made.sPublished.slug,
  pPub: made.pPublished.slug,
});

const OUTSIDERS = ['anonymous', 'guest', 'resident', 'otherMember', 'storyAuthor', 'portraitAuthor'] as const;
const STRANGERS = ['anonymous', 'guest', 'resident', 'otherMember'] as const;

describe.each(OUTSIDERS)('as %s, nothing hidden of the other kind leaks', (who) => {
  it('over the lists, their counts, filters, search and backward pages', async () => {
    const result = await run(LISTS, listVars(), viewers[who]);
    expect(result.errors).toBeUndefined();
    const data = result.data!;
    expect(leaked(data, forbiddenTokens(who))).toEqual([]);
    for (const list of Object.values(data) as { totalCount: number; nodes: unknown[] }[]) {
      expect(list.totalCount, 'a count tells what the list shows').toBe(list.nodes.length);
    }
    // What is published is there: the answers are not empty by accident.
    expect(data.portraits.nodes.map((p: Made) => p.slug)).toEqual(
      expect.arrayContaining([made.p0.slug, made.pPublished.slug]),
    );
    expect(data.stories.nodes.map((s: Made) => s.slug)).toContain(made.sPublished.slug);
    if (who !== 'portraitAuthor') expect(data.searched.totalCount).toBe(0);
  });

  it('over the stories of a hidden portrait: its slug finds none, as an unknown one', async () => {
    const result = await run(
      `query($p: String!) { stories(first: 100, filter: { portrait: $p }) { totalCount nodes { slug } } }`,
      { p: made.pWithdrawn.slug },
      viewers[who],
    );
    // The published story is about it: only those who see the portrait find the story by it.
    expect(result.data!.stories.totalCount).toBe(who === 'portraitAuthor' ? 1 : 0);
  });

  it('over the pages of a territory, an organization, a finding and a published story or portrait, and the restitution', async () => {
    const result = await run(PAGES, pageVars(), viewers[who]);
    expect(result.errors).toBeUndefined();
    const data = result.data!;
    expect(leaked(data, forbiddenTokens(who))).toEqual([]);
    expect(data.restitution.findings).toHaveLength(1);
    if (who !== 'portraitAuthor') {
      // The story is about the withdrawn portrait first: to others it is about no portrait but the public one.
      expect(data.storyPublished.portrait).toBeNull();
      expect(data.storyPublished.portraits).toEqual([{ id: made.p0.id, slug: made.p0.slug }]);
      expect(data.portraitPublished.indicators).toEqual([]);
      expect(data.portraitPublished.images).toEqual([
        { alt: 'La boutique un samedi', image: { id: made.publicImage.id, url: made.publicImage.url } },
      ]);
    }
    if (who !== 'storyAuthor') {
      expect(data.storyPublished).toMatchObject({ draft: null, authoring: null });
      expect(data.storyPublished.title).toMatch(/^Récit public/);
    }
  });

  it('by slug and by id', async () => {
    const ownKind = who === 'storyAuthor' ? 'story' : who === 'portraitAuthor' ? 'portrait' : null;
    const hidden = [
      ...(ownKind === 'story' ? [] : [made.sDraft, made.sSubmitted, made.sWithdrawn].map((m) => ['story', m] as const)),
      ...(ownKind === 'portrait'
        ? []
        : [made.pDraft, made.pSubmitted, made.pWithdrawn].map((m) => ['portrait', m] as const)),
    ];
    for (const [kind, m] of hidden) {
      const bySlug = await run(`query($s: String!) { ${kind}(slug: $s) { id } }`, { s: m.slug }, viewers[who]);
      expect(errorCode(bySlug), `${kind} ${m.slug}`).toBe('NOT_FOUND');
      const byId = await run(`query($id: ID!) { node(id: $id) { id } }`, { id: m.id }, viewers[who]);
      expect(byId.data?.node, `${kind} ${m.slug}`).toBeNull();
    }
    if (ownKind !== 'portrait') {
      for (const image of made.hiddenImages) {
        const node = await run(`query($id: ID!) { node(id: $id) { id } }`, { id: image.id }, viewers[who]);
        expect(node.data?.node).toBeNull();
      }
    }
  });
});

describe.each(STRANGERS)('as %s, the lists of drafts and the images', (who) => {
  it('lists no one else’s drafts, and no review queue', async () => {
    const mine = await run(`{ myDrafts(first: 100) { totalCount nodes { subjectId title path } } }`, {}, viewers[who]);
    if (who === 'anonymous') expect(errorCode(mine)).toBe('UNAUTHENTICATED');
    else if (who === 'guest') expect(errorCode(mine)).toBe('FORBIDDEN');
    else expect(mine.data!.myDrafts.totalCount).toBe(0);
    const review = await run(`{ draftsToReview(first: 100) { totalCount nodes { subjectId } } }`, {}, viewers[who]);
    expect(errorCode(review)).toBe(who === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
    expect((await run(`{ toReview { counts { total } } }`, {}, viewers[who])).data!.toReview).toBeNull();
  });

  it('is not served the images of what is not published (404)', async () => {
    const base = live.server!.url.replace(/\/graphql$/, '');
    const cookie = await live.server!.cookieFor(viewers[who]);
    for (const image of made.hiddenImages) {
      const response = await fetch(`${base}${image.url}`, { headers: cookie ? { cookie } : {} });
      expect(response.status, image.url).toBe(404);
    }
    expect((await fetch(`${base}${made.publicImage.url}`)).status).toBe(200);
  });
});

describe('those who may see them do', () => {
  const text = (data: unknown) => JSON.stringify(data);

  it('the story’s author: their drafts, submitted and withdrawn stories, and their pending text', async () => {
    const author = viewers.storyAuthor;
    const lists = text((await run(LISTS, listVars(), author)).data);
    for (const s of [made.sDraft, made.sSubmitted, made.sWithdrawn]) expect(lists).toContain(s.slug);
    const page = (await run(PAGES, pageVars(), author)).data!;
    expect(page.storyPublished.draft.title).toBe(`${SECRET_STORY} titre revu`);
    const mine = (await run(`{ myDrafts(first: 100) { nodes { subjectId } } }`, {}, author)).data!.myDrafts.nodes;
    expect(mine.map((d: any) => d.subjectId)).toEqual(
      expect.arrayContaining([made.sDraft.id, made.sSubmitted.id, made.sWithdrawn.id, made.sPublished.id]),
    );
  });

  it('the portrait’s author: their portraits, found by search, and their images', async () => {
    const author = viewers.portraitAuthor;
    const lists = (await run(LISTS, listVars(), author)).data!;
    expect(lists.searched.nodes.map((p: Made) => p.slug).sort()).toEqual(
      [made.pDraft.slug, made.pSubmitted.slug, made.pWithdrawn.slug].sort(),
    );
    const page = (await run(PAGES, pageVars(), author)).data!;
    expect(page.portraitPublished.draft.name).toBe(`${SECRET_PORTRAIT} nouveau nom`);
    expect(page.portraitPublished.draft.images.map((i: any) => i.image.id)).toEqual([
      made.publicImage.id,
      made.hiddenImages[1]!.id,
    ]);
    const base = live.server!.url.replace(/\/graphql$/, '');
    const cookie = await live.server!.cookieFor(author);
    for (const image of made.hiddenImages)
      expect((await fetch(`${base}${image.url}`, { headers: { cookie } })).status).toBe(200);
  });

  it('a colleague in the carrying organization, who has not worked on them: its portraits, to edit them', async () => {
    const lists = text((await run(LISTS, listVars(), viewers.colleague)).data);
    for (const p of [made.pDraft, made.pSubmitted, made.pWithdrawn]) expect(lists).toContain(p.slug);
    const draft = await run(
      `query($s: String!) { portrait(slug: $s) { draftInfo { viewerCanEdit } } }`,
      { s: made.pDraft.slug },
      viewers.colleague,
    );
    expect(draft.data?.portrait.draftInfo).toEqual({ viewerCanEdit: true });
    expect(text((await run(LISTS, listVars(), viewers.colleague)).data)).not.toContain(made.sDraft.slug);
  });

  it.each(['coordinator', 'admin'] as const)('%s: everything, and what waits for review', async (who) => {
    const lists = text((await run(LISTS, listVars(), viewers[who])).data);
    for (const m of [made.sDraft, made.sSubmitted, made.sWithdrawn, made.pDraft, made.pSubmitted, made.pWithdrawn]) {
      expect(lists).toContain(m.slug);
    }
    const page = (await run(PAGES, pageVars(), viewers[who])).data!;
    expect(page.finding.answeredBy.map((p: Made) => p.slug)).toContain(made.pWithdrawn.slug);
    expect(page.finding.stories.map((s: Made) => s.slug)).toEqual(
      expect.arrayContaining([made.sDraft.slug, made.sSubmitted.slug, made.sWithdrawn.slug]),
    );
    const review = (await run(`{ draftsToReview(first: 100) { nodes { subjectId } } }`, {}, viewers[who])).data!;
    expect(review.draftsToReview.nodes.map((d: any) => d.subjectId)).toEqual(
      expect.arrayContaining([made.sSubmitted.id, made.sPublished.id, made.pSubmitted.id, made.pPublished.id]),
    );
    const base = live.server!.url.replace(/\/graphql$/, '');
    const cookie = await live.server!.cookieFor(viewers[who]);
    for (const image of made.hiddenImages)
      expect((await fetch(`${base}${image.url}`, { headers: { cookie } })).status).toBe(200);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../src/shared/viewer.js';
import { imageBytes, uploadOf } from '../src/test-support/factories/images.js';
import { addMember } from '../src/test-support/factories/portraits-editor.js';
import { changedTables, errorCode, gid, ok, openLive, rawId, snapshot, unique, type Live } from './support-live.js';
import { PORTRAIT_MUTATIONS } from './portraits-matrix.js';

/**
 * The authorization matrix of portraits: every operation of the structured editor (issue 10 §3),
 * run by every role against a fresh portrait carried by one organization. `author` started it
 * and `member` belongs to the same carrier: both edit it. `otherMember` belongs to another
 * organization, `resident` to none; coordinators and admins edit and review. A portrait not yet
 * published is unknown to outsiders (NOT_FOUND); a published one is read by all and refused to
 * them (FORBIDDEN). Each cell expects the effect or one exact code (or, for a stakeholder naming
 * an organization they do not belong to, the form's user error), and a refusal changes nothing.
 */

const ROLES = ['anonymous', 'guest', 'resident', 'otherMember', 'member', 'author', 'coordinator', 'admin'] as const;
type Role = (typeof ROLES)[number];
const CODES: Record<string, string> = { 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN', 404: 'NOT_FOUND' };

/** One row of the outcome table, a token per role in the order of ROLES: ok, 401, 403, 404 or a user error's code. */
function row(tokens: string): Record<Role, string> {
  const cells = tokens.trim().split(/\s+/);
  expect(cells, `a row names every role: ${tokens}`).toHaveLength(ROLES.length);
  return Object.fromEntries(ROLES.map((role, i) => [role, CODES[cells[i]!] ?? cells[i]!])) as Record<Role, string>;
}

//                      anonymous guest resident otherMember member author coordinator admin
const HIDDEN_EDIT = row('401       404   404      404         ok     ok     ok          ok');
const PUBLIC_EDIT = row('401       403   403      403         ok     ok     ok          ok');
const HIDDEN_SUBMIT = row('401     404   404      404         ok     ok     403         403');
const PUBLIC_SUBMIT = row('401     403   403      403         ok     ok     403         403');
const HIDDEN_REVIEW = row('401     404   404      404         403    403    ok          ok');
const PUBLIC_REVIEW = row('401     403   403      403         403    403    ok          ok');
const CREATE = row('401            403   403      PORTRAIT_NOT_MEMBER ok ok     ok          ok');

let live: Live;
let viewers: Record<Role, Viewer>;
let carrierId: string;
let otherOrganizationId: string;
let originId: string;
let findingIds: string[];
/** Two images of the author's, put into the drafts that need images. */
let authorImages: string[];
let png: Buffer;
const run: Live['api']['run'] = (...args) => live.api.run(...args);
const knex = () => live.orm.em.getKnex();

const UPLOAD = `mutation($file: Upload!) { uploadImage(file: $file) { image { id } userErrors { code field message } } }`;
async function upload(viewer: Viewer): Promise<string> {
  return rawId((await ok(run(UPLOAD, { file: uploadOf(png) }, viewer), 'uploadImage')).image.id);
}

beforeAll(async () => {
  live = await openLive();
  png = await imageBytes('png', 320, 240);
  const carrier = await live.make.organization({ territoryId: live.territoryId, name: unique('Recyclerie') });
  const other = await live.make.organization({ name: unique('Autre association') });
  carrierId = carrier.id;
  otherOrganizationId = other.id;
  const people: Partial<Record<Role, Viewer>> = {};
  for (const [role, organizationId] of [
    ['author', carrier.id],
    ['member', carrier.id],
    ['otherMember', other.id],
  ] as const) {
    const person = await live.make.person({ role: 'STAKEHOLDER' });
    await addMember(live.orm, organizationId, person.id);
    people[role] = await person.viewer();
  }
  viewers = {
    anonymous: live.viewers.anonymous,
    guest: live.viewers.guest,
    resident: live.viewers.resident,
    otherMember: people.otherMember!,
    member: people.member!,
    author: people.author!,
    coordinator: live.viewers.coordinator,
    admin: live.viewers.admin,
  };
  originId = (await live.make.portrait({ territoryId: live.territoryId, name: unique('Projet d’origine') })).id;
  findingIds = (await live.make.diagnosis(live.territoryId, { findings: 2 })).findingIds;
  authorImages = [await upload(viewers.author), await upload(viewers.author)];
});
afterAll(async () => {
  await live?.close();
});

const FIELDS = `id publicationState draftInfo { reviewState editVersion }
  draft { name stage indicators { key label } fundingLines { key label } partners { role organization { id } }
    stageEvents { stage date } replicatedFrom { id } answers { id } images { alt } }`;
const errors = 'userErrors { code field message }';
const mutation = (field: string, type: string) =>
  `mutation($input: ${type}!) { ${field}(input: $input) { portrait { ${FIELDS} } ${errors} } }`;

/** A fresh portrait of the carrier and what its draft holds. */
interface Target {
  id: string;
  slug: string;
  v: number;
  indicators: string[];
  lines: string[];
}

async function step(field: string, type: string, input: Record<string, unknown>, viewer: Viewer) {
  return (await ok(run(mutation(field, type), { input }, viewer), field)).portrait;
}

/** Reads what a step's answer says of the draft: its version and the keys of its items. */
const targetOf = (p: any): Target => ({
  id: p.id,
  slug: '',
  v: p.draftInfo.editVersion,
  indicators: p.draft.indicators.map((i: any) => i.key),
  lines: p.draft.fundingLines.map((f: any) => f.key),
});

/**
 * A portrait the author starts through the API, never published, with two indicators, two
 * funding lines or two images if asked; `submitted`, sent for review.
 */
async function hidden(
  options: { indicators?: boolean; lines?: boolean; images?: boolean; submitted?: boolean } = {},
): Promise<Target & { slug: string }> {
  const author = viewers.author;
  const created = await ok(
    run(
      `mutation($input: CreatePortraitInput!) { createPortrait(input: $input) { portrait { slug ${FIELDS} } ${errors} } }`,
      {
        input: {
          organizationId: gid('Organization', carrierId),
          name: unique('Cantine solidaire'),
          territoryId: gid('Territory', live.territoryId),
        },
      },
      author,
    ),
    'createPortrait',
  );
  let p = created.portrait;
  const id = p.id as string;
  const v = () => p.draftInfo.editVersion as number;
  if (options.indicators) {
    for (const label of ['Repas servis', 'Bénévoles']) {
      p = await step(
        'addIndicator',
        'IndicatorInput',
        { id, expectedVersion: v(), label, value: '12', unit: 'u' },
        author,
      );
    }
  }
  if (options.lines) {
    for (const label of ['Ville', 'Région']) {
      p = await step(
        'addFundingLine',
        'FundingLineInput',
        { id, expectedVersion: v(), sourceKind: 'MUNICIPALITY', label, amount: '1000' },
        author,
      );
    }
  }
  if (options.images) {
    for (const image of authorImages) {
      p = await step(
        'addPortraitImage',
        'PortraitImageInput',
        { id, expectedVersion: v(), imageId: gid('Image', image), alt: 'Le comptoir de la cantine' },
        author,
      );
    }
  }
  if (options.submitted) p = await step('submitPortrait', 'PortraitDraftInput', { id, expectedVersion: v() }, author);
  return { ...targetOf(p), slug: created.portrait.slug };
}

/**
 * A published portrait of the carrier, as demo content is: no draft yet (version 0), two
 * indicators and two funding lines; `edited`, the author's change saved since; `submitted`, sent.
 */
async function published(options: { edited?: boolean; submitted?: boolean } = {}): Promise<Target> {
  const made = await live.make.portrait({
    territoryId: live.territoryId,
    name: unique('Ressourcerie'),
    partners: [{ organizationId: carrierId, role: 'CARRIER' }],
    indicators: [
      { label: 'Tonnes réemployées', value: 12, unit: 't' },
      { label: 'Emplois', value: 4, unit: 'emplois' },
    ],
    fundingLines: [
      { sourceKind: 'REGION', amount: 20000 },
      { sourceKind: 'MUNICIPALITY', amount: 5000 },
    ],
  });
  const keys = async (table: string) =>
    (await knex()(table).where({ portrait_id: made.id }).orderBy('position').pluck('id')) as string[];
  let target: Target = {
    id: gid('Portrait', made.id),
    slug: made.slug,
    v: 0,
    indicators: await keys('indicator'),
    lines: await keys('funding_line'),
  };
  if (options.edited || options.submitted) {
    const input = { id: target.id, expectedVersion: 0, label: 'Visiteurs', value: '300', unit: 'personnes' };
    target = { ...targetOf(await step('addIndicator', 'IndicatorInput', input, viewers.author)), slug: made.slug };
  }
  if (options.submitted) {
    const input = { id: target.id, expectedVersion: target.v };
    target = {
      ...targetOf(await step('submitPortrait', 'PortraitDraftInput', input, viewers.author)),
      slug: made.slug,
    };
  }
  return target;
}

/** The id of the portrait's first revision, as an admin reads its history. */
async function firstRevision(slug: string): Promise<string> {
  const result = await run(
    `query($s: String!) { portrait(slug: $s) { draftInfo { revisions(first: 50) { nodes { id number } } } } }`,
    { s: slug },
    viewers.admin,
  );
  const nodes = result.data?.portrait.draftInfo.revisions.nodes as { id: string; number: number }[];
  return nodes.find((r) => r.number === 1)!.id;
}

type Vars = Record<string, unknown>;
interface Case {
  field: string;
  on: string;
  expect: Record<Role, string>;
  query: string;
  prepare: (role: Role) => Promise<Vars>;
  verify: (portrait: any, vars: Vars) => void;
}

/** An edit of the draft: `input` completes the portrait's id and version. */
function edit(
  field: string,
  type: string,
  on: 'hidden' | 'published',
  input: (t: Target, role: Role) => Promise<Vars> | Vars,
  verify: Case['verify'],
  options: { indicators?: boolean; lines?: boolean; images?: boolean } = {},
): Case {
  return {
    field,
    on,
    expect: on === 'hidden' ? HIDDEN_EDIT : PUBLIC_EDIT,
    query: mutation(field, type),
    prepare: async (role) => {
      const t = on === 'hidden' ? await hidden(options) : await published();
      return { t, input: { id: t.id, expectedVersion: t.v, ...(await input(t, role)) } };
    },
    verify,
  };
}

const target = (vars: Vars) => vars.t as Target;
const mainFields = (name: string) => ({
  name,
  summary: 'Un lieu de réemploi.',
  territoryId: gid('Territory', live.territoryId),
  commune: 'Roubaix',
  themeIds: [],
  need: 'Des objets jetés.',
  project: 'Les réparer.',
  results: 'Des tonnes réemployées.',
  startYear: 2021,
});

const CASES: Case[] = [
  ...(['new', 'fromIdea'] as const).map((how): Case => ({
    field: 'createPortrait',
    on: how === 'new' ? 'a new portrait' : 'an unclaimed idea',
    expect: CREATE,
    query: `mutation($input: CreatePortraitInput!) { createPortrait(input: $input) { portrait { ${FIELDS} } ${errors} } }`,
    prepare: async () => {
      const organizationId = gid('Organization', carrierId);
      if (how === 'new') {
        return {
          input: { organizationId, name: unique('Atelier vélo'), territoryId: gid('Territory', live.territoryId) },
        };
      }
      const idea = await live.make.portrait({ territoryId: live.territoryId, stage: 'UNCLAIMED_IDEA' });
      return { input: { organizationId, fromIdea: gid('Portrait', idea.id) } };
    },
    verify: (p) => {
      expect(p.draft.partners).toEqual([{ role: 'CARRIER', organization: { id: gid('Organization', carrierId) } }]);
      expect(p.draftInfo.reviewState).toBe('DRAFT');
    },
  })),
  ...(['hidden', 'published'] as const).map((on) =>
    edit(
      'updatePortrait',
      'UpdatePortraitInput',
      on,
      () => mainFields('Un nom revu'),
      (p) => expect(p.draft.name).toBe('Un nom revu'),
    ),
  ),
  edit(
    'addIndicator',
    'IndicatorInput',
    'published',
    () => ({ label: 'Visiteurs', value: '1200', unit: 'personnes' }),
    (p) => expect(p.draft.indicators.map((i: any) => i.label)).toContain('Visiteurs'),
  ),
  edit(
    'updateIndicator',
    'IndicatorInput',
    'hidden',
    (t) => ({ key: t.indicators[0], label: 'Repas chauds', value: '14', unit: 'repas' }),
    (p) => expect(p.draft.indicators[0].label).toBe('Repas chauds'),
    { indicators: true },
  ),
  edit(
    'removeIndicator',
    'PortraitItemInput',
    'published',
    (t) => ({ key: t.indicators[0] }),
    (p) => expect(p.draft.indicators.map((i: any) => i.label)).toEqual(['Emplois']),
  ),
  edit(
    'moveIndicator',
    'MovePortraitItemInput',
    'hidden',
    (t) => ({ key: t.indicators[1], direction: 'UP' }),
    (p) => expect(p.draft.indicators.map((i: any) => i.label)).toEqual(['Bénévoles', 'Repas servis']),
    { indicators: true },
  ),
  edit(
    'addFundingLine',
    'FundingLineInput',
    'hidden',
    () => ({ sourceKind: 'EU_ESF', label: 'FSE+', amount: '3000' }),
    (p) => expect(p.draft.fundingLines.map((f: any) => f.label)).toEqual(['FSE+']),
  ),
  edit(
    'updateFundingLine',
    'FundingLineInput',
    'published',
    (t) => ({ key: t.lines[0], sourceKind: 'REGION', label: 'Région Hauts-de-France', amount: '25000' }),
    (p) => expect(p.draft.fundingLines[0].label).toBe('Région Hauts-de-France'),
  ),
  edit(
    'removeFundingLine',
    'PortraitItemInput',
    'hidden',
    (t) => ({ key: t.lines[0] }),
    (p) => expect(p.draft.fundingLines.map((f: any) => f.label)).toEqual(['Région']),
    { lines: true },
  ),
  edit(
    'moveFundingLine',
    'MovePortraitItemInput',
    'published',
    (t) => ({ key: t.lines[0], direction: 'DOWN' }),
    (p, vars) => expect(p.draft.fundingLines[1].key).toBe(target(vars).lines[0]),
  ),
  edit(
    'setPortraitPartners',
    'SetPortraitPartnersInput',
    'published',
    () => ({
      partners: [
        { organizationId: gid('Organization', carrierId), role: 'CARRIER' },
        { organizationId: gid('Organization', otherOrganizationId), role: 'PARTNER' },
      ],
    }),
    (p) => expect(p.draft.partners.map((x: any) => x.role).sort()).toEqual(['CARRIER', 'PARTNER']),
  ),
  edit(
    'recordStageChange',
    'RecordStageChangeInput',
    'hidden',
    () => ({ stage: 'LAUNCHED', date: '2025-03', note: 'Premier service' }),
    (p) =>
      expect(p.draft).toMatchObject({ stage: 'LAUNCHED', stageEvents: [{ stage: 'LAUNCHED', date: '2025-03-01' }] }),
  ),
  edit(
    'setReplicatedFrom',
    'SetReplicatedFromInput',
    'published',
    () => ({ replicatedFromId: gid('Portrait', originId) }),
    (p) => expect(p.draft.replicatedFrom).toEqual({ id: gid('Portrait', originId) }),
  ),
  edit(
    'setAnsweredFindings',
    'SetAnsweredFindingsInput',
    'hidden',
    () => ({ findingIds: findingIds.map((f) => gid('Finding', f)) }),
    (p) => expect(p.draft.answers).toHaveLength(2),
  ),
  ...(['hidden', 'published'] as const).map((on) =>
    edit(
      'addPortraitImage',
      'PortraitImageInput',
      on,
      // Each adds an image of their own (staff may add anyone's); guests and visitors send none.
      async (_t, role) => ({
        imageId: gid(
          'Image',
          role === 'anonymous' || role === 'guest' ? authorImages[0]! : await upload(viewers[role]),
        ),
        alt: 'La boutique un samedi',
      }),
      (p) => expect(p.draft.images.map((i: any) => i.alt)).toContain('La boutique un samedi'),
    ),
  ),
  edit(
    'updatePortraitImage',
    'PortraitImageInput',
    'hidden',
    () => ({ imageId: gid('Image', authorImages[1]!), alt: 'Le comptoir, vu de la rue' }),
    (p) =>
      expect(p.draft.images.map((i: any) => i.alt)).toEqual(['Le comptoir de la cantine', 'Le comptoir, vu de la rue']),
    { images: true },
  ),
  edit(
    'removePortraitImage',
    'PortraitItemInput',
    'hidden',
    () => ({ key: gid('Image', authorImages[0]!) }),
    (p) => expect(p.draft.images).toHaveLength(1),
    { images: true },
  ),
  edit(
    'movePortraitImage',
    'MovePortraitItemInput',
    'hidden',
    () => ({ key: gid('Image', authorImages[1]!), direction: 'UP' }),
    (p) => expect(p.draft.images).toHaveLength(2),
    { images: true },
  ),
  ...[
    { field: 'submitPortrait', on: 'hidden', expect: HIDDEN_SUBMIT, make: () => hidden(), state: 'SUBMITTED' },
    {
      field: 'submitPortrait',
      on: 'published, edited',
      expect: PUBLIC_SUBMIT,
      make: () => published({ edited: true }),
      state: 'SUBMITTED',
    },
    {
      field: 'publishPortrait',
      on: 'hidden, submitted',
      expect: HIDDEN_REVIEW,
      make: () => hidden({ submitted: true }),
      state: 'PUBLISHED',
    },
    {
      field: 'publishPortrait',
      on: 'published, edit submitted',
      expect: PUBLIC_REVIEW,
      make: () => published({ submitted: true }),
      state: 'PUBLISHED',
    },
    {
      field: 'withdrawPortrait',
      on: 'hidden, submitted',
      expect: HIDDEN_EDIT,
      make: () => hidden({ submitted: true }),
      state: 'WITHDRAWN',
    },
    { field: 'withdrawPortrait', on: 'published', expect: PUBLIC_EDIT, make: () => published(), state: 'WITHDRAWN' },
  ].map((m): Case => ({
    field: m.field,
    on: m.on,
    expect: m.expect,
    query: mutation(m.field, 'PortraitDraftInput'),
    prepare: async () => {
      const t = await m.make();
      return { input: { id: t.id, expectedVersion: t.v } };
    },
    verify: (p) => {
      expect(p.draftInfo.reviewState).toBe(m.state);
      if (m.state !== 'SUBMITTED') expect(p.publicationState).toBe(m.state === 'PUBLISHED' ? 'PUBLISHED' : 'ARCHIVED');
    },
  })),
  ...(['hidden', 'published'] as const).map((on): Case => ({
    field: 'restorePortraitRevision',
    on: on === 'hidden' ? 'hidden, edited' : 'published, edited',
    expect: on === 'hidden' ? HIDDEN_EDIT : PUBLIC_EDIT,
    query: mutation('restorePortraitRevision', 'RestorePortraitRevisionInput'),
    prepare: async () => {
      const t = on === 'hidden' ? await hidden({ indicators: true }) : await published({ edited: true });
      return { on, input: { id: t.id, expectedVersion: t.v, revisionId: await firstRevision(t.slug) } };
    },
    // The first revision is the portrait as it started: no figures when new, the published two otherwise.
    verify: (p, vars) => expect(p.draft.indicators).toHaveLength(vars.on === 'hidden' ? 0 : 2),
  })),
];

/** One cell: the outcome the table names, and nothing written when refused. */
async function check(c: Pick<Case, 'field' | 'query' | 'prepare'>, role: Role, expected: string) {
  const vars = await c.prepare(role);
  const before = await snapshot(live.orm);
  const result = await run(c.query, vars, viewers[role]);
  const payload = result.data?.[c.field];
  if (expected === 'ok') {
    expect(result.errors, `${role} should be allowed: ${JSON.stringify(result.errors)}`).toBeUndefined();
    expect(payload.userErrors, `${role} should be allowed`).toEqual([]);
    return { payload, vars };
  }
  if (Object.values(CODES).includes(expected)) {
    expect(errorCode(result), `${role} must be refused with ${expected}: ${JSON.stringify(result)}`).toBe(expected);
  } else {
    expect(result.errors, `${role}: ${JSON.stringify(result.errors)}`).toBeUndefined();
    expect(
      payload.userErrors.map((e: any) => e.code),
      `${role} must be told ${expected}`,
    ).toEqual([expected]);
  }
  expect(changedTables(before, await snapshot(live.orm)), `${role}: refused, yet tables changed`).toEqual([]);
  return undefined;
}

describe('the portraits matrix', () => {
  it('has a case for every operation', () => {
    expect([...new Set(CASES.map((c) => c.field))].sort()).toEqual([...PORTRAIT_MUTATIONS].sort());
  });

  // The site's « Écrire un portrait » follows what the viewer is told, and the rule createPortrait applies.
  it('tells each role whether it may start a portrait', async () => {
    //                   anonymous guest resident otherMember member author coordinator admin
    const expected = row('-         no    no       yes         yes    yes    yes         yes');
    for (const role of ROLES) {
      const answer = await run(`{ viewer { canWritePortraits } }`, {}, viewers[role]);
      const told = answer.data?.viewer ? (answer.data.viewer.canWritePortraits ? 'yes' : 'no') : '-';
      expect(told, role).toBe(expected[role]);
    }
  });
});

describe.each(CASES)('$field on $on', (c) => {
  it.each(ROLES)('as %s', async (role) => {
    const allowed = await check(c, role, c.expect[role]);
    if (allowed) c.verify(allowed.payload.portrait, allowed.vars);
  });
});

// Listed with the stories' operations (stories-matrix.ts): one mutation for both kinds.
describe('requestChanges on a submitted portrait', () => {
  it.each(ROLES)('as %s', async (role) => {
    const allowed = await check(
      {
        field: 'requestChanges',
        query: `mutation($input: RequestChangesInput!) { requestChanges(input: $input) { draft { reviewState reviewerNote } ${errors} } }`,
        prepare: async () => {
          const t = await hidden({ submitted: true });
          return { input: { id: t.id, expectedVersion: t.v, note: 'Datez le chiffre des repas.' } };
        },
      },
      role,
      HIDDEN_REVIEW[role],
    );
    if (allowed)
      expect(allowed.payload.draft).toEqual({
        reviewState: 'CHANGES_REQUESTED',
        reviewerNote: 'Datez le chiffre des repas.',
      });
  });
});

describe('an outsider’s edit is refused before anything reads the draft', () => {
  // An item the draft lacks would otherwise answer PORTRAIT_ITEM_GONE: the draft exists, and holds no such key.
  it.each([
    ['hidden', 'NOT_FOUND'],
    ['published, edited', 'FORBIDDEN'],
  ] as const)('on a portrait %s: %s', async (on, code) => {
    const t = on === 'hidden' ? await hidden() : await published({ edited: true });
    for (const role of ['resident', 'otherMember'] as const) {
      await check(
        {
          field: 'removeIndicator',
          query: mutation('removeIndicator', 'PortraitItemInput'),
          prepare: async () => ({ input: { id: t.id, expectedVersion: t.v, key: 'pas-une-cle' } }),
        },
        role,
        code,
      );
    }
  });
});

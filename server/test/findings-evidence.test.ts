import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous } from '../src/shared/viewer.js';
import { changedTables, errorCode, ok, rawId, snapshot, unique } from './support-live.js';
import {
  DIAGNOSIS_COORDINATORS,
  EVIDENCE_ROLES,
  contributionGid,
  expectDenied,
  findingGid,
  makeFinding,
  openEvidenceWorld,
  published,
  replayDiagnosis,
  replayWorkshop,
  type EvidenceRole,
  type EvidenceWorld,
} from './support-evidence.js';

/**
 * Evidence and one-step promotion: the diagnosis's coordinators cite published contributions of
 * its territory, several at once, into a finding or a new one pre-filled from them; the
 * contributions' boards are told they are retained.
 */

let w: EvidenceWorld;
let workshopRawId: string;
beforeAll(async () => {
  w = await openEvidenceWorld();
  workshopRawId = rawId(w.live.workshopId);
});
afterAll(async () => {
  await w?.live.close();
});

const FINDING = 'id title statement kind status evidenceCount participantCount organizationCount viewerCanPromote';
const ATTACH = `mutation($f: ID!, $c: [ID!]!) { attachEvidence(findingId: $f, contributionIds: $c) {
  finding { ${FINDING} evidence { id } } userErrors { code field } } }`;
const DETACH = `mutation($f: ID!, $c: [ID!]!) { detachEvidence(findingId: $f, contributionIds: $c) {
  finding { ${FINDING} evidence { id } } userErrors { code field } } }`;
const PROMOTE = `mutation($input: PromoteContributionsInput!) { promoteContributions(input: $input) {
  finding { ${FINDING} themes { slug } neighbourhoods { slug } evidence { id } } userErrors { code field } } }`;
const RETAINED = `query($id: ID!) { node(id: $id) { ... on Contribution { retainedIn { id title } } } }`;

/**
 * Runs a mutation as each role on a fresh target: allowed roles succeed, the others are refused
 * and change nothing.
 */
async function byRole<T>(
  allowed: EvidenceRole[],
  prepare: () => Promise<T>,
  op: (role: EvidenceRole, target: T) => Promise<{ result: any; field: string }>,
) {
  for (const role of EVIDENCE_ROLES) {
    const target = await prepare();
    const before = await snapshot(w.live.orm);
    const { result, field } = await op(role, target);
    if (allowed.includes(role)) {
      expect(result.errors, `${role}: ${JSON.stringify(result.errors)}`).toBeUndefined();
      expect(result.data[field].userErrors, role).toEqual([]);
    } else {
      expectDenied(result, role);
      expect(changedTables(before, await snapshot(w.live.orm)), role).toEqual([]);
    }
  }
}

const codes = (result: any, field: string) => {
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data[field].userErrors.map((e: any) => e.code);
};

describe('who handles evidence', () => {
  it('attachEvidence: the diagnosis’s coordinators and admins only', async () => {
    await byRole(
      DIAGNOSIS_COORDINATORS,
      async () => ({ finding: await makeFinding(w), contributions: await published(w, 2) }),
      async (role, t) => ({
        field: 'attachEvidence',
        result: await w.live.api.run(
          ATTACH,
          { f: findingGid(t.finding), c: t.contributions.map(contributionGid) },
          w.viewers[role],
        ),
      }),
    );
  });

  it('detachEvidence: the diagnosis’s coordinators and admins only', async () => {
    await byRole(
      DIAGNOSIS_COORDINATORS,
      async () => {
        const t = { finding: await makeFinding(w), contributions: await published(w, 1) };
        await ok(
          w.live.api.run(
            ATTACH,
            { f: findingGid(t.finding), c: t.contributions.map(contributionGid) },
            w.viewers.admin,
          ),
          'attachEvidence',
        );
        return t;
      },
      async (role, t) => ({
        field: 'detachEvidence',
        result: await w.live.api.run(
          DETACH,
          { f: findingGid(t.finding), c: t.contributions.map(contributionGid) },
          w.viewers[role],
        ),
      }),
    );
  });

  it('promoteContributions: the diagnosis’s coordinators and admins only, into a new finding or an existing one', async () => {
    await byRole(
      DIAGNOSIS_COORDINATORS,
      () => published(w, 2),
      async (role, contributions) => ({
        field: 'promoteContributions',
        result: await w.live.api.run(
          PROMOTE,
          {
            input: {
              contributionIds: contributions.map(contributionGid),
              newFinding: { diagnosisId: w.diagnosisGid },
            },
          },
          w.viewers[role],
        ),
      }),
    );
    await byRole(
      DIAGNOSIS_COORDINATORS,
      async () => ({ finding: await makeFinding(w), contributions: await published(w, 1) }),
      async (role, t) => ({
        field: 'promoteContributions',
        result: await w.live.api.run(
          PROMOTE,
          { input: { contributionIds: t.contributions.map(contributionGid), findingId: findingGid(t.finding) } },
          w.viewers[role],
        ),
      }),
    );
  });

  it('viewerCanPromote is true exactly for those the mutations accept', async () => {
    const finding = await makeFinding(w);
    for (const role of EVIDENCE_ROLES) {
      const { data } = await w.live.api.run(
        `query($id: ID!) { node(id: $id) { ... on Finding { viewerCanPromote } } }`,
        { id: findingGid(finding) },
        w.viewers[role],
      );
      expect(data!.node.viewerCanPromote, role).toBe(DIAGNOSIS_COORDINATORS.includes(role));
    }
  });
});

describe('promoting several contributions at once', () => {
  it('into a new finding pre-filled from them: title, quotes, themes, neighbourhoods, a first revision', async () => {
    const [themeA, themeB] = (await w
      .knex()('theme')
      .whereIn('slug', w.live.themes.slice(0, 2))
      .pluck('id')) as string[];
    const neighbourhood = (await w.knex()('neighbourhood').where('territory_id', w.live.territoryId).first()) as {
      id: string;
      slug: string;
    };
    const marker = unique('Marqueur');
    const first = await published(w, 1, `Il manque une crèche au centre ${marker}. Les parents attendent des mois.`, {
      author: w.live.viewers.resident,
      themeIds: [themeA],
    });
    const second = await published(w, 1, 'Les places en halte-garderie sont rares.\nSurtout le samedi.', {
      author: w.live.viewers.stakeholder,
      themeIds: [themeB],
    });
    const third = await published(w, 1, 'Pareil pour nous.', { author: w.live.viewers.resident });
    await w.knex()('contribution').whereIn('id', second).update({ neighbourhood_id: neighbourhood.id });
    const ids = [...first, ...second, ...third];
    // The workshop feeds the diagnosis: the new finding goes there without naming it.
    await w.knex()('workshop').where('id', workshopRawId).update({ diagnosis_id: w.diagnosisId });
    try {
      const before = await replayDiagnosis(w, w.viewers.admin);
      const workshopBefore = await replayWorkshop(w, workshopRawId, anonymous);
      const payload = await ok(
        w.live.api.run(
          PROMOTE,
          { input: { contributionIds: ids.map(contributionGid), newFinding: { title: '', statement: '  ' } } },
          w.viewers.assignedCoordinator,
        ),
        'promoteContributions',
      );
      const finding = payload.finding;
      expect(finding).toMatchObject({
        title: `Il manque une crèche au centre ${marker}.`,
        kind: 'UNMET_NEED',
        status: 'PROPOSED',
        evidenceCount: 3,
        participantCount: 2,
      });
      expect(finding.statement).toBe(
        [
          `> Il manque une crèche au centre ${marker}. Les parents attendent des mois.`,
          '> Les places en halte-garderie sont rares.\n> Surtout le samedi.',
          '> Pareil pour nous.',
        ].join('\n\n'),
      );
      expect(finding.themes.map((t: any) => t.slug).sort()).toEqual(w.live.themes.slice(0, 2).sort());
      expect(finding.neighbourhoods).toEqual([{ slug: neighbourhood.slug }]);
      expect(finding.evidence.map((e: any) => e.id).sort()).toEqual(ids.map(contributionGid).sort());

      const revisions = (await w.knex()('finding_revision').where('finding_id', rawId(finding.id))) as any[];
      expect(revisions).toHaveLength(1);
      expect(revisions[0]).toMatchObject({ number: 1, change: 'CREATED', before: null, author_id: w.assignedId });
      expect(revisions[0].after).toMatchObject({ title: finding.title, status: 'PROPOSED', mergedIntoId: null });
      expect([...revisions[0].after.themeIds].sort()).toEqual([themeA, themeB].sort());
      expect(revisions[0].after.neighbourhoodIds).toEqual([neighbourhood.id]);

      // The diagnosis's stream: the finding added, then its evidence.
      const events = (await replayDiagnosis(w, anonymous)).slice(before.length);
      expect(events.map((e) => e.type)).toEqual(['FINDING_ADDED', 'EVIDENCE_ATTACHED']);
      expect([...events[1].contributionIds].sort()).toEqual(ids.map(contributionGid).sort());

      // Each contribution's board hears it is retained, and `retainedIn` says where.
      const retained = (await replayWorkshop(w, workshopRawId, anonymous)).slice(workshopBefore.length);
      expect(retained.map((e) => e.type)).toEqual(ids.map(() => 'CONTRIBUTION_RETAINED'));
      expect(retained.map((e) => e.contributionId).sort()).toEqual(ids.map(contributionGid).sort());
      for (const id of ids) {
        const { data } = await w.live.api.run(RETAINED, { id: contributionGid(id) }, anonymous);
        expect(data!.node.retainedIn).toEqual([{ id: finding.id, title: finding.title }]);
      }
    } finally {
      await w.knex()('workshop').where('id', workshopRawId).update({ diagnosis_id: null });
    }
  });

  it('names the diagnosis when the contributions’ workshop feeds none', async () => {
    const ids = await published(w, 1);
    const result = await w.live.api.run(
      PROMOTE,
      { input: { contributionIds: ids.map(contributionGid), newFinding: {} } },
      w.viewers.assignedCoordinator,
    );
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
  });

  it('cuts a long first sentence at a word, within 120 characters', async () => {
    const long = `${'Un très long constat sans point '.repeat(8)}fin`;
    const payload = await ok(
      w.live.api.run(
        PROMOTE,
        {
          input: {
            contributionIds: (await published(w, 1, long)).map(contributionGid),
            newFinding: { diagnosisId: w.diagnosisGid },
          },
        },
        w.viewers.admin,
      ),
      'promoteContributions',
    );
    const title: string = payload.finding.title;
    expect(title.length).toBeLessThanOrEqual(120);
    expect(title.endsWith('…')).toBe(true);
    // Cut where a word ends.
    expect(long.startsWith(title.slice(0, -1))).toBe(true);
    expect(long[title.length - 1]).toBe(' ');
  });

  it('into an existing finding: adds them, keeps the ones already cited once, and tells both streams', async () => {
    const finding = await makeFinding(w);
    const [a, b, c] = await published(w, 3);
    await ok(
      w.live.api.run(ATTACH, { f: findingGid(finding), c: [contributionGid(a!)] }, w.viewers.assignedCoordinator),
      'attachEvidence',
    );
    const before = await replayDiagnosis(w, w.viewers.admin);
    const workshopBefore = await replayWorkshop(w, workshopRawId, anonymous);
    const payload = await ok(
      w.live.api.run(
        PROMOTE,
        { input: { contributionIds: [a!, b!, c!].map(contributionGid), findingId: findingGid(finding) } },
        w.viewers.assignedCoordinator,
      ),
      'promoteContributions',
    );
    expect(payload.finding).toMatchObject({ id: findingGid(finding), evidenceCount: 3 });
    const events = (await replayDiagnosis(w, anonymous)).slice(before.length);
    expect(events.map((e) => [e.type, [...e.contributionIds].sort()])).toEqual([
      ['EVIDENCE_ATTACHED', [b!, c!].map(contributionGid).sort()],
    ]);
    const retained = (await replayWorkshop(w, workshopRawId, anonymous)).slice(workshopBefore.length);
    expect(retained.map((e) => e.contributionId).sort()).toEqual([b!, c!].map(contributionGid).sort());
  });

  it('detaching tells the board too, and `retainedIn` forgets the finding', async () => {
    const finding = await makeFinding(w, { status: 'RETAINED' });
    const [id] = await published(w, 1);
    await ok(
      w.live.api.run(ATTACH, { f: findingGid(finding), c: [contributionGid(id!)] }, w.viewers.admin),
      'attachEvidence',
    );
    const { data } = await w.live.api.run(RETAINED, { id: contributionGid(id!) }, anonymous);
    expect(data!.node.retainedIn).toEqual([{ id: findingGid(finding), title: 'Un constat' }]);
    const workshopBefore = await replayWorkshop(w, workshopRawId, anonymous);
    const payload = await ok(
      w.live.api.run(DETACH, { f: findingGid(finding), c: [contributionGid(id!)] }, w.viewers.admin),
      'detachEvidence',
    );
    expect(payload.finding.evidenceCount).toBe(0);
    const retained = (await replayWorkshop(w, workshopRawId, anonymous)).slice(workshopBefore.length);
    expect(retained.map((e) => [e.type, e.contributionId])).toEqual([['CONTRIBUTION_RETAINED', contributionGid(id!)]]);
    const after = await w.live.api.run(RETAINED, { id: contributionGid(id!) }, anonymous);
    expect(after.data!.node.retainedIn).toEqual([]);
    const again = await w.live.api.run(DETACH, { f: findingGid(finding), c: [contributionGid(id!)] }, w.viewers.admin);
    expect(codes(again, 'detachEvidence')).toEqual(['EVIDENCE_NOT_ATTACHED']);
  });

  it('`retainedIn` leaves out drafts, proposals under review and merged findings', async () => {
    const draft = (await w.live.make.diagnosis(w.live.territoryId, { status: 'DRAFT', findings: 1 })).findingIds[0]!;
    const review = await makeFinding(w, { awaitingReview: true });
    const merged = await makeFinding(w, { status: 'MERGED' });
    const [id] = await published(w, 1);
    for (const finding of [draft, review, merged]) {
      await w.knex()('finding_evidence').insert({ finding_id: finding, contribution_id: id });
    }
    const { data } = await w.live.api.run(RETAINED, { id: contributionGid(id!) }, w.viewers.admin);
    expect(data!.node.retainedIn).toEqual([]);
  });
});

describe('what can be evidence', () => {
  it('only published contributions, of the diagnosis’s ground, 1 to 50 at once; nothing is stored otherwise', async () => {
    const finding = findingGid(await makeFinding(w));
    const pending = await published(w, 1, undefined, { state: 'PENDING' });
    const hidden = await published(w, 1, undefined, { state: 'HIDDEN' });
    const elsewhere = await w.live.make.workshop({ status: 'LIVE' });
    const far = await w.live.make.contributions(elsewhere.id, 1);
    const fine = await published(w, 51);
    const attach = async (ids: string[]) => {
      const before = await snapshot(w.live.orm);
      const result = await w.live.api.run(
        ATTACH,
        { f: finding, c: ids.map(contributionGid) },
        w.viewers.assignedCoordinator,
      );
      expect(changedTables(before, await snapshot(w.live.orm))).toEqual([]);
      return codes(result, 'attachEvidence');
    };
    expect(await attach([...pending, fine[0]!])).toEqual(['EVIDENCE_NOT_PUBLISHED']);
    expect(await attach(hidden)).toEqual(['EVIDENCE_NOT_PUBLISHED']);
    // One that does not exist is answered alike.
    expect(await attach([crypto.randomUUID()])).toEqual(['EVIDENCE_NOT_PUBLISHED']);
    expect(await attach(far)).toEqual(['EVIDENCE_ELSEWHERE']);
    expect(await attach([])).toEqual(['EVIDENCE_NONE']);
    expect(await attach(fine)).toEqual(['EVIDENCE_TOO_MANY']);
    const accepted = await w.live.api.run(
      ATTACH,
      { f: finding, c: fine.slice(0, 50).map(contributionGid) },
      w.viewers.assignedCoordinator,
    );
    expect(codes(accepted, 'attachEvidence')).toEqual([]);
    expect(accepted.data!.attachEvidence.finding.evidenceCount).toBe(50);
  });

  it('the consultation’s and a linked workshop’s contributions count as the diagnosis’s ground', async () => {
    const finding = findingGid(await makeFinding(w));
    const linked = await w.live.make.workshop({ status: 'LIVE' });
    await w.knex()('workshop').where('id', linked.id).update({ diagnosis_id: w.diagnosisId });
    const consultation = await w.live.make.workshop({ status: 'LIVE' });
    await w.knex()('diagnosis').where('id', w.diagnosisId).update({ consultation_id: consultation.id });
    try {
      const ids = [
        ...(await w.live.make.contributions(linked.id, 1)),
        ...(await w.live.make.contributions(consultation.id, 1)),
      ];
      const result = await w.live.api.run(ATTACH, { f: finding, c: ids.map(contributionGid) }, w.viewers.admin);
      expect(codes(result, 'attachEvidence')).toEqual([]);
    } finally {
      await w.knex()('diagnosis').where('id', w.diagnosisId).update({ consultation_id: null });
    }
  });

  it('a frozen diagnosis and a merged finding take no more evidence', async () => {
    const merged = findingGid(await makeFinding(w, { status: 'MERGED' }));
    const [id] = await published(w, 1);
    const onMerged = await w.live.api.run(ATTACH, { f: merged, c: [contributionGid(id!)] }, w.viewers.admin);
    expect(codes(onMerged, 'attachEvidence')).toEqual(['FINDING_MERGED']);
    const validated = await w.live.make.diagnosis(w.live.territoryId, { status: 'VALIDATED', findings: 1 });
    const frozen = await w.live.api.run(
      ATTACH,
      { f: findingGid(validated.findingIds[0]!), c: [contributionGid(id!)] },
      w.viewers.admin,
    );
    expect(codes(frozen, 'attachEvidence')).toEqual(['DIAGNOSIS_FROZEN']);
  });

  it('exactly one of findingId and newFinding', async () => {
    const [id] = await published(w, 1);
    const both = await w.live.api.run(
      PROMOTE,
      {
        input: {
          contributionIds: [contributionGid(id!)],
          findingId: findingGid(await makeFinding(w)),
          newFinding: { diagnosisId: w.diagnosisGid },
        },
      },
      w.viewers.admin,
    );
    expect(errorCode(both)).toBe('BAD_USER_INPUT');
    const neither = await w.live.api.run(
      PROMOTE,
      { input: { contributionIds: [contributionGid(id!)] } },
      w.viewers.admin,
    );
    expect(errorCode(neither)).toBe('BAD_USER_INPUT');
  });
});

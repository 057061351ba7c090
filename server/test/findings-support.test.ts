import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous } from '../src/shared/viewer.js';
import { changedTables, errorCode, gid, ok, snapshot, unique } from './support-live.js';
import {
  DIAGNOSIS_COORDINATORS,
  EVIDENCE_ROLES,
  SIGNED_IN,
  expectDenied,
  findingGid,
  makeFinding,
  openEvidenceWorld,
  replayDiagnosis,
  type EvidenceRole,
  type EvidenceWorld,
} from './support-evidence.js';

/**
 * Supports and co-signatures, comments, and project ideas born of a retained finding: who may,
 * when, and what everyone then sees.
 */

let w: EvidenceWorld;
beforeAll(async () => {
  w = await openEvidenceWorld();
});
afterAll(async () => {
  await w?.live.close();
});

const SUPPORT_FIELDS = `id supportCount viewerSupports viewerCanSupport viewerCosignedFor { id } cosigners { id name }
  viewerCoSignOrganizations { id }`;
const SUPPORT = `mutation($f: ID!, $o: ID) { supportFinding(findingId: $f, organizationId: $o) {
  finding { ${SUPPORT_FIELDS} } userErrors { code field } } }`;
const WITHDRAW = `mutation($f: ID!) { withdrawSupport(findingId: $f) { finding { ${SUPPORT_FIELDS} } userErrors { code field } } }`;
const COMMENT = `mutation($f: ID!, $body: String!) { commentOnFinding(findingId: $f, body: $body) {
  comment { id body hidden author { displayName } } finding { id comments { id body hidden } } userErrors { code field } } }`;
const HIDE = `mutation($c: ID!) { hideFindingComment(commentId: $c) { comment { id hidden } userErrors { code field } } }`;
const SPAWN = `mutation($f: ID!, $title: String) { spawnProjectIdea(findingId: $f, title: $title) {
  portrait { id name slug stage publicationState isDemo answers { id } } userErrors { code field } } }`;
const COMMENTS = `query($id: ID!) { node(id: $id) { ... on Finding { viewerCanComment comments { id body hidden } } } }`;

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

const personOf = (role: EvidenceRole) => (w.viewers[role] as { personId: string }).personId;

/** An organization of the territory, the stakeholder a member of it unless told otherwise. */
async function organization(options: { mayCoSign: boolean; member?: boolean }) {
  const made = await w.live.make.organization({ territoryId: w.live.territoryId });
  await w.knex()('organization').where('id', made.id).update({ members_may_co_sign: options.mayCoSign });
  if (options.member ?? true) {
    await w
      .knex()('membership')
      .insert({ organization_id: made.id, person_id: personOf('stakeholder'), role: 'Chargée de mission' });
  }
  return { ...made, gid: gid('Organization', made.id) };
}

describe('supports', () => {
  it('supportFinding and withdrawSupport: signed-in people, during the consultation', async () => {
    await byRole(
      SIGNED_IN,
      () => makeFinding(w),
      async (role, finding) => ({
        field: 'supportFinding',
        result: await w.live.api.run(SUPPORT, { f: findingGid(finding) }, w.viewers[role]),
      }),
    );
    await byRole(
      SIGNED_IN,
      async () => {
        const finding = await makeFinding(w);
        for (const role of SIGNED_IN) {
          await ok(w.live.api.run(SUPPORT, { f: findingGid(finding) }, w.viewers[role]), 'supportFinding');
        }
        return finding;
      },
      async (role, finding) => ({
        field: 'withdrawSupport',
        result: await w.live.api.run(WITHDRAW, { f: findingGid(finding) }, w.viewers[role]),
      }),
    );
  });

  it('counts each person once, and viewerSupports and viewerCanSupport say what the viewer did and may do', async () => {
    const finding = findingGid(await makeFinding(w));
    await ok(w.live.api.run(SUPPORT, { f: finding }, w.viewers.resident), 'supportFinding');
    const again = await ok(w.live.api.run(SUPPORT, { f: finding }, w.viewers.resident), 'supportFinding');
    expect(again.finding).toMatchObject({ supportCount: 1, viewerSupports: true, viewerCanSupport: true });
    for (const role of EVIDENCE_ROLES) {
      const { data } = await w.live.api.run(
        `query($id: ID!) { node(id: $id) { ... on Finding { supportCount viewerSupports viewerCanSupport } } }`,
        { id: finding },
        w.viewers[role],
      );
      expect(data!.node, role).toEqual({
        supportCount: 1,
        viewerSupports: role === 'resident',
        viewerCanSupport: SIGNED_IN.includes(role),
      });
    }
    const withdrawn = await ok(w.live.api.run(WITHDRAW, { f: finding }, w.viewers.resident), 'withdrawSupport');
    expect(withdrawn.finding).toMatchObject({ supportCount: 0, viewerSupports: false });
  });

  it('50 parallel supports by one person count once', async () => {
    const finding = findingGid(await makeFinding(w));
    const results = await Promise.all(
      Array.from({ length: 50 }, () => w.live.api.run(SUPPORT, { f: finding }, w.viewers.stakeholder)),
    );
    for (const result of results) expect(codes(result, 'supportFinding')).toEqual([]);
    const rows = (await w.knex()('finding_support').where('person_id', personOf('stakeholder'))) as any[];
    expect(rows.filter((r) => findingGid(r.finding_id) === finding)).toHaveLength(1);
    const { data } = await w.live.api.run(
      `query($id: ID!) { node(id: $id) { ... on Finding { supportCount } } }`,
      { id: finding },
      anonymous,
    );
    expect(data!.node.supportCount).toBe(1);
  });

  it('only in consultation, on reviewed findings not merged away', async () => {
    const draft = await w.live.make.diagnosis(w.live.territoryId, { status: 'VALIDATED', findings: 1 });
    const validated = findingGid(draft.findingIds[0]!);
    expect(codes(await w.live.api.run(SUPPORT, { f: validated }, w.viewers.resident), 'supportFinding')).toEqual([
      'DIAGNOSIS_NOT_IN_CONSULTATION',
    ]);
    const review = findingGid(await makeFinding(w, { awaitingReview: true }));
    expect(codes(await w.live.api.run(SUPPORT, { f: review }, w.viewers.admin), 'supportFinding')).toEqual([
      'FINDING_AWAITING_REVIEW',
    ]);
    // Outsiders do not even learn a proposal under review is there.
    expect(errorCode(await w.live.api.run(SUPPORT, { f: review }, w.viewers.resident))).toBe('NOT_FOUND');
    const merged = findingGid(await makeFinding(w, { status: 'MERGED' }));
    expect(codes(await w.live.api.run(SUPPORT, { f: merged }, w.viewers.resident), 'supportFinding')).toEqual([
      'FINDING_MERGED',
    ]);
  });

  it('tells the diagnosis’s stream', async () => {
    const finding = findingGid(await makeFinding(w));
    const before = await replayDiagnosis(w, anonymous);
    await ok(w.live.api.run(SUPPORT, { f: finding }, w.viewers.resident), 'supportFinding');
    const events = (await replayDiagnosis(w, anonymous)).slice(before.length);
    expect(events.map((e) => [e.type, e.findingId])).toEqual([['FINDING_SUPPORTED', finding]]);
  });
});

describe('co-signatures', () => {
  it('a member co-signs for an organization that lets its members; the finding lists it', async () => {
    const org = await organization({ mayCoSign: true });
    const finding = findingGid(await makeFinding(w));
    const payload = await ok(
      w.live.api.run(SUPPORT, { f: finding, o: org.gid }, w.viewers.stakeholder),
      'supportFinding',
    );
    expect(payload.finding).toMatchObject({
      supportCount: 1,
      viewerCosignedFor: { id: org.gid },
      cosigners: [{ id: org.gid, name: org.name }],
    });
    expect(payload.finding.viewerCoSignOrganizations).toEqual([{ id: org.gid }]);
    const { data } = await w.live.api.run(
      `query($id: ID!) { node(id: $id) { ... on Finding { cosigners { id } viewerCosignedFor { id } viewerCoSignOrganizations { id } } } }`,
      { id: finding },
      anonymous,
    );
    expect(data!.node).toEqual({
      cosigners: [{ id: org.gid }],
      viewerCosignedFor: null,
      viewerCoSignOrganizations: [],
    });
    // Supporting again for oneself keeps one support and drops the co-signature.
    const mine = await ok(w.live.api.run(SUPPORT, { f: finding }, w.viewers.stakeholder), 'supportFinding');
    expect(mine.finding).toMatchObject({ supportCount: 1, viewerCosignedFor: null, cosigners: [] });
  });

  it('refuses non-members and organizations that do not let their members, storing nothing', async () => {
    const closed = await organization({ mayCoSign: false });
    const foreign = await organization({ mayCoSign: true, member: false });
    const finding = findingGid(await makeFinding(w));
    for (const [org, code] of [
      [closed, 'COSIGN_NOT_ALLOWED'],
      [foreign, 'COSIGN_NOT_MEMBER'],
    ] as const) {
      const before = await snapshot(w.live.orm);
      const result = await w.live.api.run(SUPPORT, { f: finding, o: org.gid }, w.viewers.stakeholder);
      expect(codes(result, 'supportFinding')).toEqual([code]);
      expect(changedTables(before, await snapshot(w.live.orm))).toEqual([]);
    }
    const { data } = await w.live.api.run(
      `query($id: ID!) { node(id: $id) { ... on Finding { viewerCoSignOrganizations { id } } } }`,
      { id: finding },
      w.viewers.stakeholder,
    );
    expect(data!.node.viewerCoSignOrganizations.map((o: any) => o.id)).not.toContain(closed.gid);
  });
});

describe('comments', () => {
  it('commentOnFinding: signed-in people during the consultation; hideFindingComment: its coordinators', async () => {
    await byRole(
      SIGNED_IN,
      () => makeFinding(w),
      async (role, finding) => ({
        field: 'commentOnFinding',
        result: await w.live.api.run(COMMENT, { f: findingGid(finding), body: 'Je confirme.' }, w.viewers[role]),
      }),
    );
    await byRole(
      DIAGNOSIS_COORDINATORS,
      async () => {
        const finding = await makeFinding(w);
        const payload = await ok(
          w.live.api.run(COMMENT, { f: findingGid(finding), body: 'À masquer.' }, w.viewers.resident),
          'commentOnFinding',
        );
        return payload.comment.id as string;
      },
      async (role, comment) => ({
        field: 'hideFindingComment',
        result: await w.live.api.run(HIDE, { c: comment }, w.viewers[role]),
      }),
    );
  });

  it('checks the length, refuses NUL characters, and only in consultation', async () => {
    const finding = findingGid(await makeFinding(w));
    const validated = await w.live.make.diagnosis(w.live.territoryId, { status: 'VALIDATED', findings: 1 });
    const before = await snapshot(w.live.orm);
    for (const body of ['a', ' b ', 'x'.repeat(2001)]) {
      expect(
        codes(await w.live.api.run(COMMENT, { f: finding, body }, w.viewers.resident), 'commentOnFinding'),
      ).toEqual(['COMMENT_LENGTH']);
    }
    expect(errorCode(await w.live.api.run(COMMENT, { f: finding, body: 'Un\0texte' }, w.viewers.resident))).toBe(
      'BAD_USER_INPUT',
    );
    const late = await w.live.api.run(
      COMMENT,
      { f: findingGid(validated.findingIds[0]!), body: 'Trop tard ?' },
      w.viewers.resident,
    );
    expect(codes(late, 'commentOnFinding')).toEqual(['DIAGNOSIS_NOT_IN_CONSULTATION']);
    expect(changedTables(before, await snapshot(w.live.orm))).toEqual([]);
  });

  it('a hidden comment is listed to the diagnosis’s coordinators only; both events name it', async () => {
    const finding = findingGid(await makeFinding(w));
    const marker = unique('Propos déplacé');
    const before = await replayDiagnosis(w, w.viewers.admin);
    const posted = await ok(
      w.live.api.run(COMMENT, { f: finding, body: marker }, w.viewers.resident),
      'commentOnFinding',
    );
    expect(posted.comment).toMatchObject({ body: marker, hidden: false });
    expect(posted.comment.author.displayName).toBe((w.viewers.resident as any).displayName);
    await ok(w.live.api.run(HIDE, { c: posted.comment.id }, w.viewers.assignedCoordinator), 'hideFindingComment');
    for (const role of EVIDENCE_ROLES) {
      const { data } = await w.live.api.run(COMMENTS, { id: finding }, w.viewers[role]);
      const listed = JSON.stringify(data!.node.comments);
      if (DIAGNOSIS_COORDINATORS.includes(role)) {
        expect(data!.node.comments, role).toEqual([{ id: posted.comment.id, body: marker, hidden: true }]);
      } else {
        expect(listed, role).not.toContain(marker);
        expect(
          (await w.live.api.run(`query($id: ID!) { node(id: $id) { id } }`, { id: posted.comment.id }, w.viewers[role]))
            .data!.node,
          role,
        ).toBeNull();
      }
      expect(data!.node.viewerCanComment, role).toBe(SIGNED_IN.includes(role));
    }
    const events = (await replayDiagnosis(w, anonymous)).slice(before.length);
    expect(events.map((e) => [e.type, e.subjectId])).toEqual([
      ['COMMENT_POSTED', posted.comment.id],
      ['COMMENT_HIDDEN', posted.comment.id],
    ]);
    expect(JSON.stringify(events)).not.toContain(marker);
  });
});

describe('project ideas', () => {
  it('spawnProjectIdea: the diagnosis’s coordinators, on a retained finding', async () => {
    await byRole(
      DIAGNOSIS_COORDINATORS,
      () => makeFinding(w, { status: 'RETAINED' }),
      async (role, finding) => ({
        field: 'spawnProjectIdea',
        result: await w.live.api.run(SPAWN, { f: findingGid(finding), title: unique('Idée') }, w.viewers[role]),
      }),
    );
  });

  it('a published unclaimed idea of the territory, answering the finding, demo like its diagnosis', async () => {
    const finding = await makeFinding(w, { status: 'RETAINED' });
    await w.knex()('diagnosis').where('id', w.diagnosisId).update({ is_demo: true });
    try {
      const payload = await ok(
        w.live.api.run(
          SPAWN,
          { f: findingGid(finding), title: 'Une crèche à horaires décalés' },
          w.viewers.assignedCoordinator,
        ),
        'spawnProjectIdea',
      );
      expect(payload.portrait).toMatchObject({
        name: 'Une crèche à horaires décalés',
        slug: 'idee-une-creche-a-horaires-decales',
        stage: 'UNCLAIMED_IDEA',
        publicationState: 'PUBLISHED',
        isDemo: true,
        answers: [{ id: findingGid(finding) }],
      });
      const row = (await w.knex()('portrait').where('slug', payload.portrait.slug).first()) as any;
      expect(row.territory_id).toBe(w.live.territoryId);
      const { data } = await w.live.api.run(
        `query($id: ID!) { node(id: $id) { ... on Finding { answeredBy { id name } } } }`,
        { id: findingGid(finding) },
        anonymous,
      );
      expect(data!.node.answeredBy).toEqual([{ id: payload.portrait.id, name: 'Une crèche à horaires décalés' }]);
      // A second idea of the same name gets an address of its own; no title: the finding's.
      const second = await ok(
        w.live.api.run(SPAWN, { f: findingGid(finding), title: 'Une crèche à horaires décalés' }, w.viewers.admin),
        'spawnProjectIdea',
      );
      expect(second.portrait.slug).not.toBe(payload.portrait.slug);
      const untitled = await ok(w.live.api.run(SPAWN, { f: findingGid(finding) }, w.viewers.admin), 'spawnProjectIdea');
      expect(untitled.portrait.name).toBe('Un constat');
    } finally {
      await w.knex()('diagnosis').where('id', w.diagnosisId).update({ is_demo: false });
    }
  });

  it('only a retained finding gives rise to one; the public sees published answers only', async () => {
    const proposed = findingGid(await makeFinding(w));
    const result = await w.live.api.run(SPAWN, { f: proposed }, w.viewers.admin);
    expect(codes(result, 'spawnProjectIdea')).toEqual(['PROJECT_IDEA_NOT_RETAINED']);
    const finding = await makeFinding(w, { status: 'RETAINED' });
    const payload = await ok(w.live.api.run(SPAWN, { f: findingGid(finding) }, w.viewers.admin), 'spawnProjectIdea');
    await w.knex()('portrait').where('slug', payload.portrait.slug).update({ publication_state: 'DRAFT' });
    const read = async (viewer: (typeof w.viewers)[EvidenceRole]) =>
      (
        await w.live.api.run(
          `query($id: ID!) { node(id: $id) { ... on Finding { answeredBy { id } } } }`,
          { id: findingGid(finding) },
          viewer,
        )
      ).data!.node.answeredBy;
    expect(await read(anonymous)).toEqual([]);
    expect(await read(w.viewers.admin)).toEqual([{ id: payload.portrait.id }]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../src/shared/viewer.js';
import { act, ok, rawId, unique } from './support-live.js';
import { collect, connect } from './support-ws.js';
import {
  contributionGid,
  findingGid,
  makeFinding,
  openEvidenceWorld,
  published,
  replayDiagnosis,
  replayWorkshop,
  type EvidenceWorld,
} from './support-evidence.js';

/**
 * A contribution hidden after it was cited drops out of every read path for those who may not see
 * it — the finding's evidence and counts, `node`, `retainedIn`, the diagnosis's list, the
 * streams' replays — while the diagnosis's coordinators still see it, marked hidden. The marker
 * is checked present for them, so the test cannot pass vacuously.
 */

let w: EvidenceWorld;
let marker: string;
let hidden: string | undefined;
let kept: string | undefined;
let finding: string;
let slug: string;

const ATTACH = `mutation($f: ID!, $c: [ID!]!) { attachEvidence(findingId: $f, contributionIds: $c) { userErrors { code } } }`;
const FINDING = `query($id: ID!) { node(id: $id) { ... on Finding {
  evidenceCount participantCount organizationCount evidence { id body moderationState retainedIn { id evidenceCount } } } } }`;
const LIST = `query($slug: String!) { diagnosis(slug: $slug) { findings { id evidenceCount evidence { id body } } } }`;
const REPLAY = `subscription($d: ID!) { diagnosisEvents(diagnosisId: $d, afterSeq: 0) {
  seq type contributionIds finding { id evidenceCount participantCount evidence { id body } } } }`;
const NODE = `query($id: ID!) { node(id: $id) { ... on Contribution { id body retainedIn { id evidenceCount participantCount } } } }`;

beforeAll(async () => {
  w = await openEvidenceWorld({ server: true });
  marker = unique('MARQUEUR-CACHÉ');
  const organization = await w.live.make.organization({ territoryId: w.live.territoryId });
  [hidden] = await published(w, 1, `Un propos ${marker}`, {
    author: w.live.viewers.helper,
    organizationId: organization.id,
    voteCount: 5,
  });
  [kept] = await published(w, 1, 'Un propos qui reste.', { author: w.live.viewers.stakeholder });
  finding = await makeFinding(w, { status: 'RETAINED' });
  await ok(
    w.live.api.run(
      ATTACH,
      { f: findingGid(finding), c: [hidden!, kept!].map(contributionGid) },
      w.viewers.assignedCoordinator,
    ),
    'attachEvidence',
  );
  // The workshop's coordinator hides it afterwards.
  await act(w.live, w.live.viewers.coordinator, 'hide', { id: contributionGid(hidden!), reason: 'Propos injurieux' });
  slug = ((await w.knex()('diagnosis').where('id', w.diagnosisId).first()) as { slug: string }).slug;
});
afterAll(async () => {
  await w?.live.close();
});

const outsiders = (): [string, Viewer][] => [
  ['anonymous', w.viewers.anonymous],
  ['guest', w.viewers.guest],
  ['resident', w.viewers.resident],
  ['stakeholder', w.viewers.stakeholder],
  ['unassigned coordinator', w.viewers.unassignedCoordinator],
  // Its author sees it on the board, with the reason, but it backs no finding any more.
  ['author', w.live.viewers.helper],
];

async function read(query: string, variables: Record<string, unknown>, viewer: Viewer) {
  const result = await w.live.api.run(query, variables, viewer);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!;
}

describe('a contribution hidden after it was cited', () => {
  it('leaves the finding’s evidence and counts, the diagnosis’s list and `retainedIn` for outsiders', async () => {
    for (const [who, viewer] of outsiders()) {
      const data = await read(FINDING, { id: findingGid(finding) }, viewer);
      expect(
        data.node.evidence.map((e: any) => e.id),
        who,
      ).toEqual([contributionGid(kept!)]);
      expect(data.node, who).toMatchObject({ evidenceCount: 1, participantCount: 1, organizationCount: 0 });
      // Through the contribution still cited, the finding is counted as the public sees it.
      expect(data.node.evidence[0].retainedIn, who).toEqual([{ id: findingGid(finding), evidenceCount: 1 }]);
      const list = await read(LIST, { slug }, viewer);
      const listed = list.diagnosis.findings.find((f: any) => f.id === findingGid(finding));
      expect(listed, who).toMatchObject({ evidenceCount: 1, evidence: [{ id: contributionGid(kept!) }] });
      expect(JSON.stringify([data, list]), who).not.toContain(marker);
      const kept_ = await read(NODE, { id: contributionGid(kept!) }, viewer);
      expect(kept_.node.retainedIn, who).toEqual([{ id: findingGid(finding), evidenceCount: 1, participantCount: 1 }]);
    }
  });

  it('is not reached by `node` by those who may not see it', async () => {
    for (const [who, viewer] of outsiders().filter(([who]) => who !== 'author')) {
      expect((await read(NODE, { id: contributionGid(hidden!) }, viewer)).node, who).toBeNull();
    }
  });

  it('is not named in the streams’ replays to outsiders', async () => {
    for (const [who, viewer] of outsiders()) {
      const events = await replayDiagnosis(w, viewer);
      const attached = events.filter((e) => e.type === 'EVIDENCE_ATTACHED');
      expect(attached, who).toHaveLength(1);
      expect(attached[0].contributionIds, who).toEqual([contributionGid(kept!)]);
      expect(JSON.stringify(events), who).not.toContain(rawId(contributionGid(hidden!)));
      if (who === 'author') continue;
      const board = await replayWorkshop(w, rawId(w.live.workshopId), viewer);
      expect(JSON.stringify(board), who).not.toContain(marker);
    }
  });

  it('is still seen by the diagnosis’s coordinators, marked hidden, in every one of those paths', async () => {
    for (const [who, viewer] of [
      ['assigned coordinator', w.viewers.assignedCoordinator],
      ['admin', w.viewers.admin],
    ] as const) {
      const data = await read(FINDING, { id: findingGid(finding) }, viewer);
      expect(data.node, who).toMatchObject({ evidenceCount: 2, participantCount: 2, organizationCount: 1 });
      // Most supported first.
      expect(data.node.evidence[0], who).toMatchObject({
        id: contributionGid(hidden!),
        body: `Un propos ${marker}`,
        moderationState: 'HIDDEN',
      });
      const list = await read(LIST, { slug }, viewer);
      expect(JSON.stringify(list), who).toContain(marker);
      const events = await replayDiagnosis(w, viewer);
      const attached = events.find((e) => e.type === 'EVIDENCE_ATTACHED');
      expect([...attached.contributionIds].sort(), who).toEqual([hidden!, kept!].map(contributionGid).sort());
    }
    // Those who run the workshop read it by `node`, and where it is retained.
    for (const viewer of [w.live.viewers.coordinator, w.viewers.admin]) {
      const data = await read(NODE, { id: contributionGid(hidden!) }, viewer);
      expect(data.node.body).toContain(marker);
      expect(data.node.retainedIn.map((f: any) => f.id)).toEqual([findingGid(finding)]);
    }
  });

  it('is not named nor read in `diagnosisEvents` replayed from 0 over a websocket, but for coordinators', async () => {
    const server = w.live.server!;
    for (const [who, viewer, insider] of [
      ['anonymous', w.viewers.anonymous, false],
      ['resident', w.viewers.resident, false],
      ['assigned coordinator', w.viewers.assignedCoordinator, true],
    ] as const) {
      const client = connect(server.wsUrl, await server.cookieFor(viewer));
      try {
        const sub = collect(client, REPLAY, { d: w.diagnosisGid });
        // The replay ends with a PRESENCE frame.
        await sub.until((s) => s.events.some((e) => e.type === 'PRESENCE'), `${who}: the end of the replay`);
        expect(sub.errors, who).toEqual([]);
        const attached = sub.events.find((e) => e.type === 'EVIDENCE_ATTACHED');
        const text = JSON.stringify(sub.events);
        if (insider) {
          expect([...attached.contributionIds].sort(), who).toEqual([hidden!, kept!].map(contributionGid).sort());
          expect(attached.finding.evidenceCount, who).toBe(2);
          expect(text, who).toContain(marker);
        } else {
          expect(attached.contributionIds, who).toEqual([contributionGid(kept!)]);
          expect(attached.finding).toMatchObject({ evidenceCount: 1, participantCount: 1 });
          expect(text, who).not.toContain(marker);
          expect(text, who).not.toContain(contributionGid(hidden!));
        }
      } finally {
        await client.dispose();
      }
    }
  });
});

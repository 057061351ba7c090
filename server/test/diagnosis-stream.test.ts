import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../src/context.js';
import { writeInDiagnosis } from '../src/diagnosis/diagnosis.writer.js';
import { DiagnosisEventType } from '../src/diagnosis/diagnosis-event.type.js';
import { DiagnosisStatus } from '../src/diagnosis/diagnosis.entity.js';
import { codeOf, collect, connect, stored } from './support-ws.js';
import { move, openDiagnosisWorld, type DiagnosisWorld } from './support-diagnosis.js';

/**
 * A diagnosis's live stream over a real websocket: numbered events, resuming after the last number
 * seen (exactly what was missed, once, then live), and a draft's events for its coordinators only.
 */
let world: DiagnosisWorld;
let wsUrl: string;
beforeAll(async () => {
  world = await openDiagnosisWorld({ server: true });
  wsUrl = world.server!.wsUrl;
});
afterAll(async () => {
  await world?.close();
});

const EVENTS = `subscription($d: ID!, $afterSeq: Int) { diagnosisEvents(diagnosisId: $d, afterSeq: $afterSeq) { seq type diagnosisStatus reason connectedCount } }`;
const LAST_SEQ = `query($slug: String!) { diagnosis(slug: $slug) { lastSeq } }`;
const cookie = async (role: 'coordinator' | 'resident' | 'otherCoordinator') =>
  world.server!.cookieFor((await world.viewers())[role]);
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('diagnosisEvents', () => {
  it('numbers each move of the diagnosis, after a PRESENCE frame telling where the stream stands', async () => {
    const { id, slug } = await world.diagnosis('DRAFT');
    await move(world, 'openConsultation', id);
    const client = connect(wsUrl, await cookie('resident'));
    try {
      const sub = collect(client, EVENTS, { d: id });
      await sub.until((s) => s.events.length > 0, 'the first PRESENCE frame');
      expect(sub.events[0]).toMatchObject({ type: 'PRESENCE', seq: 1, connectedCount: 1 });
      await move(world, 'validateDiagnosis', id, 'Signé.');
      await move(world, 'reopenDiagnosis', id, 'Un oubli.');
      await sub.until((s) => stored(s.events).length >= 2, 'two moves');
      expect(stored(sub.events)).toEqual([
        {
          seq: 2,
          type: 'DIAGNOSIS_STATUS_CHANGED',
          diagnosisStatus: 'VALIDATED',
          reason: 'Signé.',
          connectedCount: null,
        },
        {
          seq: 3,
          type: 'DIAGNOSIS_STATUS_CHANGED',
          diagnosisStatus: 'CONSULTATION',
          reason: 'Un oubli.',
          connectedCount: null,
        },
      ]);
      const { data } = await world.api.run(LAST_SEQ, { slug });
      expect(data!.diagnosis.lastSeq).toBe(3);
    } finally {
      await client.dispose();
    }
  });

  it('replays what a reconnecting page missed, once, then follows live', async () => {
    const { id } = await world.diagnosis('DRAFT');
    await move(world, 'openConsultation', id);
    const first = connect(wsUrl, await cookie('resident'));
    const sub = collect(first, EVENTS, { d: id, afterSeq: 0 });
    await sub.until((s) => stored(s.events).length >= 1, 'the consultation opening, replayed');
    const lastSeen = stored(sub.events).at(-1)!.seq as number;
    await first.dispose();

    await move(world, 'validateDiagnosis', id);
    await move(world, 'archiveDiagnosis', id);
    const again = connect(wsUrl, await cookie('resident'));
    try {
      const back = collect(again, EVENTS, { d: id, afterSeq: lastSeen });
      await back.until((s) => s.events.some((e) => e.type === 'PRESENCE'), 'the end of the replay');
      const replayed = stored(back.events).map((e) => e.seq);
      expect(replayed).toEqual(range(lastSeen + 1, lastSeen + 2));
      await move(world, 'reopenDiagnosis', id, 'Une suite.');
      await back.until((s) => stored(s.events).length >= 3, 'the live move');
      expect(stored(back.events).map((e) => [e.seq, e.diagnosisStatus])).toEqual([
        [lastSeen + 1, 'VALIDATED'],
        [lastSeen + 2, 'ARCHIVED'],
        [lastSeen + 3, 'CONSULTATION'],
      ]);
    } finally {
      await again.dispose();
    }
  });

  it('gives a draft’s events to its coordinators only, and a draft’s stream to nobody else', async () => {
    const { id, rawId } = await world.diagnosis('DRAFT');
    // What the findings' writes store while it is a draft: an event saying so.
    await writeInDiagnosis(
      createContext(world.orm.em, (await world.viewers()).coordinator, world.server!.live),
      rawId,
      async ({ emit }) =>
        emit(DiagnosisEventType.DIAGNOSIS_STATUS_CHANGED, () =>
          Promise.resolve({ diagnosisStatus: DiagnosisStatus.DRAFT, reason: 'Marqueur de brouillon' }),
        ),
    );
    const outsider = connect(wsUrl, await cookie('otherCoordinator'));
    try {
      const refused = collect(outsider, EVENTS, { d: id });
      await refused.until((s) => s.errors.length > 0 || s.completed, 'the refusal');
      expect(refused.errors.map(codeOf)).toEqual(['NOT_FOUND']);
    } finally {
      await outsider.dispose();
    }

    await move(world, 'openConsultation', id);
    const resident = connect(wsUrl, await cookie('resident'));
    const coordinator = connect(wsUrl, await cookie('coordinator'));
    try {
      const theirs = collect(resident, EVENTS, { d: id, afterSeq: 0 });
      const staff = collect(coordinator, EVENTS, { d: id, afterSeq: 0 });
      for (const sub of [theirs, staff])
        await sub.until((s) => s.events.some((e) => e.type === 'PRESENCE'), 'replayed');
      expect(stored(staff.events).map((e) => [e.seq, e.diagnosisStatus])).toEqual([
        [1, 'DRAFT'],
        [2, 'CONSULTATION'],
      ]);
      expect(stored(theirs.events).map((e) => [e.seq, e.diagnosisStatus])).toEqual([[2, 'CONSULTATION']]);
    } finally {
      await resident.dispose();
      await coordinator.dispose();
    }
  });

  it('answers NOT_FOUND for a diagnosis that does not exist, and refuses a negative afterSeq', async () => {
    const client = connect(wsUrl);
    try {
      const unknown = collect(client, EVENTS, {
        d: Buffer.from('Diagnosis:00000000-0000-4000-8000-000000000009').toString('base64url'),
      });
      await unknown.until((s) => s.errors.length > 0 || s.completed, 'the refusal');
      expect(unknown.errors.map(codeOf)).toEqual(['NOT_FOUND']);
      const { id } = await world.diagnosis('CONSULTATION');
      const negative = collect(client, EVENTS, { d: id, afterSeq: -1 });
      await negative.until((s) => s.errors.length > 0 || s.completed, 'the refusal');
      expect(negative.errors.map(codeOf)).toEqual(['BAD_USER_INPUT']);
    } finally {
      await client.dispose();
    }
  });
});

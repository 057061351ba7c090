/* eslint-disable @typescript-eslint/no-explicit-any -- tests read loosely typed GraphQL results */
import { expect } from 'vitest';
import type { Viewer } from '../src/shared/viewer.js';
import { streamKinds } from '../src/features.js';
import { readAfter } from '../src/live/stream.store.js';
import { diagnosisStream } from '../src/diagnosis/diagnosis.events.js';
import { workshopStream } from '../src/workshops/workshop.events.js';
import { viewerOfPerson } from '../src/test-support/viewers.js';
import { gid, openLive, rawId, type Live } from './support-live.js';

/** The roles the findings' actions are tried with. */
export const EVIDENCE_ROLES = [
  'anonymous',
  'guest',
  'resident',
  'stakeholder',
  'unassignedCoordinator',
  'assignedCoordinator',
  'admin',
] as const;
export type EvidenceRole = (typeof EVIDENCE_ROLES)[number];
export const DIAGNOSIS_COORDINATORS: EvidenceRole[] = ['assignedCoordinator', 'admin'];
export const SIGNED_IN: EvidenceRole[] = [
  'resident',
  'stakeholder',
  'unassignedCoordinator',
  'assignedCoordinator',
  'admin',
];

export interface EvidenceWorld {
  live: Live;
  /** The live workshop's territory's diagnosis, in consultation (raw id). */
  diagnosisId: string;
  diagnosisGid: string;
  /** Its coordinator: assigned to the diagnosis only, running no workshop (raw id). */
  assignedId: string;
  viewers: Record<EvidenceRole, Viewer>;
  knex(): ReturnType<Live['orm']['em']['getKnex']>;
}

/**
 * The live workshop of `openLive` (OPEN mode) and a diagnosis of its territory in consultation,
 * assigned to a coordinator who runs no workshop: what they see of evidence comes from the
 * evidence rule alone, never from moderating the workshop.
 */
export async function openEvidenceWorld(options: { server?: boolean } = {}): Promise<EvidenceWorld> {
  const live = await openLive({ mode: 'OPEN', server: options.server });
  const knex = () => live.orm.em.getKnex();
  const made = await live.make.diagnosis(live.territoryId, { status: 'CONSULTATION', findings: 0 });
  const assigned = await live.make.person({ role: 'COORDINATOR' });
  await knex()('diagnosis_coordinator').insert({ diagnosis_id: made.id, person_id: assigned.id });
  const viewers: Record<EvidenceRole, Viewer> = {
    anonymous: live.viewers.anonymous,
    guest: live.viewers.guest,
    resident: live.viewers.resident,
    stakeholder: live.viewers.stakeholder,
    unassignedCoordinator: live.viewers.otherCoordinator,
    assignedCoordinator: await viewerOfPerson(knex(), assigned.id),
    admin: live.viewers.admin,
  };
  return {
    live,
    diagnosisId: made.id,
    diagnosisGid: gid('Diagnosis', made.id),
    assignedId: assigned.id,
    viewers,
    knex,
  };
}

/** A finding of the diagnosis, as a coordinator writes it (raw id). */
export async function makeFinding(
  world: EvidenceWorld,
  options: { status?: string; awaitingReview?: boolean; diagnosisId?: string } = {},
): Promise<string> {
  const diagnosisId = options.diagnosisId ?? world.diagnosisId;
  const [row] = (await world
    .knex()('finding')
    .insert({
      id: crypto.randomUUID(),
      diagnosis_id: diagnosisId,
      title: 'Un constat',
      statement: 'Ce que le quartier dit.',
      status: options.status ?? 'PROPOSED',
      awaiting_review: options.awaitingReview ?? false,
      version: 1,
      created_at: new Date(),
      updated_at: new Date(),
    })
    .returning('id')) as { id: string }[];
  return row!.id;
}

/** Published contributions of the live workshop, with a marker in their text (raw ids). */
export async function published(world: EvidenceWorld, count: number, body?: string, options: Record<string, any> = {}) {
  return world.live.make.contributions(rawId(world.live.workshopId), count, { body, ...options });
}

/** The diagnosis's stored events after `after`, as `viewer` would receive them replayed. */
export async function replayDiagnosis(world: EvidenceWorld, viewer: Viewer, after = 0) {
  return replay(world, diagnosisStream(world.diagnosisId), viewer, after);
}

/** A workshop's stored events after `after`, as `viewer` would receive them replayed. */
export async function replayWorkshop(world: EvidenceWorld, workshopId: string, viewer: Viewer, after = 0) {
  return replay(world, workshopStream(workshopId), viewer, after);
}

async function replay(world: EvidenceWorld, stream: ReturnType<typeof diagnosisStream>, viewer: Viewer, after: number) {
  const events = await readAfter(world.knex(), stream, after, 1000);
  await streamKinds.addReplayState(world.knex(), events);
  return events.map((e) => streamKinds.eventFor(viewer, e)).filter((e): e is any => e !== null);
}

/** Asserts an operation was refused with FORBIDDEN or UNAUTHENTICATED, or answered as not found. */
export function expectDenied(result: { errors?: readonly any[] }, what: string) {
  expect(
    ['FORBIDDEN', 'UNAUTHENTICATED', 'NOT_FOUND'],
    `${what}: expected a refusal, got ${JSON.stringify(result)}`,
  ).toContain(result.errors?.[0]?.extensions?.code);
}

export const findingGid = (id: string) => gid('Finding', id);
export const contributionGid = (id: string) => gid('Contribution', id);

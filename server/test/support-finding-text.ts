/* eslint-disable @typescript-eslint/no-explicit-any -- tests read loosely typed GraphQL results */
import { expect } from 'vitest';
import type { Database } from '../src/database.js';
import { openTestDatabase } from '../src/test-support/database.js';
import { createTestApi } from '../src/test-support/api.js';
import { factories, type Factories } from '../src/test-support/factories/index.js';
import { PlatformRole } from '../src/people/person.entity.js';
import { anonymous, type Viewer } from '../src/shared/viewer.js';
import { viewerOfPerson } from '../src/test-support/viewers.js';
import { gid, ok, unique, type Api } from './support-live.js';

/** Who the tests of findings' text act as: every role, the assigned coordinator apart from one of the platform. */
export const TEXT_ROLES = [
  'anonymous',
  'guest',
  'resident',
  'stakeholder',
  'otherCoordinator',
  'coordinator',
  'admin',
] as const;
export type TextRole = (typeof TEXT_ROLES)[number];

export interface TextWorld {
  db: Database;
  api: Api;
  make: Factories;
  viewers: Record<TextRole, Viewer>;
  territoryId: string;
  themes: string[];
  neighbourhoods: string[];
  /** A published contribution of one of the territory's workshops (raw id). */
  contributionId: string;
  /** A diagnosis of the territory in this status, with `coordinator` assigned to it (global id). */
  diagnosis(status: 'DRAFT' | 'CONSULTATION' | 'VALIDATED' | 'ARCHIVED'): Promise<string>;
  close(): Promise<void>;
}

export const FINDING_FIELDS = /* GraphQL */ `
  id kind title statement statementHtml priority status position version awaitingReview
  mergedInto { id } proposedBy { id displayName } lastChangedBy { displayName } lastChangedAt
  themes { slug } neighbourhoods { slug } viewerCanEdit viewerCanSuggest
`;

export const PROPOSE = `mutation($input: ProposeFindingInput!) {
  proposeFinding(input: $input) { finding { ${FINDING_FIELDS} } userErrors { code field message } }
}`;
export const UPDATE = `mutation($input: UpdateFindingInput!) {
  updateFinding(input: $input) { finding { ${FINDING_FIELDS} } userErrors { code field message } }
}`;
export const FINDING = `query($id: ID!) { node(id: $id) { ... on Finding { ${FINDING_FIELDS} } } }`;

/** A fresh database: a territory with themes and neighbourhoods, a person of each role, a published contribution. */
export async function openTextWorld(): Promise<TextWorld> {
  const db = await openTestDatabase();
  const make = factories(db.orm);
  const api = await createTestApi(db.orm);
  const themes = await make.themes(3);
  const territory = await make.territory({ neighbourhoods: 2, themeIds: themes.map((t) => t.id) });
  const people = {
    resident: await make.person({ role: PlatformRole.RESIDENT }),
    stakeholder: await make.person({ role: PlatformRole.STAKEHOLDER }),
    otherCoordinator: await make.person({ role: PlatformRole.COORDINATOR }),
    coordinator: await make.person({ role: PlatformRole.COORDINATOR, displayName: 'Awa Coordinatrice' }),
    admin: await make.person({ role: PlatformRole.ADMIN }),
  };
  const workshop = await make.workshop({ territoryId: territory.id, status: 'CLOSED' });
  const [contribution] = await make.contributions(workshop.id, 1, { state: 'PUBLISHED' });
  const knex = db.orm.em.getKnex();
  const live = await make.workshop({ status: 'LIVE' });
  const viewers = { anonymous, guest: await make.guest(live.id) } as Record<TextRole, Viewer>;
  const refresh = async () => {
    for (const [role, p] of Object.entries(people)) viewers[role as TextRole] = await viewerOfPerson(knex, p.id);
  };
  await refresh();
  return {
    db,
    api,
    make,
    viewers,
    territoryId: territory.id,
    themes: themes.map((t) => t.slug),
    neighbourhoods: territory.neighbourhoods.map((n) => n.slug),
    contributionId: contribution!,
    async diagnosis(status) {
      const made = await make.diagnosis(territory.id, { status, findings: 0 });
      // As assignDiagnosisCoordinator stores it; the viewers read their diagnoses with the session.
      await knex('diagnosis_coordinator').insert({ diagnosis_id: made.id, person_id: people.coordinator.id });
      await refresh();
      return gid('Diagnosis', made.id);
    },
    close: async () => {
      await api.stop();
      await db.close();
    },
  };
}

/** A finding written by the assigned coordinator (the diagnosis in draft or consultation). */
export async function writeFinding(w: TextWorld, diagnosisId: string, extra: Record<string, unknown> = {}) {
  const payload = await ok(
    w.api.run(
      PROPOSE,
      {
        input: {
          diagnosisId,
          kind: 'UNMET_NEED',
          title: unique('Constat'),
          statement: 'Les jeunes du quartier manquent de lieux pour se retrouver.',
          ...extra,
        },
      },
      w.viewers.coordinator,
    ),
    'proposeFinding',
  );
  expect(payload.finding?.id).toBeTruthy();
  return payload.finding as any;
}

/** The finding as `viewer` reads it through `node`, or null. */
export async function readFinding(w: TextWorld, id: string, viewer: Viewer = w.viewers.coordinator) {
  const { data, errors } = await w.api.run<{ node: any }>(FINDING, { id }, viewer);
  expect(errors).toBeUndefined();
  return data!.node;
}

/* eslint-disable @typescript-eslint/no-explicit-any -- tests read loosely typed GraphQL results */
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Database } from '../src/database.js';
import { openTestDatabase } from '../src/test-support/database.js';
import { createTestApi } from '../src/test-support/api.js';
import { factories, type Factories, type MadePerson } from '../src/test-support/factories/index.js';
import { startTestServer, type TestServer } from '../src/test-support/server.js';
import { PlatformRole } from '../src/people/person.entity.js';
import { anonymous, type Viewer } from '../src/shared/viewer.js';
import type { DiagnosisStatus } from '../src/diagnosis/diagnosis.entity.js';
import { gid, type Api } from './support-live.js';

/** The roles a diagnosis's operations are tried with. */
export const DIAGNOSIS_ROLES = [
  'anonymous',
  'guest',
  'resident',
  'stakeholder',
  'otherCoordinator',
  'coordinator',
  'admin',
] as const;
export type DiagnosisRole = (typeof DIAGNOSIS_ROLES)[number];

type PersonRole = Exclude<DiagnosisRole, 'anonymous' | 'guest'>;
const PERSON_ROLES: Record<PersonRole, PlatformRole> = {
  resident: PlatformRole.RESIDENT,
  stakeholder: PlatformRole.STAKEHOLDER,
  // A coordinator of the platform not assigned to the diagnoses under test.
  otherCoordinator: PlatformRole.COORDINATOR,
  coordinator: PlatformRole.COORDINATOR,
  admin: PlatformRole.ADMIN,
};

export interface DiagnosisWorld {
  db: Database;
  orm: MikroORM;
  api: Api;
  make: Factories;
  people: Record<PersonRole, MadePerson>;
  /** A territory with two neighbourhoods, its three themes, and a live workshop (whose guest is `guest`). */
  territory: { id: string; slug: string; neighbourhoods: { id: string; slug: string }[] };
  themes: { id: string; slug: string }[];
  workshopId: string;
  guest: Viewer;
  server: TestServer | undefined;
  /** A diagnosis of the territory that `coordinator` is assigned to: its global id and slug. */
  diagnosis(status?: `${DiagnosisStatus}`): Promise<{ id: string; rawId: string; slug: string }>;
  /** Each role's viewer as a session would read it now (the diagnoses it coordinates included). */
  viewers(): Promise<Record<DiagnosisRole, Viewer>>;
  close(): Promise<void>;
}

export async function openDiagnosisWorld(options: { server?: boolean } = {}): Promise<DiagnosisWorld> {
  const db = await openTestDatabase();
  const make = factories(db.orm);
  const server = options.server ? await startTestServer(db.orm) : undefined;
  const api = await createTestApi(db.orm, server?.live);
  const themes = await make.themes(3);
  const territory = await make.territory({ neighbourhoods: 2, themeIds: themes.map((t) => t.id) });
  const people = {} as Record<PersonRole, MadePerson>;
  for (const [name, role] of Object.entries(PERSON_ROLES) as [PersonRole, PlatformRole][]) {
    people[name] = await make.person({ role });
  }
  const workshop = await make.workshop({ territoryId: territory.id, coordinatorIds: [people.coordinator.id] });
  const guest = await make.guest(workshop.id, 'Invitée');
  return {
    db,
    orm: db.orm,
    api,
    make,
    people,
    territory,
    themes,
    workshopId: workshop.id,
    guest,
    server,
    async diagnosis(status = 'DRAFT') {
      const made = await make.diagnosis(territory.id, { status, findings: 0, coordinatorIds: [people.coordinator.id] });
      return { id: gid('Diagnosis', made.id), rawId: made.id, slug: made.slug };
    },
    async viewers() {
      const viewers = { anonymous, guest } as Record<DiagnosisRole, Viewer>;
      for (const name of Object.keys(PERSON_ROLES) as PersonRole[]) viewers[name] = await people[name].viewer();
      return viewers;
    },
    async close() {
      await api.stop();
      await server?.stop();
      await db.close();
    },
  };
}

export const DIAGNOSIS_FIELDS = /* GraphQL */ `
  id slug period status periodStart periodEnd validatedAt lastSeq
  viewerCanCoordinate viewerDiagnosisMoves viewerCanContribute viewerCanPropose
  coordinators { id }
  consultation { id kind status moderationMode coordinators { id } }
  transitions { fromStatus toStatus reason actor { id } }
`;

/** The mutation of a move of a diagnosis's life. */
export const MOVE = (field: string) =>
  `mutation($d: ID!, $reason: String${field === 'reopenDiagnosis' ? '!' : ''}) { ${field}(diagnosisId: $d, reason: $reason) { diagnosis { ${DIAGNOSIS_FIELDS} } userErrors { code field message } } }`;

export const POST_TO_CONSULTATION = /* GraphQL */ `
  mutation ($input: PostDiagnosisContributionInput!) {
    postDiagnosisContribution(input: $input) {
      contribution {
        id
        body
        kind
        moderationState
        neighbourhood {
          slug
        }
        themes {
          slug
        }
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`;

/** Moves a diagnosis as its coordinator would, asserting success; returns the diagnosis. */
export async function move(world: DiagnosisWorld, field: string, diagnosisId: string, reason?: string): Promise<any> {
  const viewers = await world.viewers();
  const result = await world.api.run(MOVE(field), { d: diagnosisId, reason }, viewers.coordinator);
  if (result.errors || result.data![field].userErrors.length > 0) {
    throw new Error(`${field}: ${JSON.stringify(result.errors ?? result.data![field].userErrors)}`);
  }
  return result.data![field].diagnosis;
}

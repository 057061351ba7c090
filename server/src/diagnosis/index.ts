import type { Knex } from '@mikro-orm/postgresql';
import type { Feature } from '../shared/feature.js';
import type { Viewer } from '../shared/viewer.js';
import { Diagnosis, DiagnosisTransition } from './diagnosis.entity.js';
import { DiagnosisResolver, DiagnosisTransitionResolver } from './diagnosis.resolver.js';
import { DiagnosisLifecycleResolver } from './diagnosis-lifecycle.resolver.js';
import {
  DiagnosisFiguresResolver,
  DiagnosisParticipationResolver,
  MatrixCellResolver,
} from './diagnosis-participation.resolver.js';
import { DiagnosisWorkshopResolver } from './diagnosis-workshop.resolver.js';
import { DiagnosisStreamResolver } from './diagnosis-stream.resolver.js';
import { createDiagnosisLoaders } from './diagnosis.loaders.js';
import { createParticipationLoaders } from './diagnosis-participation.loaders.js';
import { diagnosisEvents } from './diagnosis.events.js';

function createLoaders(knex: Knex, viewer: Viewer) {
  return { ...createDiagnosisLoaders(knex, viewer), ...createParticipationLoaders(knex, viewer) };
}

/** A territory's shared diagnosis: its life, its coordinators, its consultation and its stream. */
export const diagnosis = {
  entities: [Diagnosis, DiagnosisTransition],
  resolvers: [
    DiagnosisResolver,
    DiagnosisTransitionResolver,
    DiagnosisLifecycleResolver,
    DiagnosisFiguresResolver,
    DiagnosisParticipationResolver,
    MatrixCellResolver,
    DiagnosisWorkshopResolver,
    DiagnosisStreamResolver,
  ],
  loaders: createLoaders,
  streams: [diagnosisEvents],
  nodes: { Diagnosis: (l) => l.diagnosisById },
} satisfies Feature;

declare module '../shared/context.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges this feature's loaders into Loaders
  interface Loaders extends ReturnType<typeof createLoaders> {}
}

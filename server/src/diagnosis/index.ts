import type { Feature } from '../shared/feature.js';
import { Diagnosis, DiagnosisTransition } from './diagnosis.entity.js';
import { DiagnosisResolver } from './diagnosis.resolver.js';
import { createDiagnosisLoaders } from './diagnosis.loaders.js';
import { diagnosisEvents } from './diagnosis.events.js';

/** A territory's shared diagnosis: its life, its coordinators, its consultation and its stream. */
export const diagnosis = {
  entities: [Diagnosis, DiagnosisTransition],
  resolvers: [DiagnosisResolver],
  loaders: createDiagnosisLoaders,
  streams: [diagnosisEvents],
  nodes: { Diagnosis: (l) => l.diagnosisById },
} satisfies Feature;

declare module '../shared/context.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges this feature's loaders into Loaders
  interface Loaders extends ReturnType<typeof createDiagnosisLoaders> {}
}

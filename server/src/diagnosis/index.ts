import type { Feature } from '../shared/feature.js';
import { Diagnosis, Finding, FindingEvidence } from './diagnosis.entity.js';
import { DiagnosisResolver, FindingResolver } from './diagnosis.resolver.js';
import { createDiagnosisLoaders } from './diagnosis.loaders.js';

/** A territory's shared diagnosis and its findings. */
export const diagnosis = {
  entities: [Diagnosis, Finding, FindingEvidence],
  resolvers: [DiagnosisResolver, FindingResolver],
  loaders: createDiagnosisLoaders,
  nodes: { Diagnosis: (l) => l.diagnosisById, Finding: (l) => l.findingById },
} satisfies Feature;

declare module '../shared/context.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges this feature's loaders into Loaders
  interface Loaders extends ReturnType<typeof createDiagnosisLoaders> {}
}

import { Diagnosis, DiagnosisStatus } from '../../diagnosis/diagnosis.entity.js';
import { Finding, FindingEvidence } from '../../findings/finding.entity.js';
import { Story } from '../../stories/story.entity.js';
import { build, type Maker } from './base.js';

export interface MadeDiagnosis {
  id: string;
  slug: string;
  findingIds: string[];
}

/**
 * A diagnosis of a territory with `findings` findings, each citing every contribution in
 * `evidence` and linked to the given themes, neighbourhoods and stories.
 */
export async function diagnosis(
  m: Maker,
  territoryId: string,
  options: {
    status?: `${DiagnosisStatus}`;
    findings?: number;
    evidence?: string[];
    themeIds?: string[];
    neighbourhoodIds?: string[];
    storyIds?: string[];
    /** Its territory coordinators. */
    coordinatorIds?: string[];
    /** "2026" or "2026-2027" (else a unique one); its first and last days follow. */
    period?: string;
  } = {},
): Promise<MadeDiagnosis> {
  const em = m.em();
  const id = m.id();
  const slug = m.unique('diagnostic');
  const status = (options.status ?? 'VALIDATED') as DiagnosisStatus;
  const [first, last] = options.period ? options.period.split('-') : ['2025'];
  const made = build(em, Diagnosis, {
    id,
    slug,
    territory: territoryId,
    title: `Diagnostic ${slug}`,
    period: options.period ?? slug,
    periodStart: `${first}-01-01`,
    periodEnd: `${last ?? first}-12-31`,
    status,
    validatedAt: status === DiagnosisStatus.VALIDATED ? new Date() : undefined,
    coordinators: options.coordinatorIds,
  });
  const findings = Array.from({ length: options.findings ?? 1 }, (_, position) =>
    build(em, Finding, {
      id: m.id(),
      diagnosis: made,
      position,
      title: `Constat ${position + 1}`,
      statement: 'Un besoin constaté.',
      themes: options.themeIds,
      neighbourhoods: options.neighbourhoodIds,
    }),
  );
  for (const finding of findings) {
    for (const contribution of options.evidence ?? []) build(em, FindingEvidence, { finding, contribution });
  }
  // A story holds its findings (the owning side of story_finding).
  if (findings.length > 0 && options.storyIds?.length) {
    for (const story of await em.find(Story, options.storyIds, { populate: ['findings'] }))
      story.findings.add(findings);
  }
  await em.flush();
  return { id, slug, findingIds: findings.map((f) => f.id) };
}

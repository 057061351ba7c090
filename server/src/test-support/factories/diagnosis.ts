import type { DiagnosisStatus } from '../../diagnosis/diagnosis.entity.js';
import type { Maker } from './base.js';

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
  } = {},
): Promise<MadeDiagnosis> {
  const id = m.id();
  const slug = m.unique('diagnostic');
  const status = options.status ?? 'VALIDATED';
  await m.knex('diagnosis').insert({
    id,
    slug,
    territory_id: territoryId,
    title: `Diagnostic ${slug}`,
    period_start: '2025-01-01',
    period_end: '2025-12-31',
    status,
    validated_at: status === 'VALIDATED' ? new Date() : null,
  });
  const findingIds = Array.from({ length: options.findings ?? 1 }, () => m.id());
  if (findingIds.length === 0) return { id, slug, findingIds };
  await m.knex('finding').insert(
    findingIds.map((findingId, position) => ({
      id: findingId,
      diagnosis_id: id,
      position,
      title: `Constat ${position + 1}`,
      statement: 'Un besoin constaté.',
    })),
  );
  const links = [
    ['finding_evidence', 'contribution_id', options.evidence],
    ['finding_theme', 'theme_id', options.themeIds],
    ['finding_neighbourhood', 'neighbourhood_id', options.neighbourhoodIds],
    ['story_finding', 'story_id', options.storyIds],
  ] as const;
  for (const [table, column, ids] of links) {
    if (!ids?.length) continue;
    await m
      .knex(table)
      .insert(findingIds.flatMap((finding_id) => ids.map((other) => ({ finding_id, [column]: other }))));
  }
  return { id, slug, findingIds };
}

import type { Context } from '../shared/context.js';
import { notFound } from '../shared/errors.js';
import type { DiagnosisType } from './diagnosis.type.js';

export const diagnosisService = {
  async bySlug(ctx: Context, slug: string): Promise<DiagnosisType> {
    const row = await ctx.knex('diagnosis').select('id').where('slug', slug).first();
    const diagnosis = row ? await ctx.loaders.diagnosisById.load((row as { id: string }).id) : null;
    if (!diagnosis) throw notFound(`Diagnosis "${slug}"`);
    return diagnosis;
  },

  /** The diagnosis of a territory for a period, as its address names them; null when unknown or not visible. */
  async ofTerritory(ctx: Context, territorySlug: string, period: string): Promise<DiagnosisType | null> {
    const row = (await ctx
      .knex('diagnosis as d')
      .join('territory as t', 't.id', 'd.territory_id')
      .select('d.id')
      .where({ 't.slug': territorySlug, 'd.period': period.trim() })
      .first()) as { id: string } | undefined;
    return row ? ctx.loaders.diagnosisById.load(row.id) : null;
  },
};

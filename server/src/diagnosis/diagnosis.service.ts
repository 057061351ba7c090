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
};

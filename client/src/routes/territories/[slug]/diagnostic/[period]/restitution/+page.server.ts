import { DiagnosisRestitution } from '$lib/diagnosis/restitution.query';
import { found, query } from '$lib/server/graphql';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { slug, period } = event.params;
  const result = await query(event, DiagnosisRestitution, { territorySlug: slug, period });
  return { diagnosis: found(result.territoryDiagnosis) };
};

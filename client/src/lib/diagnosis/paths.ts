import { resolve } from '$app/paths';

/** The page of one finding of a diagnosis. */
export function findingPath(territorySlug: string, period: string, findingId: string) {
  return resolve('/territories/[slug]/diagnostic/[period]/constats/[id]', {
    slug: territorySlug,
    period,
    id: findingId,
  });
}

/** Where a retained contribution's mark leads: the finding, in the diagnosis it belongs to. */
export function retainedPath(finding: { id: string; diagnosis: { period: string; territory: { slug: string } } }) {
  return findingPath(finding.diagnosis.territory.slug, finding.diagnosis.period, finding.id);
}

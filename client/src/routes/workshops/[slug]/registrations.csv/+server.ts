import { error } from '@sveltejs/kit';
import { graphql } from '$lib/graphql/generated';
import { found, query } from '$lib/server/graphql';
import { csvFile } from '$lib/workshops/csv';
import type { RequestHandler } from './$types';

const WorkshopRegistrationsExport = graphql(`
  query WorkshopRegistrationsExport($slug: String!) {
    workshop(slug: $slug) {
      slug
      viewerCanEdit
      registrations {
        displayName
        email
        organizationName
        registeredAt
      }
    }
  }
`);

/** Who registered, for the workshop's coordinators: read through the API, which lists them to those only. */
export const GET: RequestHandler = async (event) => {
  const w = found((await query(event, WorkshopRegistrationsExport, { slug: event.params.slug })).workshop);
  if (!w.viewerCanEdit) error(403, 'Forbidden');
  const fr = event.locals.lang !== 'en';
  const header = fr
    ? ['Nom', 'Courriel', 'Organisation', 'Inscription']
    : ['Name', 'Email', 'Organization', 'Registered at'];
  const rows = w.registrations.map((r) => [
    r.displayName,
    r.email ?? '',
    r.organizationName ?? '',
    new Date(r.registeredAt as string).toISOString(),
  ]);
  return new Response(csvFile([header, ...rows]), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="inscriptions-${w.slug}.csv"`,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    },
  });
};

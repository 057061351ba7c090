import { error, redirect } from '@sveltejs/kit';
import { graphql } from '$lib/graphql/generated';
import { found, query } from '$lib/server/graphql';
import type { PageServerLoad } from './$types';

const WorkshopRegistrationsPage = graphql(`
  query WorkshopRegistrationsPage($slug: String!) {
    viewer {
      kind
    }
    workshop(slug: $slug) {
      id
      slug
      title
      participantCap
      registrationCount
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

/** Who registered, for the workshop's coordinators (the API lists them to those only). */
export const load: PageServerLoad = async (event) => {
  const result = await query(event, WorkshopRegistrationsPage, { slug: event.params.slug });
  if (result.viewer?.kind !== 'PERSON') {
    const path = `/workshops/${encodeURIComponent(event.params.slug)}/registrations`;
    redirect(303, `/signin?redirectTo=${encodeURIComponent(path)}`);
  }
  const w = found(result.workshop);
  if (!w.viewerCanEdit) error(403, 'Only the coordinators of this workshop');
  return { workshop: w };
};

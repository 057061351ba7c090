import type { RequestEvent } from '@sveltejs/kit';
import { graphql } from '$lib/graphql/generated';
import { query } from '$lib/server/graphql';

const OrganizationIdOf = graphql(`
  query OrganizationIdOf($slug: String!) {
    organization(slug: $slug) {
      id
    }
  }
`);

/** The organization of the page's address: its forms act on that one, never on a posted id. */
export async function organizationIdOf(event: Pick<RequestEvent, 'fetch' | 'url'>, slug: string): Promise<string> {
  return (await query(event, OrganizationIdOf, { slug })).organization.id;
}

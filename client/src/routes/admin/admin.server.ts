import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { graphql } from '$lib/graphql/generated';
import { query } from '$lib/server/graphql';

const AdminViewer = graphql(`
  query AdminViewer {
    viewer {
      kind
      role
      person {
        id
      }
    }
  }
`);

/**
 * The admin pages answer 403 to everyone but admins (the API refuses them its data too); people
 * not signed in are sent to sign in first, and back. Returns the admin's person id.
 */
export async function requireAdmin(event: Pick<RequestEvent, 'fetch' | 'url'>): Promise<string | null> {
  const { viewer } = await query(event, AdminViewer, {});
  if (viewer?.kind !== 'PERSON') redirect(303, `/signin?redirectTo=${encodeURIComponent(event.url.pathname)}`);
  if (viewer.role !== 'ADMIN') error(403, 'Admins only');
  return viewer.person?.id ?? null;
}

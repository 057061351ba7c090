import { graphql } from '$lib/graphql/generated';
import { createServerClient } from '$lib/graphql/client';
import type { LayoutServerLoad } from './$types';

const LayoutViewer = graphql(`
  query LayoutViewer {
    viewer {
      kind
      displayName
      guestWorkshop {
        slug
      }
      ...SiteHeader_Viewer
    }
  }
`);

/**
 * The language and who is signed in, for every page. The API being down must not take every
 * page's header with it: the page's own load reports that, with its error page.
 */
export const load: LayoutServerLoad = async (event) => {
  const result = await createServerClient(event).query(LayoutViewer, {}).toPromise();
  if (result.error) console.error(`GraphQL viewer on ${event.url.pathname}: ${result.error.message}`);
  return { lang: event.locals.lang, viewer: result.data?.viewer ?? null };
};

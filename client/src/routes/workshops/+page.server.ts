import { graphql } from '$lib/graphql/generated';
import { query } from '$lib/server/graphql';
import { param } from '$lib/url';
import type { PageServerLoad } from './$types';

const WorkshopsPage = graphql(`
  query WorkshopsPage($after: String) {
    live: workshops(filter: { timing: LIVE }, sort: SOONEST, first: 20) {
      nodes {
        id
        ...WorkshopCard_Workshop
      }
    }
    upcoming: workshops(filter: { timing: UPCOMING }, sort: SOONEST, first: 20) {
      totalCount
      nodes {
        id
        ...WorkshopCard_Workshop
      }
    }
    past: workshops(filter: { timing: PAST }, sort: LATEST, first: 12, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        ...WorkshopCard_Workshop
      }
    }
  }
`);

export const load: PageServerLoad = async (event) => ({
  workshops: await query(event, WorkshopsPage, { after: param(event.url, 'after') }),
});

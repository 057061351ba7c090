import { graphql } from '$lib/graphql/generated';
import { query } from '$lib/server/graphql';
import type { PageServerLoad } from './$types';

const HomePage = graphql(`
  query HomePage {
    live: workshops(filter: { timing: LIVE }, first: 3) {
      nodes {
        id
        ...WorkshopCard_Workshop
      }
    }
    upcoming: workshops(filter: { timing: UPCOMING }, sort: SOONEST, first: 3) {
      totalCount
      nodes {
        id
        ...WorkshopCard_Workshop
      }
    }
    past: workshops(filter: { timing: PAST }, first: 1) {
      totalCount
    }
    portraits(sort: NEWEST, first: 6) {
      totalCount
      nodes {
        id
        ...PortraitCard_Portrait
      }
    }
    stories(first: 3) {
      nodes {
        id
        ...StoryCard_Story
      }
    }
    territories(first: 6) {
      totalCount
      nodes {
        id
        ...TerritoryCard_Territory
      }
    }
  }
`);

export const load: PageServerLoad = async (event) => ({
  home: await query(event, HomePage, {}),
});

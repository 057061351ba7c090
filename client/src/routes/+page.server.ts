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
    allPortraits: portraits(first: 1) {
      totalCount
    }
    flagships: portraits(filter: { featured: true }, sort: NAME, first: 6) {
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
    allTerritories: territories(first: 1) {
      totalCount
    }
    underWay: territories(filter: { diagnosisUnderWay: true }, first: 2) {
      nodes {
        id
        slug
        name
        diagnoses {
          id
          period
          status
          title
          summary
        }
        ...TerritoryCard_Territory
      }
    }
  }
`);

export const load: PageServerLoad = async (event) => ({
  home: await query(event, HomePage, {}),
});

import { graphql } from '$lib/graphql/generated';
import { found, query } from '$lib/server/graphql';
import type { PageServerLoad } from './$types';

const PortraitPage = graphql(`
  query PortraitPage($slug: String!) {
    viewer {
      canWritePortraits
    }
    portrait(slug: $slug) {
      id
      slug
      viewerCanEdit
      images {
        alt
        image {
          id
          width
          height
          url(width: 960)
        }
      }
      name
      summary
      commune
      need
      project
      results
      stage
      startYear
      durationMonths
      budgetTotal
      website
      isDemo
      territory {
        slug
        name
        region
      }
      themes {
        slug
        name
        nameEn
      }
      funding {
        euShare
      }
      replicatedFrom {
        slug
        name
        commune
      }
      replications {
        slug
        name
        commune
      }
      stories {
        id
        ...StoryCard_Story
      }
      partners {
        role
      }
      indicators {
        label
      }
      fundingLines {
        sourceKind
      }
      stageHistory {
        stage
      }
      ...PortraitIndicators_Portrait
      ...PortraitFunding_Portrait
      ...PortraitTimeline_Portrait
      ...PortraitPartners_Portrait
    }
  }
`);

export const load: PageServerLoad = async (event) => {
  const result = await query(event, PortraitPage, { slug: event.params.slug });
  return {
    portrait: found(result.portrait),
    // An idea without a carrier invites those who may write portraits to carry it.
    mayCarry: result.viewer?.canWritePortraits ?? false,
  };
};

import { graphql } from '$lib/graphql/generated';
import { query } from '$lib/server/graphql';
import type { PageServerLoad } from './$types';

const WorkshopPage = graphql(`
  query WorkshopPage($slug: String!) {
    workshop(slug: $slug) {
      id
      slug
      title
      kind
      status
      startsAt
      endsAt
      datePrecision
      place
      description
      participantCount
      contributionCount
      isDemo
      joinCode
      viewerIsCoordinator
      territory {
        slug
        name
      }
      neighbourhoods {
        slug
        name
        commune
      }
      themes {
        slug
        name
        nameEn
      }
      coordinators {
        id
        displayName
      }
      prompts {
        id
        position
        question
      }
      contributions(first: 200) {
        id
        prompt {
          id
        }
        ...ContributionItem_Contribution
      }
    }
  }
`);

export const load: PageServerLoad = async (event) => {
  const result = await query(event, WorkshopPage, { slug: event.params.slug });
  return { workshop: result.workshop };
};

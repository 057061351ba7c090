import { error } from '@sveltejs/kit';
import { graphql } from '$lib/graphql/generated';
import { query } from '$lib/server/graphql';
import type { PageServerLoad } from './$types';

const WorkshopRestitution = graphql(`
  query WorkshopRestitution($slug: String!) {
    workshop(slug: $slug) {
      id
      slug
      title
      status
      startsAt
      endsAt
      datePrecision
      place
      participantCount
      contributionCount
      isDemo
      territory {
        slug
        name
      }
      prompts {
        id
        position
        question
      }
      contributionCounts {
        kind
        count
      }
      diagnosis {
        title
        period
        territory {
          slug
        }
      }
      contributions(first: 500) {
        id
        kind
        body
        authorName
        authorIsGuest
        voteCount
        createdAt
        moderationState
        prompt {
          id
        }
        retainedIn {
          id
          title
          diagnosis {
            period
            territory {
              slug
            }
          }
        }
      }
    }
  }
`);

export const load: PageServerLoad = async (event) => {
  const { workshop } = await query(event, WorkshopRestitution, { slug: event.params.slug });
  // A restitution tells what a session produced: until it is closed, the board is the place.
  if (workshop.status !== 'CLOSED') error(404, 'Not found');
  return { workshop };
};

import { redirect } from '@sveltejs/kit';
import { graphql } from '$lib/graphql/generated';
import { query } from '$lib/server/graphql';
import { pageArgs } from '$lib/url';
import type { PageServerLoad } from './$types';

const MyDrafts = graphql(`
  query MyDrafts($first: Int, $after: String, $last: Int, $before: String) {
    myDrafts(first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        subjectId
        kind
        title
        path
        reviewState
        reviewerNote
        submittedAt
        updatedAt
      }
    }
  }
`);

export const load: PageServerLoad = async (event) => {
  const { viewer } = await event.parent();
  if (viewer?.kind !== 'PERSON') redirect(303, `/signin?redirectTo=${encodeURIComponent(event.url.pathname)}`);
  const result = await query(event, MyDrafts, pageArgs(event.url, 20));
  return { drafts: result.myDrafts };
};

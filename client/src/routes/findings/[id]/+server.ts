import { error, redirect } from '@sveltejs/kit';
import { findingPath } from '$lib/diagnosis/paths';
import { graphql } from '$lib/graphql/generated';
import { query } from '$lib/server/graphql';
import type { RequestHandler } from './$types';

const FindingAddress = graphql(`
  query FindingAddress($id: ID!) {
    node(id: $id) {
      ... on Finding {
        id
        diagnosis {
          period
          territory {
            slug
          }
        }
      }
    }
  }
`);

/**
 * A finding by its id alone, sent on to its page in its diagnosis. The live pages' « retenue »
 * marks link here: their events carry the finding's id and title, and asking every snapshot for
 * its diagnosis's address too would cost the board more than its query budget allows.
 */
export const GET: RequestHandler = async (event) => {
  const { node } = await query(event, FindingAddress, { id: event.params.id });
  if (!node || !('diagnosis' in node)) error(404, 'Not found');
  redirect(303, findingPath(node.diagnosis.territory.slug, node.diagnosis.period, node.id));
};

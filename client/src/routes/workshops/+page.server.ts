import { graphql } from '$lib/graphql/generated';
import type { WorkshopKind, WorkshopTiming } from '$lib/graphql/generated/graphql';
import { query } from '$lib/server/graphql';
import { enumParam, pageArgs, param } from '$lib/url';
import type { PageServerLoad } from './$types';

const WORKSHOP_KINDS = [
  'WORKSHOP',
  'MEETING',
  'FORUM',
  'BREAKFAST_TALK',
  'SITE_VISIT',
  'CONSULTATION',
] as const satisfies readonly WorkshopKind[];

const TIMINGS = ['LIVE', 'UPCOMING', 'PAST'] as const satisfies readonly WorkshopTiming[];

const WorkshopsPage = graphql(`
  query WorkshopsPage(
    $kind: WorkshopKind
    $territory: String
    $theme: String
    $live: Boolean!
    $upcoming: Boolean!
    $past: Boolean!
    $first: Int
    $after: String
    $last: Int
    $before: String
  ) {
    live: workshops(
      filter: { timing: LIVE, kind: $kind, territory: $territory, theme: $theme }
      sort: SOONEST
      first: 20
    ) @include(if: $live) {
      totalCount
      nodes {
        id
        ...WorkshopCard_Workshop
      }
    }
    upcoming: workshops(
      filter: { timing: UPCOMING, kind: $kind, territory: $territory, theme: $theme }
      sort: SOONEST
      first: 20
    ) @include(if: $upcoming) {
      totalCount
      nodes {
        id
        ...WorkshopCard_Workshop
      }
    }
    past: workshops(
      filter: { timing: PAST, kind: $kind, territory: $territory, theme: $theme }
      sort: LATEST
      first: $first
      after: $after
      last: $last
      before: $before
    ) @include(if: $past) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        id
        ...WorkshopCard_Workshop
      }
    }
    viewerCanPlanWorkshops
    themes {
      slug
      name
      nameEn
    }
    territories(first: 100) {
      nodes {
        slug
        name
      }
    }
  }
`);

/** The index filtered by what the URL says (a plain GET form): format, territory, theme and when. */
export const load: PageServerLoad = async (event) => {
  const { url } = event;
  const filters = {
    kind: enumParam(url, 'kind', WORKSHOP_KINDS),
    territory: param(url, 'territory'),
    theme: param(url, 'theme'),
    timing: enumParam(url, 'timing', TIMINGS),
  };
  const shown = (timing: (typeof TIMINGS)[number]) => filters.timing === null || filters.timing === timing;
  const result = await query(event, WorkshopsPage, {
    kind: filters.kind,
    territory: filters.territory,
    theme: filters.theme,
    live: shown('LIVE'),
    upcoming: shown('UPCOMING'),
    past: shown('PAST'),
    ...pageArgs(url, 12),
  });
  return { filters, kinds: WORKSHOP_KINDS, timings: TIMINGS, workshops: result };
};

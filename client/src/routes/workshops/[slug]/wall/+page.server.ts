import { graphql } from '$lib/graphql/generated';
import { query } from '$lib/server/graphql';
import { qrPath } from '$lib/server/qr';
import type { PageServerLoad } from './$types';

const WallPage = graphql(`
  query WallPage($slug: String!) {
    workshop(slug: $slug) {
      id
      slug
      title
      joinCode
      ...LiveStart_Workshop
      contributionCounts {
        kind
        count
      }
      themeCounts {
        count
        theme {
          slug
          name
          nameEn
        }
      }
      contributions(first: 500) {
        ...WallItem_Contribution
        replies {
          ...WallItem_Contribution
        }
      }
    }
  }
`);

export const load: PageServerLoad = async (event) => {
  const { workshop } = await query(event, WallPage, { slug: event.params.slug });
  // The link the room scans; the origin is the site's public one (ORIGIN behind a proxy).
  const joinUrl = workshop.joinCode ? `${event.url.origin}/join?code=${encodeURIComponent(workshop.joinCode)}` : null;
  return {
    workshop,
    join: joinUrl && workshop.joinCode ? { code: workshop.joinCode, url: joinUrl, qr: qrPath(joinUrl) } : null,
  };
};

/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n    fragment OrganizationCard_Organization on Organization {\n      slug\n      name\n      kind\n      commune\n      description\n    }\n  ': typeof types.OrganizationCard_OrganizationFragmentDoc;
  '\n    fragment PortraitCard_Portrait on Portrait {\n      slug\n      name\n      summary\n      commune\n      stage\n      isDemo\n      territory {\n        slug\n        name\n      }\n      themes {\n        slug\n        name\n        nameEn\n      }\n      funding {\n        euShare\n      }\n    }\n  ': typeof types.PortraitCard_PortraitFragmentDoc;
  '\n    fragment StoryCard_Story on Story {\n      slug\n      title\n      kind\n      summary\n      publishedAt\n      isDemo\n      teller {\n        name\n        role\n      }\n      territory {\n        slug\n        name\n      }\n    }\n  ': typeof types.StoryCard_StoryFragmentDoc;
  '\n    fragment TerritoryCard_Territory on Territory {\n      slug\n      name\n      kind\n      region\n      description\n      neighbourhoods {\n        slug\n        name\n      }\n    }\n  ': typeof types.TerritoryCard_TerritoryFragmentDoc;
  '\n    fragment WorkshopCard_Workshop on Workshop {\n      slug\n      title\n      kind\n      status\n      startsAt\n      endsAt\n      place\n      isDemo\n      contributionCount\n      territory {\n        slug\n        name\n      }\n    }\n  ': typeof types.WorkshopCard_WorkshopFragmentDoc;
  '\n  query HomePage {\n    live: workshops(filter: { timing: LIVE }, first: 3) {\n      nodes {\n        id\n        ...WorkshopCard_Workshop\n      }\n    }\n    upcoming: workshops(filter: { timing: UPCOMING }, sort: SOONEST, first: 3) {\n      totalCount\n      nodes {\n        id\n        ...WorkshopCard_Workshop\n      }\n    }\n    past: workshops(filter: { timing: PAST }, first: 1) {\n      totalCount\n    }\n    portraits(sort: NEWEST, first: 6) {\n      totalCount\n      nodes {\n        id\n        ...PortraitCard_Portrait\n      }\n    }\n    stories(first: 3) {\n      nodes {\n        id\n        ...StoryCard_Story\n      }\n    }\n    territories(first: 6) {\n      totalCount\n      nodes {\n        id\n        ...TerritoryCard_Territory\n      }\n    }\n  }\n': typeof types.HomePageDocument;
  '\n  query OrganizationsPage($filter: OrganizationFilter, $after: String) {\n    organizations(filter: $filter, first: 24, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ...OrganizationCard_Organization\n      }\n    }\n    territories(first: 100) {\n      nodes {\n        slug\n        name\n      }\n    }\n  }\n': typeof types.OrganizationsPageDocument;
  '\n  query OrganizationPage($slug: String!) {\n    organization(slug: $slug) {\n      id\n      slug\n      name\n      kind\n      description\n      website\n      commune\n      territory {\n        slug\n        name\n      }\n      members {\n        role\n        person {\n          id\n          displayName\n        }\n      }\n      partnerships {\n        role\n        note\n        portrait {\n          id\n          ...PortraitCard_Portrait\n        }\n      }\n    }\n  }\n': typeof types.OrganizationPageDocument;
  '\n  query PortraitsPage($filter: PortraitFilter, $first: Int, $after: String) {\n    portraits(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ...PortraitCard_Portrait\n      }\n    }\n    themes {\n      slug\n      name\n      nameEn\n    }\n    territories(first: 100) {\n      nodes {\n        slug\n        name\n      }\n    }\n  }\n': typeof types.PortraitsPageDocument;
  '\n  query PortraitPage($slug: String!) {\n    portrait(slug: $slug) {\n      id\n      slug\n      name\n      summary\n      commune\n      need\n      project\n      results\n      stage\n      startYear\n      durationMonths\n      budgetTotal\n      website\n      isDemo\n      territory {\n        slug\n        name\n        region\n      }\n      themes {\n        slug\n        name\n        nameEn\n      }\n      funding {\n        euShare\n      }\n      replicatedFrom {\n        slug\n        name\n        commune\n      }\n      replications {\n        slug\n        name\n        commune\n      }\n      stories {\n        id\n        ...StoryCard_Story\n      }\n      partners {\n        role\n      }\n      indicators {\n        label\n      }\n      ...PortraitIndicators_Portrait\n      ...PortraitFunding_Portrait\n      ...PortraitTimeline_Portrait\n      ...PortraitPartners_Portrait\n    }\n  }\n': typeof types.PortraitPageDocument;
  '\n    fragment PortraitFunding_Portrait on Portrait {\n      budgetTotal\n      funding {\n        total\n        itemisedTotal\n        unitemised\n        euAmount\n        euShare\n      }\n      fundingLines {\n        sourceKind\n        label\n        amount\n        euPriorityAxis\n        periodStart\n        periodEnd\n        note\n        isEu\n        funder {\n          slug\n          name\n        }\n      }\n    }\n  ': typeof types.PortraitFunding_PortraitFragmentDoc;
  '\n    fragment PortraitIndicators_Portrait on Portrait {\n      indicators {\n        label\n        value\n        unit\n        asOf\n        period\n        note\n      }\n    }\n  ': typeof types.PortraitIndicators_PortraitFragmentDoc;
  '\n    fragment PortraitPartners_Portrait on Portrait {\n      partners {\n        role\n        note\n        organization {\n          slug\n          name\n          kind\n        }\n      }\n    }\n  ': typeof types.PortraitPartners_PortraitFragmentDoc;
  '\n    fragment PortraitTimeline_Portrait on Portrait {\n      stage\n      stageHistory {\n        stage\n        date\n        precision\n        note\n      }\n    }\n  ': typeof types.PortraitTimeline_PortraitFragmentDoc;
  '\n  query StoriesPage($filter: StoryFilter, $first: Int!, $after: String) {\n    stories(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ...StoryCard_Story\n      }\n    }\n    territories(first: 100) {\n      nodes {\n        slug\n        name\n      }\n    }\n  }\n': typeof types.StoriesPageDocument;
  '\n  query StoryPage($slug: String!) {\n    story(slug: $slug) {\n      id\n      slug\n      title\n      kind\n      summary\n      bodyHtml\n      publishedAt\n      isDemo\n      teller {\n        name\n        role\n      }\n      territory {\n        slug\n        name\n      }\n      portrait {\n        slug\n        name\n        summary\n        ...PortraitCard_Portrait\n      }\n      findings {\n        id\n        title\n        diagnosis {\n          slug\n          title\n          territory {\n            slug\n          }\n        }\n      }\n    }\n  }\n': typeof types.StoryPageDocument;
  '\n  query TerritoriesPage($after: String) {\n    territories(first: 24, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ...TerritoryCard_Territory\n      }\n    }\n  }\n': typeof types.TerritoriesPageDocument;
  '\n  query TerritoryPage($slug: String!) {\n    territory(slug: $slug) {\n      id\n      slug\n      name\n      kind\n      region\n      description\n      neighbourhoods {\n        slug\n        name\n        commune\n      }\n      themes {\n        slug\n        name\n        nameEn\n      }\n      diagnoses {\n        id\n        slug\n        title\n        summary\n        status\n        periodStart\n        periodEnd\n        validatedAt\n        isDemo\n        findings {\n          id\n          position\n          ...FindingItem_Finding\n        }\n      }\n      portraits {\n        id\n        ...PortraitCard_Portrait\n      }\n      workshops {\n        id\n        ...WorkshopCard_Workshop\n      }\n      organizations {\n        id\n        ...OrganizationCard_Organization\n      }\n    }\n  }\n': typeof types.TerritoryPageDocument;
  '\n    fragment FindingItem_Finding on Finding {\n      id\n      title\n      statement\n      priority\n      status\n      evidenceCount\n      themes {\n        slug\n        name\n        nameEn\n      }\n      neighbourhoods {\n        slug\n        name\n      }\n      evidence {\n        id\n        kind\n        body\n        authorName\n        voteCount\n        workshop {\n          slug\n          title\n        }\n      }\n      stories {\n        slug\n        title\n      }\n    }\n  ': typeof types.FindingItem_FindingFragmentDoc;
  '\n  query WorkshopsPage($after: String) {\n    live: workshops(filter: { timing: LIVE }, sort: SOONEST, first: 20) {\n      nodes {\n        id\n        ...WorkshopCard_Workshop\n      }\n    }\n    upcoming: workshops(filter: { timing: UPCOMING }, sort: SOONEST, first: 20) {\n      totalCount\n      nodes {\n        id\n        ...WorkshopCard_Workshop\n      }\n    }\n    past: workshops(filter: { timing: PAST }, sort: LATEST, first: 12, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ...WorkshopCard_Workshop\n      }\n    }\n  }\n': typeof types.WorkshopsPageDocument;
  '\n  query WorkshopPage($slug: String!) {\n    workshop(slug: $slug) {\n      id\n      slug\n      title\n      kind\n      status\n      startsAt\n      endsAt\n      place\n      description\n      participantCount\n      contributionCount\n      isDemo\n      territory {\n        slug\n        name\n      }\n      neighbourhoods {\n        slug\n        name\n        commune\n      }\n      themes {\n        slug\n        name\n        nameEn\n      }\n      coordinators {\n        id\n        displayName\n      }\n      prompts {\n        id\n        position\n        question\n      }\n      contributions(first: 200) {\n        id\n        prompt {\n          id\n        }\n        ...ContributionItem_Contribution\n      }\n    }\n  }\n': typeof types.WorkshopPageDocument;
  '\n    fragment ContributionItem_Contribution on Contribution {\n      id\n      kind\n      body\n      authorName\n      voteCount\n      createdAt\n      themes {\n        slug\n        name\n        nameEn\n      }\n      organization {\n        slug\n        name\n      }\n      replies {\n        id\n        body\n        authorName\n        createdAt\n      }\n    }\n  ': typeof types.ContributionItem_ContributionFragmentDoc;
};
const documents: Documents = {
  '\n    fragment OrganizationCard_Organization on Organization {\n      slug\n      name\n      kind\n      commune\n      description\n    }\n  ':
    types.OrganizationCard_OrganizationFragmentDoc,
  '\n    fragment PortraitCard_Portrait on Portrait {\n      slug\n      name\n      summary\n      commune\n      stage\n      isDemo\n      territory {\n        slug\n        name\n      }\n      themes {\n        slug\n        name\n        nameEn\n      }\n      funding {\n        euShare\n      }\n    }\n  ':
    types.PortraitCard_PortraitFragmentDoc,
  '\n    fragment StoryCard_Story on Story {\n      slug\n      title\n      kind\n      summary\n      publishedAt\n      isDemo\n      teller {\n        name\n        role\n      }\n      territory {\n        slug\n        name\n      }\n    }\n  ':
    types.StoryCard_StoryFragmentDoc,
  '\n    fragment TerritoryCard_Territory on Territory {\n      slug\n      name\n      kind\n      region\n      description\n      neighbourhoods {\n        slug\n        name\n      }\n    }\n  ':
    types.TerritoryCard_TerritoryFragmentDoc,
  '\n    fragment WorkshopCard_Workshop on Workshop {\n      slug\n      title\n      kind\n      status\n      startsAt\n      endsAt\n      place\n      isDemo\n      contributionCount\n      territory {\n        slug\n        name\n      }\n    }\n  ':
    types.WorkshopCard_WorkshopFragmentDoc,
  '\n  query HomePage {\n    live: workshops(filter: { timing: LIVE }, first: 3) {\n      nodes {\n        id\n        ...WorkshopCard_Workshop\n      }\n    }\n    upcoming: workshops(filter: { timing: UPCOMING }, sort: SOONEST, first: 3) {\n      totalCount\n      nodes {\n        id\n        ...WorkshopCard_Workshop\n      }\n    }\n    past: workshops(filter: { timing: PAST }, first: 1) {\n      totalCount\n    }\n    portraits(sort: NEWEST, first: 6) {\n      totalCount\n      nodes {\n        id\n        ...PortraitCard_Portrait\n      }\n    }\n    stories(first: 3) {\n      nodes {\n        id\n        ...StoryCard_Story\n      }\n    }\n    territories(first: 6) {\n      totalCount\n      nodes {\n        id\n        ...TerritoryCard_Territory\n      }\n    }\n  }\n':
    types.HomePageDocument,
  '\n  query OrganizationsPage($filter: OrganizationFilter, $after: String) {\n    organizations(filter: $filter, first: 24, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ...OrganizationCard_Organization\n      }\n    }\n    territories(first: 100) {\n      nodes {\n        slug\n        name\n      }\n    }\n  }\n':
    types.OrganizationsPageDocument,
  '\n  query OrganizationPage($slug: String!) {\n    organization(slug: $slug) {\n      id\n      slug\n      name\n      kind\n      description\n      website\n      commune\n      territory {\n        slug\n        name\n      }\n      members {\n        role\n        person {\n          id\n          displayName\n        }\n      }\n      partnerships {\n        role\n        note\n        portrait {\n          id\n          ...PortraitCard_Portrait\n        }\n      }\n    }\n  }\n':
    types.OrganizationPageDocument,
  '\n  query PortraitsPage($filter: PortraitFilter, $first: Int, $after: String) {\n    portraits(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ...PortraitCard_Portrait\n      }\n    }\n    themes {\n      slug\n      name\n      nameEn\n    }\n    territories(first: 100) {\n      nodes {\n        slug\n        name\n      }\n    }\n  }\n':
    types.PortraitsPageDocument,
  '\n  query PortraitPage($slug: String!) {\n    portrait(slug: $slug) {\n      id\n      slug\n      name\n      summary\n      commune\n      need\n      project\n      results\n      stage\n      startYear\n      durationMonths\n      budgetTotal\n      website\n      isDemo\n      territory {\n        slug\n        name\n        region\n      }\n      themes {\n        slug\n        name\n        nameEn\n      }\n      funding {\n        euShare\n      }\n      replicatedFrom {\n        slug\n        name\n        commune\n      }\n      replications {\n        slug\n        name\n        commune\n      }\n      stories {\n        id\n        ...StoryCard_Story\n      }\n      partners {\n        role\n      }\n      indicators {\n        label\n      }\n      ...PortraitIndicators_Portrait\n      ...PortraitFunding_Portrait\n      ...PortraitTimeline_Portrait\n      ...PortraitPartners_Portrait\n    }\n  }\n':
    types.PortraitPageDocument,
  '\n    fragment PortraitFunding_Portrait on Portrait {\n      budgetTotal\n      funding {\n        total\n        itemisedTotal\n        unitemised\n        euAmount\n        euShare\n      }\n      fundingLines {\n        sourceKind\n        label\n        amount\n        euPriorityAxis\n        periodStart\n        periodEnd\n        note\n        isEu\n        funder {\n          slug\n          name\n        }\n      }\n    }\n  ':
    types.PortraitFunding_PortraitFragmentDoc,
  '\n    fragment PortraitIndicators_Portrait on Portrait {\n      indicators {\n        label\n        value\n        unit\n        asOf\n        period\n        note\n      }\n    }\n  ':
    types.PortraitIndicators_PortraitFragmentDoc,
  '\n    fragment PortraitPartners_Portrait on Portrait {\n      partners {\n        role\n        note\n        organization {\n          slug\n          name\n          kind\n        }\n      }\n    }\n  ':
    types.PortraitPartners_PortraitFragmentDoc,
  '\n    fragment PortraitTimeline_Portrait on Portrait {\n      stage\n      stageHistory {\n        stage\n        date\n        precision\n        note\n      }\n    }\n  ':
    types.PortraitTimeline_PortraitFragmentDoc,
  '\n  query StoriesPage($filter: StoryFilter, $first: Int!, $after: String) {\n    stories(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ...StoryCard_Story\n      }\n    }\n    territories(first: 100) {\n      nodes {\n        slug\n        name\n      }\n    }\n  }\n':
    types.StoriesPageDocument,
  '\n  query StoryPage($slug: String!) {\n    story(slug: $slug) {\n      id\n      slug\n      title\n      kind\n      summary\n      bodyHtml\n      publishedAt\n      isDemo\n      teller {\n        name\n        role\n      }\n      territory {\n        slug\n        name\n      }\n      portrait {\n        slug\n        name\n        summary\n        ...PortraitCard_Portrait\n      }\n      findings {\n        id\n        title\n        diagnosis {\n          slug\n          title\n          territory {\n            slug\n          }\n        }\n      }\n    }\n  }\n':
    types.StoryPageDocument,
  '\n  query TerritoriesPage($after: String) {\n    territories(first: 24, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ...TerritoryCard_Territory\n      }\n    }\n  }\n':
    types.TerritoriesPageDocument,
  '\n  query TerritoryPage($slug: String!) {\n    territory(slug: $slug) {\n      id\n      slug\n      name\n      kind\n      region\n      description\n      neighbourhoods {\n        slug\n        name\n        commune\n      }\n      themes {\n        slug\n        name\n        nameEn\n      }\n      diagnoses {\n        id\n        slug\n        title\n        summary\n        status\n        periodStart\n        periodEnd\n        validatedAt\n        isDemo\n        findings {\n          id\n          position\n          ...FindingItem_Finding\n        }\n      }\n      portraits {\n        id\n        ...PortraitCard_Portrait\n      }\n      workshops {\n        id\n        ...WorkshopCard_Workshop\n      }\n      organizations {\n        id\n        ...OrganizationCard_Organization\n      }\n    }\n  }\n':
    types.TerritoryPageDocument,
  '\n    fragment FindingItem_Finding on Finding {\n      id\n      title\n      statement\n      priority\n      status\n      evidenceCount\n      themes {\n        slug\n        name\n        nameEn\n      }\n      neighbourhoods {\n        slug\n        name\n      }\n      evidence {\n        id\n        kind\n        body\n        authorName\n        voteCount\n        workshop {\n          slug\n          title\n        }\n      }\n      stories {\n        slug\n        title\n      }\n    }\n  ':
    types.FindingItem_FindingFragmentDoc,
  '\n  query WorkshopsPage($after: String) {\n    live: workshops(filter: { timing: LIVE }, sort: SOONEST, first: 20) {\n      nodes {\n        id\n        ...WorkshopCard_Workshop\n      }\n    }\n    upcoming: workshops(filter: { timing: UPCOMING }, sort: SOONEST, first: 20) {\n      totalCount\n      nodes {\n        id\n        ...WorkshopCard_Workshop\n      }\n    }\n    past: workshops(filter: { timing: PAST }, sort: LATEST, first: 12, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ...WorkshopCard_Workshop\n      }\n    }\n  }\n':
    types.WorkshopsPageDocument,
  '\n  query WorkshopPage($slug: String!) {\n    workshop(slug: $slug) {\n      id\n      slug\n      title\n      kind\n      status\n      startsAt\n      endsAt\n      place\n      description\n      participantCount\n      contributionCount\n      isDemo\n      territory {\n        slug\n        name\n      }\n      neighbourhoods {\n        slug\n        name\n        commune\n      }\n      themes {\n        slug\n        name\n        nameEn\n      }\n      coordinators {\n        id\n        displayName\n      }\n      prompts {\n        id\n        position\n        question\n      }\n      contributions(first: 200) {\n        id\n        prompt {\n          id\n        }\n        ...ContributionItem_Contribution\n      }\n    }\n  }\n':
    types.WorkshopPageDocument,
  '\n    fragment ContributionItem_Contribution on Contribution {\n      id\n      kind\n      body\n      authorName\n      voteCount\n      createdAt\n      themes {\n        slug\n        name\n        nameEn\n      }\n      organization {\n        slug\n        name\n      }\n      replies {\n        id\n        body\n        authorName\n        createdAt\n      }\n    }\n  ':
    types.ContributionItem_ContributionFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n    fragment OrganizationCard_Organization on Organization {\n      slug\n      name\n      kind\n      commune\n      description\n    }\n  ',
): (typeof documents)['\n    fragment OrganizationCard_Organization on Organization {\n      slug\n      name\n      kind\n      commune\n      description\n    }\n  '];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n    fragment PortraitCard_Portrait on Portrait {\n      slug\n      name\n      summary\n      commune\n      stage\n      isDemo\n      territory {\n        slug\n        name\n      }\n      themes {\n        slug\n        name\n        nameEn\n      }\n      funding {\n        euShare\n      }\n    }\n  ',
): (typeof documents)['\n    fragment PortraitCard_Portrait on Portrait {\n      slug\n      name\n      summary\n      commune\n      stage\n      isDemo\n      territory {\n        slug\n        name\n      }\n      themes {\n        slug\n        name\n        nameEn\n      }\n      funding {\n        euShare\n      }\n    }\n  '];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n    fragment StoryCard_Story on Story {\n      slug\n      title\n      kind\n      summary\n      publishedAt\n      isDemo\n      teller {\n        name\n        role\n      }\n      territory {\n        slug\n        name\n      }\n    }\n  ',
): (typeof documents)['\n    fragment StoryCard_Story on Story {\n      slug\n      title\n      kind\n      summary\n      publishedAt\n      isDemo\n      teller {\n        name\n        role\n      }\n      territory {\n        slug\n        name\n      }\n    }\n  '];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n    fragment TerritoryCard_Territory on Territory {\n      slug\n      name\n      kind\n      region\n      description\n      neighbourhoods {\n        slug\n        name\n      }\n    }\n  ',
): (typeof documents)['\n    fragment TerritoryCard_Territory on Territory {\n      slug\n      name\n      kind\n      region\n      description\n      neighbourhoods {\n        slug\n        name\n      }\n    }\n  '];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n    fragment WorkshopCard_Workshop on Workshop {\n      slug\n      title\n      kind\n      status\n      startsAt\n      endsAt\n      place\n      isDemo\n      contributionCount\n      territory {\n        slug\n        name\n      }\n    }\n  ',
): (typeof documents)['\n    fragment WorkshopCard_Workshop on Workshop {\n      slug\n      title\n      kind\n      status\n      startsAt\n      endsAt\n      place\n      isDemo\n      contributionCount\n      territory {\n        slug\n        name\n      }\n    }\n  '];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query HomePage {\n    live: workshops(filter: { timing: LIVE }, first: 3) {\n      nodes {\n        id\n        ...WorkshopCard_Workshop\n      }\n    }\n    upcoming: workshops(filter: { timing: UPCOMING }, sort: SOONEST, first: 3) {\n      totalCount\n      nodes {\n        id\n        ...WorkshopCard_Workshop\n      }\n    }\n    past: workshops(filter: { timing: PAST }, first: 1) {\n      totalCount\n    }\n    portraits(sort: NEWEST, first: 6) {\n      totalCount\n      nodes {\n        id\n        ...PortraitCard_Portrait\n      }\n    }\n    stories(first: 3) {\n      nodes {\n        id\n        ...StoryCard_Story\n      }\n    }\n    territories(first: 6) {\n      totalCount\n      nodes {\n        id\n        ...TerritoryCard_Territory\n      }\n    }\n  }\n',
): (typeof documents)['\n  query HomePage {\n    live: workshops(filter: { timing: LIVE }, first: 3) {\n      nodes {\n        id\n        ...WorkshopCard_Workshop\n      }\n    }\n    upcoming: workshops(filter: { timing: UPCOMING }, sort: SOONEST, first: 3) {\n      totalCount\n      nodes {\n        id\n        ...WorkshopCard_Workshop\n      }\n    }\n    past: workshops(filter: { timing: PAST }, first: 1) {\n      totalCount\n    }\n    portraits(sort: NEWEST, first: 6) {\n      totalCount\n      nodes {\n        id\n        ...PortraitCard_Portrait\n      }\n    }\n    stories(first: 3) {\n      nodes {\n        id\n        ...StoryCard_Story\n      }\n    }\n    territories(first: 6) {\n      totalCount\n      nodes {\n        id\n        ...TerritoryCard_Territory\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OrganizationsPage($filter: OrganizationFilter, $after: String) {\n    organizations(filter: $filter, first: 24, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ...OrganizationCard_Organization\n      }\n    }\n    territories(first: 100) {\n      nodes {\n        slug\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OrganizationsPage($filter: OrganizationFilter, $after: String) {\n    organizations(filter: $filter, first: 24, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ...OrganizationCard_Organization\n      }\n    }\n    territories(first: 100) {\n      nodes {\n        slug\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OrganizationPage($slug: String!) {\n    organization(slug: $slug) {\n      id\n      slug\n      name\n      kind\n      description\n      website\n      commune\n      territory {\n        slug\n        name\n      }\n      members {\n        role\n        person {\n          id\n          displayName\n        }\n      }\n      partnerships {\n        role\n        note\n        portrait {\n          id\n          ...PortraitCard_Portrait\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OrganizationPage($slug: String!) {\n    organization(slug: $slug) {\n      id\n      slug\n      name\n      kind\n      description\n      website\n      commune\n      territory {\n        slug\n        name\n      }\n      members {\n        role\n        person {\n          id\n          displayName\n        }\n      }\n      partnerships {\n        role\n        note\n        portrait {\n          id\n          ...PortraitCard_Portrait\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PortraitsPage($filter: PortraitFilter, $first: Int, $after: String) {\n    portraits(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ...PortraitCard_Portrait\n      }\n    }\n    themes {\n      slug\n      name\n      nameEn\n    }\n    territories(first: 100) {\n      nodes {\n        slug\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PortraitsPage($filter: PortraitFilter, $first: Int, $after: String) {\n    portraits(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ...PortraitCard_Portrait\n      }\n    }\n    themes {\n      slug\n      name\n      nameEn\n    }\n    territories(first: 100) {\n      nodes {\n        slug\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PortraitPage($slug: String!) {\n    portrait(slug: $slug) {\n      id\n      slug\n      name\n      summary\n      commune\n      need\n      project\n      results\n      stage\n      startYear\n      durationMonths\n      budgetTotal\n      website\n      isDemo\n      territory {\n        slug\n        name\n        region\n      }\n      themes {\n        slug\n        name\n        nameEn\n      }\n      funding {\n        euShare\n      }\n      replicatedFrom {\n        slug\n        name\n        commune\n      }\n      replications {\n        slug\n        name\n        commune\n      }\n      stories {\n        id\n        ...StoryCard_Story\n      }\n      partners {\n        role\n      }\n      indicators {\n        label\n      }\n      ...PortraitIndicators_Portrait\n      ...PortraitFunding_Portrait\n      ...PortraitTimeline_Portrait\n      ...PortraitPartners_Portrait\n    }\n  }\n',
): (typeof documents)['\n  query PortraitPage($slug: String!) {\n    portrait(slug: $slug) {\n      id\n      slug\n      name\n      summary\n      commune\n      need\n      project\n      results\n      stage\n      startYear\n      durationMonths\n      budgetTotal\n      website\n      isDemo\n      territory {\n        slug\n        name\n        region\n      }\n      themes {\n        slug\n        name\n        nameEn\n      }\n      funding {\n        euShare\n      }\n      replicatedFrom {\n        slug\n        name\n        commune\n      }\n      replications {\n        slug\n        name\n        commune\n      }\n      stories {\n        id\n        ...StoryCard_Story\n      }\n      partners {\n        role\n      }\n      indicators {\n        label\n      }\n      ...PortraitIndicators_Portrait\n      ...PortraitFunding_Portrait\n      ...PortraitTimeline_Portrait\n      ...PortraitPartners_Portrait\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n    fragment PortraitFunding_Portrait on Portrait {\n      budgetTotal\n      funding {\n        total\n        itemisedTotal\n        unitemised\n        euAmount\n        euShare\n      }\n      fundingLines {\n        sourceKind\n        label\n        amount\n        euPriorityAxis\n        periodStart\n        periodEnd\n        note\n        isEu\n        funder {\n          slug\n          name\n        }\n      }\n    }\n  ',
): (typeof documents)['\n    fragment PortraitFunding_Portrait on Portrait {\n      budgetTotal\n      funding {\n        total\n        itemisedTotal\n        unitemised\n        euAmount\n        euShare\n      }\n      fundingLines {\n        sourceKind\n        label\n        amount\n        euPriorityAxis\n        periodStart\n        periodEnd\n        note\n        isEu\n        funder {\n          slug\n          name\n        }\n      }\n    }\n  '];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n    fragment PortraitIndicators_Portrait on Portrait {\n      indicators {\n        label\n        value\n        unit\n        asOf\n        period\n        note\n      }\n    }\n  ',
): (typeof documents)['\n    fragment PortraitIndicators_Portrait on Portrait {\n      indicators {\n        label\n        value\n        unit\n        asOf\n        period\n        note\n      }\n    }\n  '];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n    fragment PortraitPartners_Portrait on Portrait {\n      partners {\n        role\n        note\n        organization {\n          slug\n          name\n          kind\n        }\n      }\n    }\n  ',
): (typeof documents)['\n    fragment PortraitPartners_Portrait on Portrait {\n      partners {\n        role\n        note\n        organization {\n          slug\n          name\n          kind\n        }\n      }\n    }\n  '];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n    fragment PortraitTimeline_Portrait on Portrait {\n      stage\n      stageHistory {\n        stage\n        date\n        precision\n        note\n      }\n    }\n  ',
): (typeof documents)['\n    fragment PortraitTimeline_Portrait on Portrait {\n      stage\n      stageHistory {\n        stage\n        date\n        precision\n        note\n      }\n    }\n  '];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StoriesPage($filter: StoryFilter, $first: Int!, $after: String) {\n    stories(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ...StoryCard_Story\n      }\n    }\n    territories(first: 100) {\n      nodes {\n        slug\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query StoriesPage($filter: StoryFilter, $first: Int!, $after: String) {\n    stories(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ...StoryCard_Story\n      }\n    }\n    territories(first: 100) {\n      nodes {\n        slug\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StoryPage($slug: String!) {\n    story(slug: $slug) {\n      id\n      slug\n      title\n      kind\n      summary\n      bodyHtml\n      publishedAt\n      isDemo\n      teller {\n        name\n        role\n      }\n      territory {\n        slug\n        name\n      }\n      portrait {\n        slug\n        name\n        summary\n        ...PortraitCard_Portrait\n      }\n      findings {\n        id\n        title\n        diagnosis {\n          slug\n          title\n          territory {\n            slug\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query StoryPage($slug: String!) {\n    story(slug: $slug) {\n      id\n      slug\n      title\n      kind\n      summary\n      bodyHtml\n      publishedAt\n      isDemo\n      teller {\n        name\n        role\n      }\n      territory {\n        slug\n        name\n      }\n      portrait {\n        slug\n        name\n        summary\n        ...PortraitCard_Portrait\n      }\n      findings {\n        id\n        title\n        diagnosis {\n          slug\n          title\n          territory {\n            slug\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TerritoriesPage($after: String) {\n    territories(first: 24, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ...TerritoryCard_Territory\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TerritoriesPage($after: String) {\n    territories(first: 24, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ...TerritoryCard_Territory\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TerritoryPage($slug: String!) {\n    territory(slug: $slug) {\n      id\n      slug\n      name\n      kind\n      region\n      description\n      neighbourhoods {\n        slug\n        name\n        commune\n      }\n      themes {\n        slug\n        name\n        nameEn\n      }\n      diagnoses {\n        id\n        slug\n        title\n        summary\n        status\n        periodStart\n        periodEnd\n        validatedAt\n        isDemo\n        findings {\n          id\n          position\n          ...FindingItem_Finding\n        }\n      }\n      portraits {\n        id\n        ...PortraitCard_Portrait\n      }\n      workshops {\n        id\n        ...WorkshopCard_Workshop\n      }\n      organizations {\n        id\n        ...OrganizationCard_Organization\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TerritoryPage($slug: String!) {\n    territory(slug: $slug) {\n      id\n      slug\n      name\n      kind\n      region\n      description\n      neighbourhoods {\n        slug\n        name\n        commune\n      }\n      themes {\n        slug\n        name\n        nameEn\n      }\n      diagnoses {\n        id\n        slug\n        title\n        summary\n        status\n        periodStart\n        periodEnd\n        validatedAt\n        isDemo\n        findings {\n          id\n          position\n          ...FindingItem_Finding\n        }\n      }\n      portraits {\n        id\n        ...PortraitCard_Portrait\n      }\n      workshops {\n        id\n        ...WorkshopCard_Workshop\n      }\n      organizations {\n        id\n        ...OrganizationCard_Organization\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n    fragment FindingItem_Finding on Finding {\n      id\n      title\n      statement\n      priority\n      status\n      evidenceCount\n      themes {\n        slug\n        name\n        nameEn\n      }\n      neighbourhoods {\n        slug\n        name\n      }\n      evidence {\n        id\n        kind\n        body\n        authorName\n        voteCount\n        workshop {\n          slug\n          title\n        }\n      }\n      stories {\n        slug\n        title\n      }\n    }\n  ',
): (typeof documents)['\n    fragment FindingItem_Finding on Finding {\n      id\n      title\n      statement\n      priority\n      status\n      evidenceCount\n      themes {\n        slug\n        name\n        nameEn\n      }\n      neighbourhoods {\n        slug\n        name\n      }\n      evidence {\n        id\n        kind\n        body\n        authorName\n        voteCount\n        workshop {\n          slug\n          title\n        }\n      }\n      stories {\n        slug\n        title\n      }\n    }\n  '];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WorkshopsPage($after: String) {\n    live: workshops(filter: { timing: LIVE }, sort: SOONEST, first: 20) {\n      nodes {\n        id\n        ...WorkshopCard_Workshop\n      }\n    }\n    upcoming: workshops(filter: { timing: UPCOMING }, sort: SOONEST, first: 20) {\n      totalCount\n      nodes {\n        id\n        ...WorkshopCard_Workshop\n      }\n    }\n    past: workshops(filter: { timing: PAST }, sort: LATEST, first: 12, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ...WorkshopCard_Workshop\n      }\n    }\n  }\n',
): (typeof documents)['\n  query WorkshopsPage($after: String) {\n    live: workshops(filter: { timing: LIVE }, sort: SOONEST, first: 20) {\n      nodes {\n        id\n        ...WorkshopCard_Workshop\n      }\n    }\n    upcoming: workshops(filter: { timing: UPCOMING }, sort: SOONEST, first: 20) {\n      totalCount\n      nodes {\n        id\n        ...WorkshopCard_Workshop\n      }\n    }\n    past: workshops(filter: { timing: PAST }, sort: LATEST, first: 12, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ...WorkshopCard_Workshop\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WorkshopPage($slug: String!) {\n    workshop(slug: $slug) {\n      id\n      slug\n      title\n      kind\n      status\n      startsAt\n      endsAt\n      place\n      description\n      participantCount\n      contributionCount\n      isDemo\n      territory {\n        slug\n        name\n      }\n      neighbourhoods {\n        slug\n        name\n        commune\n      }\n      themes {\n        slug\n        name\n        nameEn\n      }\n      coordinators {\n        id\n        displayName\n      }\n      prompts {\n        id\n        position\n        question\n      }\n      contributions(first: 200) {\n        id\n        prompt {\n          id\n        }\n        ...ContributionItem_Contribution\n      }\n    }\n  }\n',
): (typeof documents)['\n  query WorkshopPage($slug: String!) {\n    workshop(slug: $slug) {\n      id\n      slug\n      title\n      kind\n      status\n      startsAt\n      endsAt\n      place\n      description\n      participantCount\n      contributionCount\n      isDemo\n      territory {\n        slug\n        name\n      }\n      neighbourhoods {\n        slug\n        name\n        commune\n      }\n      themes {\n        slug\n        name\n        nameEn\n      }\n      coordinators {\n        id\n        displayName\n      }\n      prompts {\n        id\n        position\n        question\n      }\n      contributions(first: 200) {\n        id\n        prompt {\n          id\n        }\n        ...ContributionItem_Contribution\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n    fragment ContributionItem_Contribution on Contribution {\n      id\n      kind\n      body\n      authorName\n      voteCount\n      createdAt\n      themes {\n        slug\n        name\n        nameEn\n      }\n      organization {\n        slug\n        name\n      }\n      replies {\n        id\n        body\n        authorName\n        createdAt\n      }\n    }\n  ',
): (typeof documents)['\n    fragment ContributionItem_Contribution on Contribution {\n      id\n      kind\n      body\n      authorName\n      voteCount\n      createdAt\n      themes {\n        slug\n        name\n        nameEn\n      }\n      organization {\n        slug\n        name\n      }\n      replies {\n        id\n        body\n        authorName\n        createdAt\n      }\n    }\n  '];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;

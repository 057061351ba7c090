/** The portraits list with every relation the list page shows: the N+1 test and the benchmark use it. */
export const PORTRAITS_LIST = /* GraphQL */ `
  query Portraits($first: Int!, $after: String, $filter: PortraitFilter, $sort: PortraitSort) {
    portraits(first: $first, after: $after, filter: $filter, sort: $sort) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        slug
        name
        stage
        commune
        territory {
          name
        }
        themes {
          slug
          name
        }
        indicators {
          label
          value
          unit
        }
        fundingLines {
          sourceKind
          amount
          isEu
          funder {
            name
          }
        }
        funding {
          total
          euAmount
          euShare
        }
        partners {
          role
          organization {
            name
          }
        }
        stageHistory {
          stage
          date
          precision
        }
        replicatedFrom {
          slug
        }
        replications {
          slug
        }
      }
    }
  }
`;

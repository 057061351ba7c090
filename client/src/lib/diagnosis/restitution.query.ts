import { graphql } from '$lib/graphql/generated';

/**
 * Everything the restitution and its exports show, read through the API as the visitor: what
 * they may not see (a hidden contribution, a draft, a proposal under review) is never in it.
 */
export const DiagnosisRestitution = graphql(`
  query DiagnosisRestitution($territorySlug: String!, $period: String!) {
    territoryDiagnosis(territorySlug: $territorySlug, period: $period) {
      id
      slug
      period
      title
      summary
      periodStart
      periodEnd
      status
      validatedAt
      isDemo
      territory {
        slug
        name
      }
      workshops {
        id
        slug
        title
        startsAt
        datePrecision
        status
        participantCount
        contributionCount
      }
      participation {
        workshopCount
        participantCount
        contributionCount
        organizationCount
        contributionsByKind {
          kind
          count
        }
        organizationsByKind {
          kind
          count
        }
        timeline {
          month
          count
        }
      }
      matrix {
        theme {
          slug
          name
          nameEn
        }
        neighbourhood {
          slug
          name
        }
        findings {
          id
          title
        }
        evidenceCount
      }
      findings {
        id
        kind
        title
        statement
        statementHtml
        priority
        status
        position
        awaitingReview
        evidenceCount
        participantCount
        organizationCount
        supportCount
        themes {
          slug
          name
          nameEn
        }
        neighbourhoods {
          slug
          name
        }
        cosigners {
          slug
          name
          kind
        }
        evidence {
          id
          body
          authorName
          voteCount
          workshop {
            slug
            title
          }
        }
        answeredBy {
          slug
          name
          stage
        }
      }
    }
  }
`);

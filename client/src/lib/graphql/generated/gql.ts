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
  '\n    fragment FindingCard_Finding on Finding {\n      id\n      kind\n      title\n      statementHtml\n      priority\n      status\n      position\n      version\n      awaitingReview\n      viewerCanEdit\n      themes {\n        slug\n        name\n        nameEn\n      }\n      neighbourhoods {\n        slug\n        name\n      }\n      evidenceCount\n      participantCount\n      organizationCount\n      supportCount\n      cosigners {\n        id\n        name\n      }\n      mergedInto {\n        id\n        title\n      }\n      proposedBy {\n        displayName\n      }\n    }\n  ': typeof types.FindingCard_FindingFragmentDoc;
  '\n    fragment SiteHeader_Viewer on Viewer {\n      kind\n      role\n      displayName\n      guestWorkshop {\n        slug\n      }\n    }\n  ': typeof types.SiteHeader_ViewerFragmentDoc;
  '\n    fragment OrganizationCard_Organization on Organization {\n      slug\n      name\n      kind\n      commune\n      description\n    }\n  ': typeof types.OrganizationCard_OrganizationFragmentDoc;
  '\n    fragment ProfileForm_Organization on Organization {\n      id\n      version\n      name\n      kind\n      description\n      website\n      contactEmail\n      phone\n      postalAddress\n      commune\n      logo {\n        id\n        url(width: 320)\n        width\n        height\n      }\n    }\n  ': typeof types.ProfileForm_OrganizationFragmentDoc;
  '\n  query OrganizationIdOf($slug: String!) {\n    organization(slug: $slug) {\n      id\n    }\n  }\n': typeof types.OrganizationIdOfDocument;
  '\n  mutation ApproveOrganizationRequest($requestId: ID!, $note: String!) {\n    approveOrganizationRequest(requestId: $requestId, note: $note) {\n      request {\n        id\n        organization {\n          slug\n          name\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.ApproveOrganizationRequestDocument;
  '\n  mutation DeclineOrganizationRequest($requestId: ID!, $note: String!) {\n    declineOrganizationRequest(requestId: $requestId, note: $note) {\n      request {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.DeclineOrganizationRequestDocument;
  '\n    fragment PortraitCard_Portrait on Portrait {\n      slug\n      name\n      summary\n      commune\n      stage\n      isDemo\n      territory {\n        slug\n        name\n      }\n      themes {\n        slug\n        name\n        nameEn\n      }\n      funding {\n        euShare\n      }\n    }\n  ': typeof types.PortraitCard_PortraitFragmentDoc;
  '\n    fragment ReviewContribution_Contribution on Contribution {\n      id\n      kind\n      body\n      authorName\n      authorIsGuest\n      createdAt\n      moderationState\n      viewerModerationMoves\n      openReports {\n        reason\n        createdAt\n      }\n      workshop {\n        slug\n        title\n      }\n    }\n  ': typeof types.ReviewContribution_ContributionFragmentDoc;
  '\n    fragment ReviewDraft_Draft on DraftSummary {\n      subjectId\n      kind\n      title\n      path\n      editVersion\n      submittedAt\n      authorName\n    }\n  ': typeof types.ReviewDraft_DraftFragmentDoc;
  '\n    fragment ReviewFinding_Finding on Finding {\n      id\n      kind\n      title\n      statementHtml\n      version\n      createdAt\n      proposedBy {\n        displayName\n      }\n      diagnosis {\n        title\n        period\n        territory {\n          slug\n          name\n        }\n      }\n    }\n  ': typeof types.ReviewFinding_FindingFragmentDoc;
  '\n    fragment ReviewOrganizationRequest_Request on OrganizationRequest {\n      id\n      name\n      kind\n      description\n      website\n      createdAt\n      requester {\n        displayName\n      }\n    }\n  ': typeof types.ReviewOrganizationRequest_RequestFragmentDoc;
  '\n    fragment StoryCard_Story on Story {\n      slug\n      title\n      kind\n      summary\n      publishedAt\n      isDemo\n      teller {\n        name\n        role\n      }\n      territory {\n        slug\n        name\n      }\n    }\n  ': typeof types.StoryCard_StoryFragmentDoc;
  '\n    query StoryLivePreview($text: String!) {\n      renderMarkdown(text: $text)\n    }\n  ': typeof types.StoryLivePreviewDocument;
  '\n    fragment StoryHistory_DraftInfo on DraftInfo {\n      editVersion\n      viewerCanRestore\n      revisions(first: 50) {\n        nodes {\n          id\n          number\n          action\n          authorName\n          createdAt\n          note\n          changes {\n            field\n            diff {\n              kind\n              text\n            }\n          }\n        }\n      }\n    }\n  ': typeof types.StoryHistory_DraftInfoFragmentDoc;
  '\n    fragment TerritoryCard_Territory on Territory {\n      slug\n      name\n      kind\n      region\n      description\n      neighbourhoods {\n        slug\n        name\n      }\n    }\n  ': typeof types.TerritoryCard_TerritoryFragmentDoc;
  '\n    fragment PlanOptions_Query on Query {\n      territories(first: 100) {\n        nodes {\n          id\n          name\n          neighbourhoods {\n            slug\n            name\n            commune\n          }\n          diagnoses {\n            id\n            title\n            viewerCanCoordinate\n          }\n        }\n      }\n      themes {\n        slug\n        name\n        nameEn\n      }\n      limits {\n        workshopTitleMin\n        workshopTitleMax\n        workshopPlaceMax\n        workshopDescriptionMax\n        workshopCapMax\n      }\n    }\n  ': typeof types.PlanOptions_QueryFragmentDoc;
  '\n    fragment RetainedMark_Contribution on Contribution {\n      retainedIn {\n        id\n        title\n      }\n    }\n  ': typeof types.RetainedMark_ContributionFragmentDoc;
  '\n    fragment WorkshopCard_Workshop on Workshop {\n      slug\n      title\n      kind\n      status\n      startsAt\n      endsAt\n      datePrecision\n      place\n      isDemo\n      contributionCount\n      territory {\n        slug\n        name\n      }\n    }\n  ': typeof types.WorkshopCard_WorkshopFragmentDoc;
  '\n  mutation ReviewFindingSuggestion($suggestionId: ID!, $decision: SuggestionDecision!, $note: String) {\n    reviewFindingSuggestion(suggestionId: $suggestionId, decision: $decision, note: $note) {\n      suggestion {\n        id\n        state\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.ReviewFindingSuggestionDocument;
  '\n  mutation SetFindingStatus($findingId: ID!, $status: FindingStatus!, $expectedVersion: Int) {\n    setFindingStatus(findingId: $findingId, status: $status, expectedVersion: $expectedVersion) {\n      finding {\n        id\n        status\n        version\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.SetFindingStatusDocument;
  '\n  mutation PromoteContributions($input: PromoteContributionsInput!) {\n    promoteContributions(input: $input) {\n      finding {\n        id\n        title\n        diagnosis {\n          period\n          territory {\n            slug\n          }\n        }\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n': typeof types.PromoteContributionsDocument;
  '\n  query DiagnosisRestitution($territorySlug: String!, $period: String!) {\n    territoryDiagnosis(territorySlug: $territorySlug, period: $period) {\n      id\n      slug\n      period\n      title\n      summary\n      periodStart\n      periodEnd\n      status\n      validatedAt\n      isDemo\n      territory {\n        slug\n        name\n      }\n      workshops {\n        id\n        slug\n        title\n        startsAt\n        datePrecision\n        status\n        participantCount\n        contributionCount\n      }\n      participation {\n        workshopCount\n        participantCount\n        contributionCount\n        organizationCount\n        contributionsByKind {\n          kind\n          count\n        }\n        organizationsByKind {\n          kind\n          count\n        }\n        timeline {\n          month\n          count\n        }\n      }\n      matrix {\n        theme {\n          slug\n          name\n          nameEn\n        }\n        neighbourhood {\n          slug\n          name\n        }\n        findings {\n          id\n          title\n        }\n        evidenceCount\n      }\n      findings {\n        id\n        kind\n        title\n        statement\n        statementHtml\n        priority\n        status\n        position\n        awaitingReview\n        evidenceCount\n        participantCount\n        organizationCount\n        supportCount\n        themes {\n          slug\n          name\n          nameEn\n        }\n        neighbourhoods {\n          slug\n          name\n        }\n        cosigners {\n          slug\n          name\n          kind\n        }\n        evidence {\n          id\n          body\n          authorName\n          voteCount\n          workshop {\n            slug\n            title\n          }\n        }\n        answeredBy {\n          slug\n          name\n          stage\n        }\n      }\n    }\n  }\n': typeof types.DiagnosisRestitutionDocument;
  '\n  fragment LiveStart_Diagnosis on Diagnosis {\n    id\n    lastSeq\n    status\n  }\n': typeof types.LiveStart_DiagnosisFragmentDoc;
  '\n  fragment LiveEnvelope_DiagnosisEvent on DiagnosisEvent {\n    seq\n    type\n    diagnosisStatus\n    reason\n    findingId\n    mergedIntoId\n    editorName\n    editing\n    connectedCount\n  }\n': typeof types.LiveEnvelope_DiagnosisEventFragmentDoc;
  '\n  fragment LiveStart_Workshop on Workshop {\n    id\n    lastSeq\n    connectedCount\n    status\n    moderationMode\n    joinCode\n    activePrompt {\n      id\n      question\n    }\n  }\n': typeof types.LiveStart_WorkshopFragmentDoc;
  '\n  fragment LiveEnvelope_WorkshopEvent on WorkshopEvent {\n    seq\n    type\n    contributionId\n    mergedIntoId\n    voteCount\n    connectedCount\n    workshop {\n      status\n      moderationMode\n      joinCode\n      activePrompt {\n        id\n        question\n      }\n    }\n  }\n': typeof types.LiveEnvelope_WorkshopEventFragmentDoc;
  '\n  mutation UploadImage($file: Upload!) {\n    uploadImage(file: $file) {\n      image {\n        id\n        width\n        height\n        url(width: 640)\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.UploadImageDocument;
  '\n  query FormLimits {\n    limits {\n      contributionBodyMax\n      reasonMin\n      reasonMax\n      questionMin\n      questionMax\n      reopenWindowHours\n      passwordMin\n      passwordMax\n      displayNameMin\n      displayNameMax\n      emailMax\n      signUpLinkHours\n      findingTitleMin\n      findingTitleMax\n      findingStatementMin\n      findingStatementMax\n      findingNoteMax\n      findingNeighbourhoodsMax\n      storyTitleMin\n      storyTitleMax\n      storySummaryMax\n      storyBodyMin\n      storyBodyMax\n      storyTellerNameMin\n      storyTellerNameMax\n      storyTellerRoleMax\n      portrait {\n        nameMin\n        nameMax\n        summaryMax\n        communeMax\n        textMax\n        websiteMax\n        labelMax\n        unitMax\n        periodMax\n        euAxisMax\n        noteMax\n        altMin\n        altMax\n      }\n      changesNoteMin\n      changesNoteMax\n      imageMaxBytes\n      imageAcceptedTypes\n    }\n  }\n': typeof types.FormLimitsDocument;
  '\n  query LayoutViewer {\n    viewer {\n      kind\n      displayName\n      guestWorkshop {\n        slug\n      }\n      ...SiteHeader_Viewer\n    }\n  }\n': typeof types.LayoutViewerDocument;
  '\n  query HomePage {\n    live: workshops(filter: { timing: LIVE }, first: 3) {\n      nodes {\n        id\n        ...WorkshopCard_Workshop\n      }\n    }\n    upcoming: workshops(filter: { timing: UPCOMING }, sort: SOONEST, first: 3) {\n      totalCount\n      nodes {\n        id\n        ...WorkshopCard_Workshop\n      }\n    }\n    past: workshops(filter: { timing: PAST }, first: 1) {\n      totalCount\n    }\n    allPortraits: portraits(first: 1) {\n      totalCount\n    }\n    flagships: portraits(filter: { featured: true }, sort: NAME, first: 6) {\n      nodes {\n        id\n        ...PortraitCard_Portrait\n      }\n    }\n    stories(first: 3) {\n      nodes {\n        id\n        ...StoryCard_Story\n      }\n    }\n    allTerritories: territories(first: 1) {\n      totalCount\n    }\n    underWay: territories(filter: { diagnosisUnderWay: true }, first: 2) {\n      nodes {\n        id\n        slug\n        name\n        diagnoses {\n          id\n          period\n          status\n          title\n          summary\n        }\n        ...TerritoryCard_Territory\n      }\n    }\n  }\n': typeof types.HomePageDocument;
  '\n  query AdminPage($search: String, $role: PlatformRole, $first: Int, $after: String, $last: Int, $before: String) {\n    people(search: $search, role: $role, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        email\n        person {\n          id\n          displayName\n          role\n          isDemo\n          memberships {\n            access\n            organization {\n              slug\n              name\n            }\n          }\n        }\n      }\n    }\n    organizationRequests(state: PENDING) {\n      id\n      name\n      kind\n      description\n      website\n      createdAt\n      requester {\n        displayName\n      }\n    }\n  }\n': typeof types.AdminPageDocument;
  '\n  query AdminViewer {\n    viewer {\n      kind\n      role\n      person {\n        id\n      }\n    }\n  }\n': typeof types.AdminViewerDocument;
  '\n  query AdminPersonPage($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Person {\n        id\n        displayName\n        role\n        isDemo\n        memberships {\n          access\n          role\n          organization {\n            slug\n            name\n          }\n        }\n      }\n    }\n    workshops(first: 100) {\n      nodes {\n        id\n        slug\n        title\n        status\n        startsAt\n        datePrecision\n        territory {\n          name\n        }\n        coordinators {\n          id\n        }\n      }\n    }\n    territories(first: 100) {\n      nodes {\n        slug\n        name\n        diagnoses {\n          id\n          title\n          period\n          coordinators {\n            id\n          }\n        }\n      }\n    }\n  }\n': typeof types.AdminPersonPageDocument;
  '\n  mutation GrantRole($personId: ID!, $role: PlatformRole!) {\n    grantRole(personId: $personId, role: $role) {\n      person {\n        id\n        role\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.GrantRoleDocument;
  '\n  mutation AssignCoordinator($personId: ID!, $workshopId: ID!) {\n    assignCoordinator(personId: $personId, workshopId: $workshopId) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.AssignCoordinatorDocument;
  '\n  mutation UnassignCoordinator($personId: ID!, $workshopId: ID!) {\n    unassignCoordinator(personId: $personId, workshopId: $workshopId) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.UnassignCoordinatorDocument;
  '\n  mutation AssignDiagnosisCoordinator($personId: ID!, $diagnosisId: ID!) {\n    assignDiagnosisCoordinator(personId: $personId, diagnosisId: $diagnosisId) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.AssignDiagnosisCoordinatorDocument;
  '\n  mutation UnassignDiagnosisCoordinator($personId: ID!, $diagnosisId: ID!) {\n    unassignDiagnosisCoordinator(personId: $personId, diagnosisId: $diagnosisId) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.UnassignDiagnosisCoordinatorDocument;
  '\n  query FindingAddress($id: ID!) {\n    node(id: $id) {\n      ... on Finding {\n        id\n        diagnosis {\n          period\n          territory {\n            slug\n          }\n        }\n      }\n    }\n  }\n': typeof types.FindingAddressDocument;
  '\n  query InvitationPage($token: String!) {\n    viewer {\n      kind\n      displayName\n    }\n    invitation(token: $token) {\n      state\n      expiresAt\n      organization {\n        slug\n        name\n        kind\n        viewerAccess\n      }\n    }\n  }\n': typeof types.InvitationPageDocument;
  '\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      organization {\n        slug\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.AcceptInvitationDocument;
  '\n  query JoinLookup($code: String!) {\n    workshopByCode(code: $code) {\n      slug\n      title\n      status\n    }\n  }\n': typeof types.JoinLookupDocument;
  '\n  mutation JoinWorkshop($code: String!, $displayName: String!) {\n    joinWorkshop(code: $code, displayName: $displayName) {\n      workshop {\n        slug\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n': typeof types.JoinWorkshopDocument;
  '\n  query MyDrafts($first: Int, $after: String, $last: Int, $before: String) {\n    myDrafts(first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        subjectId\n        kind\n        title\n        path\n        reviewState\n        reviewerNote\n        submittedAt\n        updatedAt\n      }\n    }\n  }\n': typeof types.MyDraftsDocument;
  '\n  query OrganizationsPage($filter: OrganizationFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    viewer {\n      kind\n      role\n    }\n    organizations(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        ...OrganizationCard_Organization\n      }\n    }\n    territories(first: 100) {\n      nodes {\n        slug\n        name\n      }\n    }\n  }\n': typeof types.OrganizationsPageDocument;
  '\n  query OrganizationPage($slug: String!) {\n    viewer {\n      kind\n    }\n    organization(slug: $slug) {\n      id\n      viewerCanManage\n      viewerCanRequestToJoin\n      viewerAccess\n      viewerJoinRequest {\n        state\n        createdAt\n      }\n      slug\n      name\n      kind\n      description\n      website\n      logo {\n        url(width: 320)\n        width\n        height\n      }\n      commune\n      territory {\n        slug\n        name\n      }\n      members {\n        role\n        person {\n          id\n          displayName\n        }\n      }\n      partnerships {\n        role\n        note\n        portrait {\n          id\n          ...PortraitCard_Portrait\n        }\n      }\n    }\n  }\n': typeof types.OrganizationPageDocument;
  '\n  mutation RequestToJoin($organizationId: ID!, $message: String!) {\n    requestToJoin(organizationId: $organizationId, message: $message) {\n      joinRequest {\n        id\n        state\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.RequestToJoinDocument;
  '\n  query OrganizationEditPage($slug: String!) {\n    viewer {\n      kind\n    }\n    organization(slug: $slug) {\n      id\n      slug\n      name\n      viewerCanManage\n      membersMayCoSign\n      ...ProfileForm_Organization\n      members {\n        access\n        role\n        createdAt\n        person {\n          id\n          displayName\n        }\n      }\n      invitations {\n        id\n        email\n        createdAt\n        expiresAt\n        invitedBy {\n          displayName\n        }\n      }\n      joinRequests {\n        id\n        message\n        createdAt\n        person {\n          displayName\n        }\n      }\n    }\n  }\n': typeof types.OrganizationEditPageDocument;
  '\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      organization {\n        ...ProfileForm_Organization\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.UpdateOrganizationDocument;
  '\n  mutation SetMembersMayCoSign($organizationId: ID!, $allowed: Boolean!) {\n    setMembersMayCoSign(organizationId: $organizationId, allowed: $allowed) {\n      organization {\n        id\n        membersMayCoSign\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.SetMembersMayCoSignDocument;
  '\n  mutation InviteMember($organizationId: ID!, $email: String) {\n    inviteMember(organizationId: $organizationId, email: $email) {\n      link\n      invitation {\n        id\n        email\n        expiresAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.InviteMemberDocument;
  '\n  mutation RevokeInvitation($invitationId: ID!) {\n    revokeInvitation(invitationId: $invitationId) {\n      invitation {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.RevokeInvitationDocument;
  '\n  mutation SetMemberAccess($organizationId: ID!, $personId: ID!, $access: MembershipAccess!) {\n    setMemberAccess(organizationId: $organizationId, personId: $personId, access: $access) {\n      membership {\n        access\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.SetMemberAccessDocument;
  '\n  mutation RemoveMember($organizationId: ID!, $personId: ID!) {\n    removeMember(organizationId: $organizationId, personId: $personId) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.RemoveMemberDocument;
  '\n  mutation AcceptJoinRequest($requestId: ID!) {\n    acceptJoinRequest(requestId: $requestId) {\n      joinRequest {\n        id\n        state\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.AcceptJoinRequestDocument;
  '\n  mutation DeclineJoinRequest($requestId: ID!) {\n    declineJoinRequest(requestId: $requestId) {\n      joinRequest {\n        id\n        state\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.DeclineJoinRequestDocument;
  '\n  query NewOrganizationPage {\n    viewer {\n      kind\n      role\n    }\n    viewerOrganizationRequests {\n      id\n      name\n      kind\n      state\n      note\n      createdAt\n      decidedAt\n      organization {\n        slug\n        name\n      }\n    }\n  }\n': typeof types.NewOrganizationPageDocument;
  '\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      organization {\n        slug\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.CreateOrganizationDocument;
  '\n  mutation RequestOrganization($input: RequestOrganizationInput!) {\n    requestOrganization(input: $input) {\n      request {\n        id\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.RequestOrganizationDocument;
  '\n  query PortraitsPage($filter: PortraitFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    portraits(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        ...PortraitCard_Portrait\n      }\n    }\n    viewer {\n      canWritePortraits\n    }\n    themes {\n      slug\n      name\n      nameEn\n    }\n    territories(first: 100) {\n      nodes {\n        slug\n        name\n      }\n    }\n  }\n': typeof types.PortraitsPageDocument;
  '\n  query PortraitPage($slug: String!) {\n    viewer {\n      canWritePortraits\n    }\n    portrait(slug: $slug) {\n      id\n      slug\n      viewerCanEdit\n      images {\n        alt\n        image {\n          id\n          width\n          height\n          url(width: 960)\n        }\n      }\n      name\n      summary\n      commune\n      need\n      project\n      results\n      stage\n      startYear\n      durationMonths\n      budgetTotal\n      website\n      isDemo\n      territory {\n        slug\n        name\n        region\n      }\n      themes {\n        slug\n        name\n        nameEn\n      }\n      funding {\n        euShare\n      }\n      replicatedFrom {\n        slug\n        name\n        commune\n      }\n      replications {\n        slug\n        name\n        commune\n      }\n      stories {\n        id\n        ...StoryCard_Story\n      }\n      partners {\n        role\n      }\n      indicators {\n        label\n      }\n      fundingLines {\n        sourceKind\n      }\n      stageHistory {\n        stage\n      }\n      ...PortraitIndicators_Portrait\n      ...PortraitFunding_Portrait\n      ...PortraitTimeline_Portrait\n      ...PortraitPartners_Portrait\n    }\n  }\n': typeof types.PortraitPageDocument;
  '\n    fragment PortraitFunding_Portrait on Portrait {\n      budgetTotal\n      funding {\n        total\n        itemisedTotal\n        unitemised\n        euAmount\n        euShare\n      }\n      fundingLines {\n        sourceKind\n        label\n        amount\n        euPriorityAxis\n        periodStart\n        periodEnd\n        note\n        isEu\n        funder {\n          slug\n          name\n        }\n      }\n    }\n  ': typeof types.PortraitFunding_PortraitFragmentDoc;
  '\n    fragment PortraitIndicators_Portrait on Portrait {\n      indicators {\n        label\n        value\n        unit\n        asOf\n        period\n        note\n      }\n    }\n  ': typeof types.PortraitIndicators_PortraitFragmentDoc;
  '\n    fragment PortraitPartners_Portrait on Portrait {\n      partners {\n        role\n        note\n        organization {\n          slug\n          name\n          kind\n        }\n      }\n    }\n  ': typeof types.PortraitPartners_PortraitFragmentDoc;
  '\n    fragment PortraitTimeline_Portrait on Portrait {\n      stage\n      stageHistory {\n        stage\n        date\n        precision\n        note\n      }\n    }\n  ': typeof types.PortraitTimeline_PortraitFragmentDoc;
  '\n  query PortraitEditor($slug: String!) {\n    viewer {\n      kind\n    }\n    portrait(slug: $slug) {\n      id\n      slug\n      name\n      publicationState\n      viewerCanEdit\n      draftInfo {\n        editVersion\n        reviewState\n        reviewerNote\n        viewerCanSubmit\n        viewerCanPublish\n        viewerCanWithdraw\n        viewerCanRestore\n        revisions(first: 30) {\n          nodes {\n            id\n            number\n            action\n            authorName\n            createdAt\n            note\n          }\n        }\n      }\n      draft {\n        name\n        summary\n        commune\n        need\n        project\n        results\n        startYear\n        durationMonths\n        budgetTotal\n        website\n        stage\n        territory {\n          id\n          slug\n          name\n          diagnoses {\n            id\n            title\n            findings {\n              id\n              title\n            }\n          }\n        }\n        themes {\n          id\n        }\n        indicators {\n          key\n          label\n          value\n          unit\n          asOf\n          period\n          note\n        }\n        fundingLines {\n          key\n          sourceKind\n          label\n          funder {\n            id\n          }\n          amount\n          euPriorityAxis\n          periodStart\n          periodEnd\n          note\n        }\n        funding {\n          total\n          euAmount\n          euShare\n          itemisedTotal\n          unknownAmountLines\n        }\n        partners {\n          role\n          note\n          organization {\n            id\n            name\n          }\n        }\n        stageEvents {\n          key\n          stage\n          date\n          precision\n          note\n        }\n        replicatedFrom {\n          id\n        }\n        answers {\n          id\n          title\n        }\n        images {\n          alt\n          image {\n            id\n            width\n            height\n            url(width: 480)\n          }\n        }\n      }\n    }\n    territories(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    themes {\n      id\n      name\n      nameEn\n    }\n    organizations(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    portraits(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n': typeof types.PortraitEditorDocument;
  '\n  mutation EditorUpdatePortrait($input: UpdatePortraitInput!) {\n    updatePortrait(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.EditorUpdatePortraitDocument;
  '\n  mutation EditorAddIndicator($input: IndicatorInput!) {\n    addIndicator(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.EditorAddIndicatorDocument;
  '\n  mutation EditorUpdateIndicator($input: IndicatorInput!) {\n    updateIndicator(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.EditorUpdateIndicatorDocument;
  '\n  mutation EditorRemoveIndicator($input: PortraitItemInput!) {\n    removeIndicator(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.EditorRemoveIndicatorDocument;
  '\n  mutation EditorMoveIndicator($input: MovePortraitItemInput!) {\n    moveIndicator(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.EditorMoveIndicatorDocument;
  '\n  mutation EditorAddFundingLine($input: FundingLineInput!) {\n    addFundingLine(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.EditorAddFundingLineDocument;
  '\n  mutation EditorUpdateFundingLine($input: FundingLineInput!) {\n    updateFundingLine(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.EditorUpdateFundingLineDocument;
  '\n  mutation EditorRemoveFundingLine($input: PortraitItemInput!) {\n    removeFundingLine(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.EditorRemoveFundingLineDocument;
  '\n  mutation EditorMoveFundingLine($input: MovePortraitItemInput!) {\n    moveFundingLine(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.EditorMoveFundingLineDocument;
  '\n  mutation EditorSetPortraitPartners($input: SetPortraitPartnersInput!) {\n    setPortraitPartners(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.EditorSetPortraitPartnersDocument;
  '\n  mutation EditorRecordStageChange($input: RecordStageChangeInput!) {\n    recordStageChange(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.EditorRecordStageChangeDocument;
  '\n  mutation EditorSetReplicatedFrom($input: SetReplicatedFromInput!) {\n    setReplicatedFrom(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.EditorSetReplicatedFromDocument;
  '\n  mutation EditorSetAnsweredFindings($input: SetAnsweredFindingsInput!) {\n    setAnsweredFindings(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.EditorSetAnsweredFindingsDocument;
  '\n  mutation EditorAddPortraitImage($input: PortraitImageInput!) {\n    addPortraitImage(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.EditorAddPortraitImageDocument;
  '\n  mutation EditorUpdatePortraitImage($input: PortraitImageInput!) {\n    updatePortraitImage(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.EditorUpdatePortraitImageDocument;
  '\n  mutation EditorRemovePortraitImage($input: PortraitItemInput!) {\n    removePortraitImage(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.EditorRemovePortraitImageDocument;
  '\n  mutation EditorMovePortraitImage($input: MovePortraitItemInput!) {\n    movePortraitImage(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.EditorMovePortraitImageDocument;
  '\n  mutation EditorSubmitPortrait($input: PortraitDraftInput!) {\n    submitPortrait(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.EditorSubmitPortraitDocument;
  '\n  mutation EditorPublishPortrait($input: PortraitDraftInput!) {\n    publishPortrait(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.EditorPublishPortraitDocument;
  '\n  mutation EditorWithdrawPortrait($input: PortraitDraftInput!) {\n    withdrawPortrait(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.EditorWithdrawPortraitDocument;
  '\n  mutation EditorRestorePortraitRevision($input: RestorePortraitRevisionInput!) {\n    restorePortraitRevision(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.EditorRestorePortraitRevisionDocument;
  '\n  query NewPortrait {\n    viewer {\n      kind\n      role\n      person {\n        memberships {\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n    territories(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    themes {\n      id\n      name\n      nameEn\n    }\n    portraits(first: 100, filter: { stage: UNCLAIMED_IDEA }) {\n      nodes {\n        id\n        slug\n        name\n        territory {\n          name\n        }\n      }\n    }\n  }\n': typeof types.NewPortraitDocument;
  '\n  mutation CreatePortrait($input: CreatePortraitInput!) {\n    createPortrait(input: $input) {\n      portrait {\n        id\n        slug\n        draft {\n          name\n          summary\n          need\n          project\n          results\n          startYear\n          durationMonths\n          budgetTotal\n          website\n          territory {\n            id\n          }\n        }\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.CreatePortraitDocument;
  '\n  mutation NewPortraitPlace($input: UpdatePortraitInput!) {\n    updatePortrait(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.NewPortraitPlaceDocument;
  '\n  query ReviewPage {\n    viewer {\n      kind\n      role\n    }\n    draftsToReview(first: 100) {\n      totalCount\n      nodes {\n        subjectId\n        ...ReviewDraft_Draft\n      }\n    }\n    toReview {\n      counts {\n        pendingContributions\n        reportedContributions\n        proposedFindings\n        pendingSuggestions\n        total\n      }\n      pendingContributions {\n        id\n        ...ReviewContribution_Contribution\n      }\n      reportedContributions {\n        id\n        ...ReviewContribution_Contribution\n      }\n      proposedFindings {\n        id\n        ...ReviewFinding_Finding\n      }\n      pendingSuggestions {\n        id\n        title\n        note\n        createdAt\n        state\n        author {\n          displayName\n        }\n        statementDiff {\n          value\n          added\n          removed\n        }\n        finding {\n          id\n          title\n          diagnosis {\n            period\n            territory {\n              slug\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.ReviewPageDocument;
  '\n  query ReviewOrganizationRequests {\n    organizationRequests(state: PENDING) {\n      id\n      ...ReviewOrganizationRequest_Request\n    }\n  }\n': typeof types.ReviewOrganizationRequestsDocument;
  '\n  mutation ReviewApprove($id: ID!) {\n    approveContribution(id: $id) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.ReviewApproveDocument;
  '\n  mutation ReviewKeep($id: ID!) {\n    keepReportedContribution(id: $id) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.ReviewKeepDocument;
  '\n  mutation ReviewHide($id: ID!, $reason: String!) {\n    hideContribution(id: $id, reason: $reason) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.ReviewHideDocument;
  '\n  mutation ReviewPublishStory($id: ID!, $expectedVersion: Int!) {\n    publishStory(id: $id, expectedVersion: $expectedVersion) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.ReviewPublishStoryDocument;
  '\n  mutation ReviewPublishPortrait($input: PortraitDraftInput!) {\n    publishPortrait(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.ReviewPublishPortraitDocument;
  '\n  mutation ReviewRequestChanges($input: RequestChangesInput!) {\n    requestChanges(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.ReviewRequestChangesDocument;
  '\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      viewer {\n        kind\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n': typeof types.SignInDocument;
  '\n  mutation SignOut {\n    signOut\n  }\n': typeof types.SignOutDocument;
  '\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      confirmationSent\n      email\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n': typeof types.SignUpDocument;
  '\n  mutation ConfirmSignUp($token: String!) {\n    confirmSignUp(token: $token) {\n      viewer {\n        kind\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n': typeof types.ConfirmSignUpDocument;
  '\n  query StoriesPage($filter: StoryFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    stories(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        ...StoryCard_Story\n      }\n    }\n    territories(first: 100) {\n      nodes {\n        slug\n        name\n      }\n    }\n  }\n': typeof types.StoriesPageDocument;
  '\n  query StoryPage($slug: String!) {\n    story(slug: $slug) {\n      id\n      slug\n      title\n      kind\n      summary\n      bodyHtml\n      publishedAt\n      publicationState\n      isDemo\n      authoring {\n        viewerCanEdit\n      }\n      teller {\n        name\n        role\n      }\n      territory {\n        slug\n        name\n      }\n      portrait {\n        slug\n        name\n        summary\n        ...PortraitCard_Portrait\n      }\n      findings {\n        id\n        title\n        diagnosis {\n          slug\n          title\n          territory {\n            slug\n          }\n        }\n      }\n    }\n  }\n': typeof types.StoryPageDocument;
  '\n  query StoryEditor($slug: String!) {\n    story(slug: $slug) {\n      id\n      slug\n      title\n      publicationState\n      authoring {\n        reviewState\n        reviewerNote\n        editVersion\n        submittedAt\n        viewerCanEdit\n        viewerCanSubmit\n        viewerCanPublish\n        viewerCanRequestChanges\n        viewerCanWithdraw\n        ...StoryHistory_DraftInfo\n      }\n      draft {\n        kind\n        title\n        summary\n        bodyMarkdown\n        anonymous\n        tellerName\n        tellerRole\n        consent\n        territory {\n          id\n        }\n        portraits {\n          id\n        }\n        findings {\n          id\n        }\n        workshops {\n          id\n        }\n      }\n    }\n  }\n': typeof types.StoryEditorDocument;
  '\n  mutation WithdrawStory($id: ID!, $expectedVersion: Int!) {\n    withdrawStory(id: $id, expectedVersion: $expectedVersion) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.WithdrawStoryDocument;
  '\n  mutation PublishStory($id: ID!, $expectedVersion: Int!) {\n    publishStory(id: $id, expectedVersion: $expectedVersion) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.PublishStoryDocument;
  '\n  mutation RequestStoryChanges($input: RequestChangesInput!) {\n    requestChanges(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.RequestStoryChangesDocument;
  '\n  mutation RestoreStoryRevision($revisionId: ID!, $expectedVersion: Int!) {\n    restoreStoryRevision(revisionId: $revisionId, expectedVersion: $expectedVersion) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.RestoreStoryRevisionDocument;
  '\n  query StoryChoices {\n    territories(first: 100) {\n      nodes {\n        id\n        name\n        portraits {\n          id\n          name\n        }\n        workshops {\n          id\n          title\n        }\n        diagnoses {\n          id\n          title\n          findings {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n': typeof types.StoryChoicesDocument;
  '\n  query RenderMarkdown($text: String!) {\n    renderMarkdown(text: $text)\n  }\n': typeof types.RenderMarkdownDocument;
  '\n  fragment StoryAfterMove on Story {\n    id\n    slug\n    authoring {\n      editVersion\n      viewerCanSubmit\n    }\n    draft {\n      kind\n      title\n      summary\n      bodyMarkdown\n      anonymous\n      tellerName\n      tellerRole\n      consent\n      territory {\n        id\n      }\n      portraits {\n        id\n      }\n      findings {\n        id\n      }\n      workshops {\n        id\n      }\n    }\n  }\n': typeof types.StoryAfterMoveFragmentDoc;
  '\n  mutation CreateStory($input: CreateStoryInput!) {\n    createStory(input: $input) {\n      story {\n        ...StoryAfterMove\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.CreateStoryDocument;
  '\n  mutation UpdateStory($input: UpdateStoryInput!) {\n    updateStory(input: $input) {\n      story {\n        ...StoryAfterMove\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.UpdateStoryDocument;
  '\n  mutation SubmitStory($id: ID!, $expectedVersion: Int!) {\n    submitStory(id: $id, expectedVersion: $expectedVersion) {\n      story {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.SubmitStoryDocument;
  '\n  query TerritoriesPage($first: Int, $after: String, $last: Int, $before: String) {\n    territories(first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        ...TerritoryCard_Territory\n      }\n    }\n  }\n': typeof types.TerritoriesPageDocument;
  '\n  query TerritoryPage($slug: String!) {\n    territory(slug: $slug) {\n      id\n      slug\n      name\n      kind\n      region\n      description\n      neighbourhoods {\n        slug\n        name\n        commune\n      }\n      themes {\n        slug\n        name\n        nameEn\n      }\n      diagnoses {\n        id\n        slug\n        period\n        title\n        summary\n        status\n        periodStart\n        periodEnd\n        validatedAt\n        isDemo\n        findings {\n          id\n          position\n          ...FindingItem_Finding\n        }\n      }\n      portraits {\n        id\n        ...PortraitCard_Portrait\n      }\n      workshops {\n        id\n        ...WorkshopCard_Workshop\n      }\n      organizations {\n        id\n        ...OrganizationCard_Organization\n      }\n    }\n  }\n': typeof types.TerritoryPageDocument;
  '\n    fragment FindingItem_Finding on Finding {\n      id\n      title\n      statement\n      priority\n      status\n      evidenceCount\n      themes {\n        slug\n        name\n        nameEn\n      }\n      neighbourhoods {\n        slug\n        name\n      }\n      evidence {\n        id\n        kind\n        body\n        authorName\n        authorIsGuest\n        voteCount\n        workshop {\n          slug\n          title\n        }\n      }\n      stories {\n        slug\n        title\n      }\n    }\n  ': typeof types.FindingItem_FindingFragmentDoc;
  '\n  query DiagnosisPage($territorySlug: String!, $period: String!) {\n    viewer {\n      kind\n      displayName\n      person {\n        id\n        memberships {\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n    territoryDiagnosis(territorySlug: $territorySlug, period: $period) {\n      id\n      slug\n      period\n      title\n      summary\n      periodStart\n      periodEnd\n      status\n      validatedAt\n      isDemo\n      ...LiveStart_Diagnosis\n      territory {\n        slug\n        name\n        themes {\n          slug\n          name\n          nameEn\n        }\n        neighbourhoods {\n          slug\n          name\n        }\n      }\n      coordinators {\n        id\n        displayName\n      }\n      consultation {\n        id\n        slug\n        moderationMode\n      }\n      workshops {\n        id\n        slug\n        title\n        kind\n        status\n        startsAt\n        datePrecision\n        participantCount\n        contributionCount\n      }\n      transitions {\n        id\n        fromStatus\n        toStatus\n        reason\n        createdAt\n        actor {\n          displayName\n        }\n      }\n      participation {\n        workshopCount\n        participantCount\n        contributionCount\n        organizationCount\n        timeline {\n          month\n          count\n        }\n      }\n      matrix {\n        theme {\n          slug\n          name\n          nameEn\n        }\n        neighbourhood {\n          slug\n          name\n        }\n        findings {\n          id\n          title\n        }\n        evidenceCount\n      }\n      findings {\n        ...FindingCard_Finding\n      }\n      proposalsAwaitingReview {\n        ...FindingCard_Finding\n      }\n      pendingSuggestions {\n        id\n        title\n        statement\n        note\n        createdAt\n        author {\n          displayName\n        }\n        finding {\n          id\n          title\n        }\n        statementDiff {\n          value\n          added\n          removed\n        }\n      }\n      viewerCanCoordinate\n      viewerDiagnosisMoves\n      viewerCanContribute\n      viewerCanPropose\n    }\n  }\n': typeof types.DiagnosisPageDocument;
  '\n  query DiagnosisConsultationContributions($territorySlug: String!, $period: String!) {\n    territoryDiagnosis(territorySlug: $territorySlug, period: $period) {\n      id\n      consultation {\n        id\n        contributions(first: 100) {\n          id\n          kind\n          body\n          authorName\n          authorIsGuest\n          moderationState\n          createdAt\n          voteCount\n          ...RetainedMark_Contribution\n        }\n      }\n    }\n  }\n': typeof types.DiagnosisConsultationContributionsDocument;
  '\n  mutation PostDiagnosisContribution($input: PostDiagnosisContributionInput!) {\n    postDiagnosisContribution(input: $input) {\n      contribution {\n        id\n        moderationState\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.PostDiagnosisContributionDocument;
  '\n  mutation ProposeFinding($input: ProposeFindingInput!) {\n    proposeFinding(input: $input) {\n      finding {\n        ...FindingCard_Finding\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.ProposeFindingDocument;
  '\n  mutation MoveFinding($findingId: ID!, $position: Int!) {\n    moveFinding(findingId: $findingId, position: $position) {\n      finding {\n        id\n        position\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.MoveFindingDocument;
  '\n  mutation OpenConsultation($diagnosisId: ID!, $reason: String) {\n    openConsultation(diagnosisId: $diagnosisId, reason: $reason) {\n      diagnosis {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.OpenConsultationDocument;
  '\n  mutation ValidateDiagnosis($diagnosisId: ID!, $reason: String) {\n    validateDiagnosis(diagnosisId: $diagnosisId, reason: $reason) {\n      diagnosis {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.ValidateDiagnosisDocument;
  '\n  mutation ArchiveDiagnosis($diagnosisId: ID!, $reason: String) {\n    archiveDiagnosis(diagnosisId: $diagnosisId, reason: $reason) {\n      diagnosis {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.ArchiveDiagnosisDocument;
  '\n  mutation ReopenDiagnosis($diagnosisId: ID!, $reason: String!) {\n    reopenDiagnosis(diagnosisId: $diagnosisId, reason: $reason) {\n      diagnosis {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.ReopenDiagnosisDocument;
  '\n    subscription DiagnosisPageEvents($diagnosisId: ID!, $afterSeq: Int) {\n      diagnosisEvents(diagnosisId: $diagnosisId, afterSeq: $afterSeq) {\n        ...LiveEnvelope_DiagnosisEvent\n        finding {\n          ...FindingCard_Finding\n        }\n      }\n    }\n  ': typeof types.DiagnosisPageEventsDocument;
  '\n  query FindingPage($territorySlug: String!, $period: String!, $id: ID!) {\n    viewer {\n      kind\n      displayName\n    }\n    territoryDiagnosis(territorySlug: $territorySlug, period: $period) {\n      id\n      period\n      title\n      status\n      viewerCanCoordinate\n      ...LiveStart_Diagnosis\n      territory {\n        slug\n        name\n        themes {\n          slug\n          name\n          nameEn\n        }\n        neighbourhoods {\n          slug\n          name\n        }\n      }\n      findings {\n        id\n        title\n        status\n      }\n    }\n    node(id: $id) {\n      ... on Finding {\n        ...FindingPage_Finding\n        diagnosis {\n          id\n        }\n      }\n    }\n  }\n': typeof types.FindingPageDocument;
  '\n  mutation UpdateFinding($input: UpdateFindingInput!) {\n    updateFinding(input: $input) {\n      finding {\n        ...FindingNow_Finding\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.UpdateFindingDocument;
  '\n  mutation SuggestFindingEdit($input: SuggestFindingEditInput!) {\n    suggestFindingEdit(input: $input) {\n      suggestion {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.SuggestFindingEditDocument;
  '\n  mutation SupportFinding($findingId: ID!, $organizationId: ID) {\n    supportFinding(findingId: $findingId, organizationId: $organizationId) {\n      finding {\n        id\n        supportCount\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.SupportFindingDocument;
  '\n  mutation WithdrawSupport($findingId: ID!) {\n    withdrawSupport(findingId: $findingId) {\n      finding {\n        id\n        supportCount\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.WithdrawSupportDocument;
  '\n  mutation CommentOnFinding($findingId: ID!, $body: String!) {\n    commentOnFinding(findingId: $findingId, body: $body) {\n      comment {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.CommentOnFindingDocument;
  '\n  mutation HideFindingComment($commentId: ID!) {\n    hideFindingComment(commentId: $commentId) {\n      comment {\n        id\n        hidden\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.HideFindingCommentDocument;
  '\n  mutation RestoreFindingRevision($revisionId: ID!, $expectedVersion: Int!) {\n    restoreFindingRevision(revisionId: $revisionId, expectedVersion: $expectedVersion) {\n      finding {\n        id\n        version\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.RestoreFindingRevisionDocument;
  '\n  mutation SpawnProjectIdea($findingId: ID!, $title: String!) {\n    spawnProjectIdea(findingId: $findingId, title: $title) {\n      portrait {\n        slug\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.SpawnProjectIdeaDocument;
  '\n  mutation MergeFindings($findingId: ID!, $intoId: ID!) {\n    mergeFindings(findingId: $findingId, intoId: $intoId) {\n      finding {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.MergeFindingsDocument;
  '\n  mutation DetachEvidence($findingId: ID!, $contributionIds: [ID!]!) {\n    detachEvidence(findingId: $findingId, contributionIds: $contributionIds) {\n      finding {\n        id\n        evidenceCount\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.DetachEvidenceDocument;
  '\n    fragment FindingNow_Finding on Finding {\n      id\n      version\n      kind\n      title\n      statement\n      priority\n      status\n      themes {\n        slug\n      }\n      neighbourhoods {\n        slug\n      }\n      lastChangedAt\n      lastChangedBy {\n        displayName\n      }\n    }\n  ': typeof types.FindingNow_FindingFragmentDoc;
  '\n    fragment FindingPage_Finding on Finding {\n      id\n      kind\n      title\n      statement\n      statementHtml\n      priority\n      status\n      version\n      awaitingReview\n      createdAt\n      ...FindingNow_Finding\n      themes {\n        slug\n        name\n        nameEn\n      }\n      neighbourhoods {\n        slug\n        name\n      }\n      mergedInto {\n        id\n        title\n      }\n      proposedBy {\n        displayName\n      }\n      lastChangedBy {\n        displayName\n      }\n      lastChangedAt\n      evidence {\n        id\n        kind\n        body\n        authorName\n        authorIsGuest\n        workshop {\n          slug\n          title\n          kind\n        }\n        organization {\n          name\n        }\n      }\n      evidenceCount\n      participantCount\n      organizationCount\n      supportCount\n      cosigners {\n        id\n        name\n      }\n      comments {\n        id\n        body\n        createdAt\n        hidden\n        author {\n          displayName\n        }\n      }\n      revisions {\n        id\n        number\n        change\n        createdAt\n        note\n        author {\n          displayName\n        }\n        before {\n          title\n          status\n        }\n        after {\n          title\n          status\n        }\n        statementDiff {\n          value\n          added\n          removed\n        }\n      }\n      suggestions {\n        id\n        title\n        statement\n        note\n        state\n        baseVersion\n        reviewNote\n        createdAt\n        author {\n          displayName\n        }\n        reviewedBy {\n          displayName\n        }\n        statementDiff {\n          value\n          added\n          removed\n        }\n      }\n      answeredBy {\n        id\n        slug\n        name\n        stage\n      }\n      stories {\n        slug\n        title\n      }\n      viewerCanEdit\n      viewerCanSuggest\n      viewerCanSupport\n      viewerSupports\n      viewerCosignedFor {\n        id\n        name\n      }\n      viewerCoSignOrganizations {\n        id\n        name\n      }\n      viewerCanComment\n    }\n  ': typeof types.FindingPage_FindingFragmentDoc;
  '\n    subscription FindingPageEvents($diagnosisId: ID!, $afterSeq: Int) {\n      diagnosisEvents(diagnosisId: $diagnosisId, afterSeq: $afterSeq) {\n        ...LiveEnvelope_DiagnosisEvent\n        finding {\n          ...FindingPresence_Finding\n        }\n      }\n    }\n  ': typeof types.FindingPageEventsDocument;
  '\n    fragment FindingPresence_Finding on Finding {\n      id\n      kind\n      position\n      awaitingReview\n    }\n  ': typeof types.FindingPresence_FindingFragmentDoc;
  '\n    mutation MarkEditingFinding($findingId: ID!, $editing: Boolean!) {\n      markEditingFinding(findingId: $findingId, editing: $editing) {\n        userErrors {\n          message\n        }\n      }\n    }\n  ': typeof types.MarkEditingFindingDocument;
  '\n  query WorkshopsPage(\n    $kind: WorkshopKind\n    $territory: String\n    $theme: String\n    $live: Boolean!\n    $upcoming: Boolean!\n    $past: Boolean!\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n  ) {\n    live: workshops(\n      filter: { timing: LIVE, kind: $kind, territory: $territory, theme: $theme }\n      sort: SOONEST\n      first: 20\n    ) @include(if: $live) {\n      totalCount\n      nodes {\n        id\n        ...WorkshopCard_Workshop\n      }\n    }\n    upcoming: workshops(\n      filter: { timing: UPCOMING, kind: $kind, territory: $territory, theme: $theme }\n      sort: SOONEST\n      first: 20\n    ) @include(if: $upcoming) {\n      totalCount\n      nodes {\n        id\n        ...WorkshopCard_Workshop\n      }\n    }\n    past: workshops(\n      filter: { timing: PAST, kind: $kind, territory: $territory, theme: $theme }\n      sort: LATEST\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n    ) @include(if: $past) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        ...WorkshopCard_Workshop\n      }\n    }\n    viewerCanPlanWorkshops\n    themes {\n      slug\n      name\n      nameEn\n    }\n    territories(first: 100) {\n      nodes {\n        slug\n        name\n      }\n    }\n  }\n': typeof types.WorkshopsPageDocument;
  '\n  query WorkshopPage($slug: String!) {\n    workshop(slug: $slug) {\n      id\n      slug\n      title\n      kind\n      status\n      startsAt\n      endsAt\n      datePrecision\n      place\n      description\n      participantCount\n      contributionCount\n      isDemo\n      joinCode\n      viewerIsCoordinator\n      hasCalendarDate\n      participantCap\n      registrationCount\n      viewerIsRegistered\n      viewerCanRegister\n      viewerCanEdit\n      territory {\n        slug\n        name\n      }\n      neighbourhoods {\n        slug\n        name\n        commune\n      }\n      themes {\n        slug\n        name\n        nameEn\n      }\n      coordinators {\n        id\n        displayName\n      }\n      prompts {\n        id\n        position\n        question\n      }\n      contributions(first: 200) {\n        id\n        prompt {\n          id\n        }\n        ...ContributionItem_Contribution\n      }\n    }\n  }\n': typeof types.WorkshopPageDocument;
  '\n  mutation RegisterForWorkshop($workshopId: ID!) {\n    registerForWorkshop(workshopId: $workshopId) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.RegisterForWorkshopDocument;
  '\n  mutation CancelRegistration($workshopId: ID!) {\n    cancelRegistration(workshopId: $workshopId) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.CancelRegistrationDocument;
  '\n    fragment ContributionItem_Contribution on Contribution {\n      id\n      kind\n      body\n      authorName\n      authorIsGuest\n      voteCount\n      createdAt\n      pinned\n      addressed\n      themes {\n        slug\n        name\n        nameEn\n      }\n      organization {\n        slug\n        name\n      }\n      replies {\n        id\n        body\n        authorName\n        authorIsGuest\n        createdAt\n      }\n    }\n  ': typeof types.ContributionItem_ContributionFragmentDoc;
  '\n  query WorkshopCalendar($slug: String!) {\n    workshop(slug: $slug) {\n      id\n      slug\n      title\n      startsAt\n      endsAt\n      datePrecision\n      hasCalendarDate\n      place\n      description\n    }\n  }\n': typeof types.WorkshopCalendarDocument;
  '\n  query ConsoleAccess($slug: String!) {\n    workshop(slug: $slug) {\n      viewerIsCoordinator\n    }\n  }\n': typeof types.ConsoleAccessDocument;
  '\n  query ConsolePage($slug: String!) {\n    workshop(slug: $slug) {\n      id\n      slug\n      title\n      status\n      viewerSessionMoves\n      ...LiveStart_Workshop\n      prompts {\n        id\n        position\n        question\n      }\n      allContributions {\n        ...ConsoleItem_Contribution\n      }\n      moderationLog(first: 50) {\n        ...ModerationLog_ModerationAction\n      }\n      diagnosis {\n        id\n        title\n        viewerCanCoordinate\n        findings {\n          id\n          title\n          status\n        }\n      }\n    }\n    themes {\n      slug\n      name\n      nameEn\n    }\n  }\n': typeof types.ConsolePageDocument;
  '\n  mutation ConsoleApprove($id: ID!) {\n    approveContribution(id: $id) {\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n': typeof types.ConsoleApproveDocument;
  '\n  mutation ConsoleHide($id: ID!, $reason: String!) {\n    hideContribution(id: $id, reason: $reason) {\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n': typeof types.ConsoleHideDocument;
  '\n  mutation ConsoleRestore($id: ID!) {\n    restoreContribution(id: $id) {\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n': typeof types.ConsoleRestoreDocument;
  '\n  mutation ConsolePin($id: ID!) {\n    pinContribution(id: $id) {\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n': typeof types.ConsolePinDocument;
  '\n  mutation ConsoleUnpin($id: ID!) {\n    unpinContribution(id: $id) {\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n': typeof types.ConsoleUnpinDocument;
  '\n  mutation ConsoleAddress($id: ID!) {\n    markContributionAddressed(id: $id) {\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n': typeof types.ConsoleAddressDocument;
  '\n  mutation ConsoleMerge($keepId: ID!, $duplicateId: ID!) {\n    mergeContributions(keepId: $keepId, duplicateId: $duplicateId) {\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n': typeof types.ConsoleMergeDocument;
  '\n  mutation ConsoleTag($id: ID!, $themeSlugs: [String!]!) {\n    tagContribution(id: $id, themeSlugs: $themeSlugs) {\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n': typeof types.ConsoleTagDocument;
  '\n  mutation ConsoleSchedule($workshopId: ID!) {\n    scheduleWorkshop(workshopId: $workshopId) {\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n': typeof types.ConsoleScheduleDocument;
  '\n  mutation ConsoleOpen($workshopId: ID!) {\n    openWorkshop(workshopId: $workshopId) {\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n': typeof types.ConsoleOpenDocument;
  '\n  mutation ConsoleReopen($workshopId: ID!) {\n    reopenWorkshop(workshopId: $workshopId) {\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n': typeof types.ConsoleReopenDocument;
  '\n  mutation ConsolePause($workshopId: ID!) {\n    pauseWorkshop(workshopId: $workshopId) {\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n': typeof types.ConsolePauseDocument;
  '\n  mutation ConsoleClose($workshopId: ID!) {\n    closeWorkshop(workshopId: $workshopId) {\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n': typeof types.ConsoleCloseDocument;
  '\n  mutation ConsoleSetMode($workshopId: ID!, $mode: ModerationMode!) {\n    setModerationMode(workshopId: $workshopId, mode: $mode) {\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n': typeof types.ConsoleSetModeDocument;
  '\n  mutation ConsoleSetPrompt($workshopId: ID!, $promptId: ID) {\n    setActivePrompt(workshopId: $workshopId, promptId: $promptId) {\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n': typeof types.ConsoleSetPromptDocument;
  '\n  mutation ConsoleAddPrompt($workshopId: ID!, $question: String!) {\n    addPrompt(workshopId: $workshopId, question: $question) {\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n': typeof types.ConsoleAddPromptDocument;
  '\n    subscription ConsoleEvents($workshopId: ID!, $afterSeq: Int) {\n      workshopEvents(workshopId: $workshopId, afterSeq: $afterSeq) {\n        ...LiveEnvelope_WorkshopEvent\n        contribution {\n          ...ConsoleItem_Contribution\n        }\n      }\n    }\n  ': typeof types.ConsoleEventsDocument;
  '\n    query ConsoleLog($slug: String!) {\n      workshop(slug: $slug) {\n        status\n        viewerSessionMoves\n        moderationLog(first: 50) {\n          ...ModerationLog_ModerationAction\n        }\n      }\n    }\n  ': typeof types.ConsoleLogDocument;
  '\n    fragment ConsoleItem_Contribution on Contribution {\n      id\n      kind\n      body\n      authorName\n      authorIsGuest\n      voteCount\n      createdAt\n      editedAt\n      pinned\n      addressed\n      moderationState\n      hiddenReason\n      reportCount\n      parentId\n      viewerModerationMoves\n      prompt {\n        id\n        question\n      }\n      themes {\n        slug\n        name\n        nameEn\n      }\n      ...RetainedMark_Contribution\n    }\n  ': typeof types.ConsoleItem_ContributionFragmentDoc;
  '\n    fragment ModerationLog_ModerationAction on ModerationAction {\n      id\n      action\n      actorName\n      reason\n      at\n      contribution {\n        id\n        body\n      }\n    }\n  ': typeof types.ModerationLog_ModerationActionFragmentDoc;
  '\n  query PlanEditPage($slug: String!, $search: String!, $searching: Boolean!) {\n    viewer {\n      kind\n    }\n    workshop(slug: $slug) {\n      id\n      slug\n      title\n      kind\n      status\n      planVersion\n      datePrecision\n      startsAt\n      endsAt\n      place\n      description\n      participantCap\n      viewerCanEdit\n      viewerSessionMoves\n      territory {\n        id\n      }\n      neighbourhoods {\n        slug\n      }\n      themes {\n        slug\n      }\n      diagnosis {\n        id\n      }\n      prompts {\n        id\n        position\n        question\n      }\n      coordinators {\n        id\n        displayName\n      }\n      coordinatorCandidates(search: $search) @include(if: $searching) {\n        id\n        displayName\n      }\n    }\n    limits {\n      questionMin\n      questionMax\n    }\n    ...PlanOptions_Query\n  }\n': typeof types.PlanEditPageDocument;
  '\n  mutation UpdateWorkshop($input: UpdateWorkshopInput!) {\n    updateWorkshop(input: $input) {\n      workshop {\n        planVersion\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.UpdateWorkshopDocument;
  '\n  mutation PlanAddPrompt($workshopId: ID!, $question: String!) {\n    addPrompt(workshopId: $workshopId, question: $question) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.PlanAddPromptDocument;
  '\n  mutation PlanUpdatePrompt($promptId: ID!, $question: String!) {\n    updatePrompt(promptId: $promptId, question: $question) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.PlanUpdatePromptDocument;
  '\n  mutation PlanMovePrompt($promptId: ID!, $position: Int!) {\n    movePrompt(promptId: $promptId, position: $position) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.PlanMovePromptDocument;
  '\n  mutation PlanRemovePrompt($promptId: ID!) {\n    removePrompt(promptId: $promptId) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.PlanRemovePromptDocument;
  '\n  mutation PlanAddCoordinator($workshopId: ID!, $personId: ID!) {\n    addWorkshopCoordinator(workshopId: $workshopId, personId: $personId) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.PlanAddCoordinatorDocument;
  '\n  mutation PlanRemoveCoordinator($workshopId: ID!, $personId: ID!) {\n    removeWorkshopCoordinator(workshopId: $workshopId, personId: $personId) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.PlanRemoveCoordinatorDocument;
  '\n  mutation PlanDuplicate($workshopId: ID!) {\n    duplicateWorkshop(workshopId: $workshopId) {\n      workshop {\n        slug\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.PlanDuplicateDocument;
  '\n  mutation PlanSchedule($workshopId: ID!) {\n    scheduleWorkshop(workshopId: $workshopId) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.PlanScheduleDocument;
  '\n  query LiveBoardPage($slug: String!) {\n    workshop(slug: $slug) {\n      id\n      slug\n      title\n      viewerTakesPart\n      viewerIsCoordinator\n      viewerCanPost\n      viewerVotedIds\n      ...LiveStart_Workshop\n      themes {\n        slug\n        name\n        nameEn\n      }\n      contributions(first: 500) {\n        ...BoardItem_Contribution\n        replies {\n          ...BoardItem_Contribution\n        }\n      }\n    }\n    themes {\n      slug\n      name\n      nameEn\n    }\n  }\n': typeof types.LiveBoardPageDocument;
  '\n  query BoardPromotion($slug: String!) {\n    workshop(slug: $slug) {\n      diagnosis {\n        id\n        viewerCanCoordinate\n        findings {\n          id\n          title\n          status\n        }\n      }\n    }\n  }\n': typeof types.BoardPromotionDocument;
  '\n  mutation PostContribution($input: PostContributionInput!) {\n    postContribution(input: $input) {\n      contribution {\n        moderationState\n        ...BoardItem_Contribution\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n': typeof types.PostContributionDocument;
  '\n  mutation VoteContribution($id: ID!) {\n    voteContribution(id: $id) {\n      contribution {\n        id\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n': typeof types.VoteContributionDocument;
  '\n  mutation UnvoteContribution($id: ID!) {\n    unvoteContribution(id: $id) {\n      contribution {\n        id\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n': typeof types.UnvoteContributionDocument;
  '\n  mutation EditContribution($id: ID!, $body: String!, $expectedVersion: Int) {\n    editContribution(id: $id, body: $body, expectedVersion: $expectedVersion) {\n      contribution {\n        id\n        body\n        version\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.EditContributionDocument;
  '\n  mutation WithdrawContribution($id: ID!) {\n    withdrawContribution(id: $id) {\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n': typeof types.WithdrawContributionDocument;
  '\n  mutation ReportContribution($id: ID!, $reason: String!) {\n    reportContribution(id: $id, reason: $reason) {\n      contribution {\n        id\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n': typeof types.ReportContributionDocument;
  '\n    subscription BoardEvents($workshopId: ID!, $afterSeq: Int) {\n      workshopEvents(workshopId: $workshopId, afterSeq: $afterSeq) {\n        ...LiveEnvelope_WorkshopEvent\n        contribution {\n          ...BoardItem_Contribution\n        }\n      }\n    }\n  ': typeof types.BoardEventsDocument;
  '\n    query BoardRights($slug: String!) {\n      workshop(slug: $slug) {\n        viewerCanPost\n        contributions(first: 500) {\n          ...BoardItem_Rights\n          replies {\n            ...BoardItem_Rights\n          }\n        }\n      }\n    }\n  ': typeof types.BoardRightsDocument;
  '\n    fragment BoardItem_Rights on Contribution {\n      id\n      viewerCanVote\n      viewerCanReply\n      viewerCanEdit\n      viewerCanWithdraw\n      viewerCanReport\n    }\n  ': typeof types.BoardItem_RightsFragmentDoc;
  '\n    fragment BoardItem_Contribution on Contribution {\n      id\n      kind\n      body\n      version\n      authorName\n      authorIsGuest\n      voteCount\n      createdAt\n      pinned\n      addressed\n      moderationState\n      hiddenReason\n      viewerIsAuthor\n      ...BoardItem_Rights\n      parentId\n      themes {\n        slug\n        name\n        nameEn\n      }\n      ...RetainedMark_Contribution\n    }\n  ': typeof types.BoardItem_ContributionFragmentDoc;
  '\n  query WorkshopRegistrationsExport($slug: String!) {\n    workshop(slug: $slug) {\n      slug\n      viewerCanEdit\n      registrations {\n        displayName\n        email\n        organizationName\n        registeredAt\n      }\n    }\n  }\n': typeof types.WorkshopRegistrationsExportDocument;
  '\n  query WorkshopRegistrationsPage($slug: String!) {\n    viewer {\n      kind\n    }\n    workshop(slug: $slug) {\n      id\n      slug\n      title\n      participantCap\n      registrationCount\n      viewerCanEdit\n      registrations {\n        displayName\n        email\n        organizationName\n        registeredAt\n      }\n    }\n  }\n': typeof types.WorkshopRegistrationsPageDocument;
  '\n  query WorkshopRestitution($slug: String!) {\n    workshop(slug: $slug) {\n      id\n      slug\n      title\n      status\n      startsAt\n      endsAt\n      datePrecision\n      place\n      participantCount\n      contributionCount\n      isDemo\n      territory {\n        slug\n        name\n      }\n      prompts {\n        id\n        position\n        question\n      }\n      contributionCounts {\n        kind\n        count\n      }\n      diagnosis {\n        title\n        period\n        territory {\n          slug\n        }\n      }\n      contributions(first: 500) {\n        id\n        kind\n        body\n        authorName\n        authorIsGuest\n        voteCount\n        createdAt\n        moderationState\n        prompt {\n          id\n        }\n        retainedIn {\n          id\n          title\n          diagnosis {\n            period\n            territory {\n              slug\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.WorkshopRestitutionDocument;
  '\n  query WallPage($slug: String!) {\n    workshop(slug: $slug) {\n      id\n      slug\n      title\n      joinCode\n      ...LiveStart_Workshop\n      contributionCounts {\n        kind\n        count\n      }\n      themeCounts {\n        count\n        theme {\n          slug\n          name\n          nameEn\n        }\n      }\n      contributions(first: 500) {\n        ...WallItem_Contribution\n        replies {\n          ...WallItem_Contribution\n        }\n      }\n    }\n  }\n': typeof types.WallPageDocument;
  '\n    subscription WallEvents($workshopId: ID!, $afterSeq: Int) {\n      workshopEvents(workshopId: $workshopId, afterSeq: $afterSeq) {\n        ...LiveEnvelope_WorkshopEvent\n        contribution {\n          ...WallItem_Contribution\n        }\n      }\n    }\n  ': typeof types.WallEventsDocument;
  '\n    fragment WallItem_Contribution on Contribution {\n      id\n      kind\n      body\n      authorName\n      authorIsGuest\n      voteCount\n      createdAt\n      pinned\n      addressed\n      moderationState\n      parentId\n      themes {\n        slug\n        name\n        nameEn\n      }\n      ...RetainedMark_Contribution\n    }\n  ': typeof types.WallItem_ContributionFragmentDoc;
  '\n  query PlanNewPage {\n    viewer {\n      kind\n    }\n    viewerCanPlanWorkshops\n    ...PlanOptions_Query\n  }\n': typeof types.PlanNewPageDocument;
  '\n  mutation CreateWorkshop($input: WorkshopPlanFields!) {\n    createWorkshop(input: $input) {\n      workshop {\n        slug\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n': typeof types.CreateWorkshopDocument;
};
const documents: Documents = {
  '\n    fragment FindingCard_Finding on Finding {\n      id\n      kind\n      title\n      statementHtml\n      priority\n      status\n      position\n      version\n      awaitingReview\n      viewerCanEdit\n      themes {\n        slug\n        name\n        nameEn\n      }\n      neighbourhoods {\n        slug\n        name\n      }\n      evidenceCount\n      participantCount\n      organizationCount\n      supportCount\n      cosigners {\n        id\n        name\n      }\n      mergedInto {\n        id\n        title\n      }\n      proposedBy {\n        displayName\n      }\n    }\n  ':
    types.FindingCard_FindingFragmentDoc,
  '\n    fragment SiteHeader_Viewer on Viewer {\n      kind\n      role\n      displayName\n      guestWorkshop {\n        slug\n      }\n    }\n  ':
    types.SiteHeader_ViewerFragmentDoc,
  '\n    fragment OrganizationCard_Organization on Organization {\n      slug\n      name\n      kind\n      commune\n      description\n    }\n  ':
    types.OrganizationCard_OrganizationFragmentDoc,
  '\n    fragment ProfileForm_Organization on Organization {\n      id\n      version\n      name\n      kind\n      description\n      website\n      contactEmail\n      phone\n      postalAddress\n      commune\n      logo {\n        id\n        url(width: 320)\n        width\n        height\n      }\n    }\n  ':
    types.ProfileForm_OrganizationFragmentDoc,
  '\n  query OrganizationIdOf($slug: String!) {\n    organization(slug: $slug) {\n      id\n    }\n  }\n':
    types.OrganizationIdOfDocument,
  '\n  mutation ApproveOrganizationRequest($requestId: ID!, $note: String!) {\n    approveOrganizationRequest(requestId: $requestId, note: $note) {\n      request {\n        id\n        organization {\n          slug\n          name\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.ApproveOrganizationRequestDocument,
  '\n  mutation DeclineOrganizationRequest($requestId: ID!, $note: String!) {\n    declineOrganizationRequest(requestId: $requestId, note: $note) {\n      request {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.DeclineOrganizationRequestDocument,
  '\n    fragment PortraitCard_Portrait on Portrait {\n      slug\n      name\n      summary\n      commune\n      stage\n      isDemo\n      territory {\n        slug\n        name\n      }\n      themes {\n        slug\n        name\n        nameEn\n      }\n      funding {\n        euShare\n      }\n    }\n  ':
    types.PortraitCard_PortraitFragmentDoc,
  '\n    fragment ReviewContribution_Contribution on Contribution {\n      id\n      kind\n      body\n      authorName\n      authorIsGuest\n      createdAt\n      moderationState\n      viewerModerationMoves\n      openReports {\n        reason\n        createdAt\n      }\n      workshop {\n        slug\n        title\n      }\n    }\n  ':
    types.ReviewContribution_ContributionFragmentDoc,
  '\n    fragment ReviewDraft_Draft on DraftSummary {\n      subjectId\n      kind\n      title\n      path\n      editVersion\n      submittedAt\n      authorName\n    }\n  ':
    types.ReviewDraft_DraftFragmentDoc,
  '\n    fragment ReviewFinding_Finding on Finding {\n      id\n      kind\n      title\n      statementHtml\n      version\n      createdAt\n      proposedBy {\n        displayName\n      }\n      diagnosis {\n        title\n        period\n        territory {\n          slug\n          name\n        }\n      }\n    }\n  ':
    types.ReviewFinding_FindingFragmentDoc,
  '\n    fragment ReviewOrganizationRequest_Request on OrganizationRequest {\n      id\n      name\n      kind\n      description\n      website\n      createdAt\n      requester {\n        displayName\n      }\n    }\n  ':
    types.ReviewOrganizationRequest_RequestFragmentDoc,
  '\n    fragment StoryCard_Story on Story {\n      slug\n      title\n      kind\n      summary\n      publishedAt\n      isDemo\n      teller {\n        name\n        role\n      }\n      territory {\n        slug\n        name\n      }\n    }\n  ':
    types.StoryCard_StoryFragmentDoc,
  '\n    query StoryLivePreview($text: String!) {\n      renderMarkdown(text: $text)\n    }\n  ':
    types.StoryLivePreviewDocument,
  '\n    fragment StoryHistory_DraftInfo on DraftInfo {\n      editVersion\n      viewerCanRestore\n      revisions(first: 50) {\n        nodes {\n          id\n          number\n          action\n          authorName\n          createdAt\n          note\n          changes {\n            field\n            diff {\n              kind\n              text\n            }\n          }\n        }\n      }\n    }\n  ':
    types.StoryHistory_DraftInfoFragmentDoc,
  '\n    fragment TerritoryCard_Territory on Territory {\n      slug\n      name\n      kind\n      region\n      description\n      neighbourhoods {\n        slug\n        name\n      }\n    }\n  ':
    types.TerritoryCard_TerritoryFragmentDoc,
  '\n    fragment PlanOptions_Query on Query {\n      territories(first: 100) {\n        nodes {\n          id\n          name\n          neighbourhoods {\n            slug\n            name\n            commune\n          }\n          diagnoses {\n            id\n            title\n            viewerCanCoordinate\n          }\n        }\n      }\n      themes {\n        slug\n        name\n        nameEn\n      }\n      limits {\n        workshopTitleMin\n        workshopTitleMax\n        workshopPlaceMax\n        workshopDescriptionMax\n        workshopCapMax\n      }\n    }\n  ':
    types.PlanOptions_QueryFragmentDoc,
  '\n    fragment RetainedMark_Contribution on Contribution {\n      retainedIn {\n        id\n        title\n      }\n    }\n  ':
    types.RetainedMark_ContributionFragmentDoc,
  '\n    fragment WorkshopCard_Workshop on Workshop {\n      slug\n      title\n      kind\n      status\n      startsAt\n      endsAt\n      datePrecision\n      place\n      isDemo\n      contributionCount\n      territory {\n        slug\n        name\n      }\n    }\n  ':
    types.WorkshopCard_WorkshopFragmentDoc,
  '\n  mutation ReviewFindingSuggestion($suggestionId: ID!, $decision: SuggestionDecision!, $note: String) {\n    reviewFindingSuggestion(suggestionId: $suggestionId, decision: $decision, note: $note) {\n      suggestion {\n        id\n        state\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.ReviewFindingSuggestionDocument,
  '\n  mutation SetFindingStatus($findingId: ID!, $status: FindingStatus!, $expectedVersion: Int) {\n    setFindingStatus(findingId: $findingId, status: $status, expectedVersion: $expectedVersion) {\n      finding {\n        id\n        status\n        version\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.SetFindingStatusDocument,
  '\n  mutation PromoteContributions($input: PromoteContributionsInput!) {\n    promoteContributions(input: $input) {\n      finding {\n        id\n        title\n        diagnosis {\n          period\n          territory {\n            slug\n          }\n        }\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n':
    types.PromoteContributionsDocument,
  '\n  query DiagnosisRestitution($territorySlug: String!, $period: String!) {\n    territoryDiagnosis(territorySlug: $territorySlug, period: $period) {\n      id\n      slug\n      period\n      title\n      summary\n      periodStart\n      periodEnd\n      status\n      validatedAt\n      isDemo\n      territory {\n        slug\n        name\n      }\n      workshops {\n        id\n        slug\n        title\n        startsAt\n        datePrecision\n        status\n        participantCount\n        contributionCount\n      }\n      participation {\n        workshopCount\n        participantCount\n        contributionCount\n        organizationCount\n        contributionsByKind {\n          kind\n          count\n        }\n        organizationsByKind {\n          kind\n          count\n        }\n        timeline {\n          month\n          count\n        }\n      }\n      matrix {\n        theme {\n          slug\n          name\n          nameEn\n        }\n        neighbourhood {\n          slug\n          name\n        }\n        findings {\n          id\n          title\n        }\n        evidenceCount\n      }\n      findings {\n        id\n        kind\n        title\n        statement\n        statementHtml\n        priority\n        status\n        position\n        awaitingReview\n        evidenceCount\n        participantCount\n        organizationCount\n        supportCount\n        themes {\n          slug\n          name\n          nameEn\n        }\n        neighbourhoods {\n          slug\n          name\n        }\n        cosigners {\n          slug\n          name\n          kind\n        }\n        evidence {\n          id\n          body\n          authorName\n          voteCount\n          workshop {\n            slug\n            title\n          }\n        }\n        answeredBy {\n          slug\n          name\n          stage\n        }\n      }\n    }\n  }\n':
    types.DiagnosisRestitutionDocument,
  '\n  fragment LiveStart_Diagnosis on Diagnosis {\n    id\n    lastSeq\n    status\n  }\n':
    types.LiveStart_DiagnosisFragmentDoc,
  '\n  fragment LiveEnvelope_DiagnosisEvent on DiagnosisEvent {\n    seq\n    type\n    diagnosisStatus\n    reason\n    findingId\n    mergedIntoId\n    editorName\n    editing\n    connectedCount\n  }\n':
    types.LiveEnvelope_DiagnosisEventFragmentDoc,
  '\n  fragment LiveStart_Workshop on Workshop {\n    id\n    lastSeq\n    connectedCount\n    status\n    moderationMode\n    joinCode\n    activePrompt {\n      id\n      question\n    }\n  }\n':
    types.LiveStart_WorkshopFragmentDoc,
  '\n  fragment LiveEnvelope_WorkshopEvent on WorkshopEvent {\n    seq\n    type\n    contributionId\n    mergedIntoId\n    voteCount\n    connectedCount\n    workshop {\n      status\n      moderationMode\n      joinCode\n      activePrompt {\n        id\n        question\n      }\n    }\n  }\n':
    types.LiveEnvelope_WorkshopEventFragmentDoc,
  '\n  mutation UploadImage($file: Upload!) {\n    uploadImage(file: $file) {\n      image {\n        id\n        width\n        height\n        url(width: 640)\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.UploadImageDocument,
  '\n  query FormLimits {\n    limits {\n      contributionBodyMax\n      reasonMin\n      reasonMax\n      questionMin\n      questionMax\n      reopenWindowHours\n      passwordMin\n      passwordMax\n      displayNameMin\n      displayNameMax\n      emailMax\n      signUpLinkHours\n      findingTitleMin\n      findingTitleMax\n      findingStatementMin\n      findingStatementMax\n      findingNoteMax\n      findingNeighbourhoodsMax\n      storyTitleMin\n      storyTitleMax\n      storySummaryMax\n      storyBodyMin\n      storyBodyMax\n      storyTellerNameMin\n      storyTellerNameMax\n      storyTellerRoleMax\n      portrait {\n        nameMin\n        nameMax\n        summaryMax\n        communeMax\n        textMax\n        websiteMax\n        labelMax\n        unitMax\n        periodMax\n        euAxisMax\n        noteMax\n        altMin\n        altMax\n      }\n      changesNoteMin\n      changesNoteMax\n      imageMaxBytes\n      imageAcceptedTypes\n    }\n  }\n':
    types.FormLimitsDocument,
  '\n  query LayoutViewer {\n    viewer {\n      kind\n      displayName\n      guestWorkshop {\n        slug\n      }\n      ...SiteHeader_Viewer\n    }\n  }\n':
    types.LayoutViewerDocument,
  '\n  query HomePage {\n    live: workshops(filter: { timing: LIVE }, first: 3) {\n      nodes {\n        id\n        ...WorkshopCard_Workshop\n      }\n    }\n    upcoming: workshops(filter: { timing: UPCOMING }, sort: SOONEST, first: 3) {\n      totalCount\n      nodes {\n        id\n        ...WorkshopCard_Workshop\n      }\n    }\n    past: workshops(filter: { timing: PAST }, first: 1) {\n      totalCount\n    }\n    allPortraits: portraits(first: 1) {\n      totalCount\n    }\n    flagships: portraits(filter: { featured: true }, sort: NAME, first: 6) {\n      nodes {\n        id\n        ...PortraitCard_Portrait\n      }\n    }\n    stories(first: 3) {\n      nodes {\n        id\n        ...StoryCard_Story\n      }\n    }\n    allTerritories: territories(first: 1) {\n      totalCount\n    }\n    underWay: territories(filter: { diagnosisUnderWay: true }, first: 2) {\n      nodes {\n        id\n        slug\n        name\n        diagnoses {\n          id\n          period\n          status\n          title\n          summary\n        }\n        ...TerritoryCard_Territory\n      }\n    }\n  }\n':
    types.HomePageDocument,
  '\n  query AdminPage($search: String, $role: PlatformRole, $first: Int, $after: String, $last: Int, $before: String) {\n    people(search: $search, role: $role, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        email\n        person {\n          id\n          displayName\n          role\n          isDemo\n          memberships {\n            access\n            organization {\n              slug\n              name\n            }\n          }\n        }\n      }\n    }\n    organizationRequests(state: PENDING) {\n      id\n      name\n      kind\n      description\n      website\n      createdAt\n      requester {\n        displayName\n      }\n    }\n  }\n':
    types.AdminPageDocument,
  '\n  query AdminViewer {\n    viewer {\n      kind\n      role\n      person {\n        id\n      }\n    }\n  }\n':
    types.AdminViewerDocument,
  '\n  query AdminPersonPage($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Person {\n        id\n        displayName\n        role\n        isDemo\n        memberships {\n          access\n          role\n          organization {\n            slug\n            name\n          }\n        }\n      }\n    }\n    workshops(first: 100) {\n      nodes {\n        id\n        slug\n        title\n        status\n        startsAt\n        datePrecision\n        territory {\n          name\n        }\n        coordinators {\n          id\n        }\n      }\n    }\n    territories(first: 100) {\n      nodes {\n        slug\n        name\n        diagnoses {\n          id\n          title\n          period\n          coordinators {\n            id\n          }\n        }\n      }\n    }\n  }\n':
    types.AdminPersonPageDocument,
  '\n  mutation GrantRole($personId: ID!, $role: PlatformRole!) {\n    grantRole(personId: $personId, role: $role) {\n      person {\n        id\n        role\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.GrantRoleDocument,
  '\n  mutation AssignCoordinator($personId: ID!, $workshopId: ID!) {\n    assignCoordinator(personId: $personId, workshopId: $workshopId) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.AssignCoordinatorDocument,
  '\n  mutation UnassignCoordinator($personId: ID!, $workshopId: ID!) {\n    unassignCoordinator(personId: $personId, workshopId: $workshopId) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.UnassignCoordinatorDocument,
  '\n  mutation AssignDiagnosisCoordinator($personId: ID!, $diagnosisId: ID!) {\n    assignDiagnosisCoordinator(personId: $personId, diagnosisId: $diagnosisId) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.AssignDiagnosisCoordinatorDocument,
  '\n  mutation UnassignDiagnosisCoordinator($personId: ID!, $diagnosisId: ID!) {\n    unassignDiagnosisCoordinator(personId: $personId, diagnosisId: $diagnosisId) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.UnassignDiagnosisCoordinatorDocument,
  '\n  query FindingAddress($id: ID!) {\n    node(id: $id) {\n      ... on Finding {\n        id\n        diagnosis {\n          period\n          territory {\n            slug\n          }\n        }\n      }\n    }\n  }\n':
    types.FindingAddressDocument,
  '\n  query InvitationPage($token: String!) {\n    viewer {\n      kind\n      displayName\n    }\n    invitation(token: $token) {\n      state\n      expiresAt\n      organization {\n        slug\n        name\n        kind\n        viewerAccess\n      }\n    }\n  }\n':
    types.InvitationPageDocument,
  '\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      organization {\n        slug\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.AcceptInvitationDocument,
  '\n  query JoinLookup($code: String!) {\n    workshopByCode(code: $code) {\n      slug\n      title\n      status\n    }\n  }\n':
    types.JoinLookupDocument,
  '\n  mutation JoinWorkshop($code: String!, $displayName: String!) {\n    joinWorkshop(code: $code, displayName: $displayName) {\n      workshop {\n        slug\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n':
    types.JoinWorkshopDocument,
  '\n  query MyDrafts($first: Int, $after: String, $last: Int, $before: String) {\n    myDrafts(first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        subjectId\n        kind\n        title\n        path\n        reviewState\n        reviewerNote\n        submittedAt\n        updatedAt\n      }\n    }\n  }\n':
    types.MyDraftsDocument,
  '\n  query OrganizationsPage($filter: OrganizationFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    viewer {\n      kind\n      role\n    }\n    organizations(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        ...OrganizationCard_Organization\n      }\n    }\n    territories(first: 100) {\n      nodes {\n        slug\n        name\n      }\n    }\n  }\n':
    types.OrganizationsPageDocument,
  '\n  query OrganizationPage($slug: String!) {\n    viewer {\n      kind\n    }\n    organization(slug: $slug) {\n      id\n      viewerCanManage\n      viewerCanRequestToJoin\n      viewerAccess\n      viewerJoinRequest {\n        state\n        createdAt\n      }\n      slug\n      name\n      kind\n      description\n      website\n      logo {\n        url(width: 320)\n        width\n        height\n      }\n      commune\n      territory {\n        slug\n        name\n      }\n      members {\n        role\n        person {\n          id\n          displayName\n        }\n      }\n      partnerships {\n        role\n        note\n        portrait {\n          id\n          ...PortraitCard_Portrait\n        }\n      }\n    }\n  }\n':
    types.OrganizationPageDocument,
  '\n  mutation RequestToJoin($organizationId: ID!, $message: String!) {\n    requestToJoin(organizationId: $organizationId, message: $message) {\n      joinRequest {\n        id\n        state\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.RequestToJoinDocument,
  '\n  query OrganizationEditPage($slug: String!) {\n    viewer {\n      kind\n    }\n    organization(slug: $slug) {\n      id\n      slug\n      name\n      viewerCanManage\n      membersMayCoSign\n      ...ProfileForm_Organization\n      members {\n        access\n        role\n        createdAt\n        person {\n          id\n          displayName\n        }\n      }\n      invitations {\n        id\n        email\n        createdAt\n        expiresAt\n        invitedBy {\n          displayName\n        }\n      }\n      joinRequests {\n        id\n        message\n        createdAt\n        person {\n          displayName\n        }\n      }\n    }\n  }\n':
    types.OrganizationEditPageDocument,
  '\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      organization {\n        ...ProfileForm_Organization\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.UpdateOrganizationDocument,
  '\n  mutation SetMembersMayCoSign($organizationId: ID!, $allowed: Boolean!) {\n    setMembersMayCoSign(organizationId: $organizationId, allowed: $allowed) {\n      organization {\n        id\n        membersMayCoSign\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.SetMembersMayCoSignDocument,
  '\n  mutation InviteMember($organizationId: ID!, $email: String) {\n    inviteMember(organizationId: $organizationId, email: $email) {\n      link\n      invitation {\n        id\n        email\n        expiresAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.InviteMemberDocument,
  '\n  mutation RevokeInvitation($invitationId: ID!) {\n    revokeInvitation(invitationId: $invitationId) {\n      invitation {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.RevokeInvitationDocument,
  '\n  mutation SetMemberAccess($organizationId: ID!, $personId: ID!, $access: MembershipAccess!) {\n    setMemberAccess(organizationId: $organizationId, personId: $personId, access: $access) {\n      membership {\n        access\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.SetMemberAccessDocument,
  '\n  mutation RemoveMember($organizationId: ID!, $personId: ID!) {\n    removeMember(organizationId: $organizationId, personId: $personId) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.RemoveMemberDocument,
  '\n  mutation AcceptJoinRequest($requestId: ID!) {\n    acceptJoinRequest(requestId: $requestId) {\n      joinRequest {\n        id\n        state\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.AcceptJoinRequestDocument,
  '\n  mutation DeclineJoinRequest($requestId: ID!) {\n    declineJoinRequest(requestId: $requestId) {\n      joinRequest {\n        id\n        state\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.DeclineJoinRequestDocument,
  '\n  query NewOrganizationPage {\n    viewer {\n      kind\n      role\n    }\n    viewerOrganizationRequests {\n      id\n      name\n      kind\n      state\n      note\n      createdAt\n      decidedAt\n      organization {\n        slug\n        name\n      }\n    }\n  }\n':
    types.NewOrganizationPageDocument,
  '\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      organization {\n        slug\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.CreateOrganizationDocument,
  '\n  mutation RequestOrganization($input: RequestOrganizationInput!) {\n    requestOrganization(input: $input) {\n      request {\n        id\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.RequestOrganizationDocument,
  '\n  query PortraitsPage($filter: PortraitFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    portraits(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        ...PortraitCard_Portrait\n      }\n    }\n    viewer {\n      canWritePortraits\n    }\n    themes {\n      slug\n      name\n      nameEn\n    }\n    territories(first: 100) {\n      nodes {\n        slug\n        name\n      }\n    }\n  }\n':
    types.PortraitsPageDocument,
  '\n  query PortraitPage($slug: String!) {\n    viewer {\n      canWritePortraits\n    }\n    portrait(slug: $slug) {\n      id\n      slug\n      viewerCanEdit\n      images {\n        alt\n        image {\n          id\n          width\n          height\n          url(width: 960)\n        }\n      }\n      name\n      summary\n      commune\n      need\n      project\n      results\n      stage\n      startYear\n      durationMonths\n      budgetTotal\n      website\n      isDemo\n      territory {\n        slug\n        name\n        region\n      }\n      themes {\n        slug\n        name\n        nameEn\n      }\n      funding {\n        euShare\n      }\n      replicatedFrom {\n        slug\n        name\n        commune\n      }\n      replications {\n        slug\n        name\n        commune\n      }\n      stories {\n        id\n        ...StoryCard_Story\n      }\n      partners {\n        role\n      }\n      indicators {\n        label\n      }\n      fundingLines {\n        sourceKind\n      }\n      stageHistory {\n        stage\n      }\n      ...PortraitIndicators_Portrait\n      ...PortraitFunding_Portrait\n      ...PortraitTimeline_Portrait\n      ...PortraitPartners_Portrait\n    }\n  }\n':
    types.PortraitPageDocument,
  '\n    fragment PortraitFunding_Portrait on Portrait {\n      budgetTotal\n      funding {\n        total\n        itemisedTotal\n        unitemised\n        euAmount\n        euShare\n      }\n      fundingLines {\n        sourceKind\n        label\n        amount\n        euPriorityAxis\n        periodStart\n        periodEnd\n        note\n        isEu\n        funder {\n          slug\n          name\n        }\n      }\n    }\n  ':
    types.PortraitFunding_PortraitFragmentDoc,
  '\n    fragment PortraitIndicators_Portrait on Portrait {\n      indicators {\n        label\n        value\n        unit\n        asOf\n        period\n        note\n      }\n    }\n  ':
    types.PortraitIndicators_PortraitFragmentDoc,
  '\n    fragment PortraitPartners_Portrait on Portrait {\n      partners {\n        role\n        note\n        organization {\n          slug\n          name\n          kind\n        }\n      }\n    }\n  ':
    types.PortraitPartners_PortraitFragmentDoc,
  '\n    fragment PortraitTimeline_Portrait on Portrait {\n      stage\n      stageHistory {\n        stage\n        date\n        precision\n        note\n      }\n    }\n  ':
    types.PortraitTimeline_PortraitFragmentDoc,
  '\n  query PortraitEditor($slug: String!) {\n    viewer {\n      kind\n    }\n    portrait(slug: $slug) {\n      id\n      slug\n      name\n      publicationState\n      viewerCanEdit\n      draftInfo {\n        editVersion\n        reviewState\n        reviewerNote\n        viewerCanSubmit\n        viewerCanPublish\n        viewerCanWithdraw\n        viewerCanRestore\n        revisions(first: 30) {\n          nodes {\n            id\n            number\n            action\n            authorName\n            createdAt\n            note\n          }\n        }\n      }\n      draft {\n        name\n        summary\n        commune\n        need\n        project\n        results\n        startYear\n        durationMonths\n        budgetTotal\n        website\n        stage\n        territory {\n          id\n          slug\n          name\n          diagnoses {\n            id\n            title\n            findings {\n              id\n              title\n            }\n          }\n        }\n        themes {\n          id\n        }\n        indicators {\n          key\n          label\n          value\n          unit\n          asOf\n          period\n          note\n        }\n        fundingLines {\n          key\n          sourceKind\n          label\n          funder {\n            id\n          }\n          amount\n          euPriorityAxis\n          periodStart\n          periodEnd\n          note\n        }\n        funding {\n          total\n          euAmount\n          euShare\n          itemisedTotal\n          unknownAmountLines\n        }\n        partners {\n          role\n          note\n          organization {\n            id\n            name\n          }\n        }\n        stageEvents {\n          key\n          stage\n          date\n          precision\n          note\n        }\n        replicatedFrom {\n          id\n        }\n        answers {\n          id\n          title\n        }\n        images {\n          alt\n          image {\n            id\n            width\n            height\n            url(width: 480)\n          }\n        }\n      }\n    }\n    territories(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    themes {\n      id\n      name\n      nameEn\n    }\n    organizations(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    portraits(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n':
    types.PortraitEditorDocument,
  '\n  mutation EditorUpdatePortrait($input: UpdatePortraitInput!) {\n    updatePortrait(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.EditorUpdatePortraitDocument,
  '\n  mutation EditorAddIndicator($input: IndicatorInput!) {\n    addIndicator(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.EditorAddIndicatorDocument,
  '\n  mutation EditorUpdateIndicator($input: IndicatorInput!) {\n    updateIndicator(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.EditorUpdateIndicatorDocument,
  '\n  mutation EditorRemoveIndicator($input: PortraitItemInput!) {\n    removeIndicator(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.EditorRemoveIndicatorDocument,
  '\n  mutation EditorMoveIndicator($input: MovePortraitItemInput!) {\n    moveIndicator(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.EditorMoveIndicatorDocument,
  '\n  mutation EditorAddFundingLine($input: FundingLineInput!) {\n    addFundingLine(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.EditorAddFundingLineDocument,
  '\n  mutation EditorUpdateFundingLine($input: FundingLineInput!) {\n    updateFundingLine(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.EditorUpdateFundingLineDocument,
  '\n  mutation EditorRemoveFundingLine($input: PortraitItemInput!) {\n    removeFundingLine(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.EditorRemoveFundingLineDocument,
  '\n  mutation EditorMoveFundingLine($input: MovePortraitItemInput!) {\n    moveFundingLine(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.EditorMoveFundingLineDocument,
  '\n  mutation EditorSetPortraitPartners($input: SetPortraitPartnersInput!) {\n    setPortraitPartners(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.EditorSetPortraitPartnersDocument,
  '\n  mutation EditorRecordStageChange($input: RecordStageChangeInput!) {\n    recordStageChange(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.EditorRecordStageChangeDocument,
  '\n  mutation EditorSetReplicatedFrom($input: SetReplicatedFromInput!) {\n    setReplicatedFrom(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.EditorSetReplicatedFromDocument,
  '\n  mutation EditorSetAnsweredFindings($input: SetAnsweredFindingsInput!) {\n    setAnsweredFindings(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.EditorSetAnsweredFindingsDocument,
  '\n  mutation EditorAddPortraitImage($input: PortraitImageInput!) {\n    addPortraitImage(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.EditorAddPortraitImageDocument,
  '\n  mutation EditorUpdatePortraitImage($input: PortraitImageInput!) {\n    updatePortraitImage(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.EditorUpdatePortraitImageDocument,
  '\n  mutation EditorRemovePortraitImage($input: PortraitItemInput!) {\n    removePortraitImage(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.EditorRemovePortraitImageDocument,
  '\n  mutation EditorMovePortraitImage($input: MovePortraitItemInput!) {\n    movePortraitImage(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.EditorMovePortraitImageDocument,
  '\n  mutation EditorSubmitPortrait($input: PortraitDraftInput!) {\n    submitPortrait(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.EditorSubmitPortraitDocument,
  '\n  mutation EditorPublishPortrait($input: PortraitDraftInput!) {\n    publishPortrait(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.EditorPublishPortraitDocument,
  '\n  mutation EditorWithdrawPortrait($input: PortraitDraftInput!) {\n    withdrawPortrait(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.EditorWithdrawPortraitDocument,
  '\n  mutation EditorRestorePortraitRevision($input: RestorePortraitRevisionInput!) {\n    restorePortraitRevision(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.EditorRestorePortraitRevisionDocument,
  '\n  query NewPortrait {\n    viewer {\n      kind\n      role\n      person {\n        memberships {\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n    territories(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    themes {\n      id\n      name\n      nameEn\n    }\n    portraits(first: 100, filter: { stage: UNCLAIMED_IDEA }) {\n      nodes {\n        id\n        slug\n        name\n        territory {\n          name\n        }\n      }\n    }\n  }\n':
    types.NewPortraitDocument,
  '\n  mutation CreatePortrait($input: CreatePortraitInput!) {\n    createPortrait(input: $input) {\n      portrait {\n        id\n        slug\n        draft {\n          name\n          summary\n          need\n          project\n          results\n          startYear\n          durationMonths\n          budgetTotal\n          website\n          territory {\n            id\n          }\n        }\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.CreatePortraitDocument,
  '\n  mutation NewPortraitPlace($input: UpdatePortraitInput!) {\n    updatePortrait(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.NewPortraitPlaceDocument,
  '\n  query ReviewPage {\n    viewer {\n      kind\n      role\n    }\n    draftsToReview(first: 100) {\n      totalCount\n      nodes {\n        subjectId\n        ...ReviewDraft_Draft\n      }\n    }\n    toReview {\n      counts {\n        pendingContributions\n        reportedContributions\n        proposedFindings\n        pendingSuggestions\n        total\n      }\n      pendingContributions {\n        id\n        ...ReviewContribution_Contribution\n      }\n      reportedContributions {\n        id\n        ...ReviewContribution_Contribution\n      }\n      proposedFindings {\n        id\n        ...ReviewFinding_Finding\n      }\n      pendingSuggestions {\n        id\n        title\n        note\n        createdAt\n        state\n        author {\n          displayName\n        }\n        statementDiff {\n          value\n          added\n          removed\n        }\n        finding {\n          id\n          title\n          diagnosis {\n            period\n            territory {\n              slug\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.ReviewPageDocument,
  '\n  query ReviewOrganizationRequests {\n    organizationRequests(state: PENDING) {\n      id\n      ...ReviewOrganizationRequest_Request\n    }\n  }\n':
    types.ReviewOrganizationRequestsDocument,
  '\n  mutation ReviewApprove($id: ID!) {\n    approveContribution(id: $id) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.ReviewApproveDocument,
  '\n  mutation ReviewKeep($id: ID!) {\n    keepReportedContribution(id: $id) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.ReviewKeepDocument,
  '\n  mutation ReviewHide($id: ID!, $reason: String!) {\n    hideContribution(id: $id, reason: $reason) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.ReviewHideDocument,
  '\n  mutation ReviewPublishStory($id: ID!, $expectedVersion: Int!) {\n    publishStory(id: $id, expectedVersion: $expectedVersion) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.ReviewPublishStoryDocument,
  '\n  mutation ReviewPublishPortrait($input: PortraitDraftInput!) {\n    publishPortrait(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.ReviewPublishPortraitDocument,
  '\n  mutation ReviewRequestChanges($input: RequestChangesInput!) {\n    requestChanges(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.ReviewRequestChangesDocument,
  '\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      viewer {\n        kind\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n':
    types.SignInDocument,
  '\n  mutation SignOut {\n    signOut\n  }\n': types.SignOutDocument,
  '\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      confirmationSent\n      email\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n':
    types.SignUpDocument,
  '\n  mutation ConfirmSignUp($token: String!) {\n    confirmSignUp(token: $token) {\n      viewer {\n        kind\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n':
    types.ConfirmSignUpDocument,
  '\n  query StoriesPage($filter: StoryFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    stories(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        ...StoryCard_Story\n      }\n    }\n    territories(first: 100) {\n      nodes {\n        slug\n        name\n      }\n    }\n  }\n':
    types.StoriesPageDocument,
  '\n  query StoryPage($slug: String!) {\n    story(slug: $slug) {\n      id\n      slug\n      title\n      kind\n      summary\n      bodyHtml\n      publishedAt\n      publicationState\n      isDemo\n      authoring {\n        viewerCanEdit\n      }\n      teller {\n        name\n        role\n      }\n      territory {\n        slug\n        name\n      }\n      portrait {\n        slug\n        name\n        summary\n        ...PortraitCard_Portrait\n      }\n      findings {\n        id\n        title\n        diagnosis {\n          slug\n          title\n          territory {\n            slug\n          }\n        }\n      }\n    }\n  }\n':
    types.StoryPageDocument,
  '\n  query StoryEditor($slug: String!) {\n    story(slug: $slug) {\n      id\n      slug\n      title\n      publicationState\n      authoring {\n        reviewState\n        reviewerNote\n        editVersion\n        submittedAt\n        viewerCanEdit\n        viewerCanSubmit\n        viewerCanPublish\n        viewerCanRequestChanges\n        viewerCanWithdraw\n        ...StoryHistory_DraftInfo\n      }\n      draft {\n        kind\n        title\n        summary\n        bodyMarkdown\n        anonymous\n        tellerName\n        tellerRole\n        consent\n        territory {\n          id\n        }\n        portraits {\n          id\n        }\n        findings {\n          id\n        }\n        workshops {\n          id\n        }\n      }\n    }\n  }\n':
    types.StoryEditorDocument,
  '\n  mutation WithdrawStory($id: ID!, $expectedVersion: Int!) {\n    withdrawStory(id: $id, expectedVersion: $expectedVersion) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.WithdrawStoryDocument,
  '\n  mutation PublishStory($id: ID!, $expectedVersion: Int!) {\n    publishStory(id: $id, expectedVersion: $expectedVersion) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.PublishStoryDocument,
  '\n  mutation RequestStoryChanges($input: RequestChangesInput!) {\n    requestChanges(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.RequestStoryChangesDocument,
  '\n  mutation RestoreStoryRevision($revisionId: ID!, $expectedVersion: Int!) {\n    restoreStoryRevision(revisionId: $revisionId, expectedVersion: $expectedVersion) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.RestoreStoryRevisionDocument,
  '\n  query StoryChoices {\n    territories(first: 100) {\n      nodes {\n        id\n        name\n        portraits {\n          id\n          name\n        }\n        workshops {\n          id\n          title\n        }\n        diagnoses {\n          id\n          title\n          findings {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n':
    types.StoryChoicesDocument,
  '\n  query RenderMarkdown($text: String!) {\n    renderMarkdown(text: $text)\n  }\n': types.RenderMarkdownDocument,
  '\n  fragment StoryAfterMove on Story {\n    id\n    slug\n    authoring {\n      editVersion\n      viewerCanSubmit\n    }\n    draft {\n      kind\n      title\n      summary\n      bodyMarkdown\n      anonymous\n      tellerName\n      tellerRole\n      consent\n      territory {\n        id\n      }\n      portraits {\n        id\n      }\n      findings {\n        id\n      }\n      workshops {\n        id\n      }\n    }\n  }\n':
    types.StoryAfterMoveFragmentDoc,
  '\n  mutation CreateStory($input: CreateStoryInput!) {\n    createStory(input: $input) {\n      story {\n        ...StoryAfterMove\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.CreateStoryDocument,
  '\n  mutation UpdateStory($input: UpdateStoryInput!) {\n    updateStory(input: $input) {\n      story {\n        ...StoryAfterMove\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.UpdateStoryDocument,
  '\n  mutation SubmitStory($id: ID!, $expectedVersion: Int!) {\n    submitStory(id: $id, expectedVersion: $expectedVersion) {\n      story {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.SubmitStoryDocument,
  '\n  query TerritoriesPage($first: Int, $after: String, $last: Int, $before: String) {\n    territories(first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        ...TerritoryCard_Territory\n      }\n    }\n  }\n':
    types.TerritoriesPageDocument,
  '\n  query TerritoryPage($slug: String!) {\n    territory(slug: $slug) {\n      id\n      slug\n      name\n      kind\n      region\n      description\n      neighbourhoods {\n        slug\n        name\n        commune\n      }\n      themes {\n        slug\n        name\n        nameEn\n      }\n      diagnoses {\n        id\n        slug\n        period\n        title\n        summary\n        status\n        periodStart\n        periodEnd\n        validatedAt\n        isDemo\n        findings {\n          id\n          position\n          ...FindingItem_Finding\n        }\n      }\n      portraits {\n        id\n        ...PortraitCard_Portrait\n      }\n      workshops {\n        id\n        ...WorkshopCard_Workshop\n      }\n      organizations {\n        id\n        ...OrganizationCard_Organization\n      }\n    }\n  }\n':
    types.TerritoryPageDocument,
  '\n    fragment FindingItem_Finding on Finding {\n      id\n      title\n      statement\n      priority\n      status\n      evidenceCount\n      themes {\n        slug\n        name\n        nameEn\n      }\n      neighbourhoods {\n        slug\n        name\n      }\n      evidence {\n        id\n        kind\n        body\n        authorName\n        authorIsGuest\n        voteCount\n        workshop {\n          slug\n          title\n        }\n      }\n      stories {\n        slug\n        title\n      }\n    }\n  ':
    types.FindingItem_FindingFragmentDoc,
  '\n  query DiagnosisPage($territorySlug: String!, $period: String!) {\n    viewer {\n      kind\n      displayName\n      person {\n        id\n        memberships {\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n    territoryDiagnosis(territorySlug: $territorySlug, period: $period) {\n      id\n      slug\n      period\n      title\n      summary\n      periodStart\n      periodEnd\n      status\n      validatedAt\n      isDemo\n      ...LiveStart_Diagnosis\n      territory {\n        slug\n        name\n        themes {\n          slug\n          name\n          nameEn\n        }\n        neighbourhoods {\n          slug\n          name\n        }\n      }\n      coordinators {\n        id\n        displayName\n      }\n      consultation {\n        id\n        slug\n        moderationMode\n      }\n      workshops {\n        id\n        slug\n        title\n        kind\n        status\n        startsAt\n        datePrecision\n        participantCount\n        contributionCount\n      }\n      transitions {\n        id\n        fromStatus\n        toStatus\n        reason\n        createdAt\n        actor {\n          displayName\n        }\n      }\n      participation {\n        workshopCount\n        participantCount\n        contributionCount\n        organizationCount\n        timeline {\n          month\n          count\n        }\n      }\n      matrix {\n        theme {\n          slug\n          name\n          nameEn\n        }\n        neighbourhood {\n          slug\n          name\n        }\n        findings {\n          id\n          title\n        }\n        evidenceCount\n      }\n      findings {\n        ...FindingCard_Finding\n      }\n      proposalsAwaitingReview {\n        ...FindingCard_Finding\n      }\n      pendingSuggestions {\n        id\n        title\n        statement\n        note\n        createdAt\n        author {\n          displayName\n        }\n        finding {\n          id\n          title\n        }\n        statementDiff {\n          value\n          added\n          removed\n        }\n      }\n      viewerCanCoordinate\n      viewerDiagnosisMoves\n      viewerCanContribute\n      viewerCanPropose\n    }\n  }\n':
    types.DiagnosisPageDocument,
  '\n  query DiagnosisConsultationContributions($territorySlug: String!, $period: String!) {\n    territoryDiagnosis(territorySlug: $territorySlug, period: $period) {\n      id\n      consultation {\n        id\n        contributions(first: 100) {\n          id\n          kind\n          body\n          authorName\n          authorIsGuest\n          moderationState\n          createdAt\n          voteCount\n          ...RetainedMark_Contribution\n        }\n      }\n    }\n  }\n':
    types.DiagnosisConsultationContributionsDocument,
  '\n  mutation PostDiagnosisContribution($input: PostDiagnosisContributionInput!) {\n    postDiagnosisContribution(input: $input) {\n      contribution {\n        id\n        moderationState\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.PostDiagnosisContributionDocument,
  '\n  mutation ProposeFinding($input: ProposeFindingInput!) {\n    proposeFinding(input: $input) {\n      finding {\n        ...FindingCard_Finding\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.ProposeFindingDocument,
  '\n  mutation MoveFinding($findingId: ID!, $position: Int!) {\n    moveFinding(findingId: $findingId, position: $position) {\n      finding {\n        id\n        position\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.MoveFindingDocument,
  '\n  mutation OpenConsultation($diagnosisId: ID!, $reason: String) {\n    openConsultation(diagnosisId: $diagnosisId, reason: $reason) {\n      diagnosis {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.OpenConsultationDocument,
  '\n  mutation ValidateDiagnosis($diagnosisId: ID!, $reason: String) {\n    validateDiagnosis(diagnosisId: $diagnosisId, reason: $reason) {\n      diagnosis {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.ValidateDiagnosisDocument,
  '\n  mutation ArchiveDiagnosis($diagnosisId: ID!, $reason: String) {\n    archiveDiagnosis(diagnosisId: $diagnosisId, reason: $reason) {\n      diagnosis {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.ArchiveDiagnosisDocument,
  '\n  mutation ReopenDiagnosis($diagnosisId: ID!, $reason: String!) {\n    reopenDiagnosis(diagnosisId: $diagnosisId, reason: $reason) {\n      diagnosis {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.ReopenDiagnosisDocument,
  '\n    subscription DiagnosisPageEvents($diagnosisId: ID!, $afterSeq: Int) {\n      diagnosisEvents(diagnosisId: $diagnosisId, afterSeq: $afterSeq) {\n        ...LiveEnvelope_DiagnosisEvent\n        finding {\n          ...FindingCard_Finding\n        }\n      }\n    }\n  ':
    types.DiagnosisPageEventsDocument,
  '\n  query FindingPage($territorySlug: String!, $period: String!, $id: ID!) {\n    viewer {\n      kind\n      displayName\n    }\n    territoryDiagnosis(territorySlug: $territorySlug, period: $period) {\n      id\n      period\n      title\n      status\n      viewerCanCoordinate\n      ...LiveStart_Diagnosis\n      territory {\n        slug\n        name\n        themes {\n          slug\n          name\n          nameEn\n        }\n        neighbourhoods {\n          slug\n          name\n        }\n      }\n      findings {\n        id\n        title\n        status\n      }\n    }\n    node(id: $id) {\n      ... on Finding {\n        ...FindingPage_Finding\n        diagnosis {\n          id\n        }\n      }\n    }\n  }\n':
    types.FindingPageDocument,
  '\n  mutation UpdateFinding($input: UpdateFindingInput!) {\n    updateFinding(input: $input) {\n      finding {\n        ...FindingNow_Finding\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.UpdateFindingDocument,
  '\n  mutation SuggestFindingEdit($input: SuggestFindingEditInput!) {\n    suggestFindingEdit(input: $input) {\n      suggestion {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.SuggestFindingEditDocument,
  '\n  mutation SupportFinding($findingId: ID!, $organizationId: ID) {\n    supportFinding(findingId: $findingId, organizationId: $organizationId) {\n      finding {\n        id\n        supportCount\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.SupportFindingDocument,
  '\n  mutation WithdrawSupport($findingId: ID!) {\n    withdrawSupport(findingId: $findingId) {\n      finding {\n        id\n        supportCount\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.WithdrawSupportDocument,
  '\n  mutation CommentOnFinding($findingId: ID!, $body: String!) {\n    commentOnFinding(findingId: $findingId, body: $body) {\n      comment {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.CommentOnFindingDocument,
  '\n  mutation HideFindingComment($commentId: ID!) {\n    hideFindingComment(commentId: $commentId) {\n      comment {\n        id\n        hidden\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.HideFindingCommentDocument,
  '\n  mutation RestoreFindingRevision($revisionId: ID!, $expectedVersion: Int!) {\n    restoreFindingRevision(revisionId: $revisionId, expectedVersion: $expectedVersion) {\n      finding {\n        id\n        version\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.RestoreFindingRevisionDocument,
  '\n  mutation SpawnProjectIdea($findingId: ID!, $title: String!) {\n    spawnProjectIdea(findingId: $findingId, title: $title) {\n      portrait {\n        slug\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.SpawnProjectIdeaDocument,
  '\n  mutation MergeFindings($findingId: ID!, $intoId: ID!) {\n    mergeFindings(findingId: $findingId, intoId: $intoId) {\n      finding {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.MergeFindingsDocument,
  '\n  mutation DetachEvidence($findingId: ID!, $contributionIds: [ID!]!) {\n    detachEvidence(findingId: $findingId, contributionIds: $contributionIds) {\n      finding {\n        id\n        evidenceCount\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.DetachEvidenceDocument,
  '\n    fragment FindingNow_Finding on Finding {\n      id\n      version\n      kind\n      title\n      statement\n      priority\n      status\n      themes {\n        slug\n      }\n      neighbourhoods {\n        slug\n      }\n      lastChangedAt\n      lastChangedBy {\n        displayName\n      }\n    }\n  ':
    types.FindingNow_FindingFragmentDoc,
  '\n    fragment FindingPage_Finding on Finding {\n      id\n      kind\n      title\n      statement\n      statementHtml\n      priority\n      status\n      version\n      awaitingReview\n      createdAt\n      ...FindingNow_Finding\n      themes {\n        slug\n        name\n        nameEn\n      }\n      neighbourhoods {\n        slug\n        name\n      }\n      mergedInto {\n        id\n        title\n      }\n      proposedBy {\n        displayName\n      }\n      lastChangedBy {\n        displayName\n      }\n      lastChangedAt\n      evidence {\n        id\n        kind\n        body\n        authorName\n        authorIsGuest\n        workshop {\n          slug\n          title\n          kind\n        }\n        organization {\n          name\n        }\n      }\n      evidenceCount\n      participantCount\n      organizationCount\n      supportCount\n      cosigners {\n        id\n        name\n      }\n      comments {\n        id\n        body\n        createdAt\n        hidden\n        author {\n          displayName\n        }\n      }\n      revisions {\n        id\n        number\n        change\n        createdAt\n        note\n        author {\n          displayName\n        }\n        before {\n          title\n          status\n        }\n        after {\n          title\n          status\n        }\n        statementDiff {\n          value\n          added\n          removed\n        }\n      }\n      suggestions {\n        id\n        title\n        statement\n        note\n        state\n        baseVersion\n        reviewNote\n        createdAt\n        author {\n          displayName\n        }\n        reviewedBy {\n          displayName\n        }\n        statementDiff {\n          value\n          added\n          removed\n        }\n      }\n      answeredBy {\n        id\n        slug\n        name\n        stage\n      }\n      stories {\n        slug\n        title\n      }\n      viewerCanEdit\n      viewerCanSuggest\n      viewerCanSupport\n      viewerSupports\n      viewerCosignedFor {\n        id\n        name\n      }\n      viewerCoSignOrganizations {\n        id\n        name\n      }\n      viewerCanComment\n    }\n  ':
    types.FindingPage_FindingFragmentDoc,
  '\n    subscription FindingPageEvents($diagnosisId: ID!, $afterSeq: Int) {\n      diagnosisEvents(diagnosisId: $diagnosisId, afterSeq: $afterSeq) {\n        ...LiveEnvelope_DiagnosisEvent\n        finding {\n          ...FindingPresence_Finding\n        }\n      }\n    }\n  ':
    types.FindingPageEventsDocument,
  '\n    fragment FindingPresence_Finding on Finding {\n      id\n      kind\n      position\n      awaitingReview\n    }\n  ':
    types.FindingPresence_FindingFragmentDoc,
  '\n    mutation MarkEditingFinding($findingId: ID!, $editing: Boolean!) {\n      markEditingFinding(findingId: $findingId, editing: $editing) {\n        userErrors {\n          message\n        }\n      }\n    }\n  ':
    types.MarkEditingFindingDocument,
  '\n  query WorkshopsPage(\n    $kind: WorkshopKind\n    $territory: String\n    $theme: String\n    $live: Boolean!\n    $upcoming: Boolean!\n    $past: Boolean!\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n  ) {\n    live: workshops(\n      filter: { timing: LIVE, kind: $kind, territory: $territory, theme: $theme }\n      sort: SOONEST\n      first: 20\n    ) @include(if: $live) {\n      totalCount\n      nodes {\n        id\n        ...WorkshopCard_Workshop\n      }\n    }\n    upcoming: workshops(\n      filter: { timing: UPCOMING, kind: $kind, territory: $territory, theme: $theme }\n      sort: SOONEST\n      first: 20\n    ) @include(if: $upcoming) {\n      totalCount\n      nodes {\n        id\n        ...WorkshopCard_Workshop\n      }\n    }\n    past: workshops(\n      filter: { timing: PAST, kind: $kind, territory: $territory, theme: $theme }\n      sort: LATEST\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n    ) @include(if: $past) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        ...WorkshopCard_Workshop\n      }\n    }\n    viewerCanPlanWorkshops\n    themes {\n      slug\n      name\n      nameEn\n    }\n    territories(first: 100) {\n      nodes {\n        slug\n        name\n      }\n    }\n  }\n':
    types.WorkshopsPageDocument,
  '\n  query WorkshopPage($slug: String!) {\n    workshop(slug: $slug) {\n      id\n      slug\n      title\n      kind\n      status\n      startsAt\n      endsAt\n      datePrecision\n      place\n      description\n      participantCount\n      contributionCount\n      isDemo\n      joinCode\n      viewerIsCoordinator\n      hasCalendarDate\n      participantCap\n      registrationCount\n      viewerIsRegistered\n      viewerCanRegister\n      viewerCanEdit\n      territory {\n        slug\n        name\n      }\n      neighbourhoods {\n        slug\n        name\n        commune\n      }\n      themes {\n        slug\n        name\n        nameEn\n      }\n      coordinators {\n        id\n        displayName\n      }\n      prompts {\n        id\n        position\n        question\n      }\n      contributions(first: 200) {\n        id\n        prompt {\n          id\n        }\n        ...ContributionItem_Contribution\n      }\n    }\n  }\n':
    types.WorkshopPageDocument,
  '\n  mutation RegisterForWorkshop($workshopId: ID!) {\n    registerForWorkshop(workshopId: $workshopId) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.RegisterForWorkshopDocument,
  '\n  mutation CancelRegistration($workshopId: ID!) {\n    cancelRegistration(workshopId: $workshopId) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.CancelRegistrationDocument,
  '\n    fragment ContributionItem_Contribution on Contribution {\n      id\n      kind\n      body\n      authorName\n      authorIsGuest\n      voteCount\n      createdAt\n      pinned\n      addressed\n      themes {\n        slug\n        name\n        nameEn\n      }\n      organization {\n        slug\n        name\n      }\n      replies {\n        id\n        body\n        authorName\n        authorIsGuest\n        createdAt\n      }\n    }\n  ':
    types.ContributionItem_ContributionFragmentDoc,
  '\n  query WorkshopCalendar($slug: String!) {\n    workshop(slug: $slug) {\n      id\n      slug\n      title\n      startsAt\n      endsAt\n      datePrecision\n      hasCalendarDate\n      place\n      description\n    }\n  }\n':
    types.WorkshopCalendarDocument,
  '\n  query ConsoleAccess($slug: String!) {\n    workshop(slug: $slug) {\n      viewerIsCoordinator\n    }\n  }\n':
    types.ConsoleAccessDocument,
  '\n  query ConsolePage($slug: String!) {\n    workshop(slug: $slug) {\n      id\n      slug\n      title\n      status\n      viewerSessionMoves\n      ...LiveStart_Workshop\n      prompts {\n        id\n        position\n        question\n      }\n      allContributions {\n        ...ConsoleItem_Contribution\n      }\n      moderationLog(first: 50) {\n        ...ModerationLog_ModerationAction\n      }\n      diagnosis {\n        id\n        title\n        viewerCanCoordinate\n        findings {\n          id\n          title\n          status\n        }\n      }\n    }\n    themes {\n      slug\n      name\n      nameEn\n    }\n  }\n':
    types.ConsolePageDocument,
  '\n  mutation ConsoleApprove($id: ID!) {\n    approveContribution(id: $id) {\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n':
    types.ConsoleApproveDocument,
  '\n  mutation ConsoleHide($id: ID!, $reason: String!) {\n    hideContribution(id: $id, reason: $reason) {\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n':
    types.ConsoleHideDocument,
  '\n  mutation ConsoleRestore($id: ID!) {\n    restoreContribution(id: $id) {\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n':
    types.ConsoleRestoreDocument,
  '\n  mutation ConsolePin($id: ID!) {\n    pinContribution(id: $id) {\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n':
    types.ConsolePinDocument,
  '\n  mutation ConsoleUnpin($id: ID!) {\n    unpinContribution(id: $id) {\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n':
    types.ConsoleUnpinDocument,
  '\n  mutation ConsoleAddress($id: ID!) {\n    markContributionAddressed(id: $id) {\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n':
    types.ConsoleAddressDocument,
  '\n  mutation ConsoleMerge($keepId: ID!, $duplicateId: ID!) {\n    mergeContributions(keepId: $keepId, duplicateId: $duplicateId) {\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n':
    types.ConsoleMergeDocument,
  '\n  mutation ConsoleTag($id: ID!, $themeSlugs: [String!]!) {\n    tagContribution(id: $id, themeSlugs: $themeSlugs) {\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n':
    types.ConsoleTagDocument,
  '\n  mutation ConsoleSchedule($workshopId: ID!) {\n    scheduleWorkshop(workshopId: $workshopId) {\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n':
    types.ConsoleScheduleDocument,
  '\n  mutation ConsoleOpen($workshopId: ID!) {\n    openWorkshop(workshopId: $workshopId) {\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n':
    types.ConsoleOpenDocument,
  '\n  mutation ConsoleReopen($workshopId: ID!) {\n    reopenWorkshop(workshopId: $workshopId) {\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n':
    types.ConsoleReopenDocument,
  '\n  mutation ConsolePause($workshopId: ID!) {\n    pauseWorkshop(workshopId: $workshopId) {\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n':
    types.ConsolePauseDocument,
  '\n  mutation ConsoleClose($workshopId: ID!) {\n    closeWorkshop(workshopId: $workshopId) {\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n':
    types.ConsoleCloseDocument,
  '\n  mutation ConsoleSetMode($workshopId: ID!, $mode: ModerationMode!) {\n    setModerationMode(workshopId: $workshopId, mode: $mode) {\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n':
    types.ConsoleSetModeDocument,
  '\n  mutation ConsoleSetPrompt($workshopId: ID!, $promptId: ID) {\n    setActivePrompt(workshopId: $workshopId, promptId: $promptId) {\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n':
    types.ConsoleSetPromptDocument,
  '\n  mutation ConsoleAddPrompt($workshopId: ID!, $question: String!) {\n    addPrompt(workshopId: $workshopId, question: $question) {\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n':
    types.ConsoleAddPromptDocument,
  '\n    subscription ConsoleEvents($workshopId: ID!, $afterSeq: Int) {\n      workshopEvents(workshopId: $workshopId, afterSeq: $afterSeq) {\n        ...LiveEnvelope_WorkshopEvent\n        contribution {\n          ...ConsoleItem_Contribution\n        }\n      }\n    }\n  ':
    types.ConsoleEventsDocument,
  '\n    query ConsoleLog($slug: String!) {\n      workshop(slug: $slug) {\n        status\n        viewerSessionMoves\n        moderationLog(first: 50) {\n          ...ModerationLog_ModerationAction\n        }\n      }\n    }\n  ':
    types.ConsoleLogDocument,
  '\n    fragment ConsoleItem_Contribution on Contribution {\n      id\n      kind\n      body\n      authorName\n      authorIsGuest\n      voteCount\n      createdAt\n      editedAt\n      pinned\n      addressed\n      moderationState\n      hiddenReason\n      reportCount\n      parentId\n      viewerModerationMoves\n      prompt {\n        id\n        question\n      }\n      themes {\n        slug\n        name\n        nameEn\n      }\n      ...RetainedMark_Contribution\n    }\n  ':
    types.ConsoleItem_ContributionFragmentDoc,
  '\n    fragment ModerationLog_ModerationAction on ModerationAction {\n      id\n      action\n      actorName\n      reason\n      at\n      contribution {\n        id\n        body\n      }\n    }\n  ':
    types.ModerationLog_ModerationActionFragmentDoc,
  '\n  query PlanEditPage($slug: String!, $search: String!, $searching: Boolean!) {\n    viewer {\n      kind\n    }\n    workshop(slug: $slug) {\n      id\n      slug\n      title\n      kind\n      status\n      planVersion\n      datePrecision\n      startsAt\n      endsAt\n      place\n      description\n      participantCap\n      viewerCanEdit\n      viewerSessionMoves\n      territory {\n        id\n      }\n      neighbourhoods {\n        slug\n      }\n      themes {\n        slug\n      }\n      diagnosis {\n        id\n      }\n      prompts {\n        id\n        position\n        question\n      }\n      coordinators {\n        id\n        displayName\n      }\n      coordinatorCandidates(search: $search) @include(if: $searching) {\n        id\n        displayName\n      }\n    }\n    limits {\n      questionMin\n      questionMax\n    }\n    ...PlanOptions_Query\n  }\n':
    types.PlanEditPageDocument,
  '\n  mutation UpdateWorkshop($input: UpdateWorkshopInput!) {\n    updateWorkshop(input: $input) {\n      workshop {\n        planVersion\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.UpdateWorkshopDocument,
  '\n  mutation PlanAddPrompt($workshopId: ID!, $question: String!) {\n    addPrompt(workshopId: $workshopId, question: $question) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.PlanAddPromptDocument,
  '\n  mutation PlanUpdatePrompt($promptId: ID!, $question: String!) {\n    updatePrompt(promptId: $promptId, question: $question) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.PlanUpdatePromptDocument,
  '\n  mutation PlanMovePrompt($promptId: ID!, $position: Int!) {\n    movePrompt(promptId: $promptId, position: $position) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.PlanMovePromptDocument,
  '\n  mutation PlanRemovePrompt($promptId: ID!) {\n    removePrompt(promptId: $promptId) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.PlanRemovePromptDocument,
  '\n  mutation PlanAddCoordinator($workshopId: ID!, $personId: ID!) {\n    addWorkshopCoordinator(workshopId: $workshopId, personId: $personId) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.PlanAddCoordinatorDocument,
  '\n  mutation PlanRemoveCoordinator($workshopId: ID!, $personId: ID!) {\n    removeWorkshopCoordinator(workshopId: $workshopId, personId: $personId) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.PlanRemoveCoordinatorDocument,
  '\n  mutation PlanDuplicate($workshopId: ID!) {\n    duplicateWorkshop(workshopId: $workshopId) {\n      workshop {\n        slug\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.PlanDuplicateDocument,
  '\n  mutation PlanSchedule($workshopId: ID!) {\n    scheduleWorkshop(workshopId: $workshopId) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.PlanScheduleDocument,
  '\n  query LiveBoardPage($slug: String!) {\n    workshop(slug: $slug) {\n      id\n      slug\n      title\n      viewerTakesPart\n      viewerIsCoordinator\n      viewerCanPost\n      viewerVotedIds\n      ...LiveStart_Workshop\n      themes {\n        slug\n        name\n        nameEn\n      }\n      contributions(first: 500) {\n        ...BoardItem_Contribution\n        replies {\n          ...BoardItem_Contribution\n        }\n      }\n    }\n    themes {\n      slug\n      name\n      nameEn\n    }\n  }\n':
    types.LiveBoardPageDocument,
  '\n  query BoardPromotion($slug: String!) {\n    workshop(slug: $slug) {\n      diagnosis {\n        id\n        viewerCanCoordinate\n        findings {\n          id\n          title\n          status\n        }\n      }\n    }\n  }\n':
    types.BoardPromotionDocument,
  '\n  mutation PostContribution($input: PostContributionInput!) {\n    postContribution(input: $input) {\n      contribution {\n        moderationState\n        ...BoardItem_Contribution\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n':
    types.PostContributionDocument,
  '\n  mutation VoteContribution($id: ID!) {\n    voteContribution(id: $id) {\n      contribution {\n        id\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n':
    types.VoteContributionDocument,
  '\n  mutation UnvoteContribution($id: ID!) {\n    unvoteContribution(id: $id) {\n      contribution {\n        id\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n':
    types.UnvoteContributionDocument,
  '\n  mutation EditContribution($id: ID!, $body: String!, $expectedVersion: Int) {\n    editContribution(id: $id, body: $body, expectedVersion: $expectedVersion) {\n      contribution {\n        id\n        body\n        version\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.EditContributionDocument,
  '\n  mutation WithdrawContribution($id: ID!) {\n    withdrawContribution(id: $id) {\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n':
    types.WithdrawContributionDocument,
  '\n  mutation ReportContribution($id: ID!, $reason: String!) {\n    reportContribution(id: $id, reason: $reason) {\n      contribution {\n        id\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n':
    types.ReportContributionDocument,
  '\n    subscription BoardEvents($workshopId: ID!, $afterSeq: Int) {\n      workshopEvents(workshopId: $workshopId, afterSeq: $afterSeq) {\n        ...LiveEnvelope_WorkshopEvent\n        contribution {\n          ...BoardItem_Contribution\n        }\n      }\n    }\n  ':
    types.BoardEventsDocument,
  '\n    query BoardRights($slug: String!) {\n      workshop(slug: $slug) {\n        viewerCanPost\n        contributions(first: 500) {\n          ...BoardItem_Rights\n          replies {\n            ...BoardItem_Rights\n          }\n        }\n      }\n    }\n  ':
    types.BoardRightsDocument,
  '\n    fragment BoardItem_Rights on Contribution {\n      id\n      viewerCanVote\n      viewerCanReply\n      viewerCanEdit\n      viewerCanWithdraw\n      viewerCanReport\n    }\n  ':
    types.BoardItem_RightsFragmentDoc,
  '\n    fragment BoardItem_Contribution on Contribution {\n      id\n      kind\n      body\n      version\n      authorName\n      authorIsGuest\n      voteCount\n      createdAt\n      pinned\n      addressed\n      moderationState\n      hiddenReason\n      viewerIsAuthor\n      ...BoardItem_Rights\n      parentId\n      themes {\n        slug\n        name\n        nameEn\n      }\n      ...RetainedMark_Contribution\n    }\n  ':
    types.BoardItem_ContributionFragmentDoc,
  '\n  query WorkshopRegistrationsExport($slug: String!) {\n    workshop(slug: $slug) {\n      slug\n      viewerCanEdit\n      registrations {\n        displayName\n        email\n        organizationName\n        registeredAt\n      }\n    }\n  }\n':
    types.WorkshopRegistrationsExportDocument,
  '\n  query WorkshopRegistrationsPage($slug: String!) {\n    viewer {\n      kind\n    }\n    workshop(slug: $slug) {\n      id\n      slug\n      title\n      participantCap\n      registrationCount\n      viewerCanEdit\n      registrations {\n        displayName\n        email\n        organizationName\n        registeredAt\n      }\n    }\n  }\n':
    types.WorkshopRegistrationsPageDocument,
  '\n  query WorkshopRestitution($slug: String!) {\n    workshop(slug: $slug) {\n      id\n      slug\n      title\n      status\n      startsAt\n      endsAt\n      datePrecision\n      place\n      participantCount\n      contributionCount\n      isDemo\n      territory {\n        slug\n        name\n      }\n      prompts {\n        id\n        position\n        question\n      }\n      contributionCounts {\n        kind\n        count\n      }\n      diagnosis {\n        title\n        period\n        territory {\n          slug\n        }\n      }\n      contributions(first: 500) {\n        id\n        kind\n        body\n        authorName\n        authorIsGuest\n        voteCount\n        createdAt\n        moderationState\n        prompt {\n          id\n        }\n        retainedIn {\n          id\n          title\n          diagnosis {\n            period\n            territory {\n              slug\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.WorkshopRestitutionDocument,
  '\n  query WallPage($slug: String!) {\n    workshop(slug: $slug) {\n      id\n      slug\n      title\n      joinCode\n      ...LiveStart_Workshop\n      contributionCounts {\n        kind\n        count\n      }\n      themeCounts {\n        count\n        theme {\n          slug\n          name\n          nameEn\n        }\n      }\n      contributions(first: 500) {\n        ...WallItem_Contribution\n        replies {\n          ...WallItem_Contribution\n        }\n      }\n    }\n  }\n':
    types.WallPageDocument,
  '\n    subscription WallEvents($workshopId: ID!, $afterSeq: Int) {\n      workshopEvents(workshopId: $workshopId, afterSeq: $afterSeq) {\n        ...LiveEnvelope_WorkshopEvent\n        contribution {\n          ...WallItem_Contribution\n        }\n      }\n    }\n  ':
    types.WallEventsDocument,
  '\n    fragment WallItem_Contribution on Contribution {\n      id\n      kind\n      body\n      authorName\n      authorIsGuest\n      voteCount\n      createdAt\n      pinned\n      addressed\n      moderationState\n      parentId\n      themes {\n        slug\n        name\n        nameEn\n      }\n      ...RetainedMark_Contribution\n    }\n  ':
    types.WallItem_ContributionFragmentDoc,
  '\n  query PlanNewPage {\n    viewer {\n      kind\n    }\n    viewerCanPlanWorkshops\n    ...PlanOptions_Query\n  }\n':
    types.PlanNewPageDocument,
  '\n  mutation CreateWorkshop($input: WorkshopPlanFields!) {\n    createWorkshop(input: $input) {\n      workshop {\n        slug\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n':
    types.CreateWorkshopDocument,
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
  source: '\n    fragment FindingCard_Finding on Finding {\n      id\n      kind\n      title\n      statementHtml\n      priority\n      status\n      position\n      version\n      awaitingReview\n      viewerCanEdit\n      themes {\n        slug\n        name\n        nameEn\n      }\n      neighbourhoods {\n        slug\n        name\n      }\n      evidenceCount\n      participantCount\n      organizationCount\n      supportCount\n      cosigners {\n        id\n        name\n      }\n      mergedInto {\n        id\n        title\n      }\n      proposedBy {\n        displayName\n      }\n    }\n  ',
): (typeof documents)['\n    fragment FindingCard_Finding on Finding {\n      id\n      kind\n      title\n      statementHtml\n      priority\n      status\n      position\n      version\n      awaitingReview\n      viewerCanEdit\n      themes {\n        slug\n        name\n        nameEn\n      }\n      neighbourhoods {\n        slug\n        name\n      }\n      evidenceCount\n      participantCount\n      organizationCount\n      supportCount\n      cosigners {\n        id\n        name\n      }\n      mergedInto {\n        id\n        title\n      }\n      proposedBy {\n        displayName\n      }\n    }\n  '];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n    fragment SiteHeader_Viewer on Viewer {\n      kind\n      role\n      displayName\n      guestWorkshop {\n        slug\n      }\n    }\n  ',
): (typeof documents)['\n    fragment SiteHeader_Viewer on Viewer {\n      kind\n      role\n      displayName\n      guestWorkshop {\n        slug\n      }\n    }\n  '];
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
  source: '\n    fragment ProfileForm_Organization on Organization {\n      id\n      version\n      name\n      kind\n      description\n      website\n      contactEmail\n      phone\n      postalAddress\n      commune\n      logo {\n        id\n        url(width: 320)\n        width\n        height\n      }\n    }\n  ',
): (typeof documents)['\n    fragment ProfileForm_Organization on Organization {\n      id\n      version\n      name\n      kind\n      description\n      website\n      contactEmail\n      phone\n      postalAddress\n      commune\n      logo {\n        id\n        url(width: 320)\n        width\n        height\n      }\n    }\n  '];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OrganizationIdOf($slug: String!) {\n    organization(slug: $slug) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  query OrganizationIdOf($slug: String!) {\n    organization(slug: $slug) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ApproveOrganizationRequest($requestId: ID!, $note: String!) {\n    approveOrganizationRequest(requestId: $requestId, note: $note) {\n      request {\n        id\n        organization {\n          slug\n          name\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ApproveOrganizationRequest($requestId: ID!, $note: String!) {\n    approveOrganizationRequest(requestId: $requestId, note: $note) {\n      request {\n        id\n        organization {\n          slug\n          name\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeclineOrganizationRequest($requestId: ID!, $note: String!) {\n    declineOrganizationRequest(requestId: $requestId, note: $note) {\n      request {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation DeclineOrganizationRequest($requestId: ID!, $note: String!) {\n    declineOrganizationRequest(requestId: $requestId, note: $note) {\n      request {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
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
  source: '\n    fragment ReviewContribution_Contribution on Contribution {\n      id\n      kind\n      body\n      authorName\n      authorIsGuest\n      createdAt\n      moderationState\n      viewerModerationMoves\n      openReports {\n        reason\n        createdAt\n      }\n      workshop {\n        slug\n        title\n      }\n    }\n  ',
): (typeof documents)['\n    fragment ReviewContribution_Contribution on Contribution {\n      id\n      kind\n      body\n      authorName\n      authorIsGuest\n      createdAt\n      moderationState\n      viewerModerationMoves\n      openReports {\n        reason\n        createdAt\n      }\n      workshop {\n        slug\n        title\n      }\n    }\n  '];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n    fragment ReviewDraft_Draft on DraftSummary {\n      subjectId\n      kind\n      title\n      path\n      editVersion\n      submittedAt\n      authorName\n    }\n  ',
): (typeof documents)['\n    fragment ReviewDraft_Draft on DraftSummary {\n      subjectId\n      kind\n      title\n      path\n      editVersion\n      submittedAt\n      authorName\n    }\n  '];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n    fragment ReviewFinding_Finding on Finding {\n      id\n      kind\n      title\n      statementHtml\n      version\n      createdAt\n      proposedBy {\n        displayName\n      }\n      diagnosis {\n        title\n        period\n        territory {\n          slug\n          name\n        }\n      }\n    }\n  ',
): (typeof documents)['\n    fragment ReviewFinding_Finding on Finding {\n      id\n      kind\n      title\n      statementHtml\n      version\n      createdAt\n      proposedBy {\n        displayName\n      }\n      diagnosis {\n        title\n        period\n        territory {\n          slug\n          name\n        }\n      }\n    }\n  '];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n    fragment ReviewOrganizationRequest_Request on OrganizationRequest {\n      id\n      name\n      kind\n      description\n      website\n      createdAt\n      requester {\n        displayName\n      }\n    }\n  ',
): (typeof documents)['\n    fragment ReviewOrganizationRequest_Request on OrganizationRequest {\n      id\n      name\n      kind\n      description\n      website\n      createdAt\n      requester {\n        displayName\n      }\n    }\n  '];
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
  source: '\n    query StoryLivePreview($text: String!) {\n      renderMarkdown(text: $text)\n    }\n  ',
): (typeof documents)['\n    query StoryLivePreview($text: String!) {\n      renderMarkdown(text: $text)\n    }\n  '];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n    fragment StoryHistory_DraftInfo on DraftInfo {\n      editVersion\n      viewerCanRestore\n      revisions(first: 50) {\n        nodes {\n          id\n          number\n          action\n          authorName\n          createdAt\n          note\n          changes {\n            field\n            diff {\n              kind\n              text\n            }\n          }\n        }\n      }\n    }\n  ',
): (typeof documents)['\n    fragment StoryHistory_DraftInfo on DraftInfo {\n      editVersion\n      viewerCanRestore\n      revisions(first: 50) {\n        nodes {\n          id\n          number\n          action\n          authorName\n          createdAt\n          note\n          changes {\n            field\n            diff {\n              kind\n              text\n            }\n          }\n        }\n      }\n    }\n  '];
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
  source: '\n    fragment PlanOptions_Query on Query {\n      territories(first: 100) {\n        nodes {\n          id\n          name\n          neighbourhoods {\n            slug\n            name\n            commune\n          }\n          diagnoses {\n            id\n            title\n            viewerCanCoordinate\n          }\n        }\n      }\n      themes {\n        slug\n        name\n        nameEn\n      }\n      limits {\n        workshopTitleMin\n        workshopTitleMax\n        workshopPlaceMax\n        workshopDescriptionMax\n        workshopCapMax\n      }\n    }\n  ',
): (typeof documents)['\n    fragment PlanOptions_Query on Query {\n      territories(first: 100) {\n        nodes {\n          id\n          name\n          neighbourhoods {\n            slug\n            name\n            commune\n          }\n          diagnoses {\n            id\n            title\n            viewerCanCoordinate\n          }\n        }\n      }\n      themes {\n        slug\n        name\n        nameEn\n      }\n      limits {\n        workshopTitleMin\n        workshopTitleMax\n        workshopPlaceMax\n        workshopDescriptionMax\n        workshopCapMax\n      }\n    }\n  '];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n    fragment RetainedMark_Contribution on Contribution {\n      retainedIn {\n        id\n        title\n      }\n    }\n  ',
): (typeof documents)['\n    fragment RetainedMark_Contribution on Contribution {\n      retainedIn {\n        id\n        title\n      }\n    }\n  '];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n    fragment WorkshopCard_Workshop on Workshop {\n      slug\n      title\n      kind\n      status\n      startsAt\n      endsAt\n      datePrecision\n      place\n      isDemo\n      contributionCount\n      territory {\n        slug\n        name\n      }\n    }\n  ',
): (typeof documents)['\n    fragment WorkshopCard_Workshop on Workshop {\n      slug\n      title\n      kind\n      status\n      startsAt\n      endsAt\n      datePrecision\n      place\n      isDemo\n      contributionCount\n      territory {\n        slug\n        name\n      }\n    }\n  '];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReviewFindingSuggestion($suggestionId: ID!, $decision: SuggestionDecision!, $note: String) {\n    reviewFindingSuggestion(suggestionId: $suggestionId, decision: $decision, note: $note) {\n      suggestion {\n        id\n        state\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ReviewFindingSuggestion($suggestionId: ID!, $decision: SuggestionDecision!, $note: String) {\n    reviewFindingSuggestion(suggestionId: $suggestionId, decision: $decision, note: $note) {\n      suggestion {\n        id\n        state\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetFindingStatus($findingId: ID!, $status: FindingStatus!, $expectedVersion: Int) {\n    setFindingStatus(findingId: $findingId, status: $status, expectedVersion: $expectedVersion) {\n      finding {\n        id\n        status\n        version\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SetFindingStatus($findingId: ID!, $status: FindingStatus!, $expectedVersion: Int) {\n    setFindingStatus(findingId: $findingId, status: $status, expectedVersion: $expectedVersion) {\n      finding {\n        id\n        status\n        version\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PromoteContributions($input: PromoteContributionsInput!) {\n    promoteContributions(input: $input) {\n      finding {\n        id\n        title\n        diagnosis {\n          period\n          territory {\n            slug\n          }\n        }\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation PromoteContributions($input: PromoteContributionsInput!) {\n    promoteContributions(input: $input) {\n      finding {\n        id\n        title\n        diagnosis {\n          period\n          territory {\n            slug\n          }\n        }\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DiagnosisRestitution($territorySlug: String!, $period: String!) {\n    territoryDiagnosis(territorySlug: $territorySlug, period: $period) {\n      id\n      slug\n      period\n      title\n      summary\n      periodStart\n      periodEnd\n      status\n      validatedAt\n      isDemo\n      territory {\n        slug\n        name\n      }\n      workshops {\n        id\n        slug\n        title\n        startsAt\n        datePrecision\n        status\n        participantCount\n        contributionCount\n      }\n      participation {\n        workshopCount\n        participantCount\n        contributionCount\n        organizationCount\n        contributionsByKind {\n          kind\n          count\n        }\n        organizationsByKind {\n          kind\n          count\n        }\n        timeline {\n          month\n          count\n        }\n      }\n      matrix {\n        theme {\n          slug\n          name\n          nameEn\n        }\n        neighbourhood {\n          slug\n          name\n        }\n        findings {\n          id\n          title\n        }\n        evidenceCount\n      }\n      findings {\n        id\n        kind\n        title\n        statement\n        statementHtml\n        priority\n        status\n        position\n        awaitingReview\n        evidenceCount\n        participantCount\n        organizationCount\n        supportCount\n        themes {\n          slug\n          name\n          nameEn\n        }\n        neighbourhoods {\n          slug\n          name\n        }\n        cosigners {\n          slug\n          name\n          kind\n        }\n        evidence {\n          id\n          body\n          authorName\n          voteCount\n          workshop {\n            slug\n            title\n          }\n        }\n        answeredBy {\n          slug\n          name\n          stage\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DiagnosisRestitution($territorySlug: String!, $period: String!) {\n    territoryDiagnosis(territorySlug: $territorySlug, period: $period) {\n      id\n      slug\n      period\n      title\n      summary\n      periodStart\n      periodEnd\n      status\n      validatedAt\n      isDemo\n      territory {\n        slug\n        name\n      }\n      workshops {\n        id\n        slug\n        title\n        startsAt\n        datePrecision\n        status\n        participantCount\n        contributionCount\n      }\n      participation {\n        workshopCount\n        participantCount\n        contributionCount\n        organizationCount\n        contributionsByKind {\n          kind\n          count\n        }\n        organizationsByKind {\n          kind\n          count\n        }\n        timeline {\n          month\n          count\n        }\n      }\n      matrix {\n        theme {\n          slug\n          name\n          nameEn\n        }\n        neighbourhood {\n          slug\n          name\n        }\n        findings {\n          id\n          title\n        }\n        evidenceCount\n      }\n      findings {\n        id\n        kind\n        title\n        statement\n        statementHtml\n        priority\n        status\n        position\n        awaitingReview\n        evidenceCount\n        participantCount\n        organizationCount\n        supportCount\n        themes {\n          slug\n          name\n          nameEn\n        }\n        neighbourhoods {\n          slug\n          name\n        }\n        cosigners {\n          slug\n          name\n          kind\n        }\n        evidence {\n          id\n          body\n          authorName\n          voteCount\n          workshop {\n            slug\n            title\n          }\n        }\n        answeredBy {\n          slug\n          name\n          stage\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment LiveStart_Diagnosis on Diagnosis {\n    id\n    lastSeq\n    status\n  }\n',
): (typeof documents)['\n  fragment LiveStart_Diagnosis on Diagnosis {\n    id\n    lastSeq\n    status\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment LiveEnvelope_DiagnosisEvent on DiagnosisEvent {\n    seq\n    type\n    diagnosisStatus\n    reason\n    findingId\n    mergedIntoId\n    editorName\n    editing\n    connectedCount\n  }\n',
): (typeof documents)['\n  fragment LiveEnvelope_DiagnosisEvent on DiagnosisEvent {\n    seq\n    type\n    diagnosisStatus\n    reason\n    findingId\n    mergedIntoId\n    editorName\n    editing\n    connectedCount\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment LiveStart_Workshop on Workshop {\n    id\n    lastSeq\n    connectedCount\n    status\n    moderationMode\n    joinCode\n    activePrompt {\n      id\n      question\n    }\n  }\n',
): (typeof documents)['\n  fragment LiveStart_Workshop on Workshop {\n    id\n    lastSeq\n    connectedCount\n    status\n    moderationMode\n    joinCode\n    activePrompt {\n      id\n      question\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment LiveEnvelope_WorkshopEvent on WorkshopEvent {\n    seq\n    type\n    contributionId\n    mergedIntoId\n    voteCount\n    connectedCount\n    workshop {\n      status\n      moderationMode\n      joinCode\n      activePrompt {\n        id\n        question\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment LiveEnvelope_WorkshopEvent on WorkshopEvent {\n    seq\n    type\n    contributionId\n    mergedIntoId\n    voteCount\n    connectedCount\n    workshop {\n      status\n      moderationMode\n      joinCode\n      activePrompt {\n        id\n        question\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UploadImage($file: Upload!) {\n    uploadImage(file: $file) {\n      image {\n        id\n        width\n        height\n        url(width: 640)\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UploadImage($file: Upload!) {\n    uploadImage(file: $file) {\n      image {\n        id\n        width\n        height\n        url(width: 640)\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FormLimits {\n    limits {\n      contributionBodyMax\n      reasonMin\n      reasonMax\n      questionMin\n      questionMax\n      reopenWindowHours\n      passwordMin\n      passwordMax\n      displayNameMin\n      displayNameMax\n      emailMax\n      signUpLinkHours\n      findingTitleMin\n      findingTitleMax\n      findingStatementMin\n      findingStatementMax\n      findingNoteMax\n      findingNeighbourhoodsMax\n      storyTitleMin\n      storyTitleMax\n      storySummaryMax\n      storyBodyMin\n      storyBodyMax\n      storyTellerNameMin\n      storyTellerNameMax\n      storyTellerRoleMax\n      portrait {\n        nameMin\n        nameMax\n        summaryMax\n        communeMax\n        textMax\n        websiteMax\n        labelMax\n        unitMax\n        periodMax\n        euAxisMax\n        noteMax\n        altMin\n        altMax\n      }\n      changesNoteMin\n      changesNoteMax\n      imageMaxBytes\n      imageAcceptedTypes\n    }\n  }\n',
): (typeof documents)['\n  query FormLimits {\n    limits {\n      contributionBodyMax\n      reasonMin\n      reasonMax\n      questionMin\n      questionMax\n      reopenWindowHours\n      passwordMin\n      passwordMax\n      displayNameMin\n      displayNameMax\n      emailMax\n      signUpLinkHours\n      findingTitleMin\n      findingTitleMax\n      findingStatementMin\n      findingStatementMax\n      findingNoteMax\n      findingNeighbourhoodsMax\n      storyTitleMin\n      storyTitleMax\n      storySummaryMax\n      storyBodyMin\n      storyBodyMax\n      storyTellerNameMin\n      storyTellerNameMax\n      storyTellerRoleMax\n      portrait {\n        nameMin\n        nameMax\n        summaryMax\n        communeMax\n        textMax\n        websiteMax\n        labelMax\n        unitMax\n        periodMax\n        euAxisMax\n        noteMax\n        altMin\n        altMax\n      }\n      changesNoteMin\n      changesNoteMax\n      imageMaxBytes\n      imageAcceptedTypes\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query LayoutViewer {\n    viewer {\n      kind\n      displayName\n      guestWorkshop {\n        slug\n      }\n      ...SiteHeader_Viewer\n    }\n  }\n',
): (typeof documents)['\n  query LayoutViewer {\n    viewer {\n      kind\n      displayName\n      guestWorkshop {\n        slug\n      }\n      ...SiteHeader_Viewer\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query HomePage {\n    live: workshops(filter: { timing: LIVE }, first: 3) {\n      nodes {\n        id\n        ...WorkshopCard_Workshop\n      }\n    }\n    upcoming: workshops(filter: { timing: UPCOMING }, sort: SOONEST, first: 3) {\n      totalCount\n      nodes {\n        id\n        ...WorkshopCard_Workshop\n      }\n    }\n    past: workshops(filter: { timing: PAST }, first: 1) {\n      totalCount\n    }\n    allPortraits: portraits(first: 1) {\n      totalCount\n    }\n    flagships: portraits(filter: { featured: true }, sort: NAME, first: 6) {\n      nodes {\n        id\n        ...PortraitCard_Portrait\n      }\n    }\n    stories(first: 3) {\n      nodes {\n        id\n        ...StoryCard_Story\n      }\n    }\n    allTerritories: territories(first: 1) {\n      totalCount\n    }\n    underWay: territories(filter: { diagnosisUnderWay: true }, first: 2) {\n      nodes {\n        id\n        slug\n        name\n        diagnoses {\n          id\n          period\n          status\n          title\n          summary\n        }\n        ...TerritoryCard_Territory\n      }\n    }\n  }\n',
): (typeof documents)['\n  query HomePage {\n    live: workshops(filter: { timing: LIVE }, first: 3) {\n      nodes {\n        id\n        ...WorkshopCard_Workshop\n      }\n    }\n    upcoming: workshops(filter: { timing: UPCOMING }, sort: SOONEST, first: 3) {\n      totalCount\n      nodes {\n        id\n        ...WorkshopCard_Workshop\n      }\n    }\n    past: workshops(filter: { timing: PAST }, first: 1) {\n      totalCount\n    }\n    allPortraits: portraits(first: 1) {\n      totalCount\n    }\n    flagships: portraits(filter: { featured: true }, sort: NAME, first: 6) {\n      nodes {\n        id\n        ...PortraitCard_Portrait\n      }\n    }\n    stories(first: 3) {\n      nodes {\n        id\n        ...StoryCard_Story\n      }\n    }\n    allTerritories: territories(first: 1) {\n      totalCount\n    }\n    underWay: territories(filter: { diagnosisUnderWay: true }, first: 2) {\n      nodes {\n        id\n        slug\n        name\n        diagnoses {\n          id\n          period\n          status\n          title\n          summary\n        }\n        ...TerritoryCard_Territory\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminPage($search: String, $role: PlatformRole, $first: Int, $after: String, $last: Int, $before: String) {\n    people(search: $search, role: $role, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        email\n        person {\n          id\n          displayName\n          role\n          isDemo\n          memberships {\n            access\n            organization {\n              slug\n              name\n            }\n          }\n        }\n      }\n    }\n    organizationRequests(state: PENDING) {\n      id\n      name\n      kind\n      description\n      website\n      createdAt\n      requester {\n        displayName\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AdminPage($search: String, $role: PlatformRole, $first: Int, $after: String, $last: Int, $before: String) {\n    people(search: $search, role: $role, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        email\n        person {\n          id\n          displayName\n          role\n          isDemo\n          memberships {\n            access\n            organization {\n              slug\n              name\n            }\n          }\n        }\n      }\n    }\n    organizationRequests(state: PENDING) {\n      id\n      name\n      kind\n      description\n      website\n      createdAt\n      requester {\n        displayName\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminViewer {\n    viewer {\n      kind\n      role\n      person {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AdminViewer {\n    viewer {\n      kind\n      role\n      person {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminPersonPage($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Person {\n        id\n        displayName\n        role\n        isDemo\n        memberships {\n          access\n          role\n          organization {\n            slug\n            name\n          }\n        }\n      }\n    }\n    workshops(first: 100) {\n      nodes {\n        id\n        slug\n        title\n        status\n        startsAt\n        datePrecision\n        territory {\n          name\n        }\n        coordinators {\n          id\n        }\n      }\n    }\n    territories(first: 100) {\n      nodes {\n        slug\n        name\n        diagnoses {\n          id\n          title\n          period\n          coordinators {\n            id\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AdminPersonPage($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Person {\n        id\n        displayName\n        role\n        isDemo\n        memberships {\n          access\n          role\n          organization {\n            slug\n            name\n          }\n        }\n      }\n    }\n    workshops(first: 100) {\n      nodes {\n        id\n        slug\n        title\n        status\n        startsAt\n        datePrecision\n        territory {\n          name\n        }\n        coordinators {\n          id\n        }\n      }\n    }\n    territories(first: 100) {\n      nodes {\n        slug\n        name\n        diagnoses {\n          id\n          title\n          period\n          coordinators {\n            id\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation GrantRole($personId: ID!, $role: PlatformRole!) {\n    grantRole(personId: $personId, role: $role) {\n      person {\n        id\n        role\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation GrantRole($personId: ID!, $role: PlatformRole!) {\n    grantRole(personId: $personId, role: $role) {\n      person {\n        id\n        role\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AssignCoordinator($personId: ID!, $workshopId: ID!) {\n    assignCoordinator(personId: $personId, workshopId: $workshopId) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AssignCoordinator($personId: ID!, $workshopId: ID!) {\n    assignCoordinator(personId: $personId, workshopId: $workshopId) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UnassignCoordinator($personId: ID!, $workshopId: ID!) {\n    unassignCoordinator(personId: $personId, workshopId: $workshopId) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UnassignCoordinator($personId: ID!, $workshopId: ID!) {\n    unassignCoordinator(personId: $personId, workshopId: $workshopId) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AssignDiagnosisCoordinator($personId: ID!, $diagnosisId: ID!) {\n    assignDiagnosisCoordinator(personId: $personId, diagnosisId: $diagnosisId) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AssignDiagnosisCoordinator($personId: ID!, $diagnosisId: ID!) {\n    assignDiagnosisCoordinator(personId: $personId, diagnosisId: $diagnosisId) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UnassignDiagnosisCoordinator($personId: ID!, $diagnosisId: ID!) {\n    unassignDiagnosisCoordinator(personId: $personId, diagnosisId: $diagnosisId) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UnassignDiagnosisCoordinator($personId: ID!, $diagnosisId: ID!) {\n    unassignDiagnosisCoordinator(personId: $personId, diagnosisId: $diagnosisId) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FindingAddress($id: ID!) {\n    node(id: $id) {\n      ... on Finding {\n        id\n        diagnosis {\n          period\n          territory {\n            slug\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query FindingAddress($id: ID!) {\n    node(id: $id) {\n      ... on Finding {\n        id\n        diagnosis {\n          period\n          territory {\n            slug\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query InvitationPage($token: String!) {\n    viewer {\n      kind\n      displayName\n    }\n    invitation(token: $token) {\n      state\n      expiresAt\n      organization {\n        slug\n        name\n        kind\n        viewerAccess\n      }\n    }\n  }\n',
): (typeof documents)['\n  query InvitationPage($token: String!) {\n    viewer {\n      kind\n      displayName\n    }\n    invitation(token: $token) {\n      state\n      expiresAt\n      organization {\n        slug\n        name\n        kind\n        viewerAccess\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      organization {\n        slug\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      organization {\n        slug\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query JoinLookup($code: String!) {\n    workshopByCode(code: $code) {\n      slug\n      title\n      status\n    }\n  }\n',
): (typeof documents)['\n  query JoinLookup($code: String!) {\n    workshopByCode(code: $code) {\n      slug\n      title\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation JoinWorkshop($code: String!, $displayName: String!) {\n    joinWorkshop(code: $code, displayName: $displayName) {\n      workshop {\n        slug\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation JoinWorkshop($code: String!, $displayName: String!) {\n    joinWorkshop(code: $code, displayName: $displayName) {\n      workshop {\n        slug\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyDrafts($first: Int, $after: String, $last: Int, $before: String) {\n    myDrafts(first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        subjectId\n        kind\n        title\n        path\n        reviewState\n        reviewerNote\n        submittedAt\n        updatedAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyDrafts($first: Int, $after: String, $last: Int, $before: String) {\n    myDrafts(first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        subjectId\n        kind\n        title\n        path\n        reviewState\n        reviewerNote\n        submittedAt\n        updatedAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OrganizationsPage($filter: OrganizationFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    viewer {\n      kind\n      role\n    }\n    organizations(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        ...OrganizationCard_Organization\n      }\n    }\n    territories(first: 100) {\n      nodes {\n        slug\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OrganizationsPage($filter: OrganizationFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    viewer {\n      kind\n      role\n    }\n    organizations(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        ...OrganizationCard_Organization\n      }\n    }\n    territories(first: 100) {\n      nodes {\n        slug\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OrganizationPage($slug: String!) {\n    viewer {\n      kind\n    }\n    organization(slug: $slug) {\n      id\n      viewerCanManage\n      viewerCanRequestToJoin\n      viewerAccess\n      viewerJoinRequest {\n        state\n        createdAt\n      }\n      slug\n      name\n      kind\n      description\n      website\n      logo {\n        url(width: 320)\n        width\n        height\n      }\n      commune\n      territory {\n        slug\n        name\n      }\n      members {\n        role\n        person {\n          id\n          displayName\n        }\n      }\n      partnerships {\n        role\n        note\n        portrait {\n          id\n          ...PortraitCard_Portrait\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OrganizationPage($slug: String!) {\n    viewer {\n      kind\n    }\n    organization(slug: $slug) {\n      id\n      viewerCanManage\n      viewerCanRequestToJoin\n      viewerAccess\n      viewerJoinRequest {\n        state\n        createdAt\n      }\n      slug\n      name\n      kind\n      description\n      website\n      logo {\n        url(width: 320)\n        width\n        height\n      }\n      commune\n      territory {\n        slug\n        name\n      }\n      members {\n        role\n        person {\n          id\n          displayName\n        }\n      }\n      partnerships {\n        role\n        note\n        portrait {\n          id\n          ...PortraitCard_Portrait\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RequestToJoin($organizationId: ID!, $message: String!) {\n    requestToJoin(organizationId: $organizationId, message: $message) {\n      joinRequest {\n        id\n        state\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RequestToJoin($organizationId: ID!, $message: String!) {\n    requestToJoin(organizationId: $organizationId, message: $message) {\n      joinRequest {\n        id\n        state\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OrganizationEditPage($slug: String!) {\n    viewer {\n      kind\n    }\n    organization(slug: $slug) {\n      id\n      slug\n      name\n      viewerCanManage\n      membersMayCoSign\n      ...ProfileForm_Organization\n      members {\n        access\n        role\n        createdAt\n        person {\n          id\n          displayName\n        }\n      }\n      invitations {\n        id\n        email\n        createdAt\n        expiresAt\n        invitedBy {\n          displayName\n        }\n      }\n      joinRequests {\n        id\n        message\n        createdAt\n        person {\n          displayName\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OrganizationEditPage($slug: String!) {\n    viewer {\n      kind\n    }\n    organization(slug: $slug) {\n      id\n      slug\n      name\n      viewerCanManage\n      membersMayCoSign\n      ...ProfileForm_Organization\n      members {\n        access\n        role\n        createdAt\n        person {\n          id\n          displayName\n        }\n      }\n      invitations {\n        id\n        email\n        createdAt\n        expiresAt\n        invitedBy {\n          displayName\n        }\n      }\n      joinRequests {\n        id\n        message\n        createdAt\n        person {\n          displayName\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      organization {\n        ...ProfileForm_Organization\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      organization {\n        ...ProfileForm_Organization\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetMembersMayCoSign($organizationId: ID!, $allowed: Boolean!) {\n    setMembersMayCoSign(organizationId: $organizationId, allowed: $allowed) {\n      organization {\n        id\n        membersMayCoSign\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SetMembersMayCoSign($organizationId: ID!, $allowed: Boolean!) {\n    setMembersMayCoSign(organizationId: $organizationId, allowed: $allowed) {\n      organization {\n        id\n        membersMayCoSign\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation InviteMember($organizationId: ID!, $email: String) {\n    inviteMember(organizationId: $organizationId, email: $email) {\n      link\n      invitation {\n        id\n        email\n        expiresAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation InviteMember($organizationId: ID!, $email: String) {\n    inviteMember(organizationId: $organizationId, email: $email) {\n      link\n      invitation {\n        id\n        email\n        expiresAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeInvitation($invitationId: ID!) {\n    revokeInvitation(invitationId: $invitationId) {\n      invitation {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RevokeInvitation($invitationId: ID!) {\n    revokeInvitation(invitationId: $invitationId) {\n      invitation {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetMemberAccess($organizationId: ID!, $personId: ID!, $access: MembershipAccess!) {\n    setMemberAccess(organizationId: $organizationId, personId: $personId, access: $access) {\n      membership {\n        access\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SetMemberAccess($organizationId: ID!, $personId: ID!, $access: MembershipAccess!) {\n    setMemberAccess(organizationId: $organizationId, personId: $personId, access: $access) {\n      membership {\n        access\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveMember($organizationId: ID!, $personId: ID!) {\n    removeMember(organizationId: $organizationId, personId: $personId) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RemoveMember($organizationId: ID!, $personId: ID!) {\n    removeMember(organizationId: $organizationId, personId: $personId) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AcceptJoinRequest($requestId: ID!) {\n    acceptJoinRequest(requestId: $requestId) {\n      joinRequest {\n        id\n        state\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AcceptJoinRequest($requestId: ID!) {\n    acceptJoinRequest(requestId: $requestId) {\n      joinRequest {\n        id\n        state\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeclineJoinRequest($requestId: ID!) {\n    declineJoinRequest(requestId: $requestId) {\n      joinRequest {\n        id\n        state\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation DeclineJoinRequest($requestId: ID!) {\n    declineJoinRequest(requestId: $requestId) {\n      joinRequest {\n        id\n        state\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NewOrganizationPage {\n    viewer {\n      kind\n      role\n    }\n    viewerOrganizationRequests {\n      id\n      name\n      kind\n      state\n      note\n      createdAt\n      decidedAt\n      organization {\n        slug\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query NewOrganizationPage {\n    viewer {\n      kind\n      role\n    }\n    viewerOrganizationRequests {\n      id\n      name\n      kind\n      state\n      note\n      createdAt\n      decidedAt\n      organization {\n        slug\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      organization {\n        slug\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      organization {\n        slug\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RequestOrganization($input: RequestOrganizationInput!) {\n    requestOrganization(input: $input) {\n      request {\n        id\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RequestOrganization($input: RequestOrganizationInput!) {\n    requestOrganization(input: $input) {\n      request {\n        id\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PortraitsPage($filter: PortraitFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    portraits(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        ...PortraitCard_Portrait\n      }\n    }\n    viewer {\n      canWritePortraits\n    }\n    themes {\n      slug\n      name\n      nameEn\n    }\n    territories(first: 100) {\n      nodes {\n        slug\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PortraitsPage($filter: PortraitFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    portraits(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        ...PortraitCard_Portrait\n      }\n    }\n    viewer {\n      canWritePortraits\n    }\n    themes {\n      slug\n      name\n      nameEn\n    }\n    territories(first: 100) {\n      nodes {\n        slug\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PortraitPage($slug: String!) {\n    viewer {\n      canWritePortraits\n    }\n    portrait(slug: $slug) {\n      id\n      slug\n      viewerCanEdit\n      images {\n        alt\n        image {\n          id\n          width\n          height\n          url(width: 960)\n        }\n      }\n      name\n      summary\n      commune\n      need\n      project\n      results\n      stage\n      startYear\n      durationMonths\n      budgetTotal\n      website\n      isDemo\n      territory {\n        slug\n        name\n        region\n      }\n      themes {\n        slug\n        name\n        nameEn\n      }\n      funding {\n        euShare\n      }\n      replicatedFrom {\n        slug\n        name\n        commune\n      }\n      replications {\n        slug\n        name\n        commune\n      }\n      stories {\n        id\n        ...StoryCard_Story\n      }\n      partners {\n        role\n      }\n      indicators {\n        label\n      }\n      fundingLines {\n        sourceKind\n      }\n      stageHistory {\n        stage\n      }\n      ...PortraitIndicators_Portrait\n      ...PortraitFunding_Portrait\n      ...PortraitTimeline_Portrait\n      ...PortraitPartners_Portrait\n    }\n  }\n',
): (typeof documents)['\n  query PortraitPage($slug: String!) {\n    viewer {\n      canWritePortraits\n    }\n    portrait(slug: $slug) {\n      id\n      slug\n      viewerCanEdit\n      images {\n        alt\n        image {\n          id\n          width\n          height\n          url(width: 960)\n        }\n      }\n      name\n      summary\n      commune\n      need\n      project\n      results\n      stage\n      startYear\n      durationMonths\n      budgetTotal\n      website\n      isDemo\n      territory {\n        slug\n        name\n        region\n      }\n      themes {\n        slug\n        name\n        nameEn\n      }\n      funding {\n        euShare\n      }\n      replicatedFrom {\n        slug\n        name\n        commune\n      }\n      replications {\n        slug\n        name\n        commune\n      }\n      stories {\n        id\n        ...StoryCard_Story\n      }\n      partners {\n        role\n      }\n      indicators {\n        label\n      }\n      fundingLines {\n        sourceKind\n      }\n      stageHistory {\n        stage\n      }\n      ...PortraitIndicators_Portrait\n      ...PortraitFunding_Portrait\n      ...PortraitTimeline_Portrait\n      ...PortraitPartners_Portrait\n    }\n  }\n'];
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
  source: '\n  query PortraitEditor($slug: String!) {\n    viewer {\n      kind\n    }\n    portrait(slug: $slug) {\n      id\n      slug\n      name\n      publicationState\n      viewerCanEdit\n      draftInfo {\n        editVersion\n        reviewState\n        reviewerNote\n        viewerCanSubmit\n        viewerCanPublish\n        viewerCanWithdraw\n        viewerCanRestore\n        revisions(first: 30) {\n          nodes {\n            id\n            number\n            action\n            authorName\n            createdAt\n            note\n          }\n        }\n      }\n      draft {\n        name\n        summary\n        commune\n        need\n        project\n        results\n        startYear\n        durationMonths\n        budgetTotal\n        website\n        stage\n        territory {\n          id\n          slug\n          name\n          diagnoses {\n            id\n            title\n            findings {\n              id\n              title\n            }\n          }\n        }\n        themes {\n          id\n        }\n        indicators {\n          key\n          label\n          value\n          unit\n          asOf\n          period\n          note\n        }\n        fundingLines {\n          key\n          sourceKind\n          label\n          funder {\n            id\n          }\n          amount\n          euPriorityAxis\n          periodStart\n          periodEnd\n          note\n        }\n        funding {\n          total\n          euAmount\n          euShare\n          itemisedTotal\n          unknownAmountLines\n        }\n        partners {\n          role\n          note\n          organization {\n            id\n            name\n          }\n        }\n        stageEvents {\n          key\n          stage\n          date\n          precision\n          note\n        }\n        replicatedFrom {\n          id\n        }\n        answers {\n          id\n          title\n        }\n        images {\n          alt\n          image {\n            id\n            width\n            height\n            url(width: 480)\n          }\n        }\n      }\n    }\n    territories(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    themes {\n      id\n      name\n      nameEn\n    }\n    organizations(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    portraits(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PortraitEditor($slug: String!) {\n    viewer {\n      kind\n    }\n    portrait(slug: $slug) {\n      id\n      slug\n      name\n      publicationState\n      viewerCanEdit\n      draftInfo {\n        editVersion\n        reviewState\n        reviewerNote\n        viewerCanSubmit\n        viewerCanPublish\n        viewerCanWithdraw\n        viewerCanRestore\n        revisions(first: 30) {\n          nodes {\n            id\n            number\n            action\n            authorName\n            createdAt\n            note\n          }\n        }\n      }\n      draft {\n        name\n        summary\n        commune\n        need\n        project\n        results\n        startYear\n        durationMonths\n        budgetTotal\n        website\n        stage\n        territory {\n          id\n          slug\n          name\n          diagnoses {\n            id\n            title\n            findings {\n              id\n              title\n            }\n          }\n        }\n        themes {\n          id\n        }\n        indicators {\n          key\n          label\n          value\n          unit\n          asOf\n          period\n          note\n        }\n        fundingLines {\n          key\n          sourceKind\n          label\n          funder {\n            id\n          }\n          amount\n          euPriorityAxis\n          periodStart\n          periodEnd\n          note\n        }\n        funding {\n          total\n          euAmount\n          euShare\n          itemisedTotal\n          unknownAmountLines\n        }\n        partners {\n          role\n          note\n          organization {\n            id\n            name\n          }\n        }\n        stageEvents {\n          key\n          stage\n          date\n          precision\n          note\n        }\n        replicatedFrom {\n          id\n        }\n        answers {\n          id\n          title\n        }\n        images {\n          alt\n          image {\n            id\n            width\n            height\n            url(width: 480)\n          }\n        }\n      }\n    }\n    territories(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    themes {\n      id\n      name\n      nameEn\n    }\n    organizations(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    portraits(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EditorUpdatePortrait($input: UpdatePortraitInput!) {\n    updatePortrait(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation EditorUpdatePortrait($input: UpdatePortraitInput!) {\n    updatePortrait(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EditorAddIndicator($input: IndicatorInput!) {\n    addIndicator(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation EditorAddIndicator($input: IndicatorInput!) {\n    addIndicator(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EditorUpdateIndicator($input: IndicatorInput!) {\n    updateIndicator(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation EditorUpdateIndicator($input: IndicatorInput!) {\n    updateIndicator(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EditorRemoveIndicator($input: PortraitItemInput!) {\n    removeIndicator(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation EditorRemoveIndicator($input: PortraitItemInput!) {\n    removeIndicator(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EditorMoveIndicator($input: MovePortraitItemInput!) {\n    moveIndicator(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation EditorMoveIndicator($input: MovePortraitItemInput!) {\n    moveIndicator(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EditorAddFundingLine($input: FundingLineInput!) {\n    addFundingLine(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation EditorAddFundingLine($input: FundingLineInput!) {\n    addFundingLine(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EditorUpdateFundingLine($input: FundingLineInput!) {\n    updateFundingLine(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation EditorUpdateFundingLine($input: FundingLineInput!) {\n    updateFundingLine(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EditorRemoveFundingLine($input: PortraitItemInput!) {\n    removeFundingLine(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation EditorRemoveFundingLine($input: PortraitItemInput!) {\n    removeFundingLine(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EditorMoveFundingLine($input: MovePortraitItemInput!) {\n    moveFundingLine(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation EditorMoveFundingLine($input: MovePortraitItemInput!) {\n    moveFundingLine(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EditorSetPortraitPartners($input: SetPortraitPartnersInput!) {\n    setPortraitPartners(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation EditorSetPortraitPartners($input: SetPortraitPartnersInput!) {\n    setPortraitPartners(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EditorRecordStageChange($input: RecordStageChangeInput!) {\n    recordStageChange(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation EditorRecordStageChange($input: RecordStageChangeInput!) {\n    recordStageChange(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EditorSetReplicatedFrom($input: SetReplicatedFromInput!) {\n    setReplicatedFrom(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation EditorSetReplicatedFrom($input: SetReplicatedFromInput!) {\n    setReplicatedFrom(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EditorSetAnsweredFindings($input: SetAnsweredFindingsInput!) {\n    setAnsweredFindings(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation EditorSetAnsweredFindings($input: SetAnsweredFindingsInput!) {\n    setAnsweredFindings(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EditorAddPortraitImage($input: PortraitImageInput!) {\n    addPortraitImage(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation EditorAddPortraitImage($input: PortraitImageInput!) {\n    addPortraitImage(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EditorUpdatePortraitImage($input: PortraitImageInput!) {\n    updatePortraitImage(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation EditorUpdatePortraitImage($input: PortraitImageInput!) {\n    updatePortraitImage(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EditorRemovePortraitImage($input: PortraitItemInput!) {\n    removePortraitImage(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation EditorRemovePortraitImage($input: PortraitItemInput!) {\n    removePortraitImage(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EditorMovePortraitImage($input: MovePortraitItemInput!) {\n    movePortraitImage(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation EditorMovePortraitImage($input: MovePortraitItemInput!) {\n    movePortraitImage(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EditorSubmitPortrait($input: PortraitDraftInput!) {\n    submitPortrait(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation EditorSubmitPortrait($input: PortraitDraftInput!) {\n    submitPortrait(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EditorPublishPortrait($input: PortraitDraftInput!) {\n    publishPortrait(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation EditorPublishPortrait($input: PortraitDraftInput!) {\n    publishPortrait(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EditorWithdrawPortrait($input: PortraitDraftInput!) {\n    withdrawPortrait(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation EditorWithdrawPortrait($input: PortraitDraftInput!) {\n    withdrawPortrait(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EditorRestorePortraitRevision($input: RestorePortraitRevisionInput!) {\n    restorePortraitRevision(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation EditorRestorePortraitRevision($input: RestorePortraitRevisionInput!) {\n    restorePortraitRevision(input: $input) {\n      portrait {\n        id\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NewPortrait {\n    viewer {\n      kind\n      role\n      person {\n        memberships {\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n    territories(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    themes {\n      id\n      name\n      nameEn\n    }\n    portraits(first: 100, filter: { stage: UNCLAIMED_IDEA }) {\n      nodes {\n        id\n        slug\n        name\n        territory {\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query NewPortrait {\n    viewer {\n      kind\n      role\n      person {\n        memberships {\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n    territories(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    themes {\n      id\n      name\n      nameEn\n    }\n    portraits(first: 100, filter: { stage: UNCLAIMED_IDEA }) {\n      nodes {\n        id\n        slug\n        name\n        territory {\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreatePortrait($input: CreatePortraitInput!) {\n    createPortrait(input: $input) {\n      portrait {\n        id\n        slug\n        draft {\n          name\n          summary\n          need\n          project\n          results\n          startYear\n          durationMonths\n          budgetTotal\n          website\n          territory {\n            id\n          }\n        }\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreatePortrait($input: CreatePortraitInput!) {\n    createPortrait(input: $input) {\n      portrait {\n        id\n        slug\n        draft {\n          name\n          summary\n          need\n          project\n          results\n          startYear\n          durationMonths\n          budgetTotal\n          website\n          territory {\n            id\n          }\n        }\n        draftInfo {\n          editVersion\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation NewPortraitPlace($input: UpdatePortraitInput!) {\n    updatePortrait(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation NewPortraitPlace($input: UpdatePortraitInput!) {\n    updatePortrait(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReviewPage {\n    viewer {\n      kind\n      role\n    }\n    draftsToReview(first: 100) {\n      totalCount\n      nodes {\n        subjectId\n        ...ReviewDraft_Draft\n      }\n    }\n    toReview {\n      counts {\n        pendingContributions\n        reportedContributions\n        proposedFindings\n        pendingSuggestions\n        total\n      }\n      pendingContributions {\n        id\n        ...ReviewContribution_Contribution\n      }\n      reportedContributions {\n        id\n        ...ReviewContribution_Contribution\n      }\n      proposedFindings {\n        id\n        ...ReviewFinding_Finding\n      }\n      pendingSuggestions {\n        id\n        title\n        note\n        createdAt\n        state\n        author {\n          displayName\n        }\n        statementDiff {\n          value\n          added\n          removed\n        }\n        finding {\n          id\n          title\n          diagnosis {\n            period\n            territory {\n              slug\n            }\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ReviewPage {\n    viewer {\n      kind\n      role\n    }\n    draftsToReview(first: 100) {\n      totalCount\n      nodes {\n        subjectId\n        ...ReviewDraft_Draft\n      }\n    }\n    toReview {\n      counts {\n        pendingContributions\n        reportedContributions\n        proposedFindings\n        pendingSuggestions\n        total\n      }\n      pendingContributions {\n        id\n        ...ReviewContribution_Contribution\n      }\n      reportedContributions {\n        id\n        ...ReviewContribution_Contribution\n      }\n      proposedFindings {\n        id\n        ...ReviewFinding_Finding\n      }\n      pendingSuggestions {\n        id\n        title\n        note\n        createdAt\n        state\n        author {\n          displayName\n        }\n        statementDiff {\n          value\n          added\n          removed\n        }\n        finding {\n          id\n          title\n          diagnosis {\n            period\n            territory {\n              slug\n            }\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReviewOrganizationRequests {\n    organizationRequests(state: PENDING) {\n      id\n      ...ReviewOrganizationRequest_Request\n    }\n  }\n',
): (typeof documents)['\n  query ReviewOrganizationRequests {\n    organizationRequests(state: PENDING) {\n      id\n      ...ReviewOrganizationRequest_Request\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReviewApprove($id: ID!) {\n    approveContribution(id: $id) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ReviewApprove($id: ID!) {\n    approveContribution(id: $id) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReviewKeep($id: ID!) {\n    keepReportedContribution(id: $id) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ReviewKeep($id: ID!) {\n    keepReportedContribution(id: $id) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReviewHide($id: ID!, $reason: String!) {\n    hideContribution(id: $id, reason: $reason) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ReviewHide($id: ID!, $reason: String!) {\n    hideContribution(id: $id, reason: $reason) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReviewPublishStory($id: ID!, $expectedVersion: Int!) {\n    publishStory(id: $id, expectedVersion: $expectedVersion) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ReviewPublishStory($id: ID!, $expectedVersion: Int!) {\n    publishStory(id: $id, expectedVersion: $expectedVersion) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReviewPublishPortrait($input: PortraitDraftInput!) {\n    publishPortrait(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ReviewPublishPortrait($input: PortraitDraftInput!) {\n    publishPortrait(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReviewRequestChanges($input: RequestChangesInput!) {\n    requestChanges(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ReviewRequestChanges($input: RequestChangesInput!) {\n    requestChanges(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      viewer {\n        kind\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      viewer {\n        kind\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignOut {\n    signOut\n  }\n',
): (typeof documents)['\n  mutation SignOut {\n    signOut\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      confirmationSent\n      email\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      confirmationSent\n      email\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ConfirmSignUp($token: String!) {\n    confirmSignUp(token: $token) {\n      viewer {\n        kind\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ConfirmSignUp($token: String!) {\n    confirmSignUp(token: $token) {\n      viewer {\n        kind\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StoriesPage($filter: StoryFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    stories(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        ...StoryCard_Story\n      }\n    }\n    territories(first: 100) {\n      nodes {\n        slug\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query StoriesPage($filter: StoryFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    stories(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        ...StoryCard_Story\n      }\n    }\n    territories(first: 100) {\n      nodes {\n        slug\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StoryPage($slug: String!) {\n    story(slug: $slug) {\n      id\n      slug\n      title\n      kind\n      summary\n      bodyHtml\n      publishedAt\n      publicationState\n      isDemo\n      authoring {\n        viewerCanEdit\n      }\n      teller {\n        name\n        role\n      }\n      territory {\n        slug\n        name\n      }\n      portrait {\n        slug\n        name\n        summary\n        ...PortraitCard_Portrait\n      }\n      findings {\n        id\n        title\n        diagnosis {\n          slug\n          title\n          territory {\n            slug\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query StoryPage($slug: String!) {\n    story(slug: $slug) {\n      id\n      slug\n      title\n      kind\n      summary\n      bodyHtml\n      publishedAt\n      publicationState\n      isDemo\n      authoring {\n        viewerCanEdit\n      }\n      teller {\n        name\n        role\n      }\n      territory {\n        slug\n        name\n      }\n      portrait {\n        slug\n        name\n        summary\n        ...PortraitCard_Portrait\n      }\n      findings {\n        id\n        title\n        diagnosis {\n          slug\n          title\n          territory {\n            slug\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StoryEditor($slug: String!) {\n    story(slug: $slug) {\n      id\n      slug\n      title\n      publicationState\n      authoring {\n        reviewState\n        reviewerNote\n        editVersion\n        submittedAt\n        viewerCanEdit\n        viewerCanSubmit\n        viewerCanPublish\n        viewerCanRequestChanges\n        viewerCanWithdraw\n        ...StoryHistory_DraftInfo\n      }\n      draft {\n        kind\n        title\n        summary\n        bodyMarkdown\n        anonymous\n        tellerName\n        tellerRole\n        consent\n        territory {\n          id\n        }\n        portraits {\n          id\n        }\n        findings {\n          id\n        }\n        workshops {\n          id\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query StoryEditor($slug: String!) {\n    story(slug: $slug) {\n      id\n      slug\n      title\n      publicationState\n      authoring {\n        reviewState\n        reviewerNote\n        editVersion\n        submittedAt\n        viewerCanEdit\n        viewerCanSubmit\n        viewerCanPublish\n        viewerCanRequestChanges\n        viewerCanWithdraw\n        ...StoryHistory_DraftInfo\n      }\n      draft {\n        kind\n        title\n        summary\n        bodyMarkdown\n        anonymous\n        tellerName\n        tellerRole\n        consent\n        territory {\n          id\n        }\n        portraits {\n          id\n        }\n        findings {\n          id\n        }\n        workshops {\n          id\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WithdrawStory($id: ID!, $expectedVersion: Int!) {\n    withdrawStory(id: $id, expectedVersion: $expectedVersion) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation WithdrawStory($id: ID!, $expectedVersion: Int!) {\n    withdrawStory(id: $id, expectedVersion: $expectedVersion) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PublishStory($id: ID!, $expectedVersion: Int!) {\n    publishStory(id: $id, expectedVersion: $expectedVersion) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation PublishStory($id: ID!, $expectedVersion: Int!) {\n    publishStory(id: $id, expectedVersion: $expectedVersion) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RequestStoryChanges($input: RequestChangesInput!) {\n    requestChanges(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RequestStoryChanges($input: RequestChangesInput!) {\n    requestChanges(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RestoreStoryRevision($revisionId: ID!, $expectedVersion: Int!) {\n    restoreStoryRevision(revisionId: $revisionId, expectedVersion: $expectedVersion) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RestoreStoryRevision($revisionId: ID!, $expectedVersion: Int!) {\n    restoreStoryRevision(revisionId: $revisionId, expectedVersion: $expectedVersion) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StoryChoices {\n    territories(first: 100) {\n      nodes {\n        id\n        name\n        portraits {\n          id\n          name\n        }\n        workshops {\n          id\n          title\n        }\n        diagnoses {\n          id\n          title\n          findings {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query StoryChoices {\n    territories(first: 100) {\n      nodes {\n        id\n        name\n        portraits {\n          id\n          name\n        }\n        workshops {\n          id\n          title\n        }\n        diagnoses {\n          id\n          title\n          findings {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RenderMarkdown($text: String!) {\n    renderMarkdown(text: $text)\n  }\n',
): (typeof documents)['\n  query RenderMarkdown($text: String!) {\n    renderMarkdown(text: $text)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment StoryAfterMove on Story {\n    id\n    slug\n    authoring {\n      editVersion\n      viewerCanSubmit\n    }\n    draft {\n      kind\n      title\n      summary\n      bodyMarkdown\n      anonymous\n      tellerName\n      tellerRole\n      consent\n      territory {\n        id\n      }\n      portraits {\n        id\n      }\n      findings {\n        id\n      }\n      workshops {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment StoryAfterMove on Story {\n    id\n    slug\n    authoring {\n      editVersion\n      viewerCanSubmit\n    }\n    draft {\n      kind\n      title\n      summary\n      bodyMarkdown\n      anonymous\n      tellerName\n      tellerRole\n      consent\n      territory {\n        id\n      }\n      portraits {\n        id\n      }\n      findings {\n        id\n      }\n      workshops {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateStory($input: CreateStoryInput!) {\n    createStory(input: $input) {\n      story {\n        ...StoryAfterMove\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateStory($input: CreateStoryInput!) {\n    createStory(input: $input) {\n      story {\n        ...StoryAfterMove\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateStory($input: UpdateStoryInput!) {\n    updateStory(input: $input) {\n      story {\n        ...StoryAfterMove\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateStory($input: UpdateStoryInput!) {\n    updateStory(input: $input) {\n      story {\n        ...StoryAfterMove\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SubmitStory($id: ID!, $expectedVersion: Int!) {\n    submitStory(id: $id, expectedVersion: $expectedVersion) {\n      story {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SubmitStory($id: ID!, $expectedVersion: Int!) {\n    submitStory(id: $id, expectedVersion: $expectedVersion) {\n      story {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TerritoriesPage($first: Int, $after: String, $last: Int, $before: String) {\n    territories(first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        ...TerritoryCard_Territory\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TerritoriesPage($first: Int, $after: String, $last: Int, $before: String) {\n    territories(first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        ...TerritoryCard_Territory\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TerritoryPage($slug: String!) {\n    territory(slug: $slug) {\n      id\n      slug\n      name\n      kind\n      region\n      description\n      neighbourhoods {\n        slug\n        name\n        commune\n      }\n      themes {\n        slug\n        name\n        nameEn\n      }\n      diagnoses {\n        id\n        slug\n        period\n        title\n        summary\n        status\n        periodStart\n        periodEnd\n        validatedAt\n        isDemo\n        findings {\n          id\n          position\n          ...FindingItem_Finding\n        }\n      }\n      portraits {\n        id\n        ...PortraitCard_Portrait\n      }\n      workshops {\n        id\n        ...WorkshopCard_Workshop\n      }\n      organizations {\n        id\n        ...OrganizationCard_Organization\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TerritoryPage($slug: String!) {\n    territory(slug: $slug) {\n      id\n      slug\n      name\n      kind\n      region\n      description\n      neighbourhoods {\n        slug\n        name\n        commune\n      }\n      themes {\n        slug\n        name\n        nameEn\n      }\n      diagnoses {\n        id\n        slug\n        period\n        title\n        summary\n        status\n        periodStart\n        periodEnd\n        validatedAt\n        isDemo\n        findings {\n          id\n          position\n          ...FindingItem_Finding\n        }\n      }\n      portraits {\n        id\n        ...PortraitCard_Portrait\n      }\n      workshops {\n        id\n        ...WorkshopCard_Workshop\n      }\n      organizations {\n        id\n        ...OrganizationCard_Organization\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n    fragment FindingItem_Finding on Finding {\n      id\n      title\n      statement\n      priority\n      status\n      evidenceCount\n      themes {\n        slug\n        name\n        nameEn\n      }\n      neighbourhoods {\n        slug\n        name\n      }\n      evidence {\n        id\n        kind\n        body\n        authorName\n        authorIsGuest\n        voteCount\n        workshop {\n          slug\n          title\n        }\n      }\n      stories {\n        slug\n        title\n      }\n    }\n  ',
): (typeof documents)['\n    fragment FindingItem_Finding on Finding {\n      id\n      title\n      statement\n      priority\n      status\n      evidenceCount\n      themes {\n        slug\n        name\n        nameEn\n      }\n      neighbourhoods {\n        slug\n        name\n      }\n      evidence {\n        id\n        kind\n        body\n        authorName\n        authorIsGuest\n        voteCount\n        workshop {\n          slug\n          title\n        }\n      }\n      stories {\n        slug\n        title\n      }\n    }\n  '];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DiagnosisPage($territorySlug: String!, $period: String!) {\n    viewer {\n      kind\n      displayName\n      person {\n        id\n        memberships {\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n    territoryDiagnosis(territorySlug: $territorySlug, period: $period) {\n      id\n      slug\n      period\n      title\n      summary\n      periodStart\n      periodEnd\n      status\n      validatedAt\n      isDemo\n      ...LiveStart_Diagnosis\n      territory {\n        slug\n        name\n        themes {\n          slug\n          name\n          nameEn\n        }\n        neighbourhoods {\n          slug\n          name\n        }\n      }\n      coordinators {\n        id\n        displayName\n      }\n      consultation {\n        id\n        slug\n        moderationMode\n      }\n      workshops {\n        id\n        slug\n        title\n        kind\n        status\n        startsAt\n        datePrecision\n        participantCount\n        contributionCount\n      }\n      transitions {\n        id\n        fromStatus\n        toStatus\n        reason\n        createdAt\n        actor {\n          displayName\n        }\n      }\n      participation {\n        workshopCount\n        participantCount\n        contributionCount\n        organizationCount\n        timeline {\n          month\n          count\n        }\n      }\n      matrix {\n        theme {\n          slug\n          name\n          nameEn\n        }\n        neighbourhood {\n          slug\n          name\n        }\n        findings {\n          id\n          title\n        }\n        evidenceCount\n      }\n      findings {\n        ...FindingCard_Finding\n      }\n      proposalsAwaitingReview {\n        ...FindingCard_Finding\n      }\n      pendingSuggestions {\n        id\n        title\n        statement\n        note\n        createdAt\n        author {\n          displayName\n        }\n        finding {\n          id\n          title\n        }\n        statementDiff {\n          value\n          added\n          removed\n        }\n      }\n      viewerCanCoordinate\n      viewerDiagnosisMoves\n      viewerCanContribute\n      viewerCanPropose\n    }\n  }\n',
): (typeof documents)['\n  query DiagnosisPage($territorySlug: String!, $period: String!) {\n    viewer {\n      kind\n      displayName\n      person {\n        id\n        memberships {\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n    territoryDiagnosis(territorySlug: $territorySlug, period: $period) {\n      id\n      slug\n      period\n      title\n      summary\n      periodStart\n      periodEnd\n      status\n      validatedAt\n      isDemo\n      ...LiveStart_Diagnosis\n      territory {\n        slug\n        name\n        themes {\n          slug\n          name\n          nameEn\n        }\n        neighbourhoods {\n          slug\n          name\n        }\n      }\n      coordinators {\n        id\n        displayName\n      }\n      consultation {\n        id\n        slug\n        moderationMode\n      }\n      workshops {\n        id\n        slug\n        title\n        kind\n        status\n        startsAt\n        datePrecision\n        participantCount\n        contributionCount\n      }\n      transitions {\n        id\n        fromStatus\n        toStatus\n        reason\n        createdAt\n        actor {\n          displayName\n        }\n      }\n      participation {\n        workshopCount\n        participantCount\n        contributionCount\n        organizationCount\n        timeline {\n          month\n          count\n        }\n      }\n      matrix {\n        theme {\n          slug\n          name\n          nameEn\n        }\n        neighbourhood {\n          slug\n          name\n        }\n        findings {\n          id\n          title\n        }\n        evidenceCount\n      }\n      findings {\n        ...FindingCard_Finding\n      }\n      proposalsAwaitingReview {\n        ...FindingCard_Finding\n      }\n      pendingSuggestions {\n        id\n        title\n        statement\n        note\n        createdAt\n        author {\n          displayName\n        }\n        finding {\n          id\n          title\n        }\n        statementDiff {\n          value\n          added\n          removed\n        }\n      }\n      viewerCanCoordinate\n      viewerDiagnosisMoves\n      viewerCanContribute\n      viewerCanPropose\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DiagnosisConsultationContributions($territorySlug: String!, $period: String!) {\n    territoryDiagnosis(territorySlug: $territorySlug, period: $period) {\n      id\n      consultation {\n        id\n        contributions(first: 100) {\n          id\n          kind\n          body\n          authorName\n          authorIsGuest\n          moderationState\n          createdAt\n          voteCount\n          ...RetainedMark_Contribution\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DiagnosisConsultationContributions($territorySlug: String!, $period: String!) {\n    territoryDiagnosis(territorySlug: $territorySlug, period: $period) {\n      id\n      consultation {\n        id\n        contributions(first: 100) {\n          id\n          kind\n          body\n          authorName\n          authorIsGuest\n          moderationState\n          createdAt\n          voteCount\n          ...RetainedMark_Contribution\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PostDiagnosisContribution($input: PostDiagnosisContributionInput!) {\n    postDiagnosisContribution(input: $input) {\n      contribution {\n        id\n        moderationState\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation PostDiagnosisContribution($input: PostDiagnosisContributionInput!) {\n    postDiagnosisContribution(input: $input) {\n      contribution {\n        id\n        moderationState\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ProposeFinding($input: ProposeFindingInput!) {\n    proposeFinding(input: $input) {\n      finding {\n        ...FindingCard_Finding\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ProposeFinding($input: ProposeFindingInput!) {\n    proposeFinding(input: $input) {\n      finding {\n        ...FindingCard_Finding\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MoveFinding($findingId: ID!, $position: Int!) {\n    moveFinding(findingId: $findingId, position: $position) {\n      finding {\n        id\n        position\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation MoveFinding($findingId: ID!, $position: Int!) {\n    moveFinding(findingId: $findingId, position: $position) {\n      finding {\n        id\n        position\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation OpenConsultation($diagnosisId: ID!, $reason: String) {\n    openConsultation(diagnosisId: $diagnosisId, reason: $reason) {\n      diagnosis {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation OpenConsultation($diagnosisId: ID!, $reason: String) {\n    openConsultation(diagnosisId: $diagnosisId, reason: $reason) {\n      diagnosis {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ValidateDiagnosis($diagnosisId: ID!, $reason: String) {\n    validateDiagnosis(diagnosisId: $diagnosisId, reason: $reason) {\n      diagnosis {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ValidateDiagnosis($diagnosisId: ID!, $reason: String) {\n    validateDiagnosis(diagnosisId: $diagnosisId, reason: $reason) {\n      diagnosis {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ArchiveDiagnosis($diagnosisId: ID!, $reason: String) {\n    archiveDiagnosis(diagnosisId: $diagnosisId, reason: $reason) {\n      diagnosis {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ArchiveDiagnosis($diagnosisId: ID!, $reason: String) {\n    archiveDiagnosis(diagnosisId: $diagnosisId, reason: $reason) {\n      diagnosis {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReopenDiagnosis($diagnosisId: ID!, $reason: String!) {\n    reopenDiagnosis(diagnosisId: $diagnosisId, reason: $reason) {\n      diagnosis {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ReopenDiagnosis($diagnosisId: ID!, $reason: String!) {\n    reopenDiagnosis(diagnosisId: $diagnosisId, reason: $reason) {\n      diagnosis {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n    subscription DiagnosisPageEvents($diagnosisId: ID!, $afterSeq: Int) {\n      diagnosisEvents(diagnosisId: $diagnosisId, afterSeq: $afterSeq) {\n        ...LiveEnvelope_DiagnosisEvent\n        finding {\n          ...FindingCard_Finding\n        }\n      }\n    }\n  ',
): (typeof documents)['\n    subscription DiagnosisPageEvents($diagnosisId: ID!, $afterSeq: Int) {\n      diagnosisEvents(diagnosisId: $diagnosisId, afterSeq: $afterSeq) {\n        ...LiveEnvelope_DiagnosisEvent\n        finding {\n          ...FindingCard_Finding\n        }\n      }\n    }\n  '];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FindingPage($territorySlug: String!, $period: String!, $id: ID!) {\n    viewer {\n      kind\n      displayName\n    }\n    territoryDiagnosis(territorySlug: $territorySlug, period: $period) {\n      id\n      period\n      title\n      status\n      viewerCanCoordinate\n      ...LiveStart_Diagnosis\n      territory {\n        slug\n        name\n        themes {\n          slug\n          name\n          nameEn\n        }\n        neighbourhoods {\n          slug\n          name\n        }\n      }\n      findings {\n        id\n        title\n        status\n      }\n    }\n    node(id: $id) {\n      ... on Finding {\n        ...FindingPage_Finding\n        diagnosis {\n          id\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query FindingPage($territorySlug: String!, $period: String!, $id: ID!) {\n    viewer {\n      kind\n      displayName\n    }\n    territoryDiagnosis(territorySlug: $territorySlug, period: $period) {\n      id\n      period\n      title\n      status\n      viewerCanCoordinate\n      ...LiveStart_Diagnosis\n      territory {\n        slug\n        name\n        themes {\n          slug\n          name\n          nameEn\n        }\n        neighbourhoods {\n          slug\n          name\n        }\n      }\n      findings {\n        id\n        title\n        status\n      }\n    }\n    node(id: $id) {\n      ... on Finding {\n        ...FindingPage_Finding\n        diagnosis {\n          id\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateFinding($input: UpdateFindingInput!) {\n    updateFinding(input: $input) {\n      finding {\n        ...FindingNow_Finding\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateFinding($input: UpdateFindingInput!) {\n    updateFinding(input: $input) {\n      finding {\n        ...FindingNow_Finding\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SuggestFindingEdit($input: SuggestFindingEditInput!) {\n    suggestFindingEdit(input: $input) {\n      suggestion {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SuggestFindingEdit($input: SuggestFindingEditInput!) {\n    suggestFindingEdit(input: $input) {\n      suggestion {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SupportFinding($findingId: ID!, $organizationId: ID) {\n    supportFinding(findingId: $findingId, organizationId: $organizationId) {\n      finding {\n        id\n        supportCount\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SupportFinding($findingId: ID!, $organizationId: ID) {\n    supportFinding(findingId: $findingId, organizationId: $organizationId) {\n      finding {\n        id\n        supportCount\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WithdrawSupport($findingId: ID!) {\n    withdrawSupport(findingId: $findingId) {\n      finding {\n        id\n        supportCount\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation WithdrawSupport($findingId: ID!) {\n    withdrawSupport(findingId: $findingId) {\n      finding {\n        id\n        supportCount\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CommentOnFinding($findingId: ID!, $body: String!) {\n    commentOnFinding(findingId: $findingId, body: $body) {\n      comment {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CommentOnFinding($findingId: ID!, $body: String!) {\n    commentOnFinding(findingId: $findingId, body: $body) {\n      comment {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation HideFindingComment($commentId: ID!) {\n    hideFindingComment(commentId: $commentId) {\n      comment {\n        id\n        hidden\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation HideFindingComment($commentId: ID!) {\n    hideFindingComment(commentId: $commentId) {\n      comment {\n        id\n        hidden\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RestoreFindingRevision($revisionId: ID!, $expectedVersion: Int!) {\n    restoreFindingRevision(revisionId: $revisionId, expectedVersion: $expectedVersion) {\n      finding {\n        id\n        version\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RestoreFindingRevision($revisionId: ID!, $expectedVersion: Int!) {\n    restoreFindingRevision(revisionId: $revisionId, expectedVersion: $expectedVersion) {\n      finding {\n        id\n        version\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SpawnProjectIdea($findingId: ID!, $title: String!) {\n    spawnProjectIdea(findingId: $findingId, title: $title) {\n      portrait {\n        slug\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SpawnProjectIdea($findingId: ID!, $title: String!) {\n    spawnProjectIdea(findingId: $findingId, title: $title) {\n      portrait {\n        slug\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MergeFindings($findingId: ID!, $intoId: ID!) {\n    mergeFindings(findingId: $findingId, intoId: $intoId) {\n      finding {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation MergeFindings($findingId: ID!, $intoId: ID!) {\n    mergeFindings(findingId: $findingId, intoId: $intoId) {\n      finding {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DetachEvidence($findingId: ID!, $contributionIds: [ID!]!) {\n    detachEvidence(findingId: $findingId, contributionIds: $contributionIds) {\n      finding {\n        id\n        evidenceCount\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation DetachEvidence($findingId: ID!, $contributionIds: [ID!]!) {\n    detachEvidence(findingId: $findingId, contributionIds: $contributionIds) {\n      finding {\n        id\n        evidenceCount\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n    fragment FindingNow_Finding on Finding {\n      id\n      version\n      kind\n      title\n      statement\n      priority\n      status\n      themes {\n        slug\n      }\n      neighbourhoods {\n        slug\n      }\n      lastChangedAt\n      lastChangedBy {\n        displayName\n      }\n    }\n  ',
): (typeof documents)['\n    fragment FindingNow_Finding on Finding {\n      id\n      version\n      kind\n      title\n      statement\n      priority\n      status\n      themes {\n        slug\n      }\n      neighbourhoods {\n        slug\n      }\n      lastChangedAt\n      lastChangedBy {\n        displayName\n      }\n    }\n  '];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n    fragment FindingPage_Finding on Finding {\n      id\n      kind\n      title\n      statement\n      statementHtml\n      priority\n      status\n      version\n      awaitingReview\n      createdAt\n      ...FindingNow_Finding\n      themes {\n        slug\n        name\n        nameEn\n      }\n      neighbourhoods {\n        slug\n        name\n      }\n      mergedInto {\n        id\n        title\n      }\n      proposedBy {\n        displayName\n      }\n      lastChangedBy {\n        displayName\n      }\n      lastChangedAt\n      evidence {\n        id\n        kind\n        body\n        authorName\n        authorIsGuest\n        workshop {\n          slug\n          title\n          kind\n        }\n        organization {\n          name\n        }\n      }\n      evidenceCount\n      participantCount\n      organizationCount\n      supportCount\n      cosigners {\n        id\n        name\n      }\n      comments {\n        id\n        body\n        createdAt\n        hidden\n        author {\n          displayName\n        }\n      }\n      revisions {\n        id\n        number\n        change\n        createdAt\n        note\n        author {\n          displayName\n        }\n        before {\n          title\n          status\n        }\n        after {\n          title\n          status\n        }\n        statementDiff {\n          value\n          added\n          removed\n        }\n      }\n      suggestions {\n        id\n        title\n        statement\n        note\n        state\n        baseVersion\n        reviewNote\n        createdAt\n        author {\n          displayName\n        }\n        reviewedBy {\n          displayName\n        }\n        statementDiff {\n          value\n          added\n          removed\n        }\n      }\n      answeredBy {\n        id\n        slug\n        name\n        stage\n      }\n      stories {\n        slug\n        title\n      }\n      viewerCanEdit\n      viewerCanSuggest\n      viewerCanSupport\n      viewerSupports\n      viewerCosignedFor {\n        id\n        name\n      }\n      viewerCoSignOrganizations {\n        id\n        name\n      }\n      viewerCanComment\n    }\n  ',
): (typeof documents)['\n    fragment FindingPage_Finding on Finding {\n      id\n      kind\n      title\n      statement\n      statementHtml\n      priority\n      status\n      version\n      awaitingReview\n      createdAt\n      ...FindingNow_Finding\n      themes {\n        slug\n        name\n        nameEn\n      }\n      neighbourhoods {\n        slug\n        name\n      }\n      mergedInto {\n        id\n        title\n      }\n      proposedBy {\n        displayName\n      }\n      lastChangedBy {\n        displayName\n      }\n      lastChangedAt\n      evidence {\n        id\n        kind\n        body\n        authorName\n        authorIsGuest\n        workshop {\n          slug\n          title\n          kind\n        }\n        organization {\n          name\n        }\n      }\n      evidenceCount\n      participantCount\n      organizationCount\n      supportCount\n      cosigners {\n        id\n        name\n      }\n      comments {\n        id\n        body\n        createdAt\n        hidden\n        author {\n          displayName\n        }\n      }\n      revisions {\n        id\n        number\n        change\n        createdAt\n        note\n        author {\n          displayName\n        }\n        before {\n          title\n          status\n        }\n        after {\n          title\n          status\n        }\n        statementDiff {\n          value\n          added\n          removed\n        }\n      }\n      suggestions {\n        id\n        title\n        statement\n        note\n        state\n        baseVersion\n        reviewNote\n        createdAt\n        author {\n          displayName\n        }\n        reviewedBy {\n          displayName\n        }\n        statementDiff {\n          value\n          added\n          removed\n        }\n      }\n      answeredBy {\n        id\n        slug\n        name\n        stage\n      }\n      stories {\n        slug\n        title\n      }\n      viewerCanEdit\n      viewerCanSuggest\n      viewerCanSupport\n      viewerSupports\n      viewerCosignedFor {\n        id\n        name\n      }\n      viewerCoSignOrganizations {\n        id\n        name\n      }\n      viewerCanComment\n    }\n  '];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n    subscription FindingPageEvents($diagnosisId: ID!, $afterSeq: Int) {\n      diagnosisEvents(diagnosisId: $diagnosisId, afterSeq: $afterSeq) {\n        ...LiveEnvelope_DiagnosisEvent\n        finding {\n          ...FindingPresence_Finding\n        }\n      }\n    }\n  ',
): (typeof documents)['\n    subscription FindingPageEvents($diagnosisId: ID!, $afterSeq: Int) {\n      diagnosisEvents(diagnosisId: $diagnosisId, afterSeq: $afterSeq) {\n        ...LiveEnvelope_DiagnosisEvent\n        finding {\n          ...FindingPresence_Finding\n        }\n      }\n    }\n  '];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n    fragment FindingPresence_Finding on Finding {\n      id\n      kind\n      position\n      awaitingReview\n    }\n  ',
): (typeof documents)['\n    fragment FindingPresence_Finding on Finding {\n      id\n      kind\n      position\n      awaitingReview\n    }\n  '];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n    mutation MarkEditingFinding($findingId: ID!, $editing: Boolean!) {\n      markEditingFinding(findingId: $findingId, editing: $editing) {\n        userErrors {\n          message\n        }\n      }\n    }\n  ',
): (typeof documents)['\n    mutation MarkEditingFinding($findingId: ID!, $editing: Boolean!) {\n      markEditingFinding(findingId: $findingId, editing: $editing) {\n        userErrors {\n          message\n        }\n      }\n    }\n  '];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WorkshopsPage(\n    $kind: WorkshopKind\n    $territory: String\n    $theme: String\n    $live: Boolean!\n    $upcoming: Boolean!\n    $past: Boolean!\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n  ) {\n    live: workshops(\n      filter: { timing: LIVE, kind: $kind, territory: $territory, theme: $theme }\n      sort: SOONEST\n      first: 20\n    ) @include(if: $live) {\n      totalCount\n      nodes {\n        id\n        ...WorkshopCard_Workshop\n      }\n    }\n    upcoming: workshops(\n      filter: { timing: UPCOMING, kind: $kind, territory: $territory, theme: $theme }\n      sort: SOONEST\n      first: 20\n    ) @include(if: $upcoming) {\n      totalCount\n      nodes {\n        id\n        ...WorkshopCard_Workshop\n      }\n    }\n    past: workshops(\n      filter: { timing: PAST, kind: $kind, territory: $territory, theme: $theme }\n      sort: LATEST\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n    ) @include(if: $past) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        ...WorkshopCard_Workshop\n      }\n    }\n    viewerCanPlanWorkshops\n    themes {\n      slug\n      name\n      nameEn\n    }\n    territories(first: 100) {\n      nodes {\n        slug\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query WorkshopsPage(\n    $kind: WorkshopKind\n    $territory: String\n    $theme: String\n    $live: Boolean!\n    $upcoming: Boolean!\n    $past: Boolean!\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n  ) {\n    live: workshops(\n      filter: { timing: LIVE, kind: $kind, territory: $territory, theme: $theme }\n      sort: SOONEST\n      first: 20\n    ) @include(if: $live) {\n      totalCount\n      nodes {\n        id\n        ...WorkshopCard_Workshop\n      }\n    }\n    upcoming: workshops(\n      filter: { timing: UPCOMING, kind: $kind, territory: $territory, theme: $theme }\n      sort: SOONEST\n      first: 20\n    ) @include(if: $upcoming) {\n      totalCount\n      nodes {\n        id\n        ...WorkshopCard_Workshop\n      }\n    }\n    past: workshops(\n      filter: { timing: PAST, kind: $kind, territory: $territory, theme: $theme }\n      sort: LATEST\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n    ) @include(if: $past) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        ...WorkshopCard_Workshop\n      }\n    }\n    viewerCanPlanWorkshops\n    themes {\n      slug\n      name\n      nameEn\n    }\n    territories(first: 100) {\n      nodes {\n        slug\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WorkshopPage($slug: String!) {\n    workshop(slug: $slug) {\n      id\n      slug\n      title\n      kind\n      status\n      startsAt\n      endsAt\n      datePrecision\n      place\n      description\n      participantCount\n      contributionCount\n      isDemo\n      joinCode\n      viewerIsCoordinator\n      hasCalendarDate\n      participantCap\n      registrationCount\n      viewerIsRegistered\n      viewerCanRegister\n      viewerCanEdit\n      territory {\n        slug\n        name\n      }\n      neighbourhoods {\n        slug\n        name\n        commune\n      }\n      themes {\n        slug\n        name\n        nameEn\n      }\n      coordinators {\n        id\n        displayName\n      }\n      prompts {\n        id\n        position\n        question\n      }\n      contributions(first: 200) {\n        id\n        prompt {\n          id\n        }\n        ...ContributionItem_Contribution\n      }\n    }\n  }\n',
): (typeof documents)['\n  query WorkshopPage($slug: String!) {\n    workshop(slug: $slug) {\n      id\n      slug\n      title\n      kind\n      status\n      startsAt\n      endsAt\n      datePrecision\n      place\n      description\n      participantCount\n      contributionCount\n      isDemo\n      joinCode\n      viewerIsCoordinator\n      hasCalendarDate\n      participantCap\n      registrationCount\n      viewerIsRegistered\n      viewerCanRegister\n      viewerCanEdit\n      territory {\n        slug\n        name\n      }\n      neighbourhoods {\n        slug\n        name\n        commune\n      }\n      themes {\n        slug\n        name\n        nameEn\n      }\n      coordinators {\n        id\n        displayName\n      }\n      prompts {\n        id\n        position\n        question\n      }\n      contributions(first: 200) {\n        id\n        prompt {\n          id\n        }\n        ...ContributionItem_Contribution\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegisterForWorkshop($workshopId: ID!) {\n    registerForWorkshop(workshopId: $workshopId) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RegisterForWorkshop($workshopId: ID!) {\n    registerForWorkshop(workshopId: $workshopId) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CancelRegistration($workshopId: ID!) {\n    cancelRegistration(workshopId: $workshopId) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CancelRegistration($workshopId: ID!) {\n    cancelRegistration(workshopId: $workshopId) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n    fragment ContributionItem_Contribution on Contribution {\n      id\n      kind\n      body\n      authorName\n      authorIsGuest\n      voteCount\n      createdAt\n      pinned\n      addressed\n      themes {\n        slug\n        name\n        nameEn\n      }\n      organization {\n        slug\n        name\n      }\n      replies {\n        id\n        body\n        authorName\n        authorIsGuest\n        createdAt\n      }\n    }\n  ',
): (typeof documents)['\n    fragment ContributionItem_Contribution on Contribution {\n      id\n      kind\n      body\n      authorName\n      authorIsGuest\n      voteCount\n      createdAt\n      pinned\n      addressed\n      themes {\n        slug\n        name\n        nameEn\n      }\n      organization {\n        slug\n        name\n      }\n      replies {\n        id\n        body\n        authorName\n        authorIsGuest\n        createdAt\n      }\n    }\n  '];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WorkshopCalendar($slug: String!) {\n    workshop(slug: $slug) {\n      id\n      slug\n      title\n      startsAt\n      endsAt\n      datePrecision\n      hasCalendarDate\n      place\n      description\n    }\n  }\n',
): (typeof documents)['\n  query WorkshopCalendar($slug: String!) {\n    workshop(slug: $slug) {\n      id\n      slug\n      title\n      startsAt\n      endsAt\n      datePrecision\n      hasCalendarDate\n      place\n      description\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ConsoleAccess($slug: String!) {\n    workshop(slug: $slug) {\n      viewerIsCoordinator\n    }\n  }\n',
): (typeof documents)['\n  query ConsoleAccess($slug: String!) {\n    workshop(slug: $slug) {\n      viewerIsCoordinator\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ConsolePage($slug: String!) {\n    workshop(slug: $slug) {\n      id\n      slug\n      title\n      status\n      viewerSessionMoves\n      ...LiveStart_Workshop\n      prompts {\n        id\n        position\n        question\n      }\n      allContributions {\n        ...ConsoleItem_Contribution\n      }\n      moderationLog(first: 50) {\n        ...ModerationLog_ModerationAction\n      }\n      diagnosis {\n        id\n        title\n        viewerCanCoordinate\n        findings {\n          id\n          title\n          status\n        }\n      }\n    }\n    themes {\n      slug\n      name\n      nameEn\n    }\n  }\n',
): (typeof documents)['\n  query ConsolePage($slug: String!) {\n    workshop(slug: $slug) {\n      id\n      slug\n      title\n      status\n      viewerSessionMoves\n      ...LiveStart_Workshop\n      prompts {\n        id\n        position\n        question\n      }\n      allContributions {\n        ...ConsoleItem_Contribution\n      }\n      moderationLog(first: 50) {\n        ...ModerationLog_ModerationAction\n      }\n      diagnosis {\n        id\n        title\n        viewerCanCoordinate\n        findings {\n          id\n          title\n          status\n        }\n      }\n    }\n    themes {\n      slug\n      name\n      nameEn\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ConsoleApprove($id: ID!) {\n    approveContribution(id: $id) {\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ConsoleApprove($id: ID!) {\n    approveContribution(id: $id) {\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ConsoleHide($id: ID!, $reason: String!) {\n    hideContribution(id: $id, reason: $reason) {\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ConsoleHide($id: ID!, $reason: String!) {\n    hideContribution(id: $id, reason: $reason) {\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ConsoleRestore($id: ID!) {\n    restoreContribution(id: $id) {\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ConsoleRestore($id: ID!) {\n    restoreContribution(id: $id) {\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ConsolePin($id: ID!) {\n    pinContribution(id: $id) {\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ConsolePin($id: ID!) {\n    pinContribution(id: $id) {\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ConsoleUnpin($id: ID!) {\n    unpinContribution(id: $id) {\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ConsoleUnpin($id: ID!) {\n    unpinContribution(id: $id) {\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ConsoleAddress($id: ID!) {\n    markContributionAddressed(id: $id) {\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ConsoleAddress($id: ID!) {\n    markContributionAddressed(id: $id) {\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ConsoleMerge($keepId: ID!, $duplicateId: ID!) {\n    mergeContributions(keepId: $keepId, duplicateId: $duplicateId) {\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ConsoleMerge($keepId: ID!, $duplicateId: ID!) {\n    mergeContributions(keepId: $keepId, duplicateId: $duplicateId) {\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ConsoleTag($id: ID!, $themeSlugs: [String!]!) {\n    tagContribution(id: $id, themeSlugs: $themeSlugs) {\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ConsoleTag($id: ID!, $themeSlugs: [String!]!) {\n    tagContribution(id: $id, themeSlugs: $themeSlugs) {\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ConsoleSchedule($workshopId: ID!) {\n    scheduleWorkshop(workshopId: $workshopId) {\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ConsoleSchedule($workshopId: ID!) {\n    scheduleWorkshop(workshopId: $workshopId) {\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ConsoleOpen($workshopId: ID!) {\n    openWorkshop(workshopId: $workshopId) {\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ConsoleOpen($workshopId: ID!) {\n    openWorkshop(workshopId: $workshopId) {\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ConsoleReopen($workshopId: ID!) {\n    reopenWorkshop(workshopId: $workshopId) {\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ConsoleReopen($workshopId: ID!) {\n    reopenWorkshop(workshopId: $workshopId) {\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ConsolePause($workshopId: ID!) {\n    pauseWorkshop(workshopId: $workshopId) {\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ConsolePause($workshopId: ID!) {\n    pauseWorkshop(workshopId: $workshopId) {\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ConsoleClose($workshopId: ID!) {\n    closeWorkshop(workshopId: $workshopId) {\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ConsoleClose($workshopId: ID!) {\n    closeWorkshop(workshopId: $workshopId) {\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ConsoleSetMode($workshopId: ID!, $mode: ModerationMode!) {\n    setModerationMode(workshopId: $workshopId, mode: $mode) {\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ConsoleSetMode($workshopId: ID!, $mode: ModerationMode!) {\n    setModerationMode(workshopId: $workshopId, mode: $mode) {\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ConsoleSetPrompt($workshopId: ID!, $promptId: ID) {\n    setActivePrompt(workshopId: $workshopId, promptId: $promptId) {\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ConsoleSetPrompt($workshopId: ID!, $promptId: ID) {\n    setActivePrompt(workshopId: $workshopId, promptId: $promptId) {\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ConsoleAddPrompt($workshopId: ID!, $question: String!) {\n    addPrompt(workshopId: $workshopId, question: $question) {\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ConsoleAddPrompt($workshopId: ID!, $question: String!) {\n    addPrompt(workshopId: $workshopId, question: $question) {\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n    subscription ConsoleEvents($workshopId: ID!, $afterSeq: Int) {\n      workshopEvents(workshopId: $workshopId, afterSeq: $afterSeq) {\n        ...LiveEnvelope_WorkshopEvent\n        contribution {\n          ...ConsoleItem_Contribution\n        }\n      }\n    }\n  ',
): (typeof documents)['\n    subscription ConsoleEvents($workshopId: ID!, $afterSeq: Int) {\n      workshopEvents(workshopId: $workshopId, afterSeq: $afterSeq) {\n        ...LiveEnvelope_WorkshopEvent\n        contribution {\n          ...ConsoleItem_Contribution\n        }\n      }\n    }\n  '];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n    query ConsoleLog($slug: String!) {\n      workshop(slug: $slug) {\n        status\n        viewerSessionMoves\n        moderationLog(first: 50) {\n          ...ModerationLog_ModerationAction\n        }\n      }\n    }\n  ',
): (typeof documents)['\n    query ConsoleLog($slug: String!) {\n      workshop(slug: $slug) {\n        status\n        viewerSessionMoves\n        moderationLog(first: 50) {\n          ...ModerationLog_ModerationAction\n        }\n      }\n    }\n  '];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n    fragment ConsoleItem_Contribution on Contribution {\n      id\n      kind\n      body\n      authorName\n      authorIsGuest\n      voteCount\n      createdAt\n      editedAt\n      pinned\n      addressed\n      moderationState\n      hiddenReason\n      reportCount\n      parentId\n      viewerModerationMoves\n      prompt {\n        id\n        question\n      }\n      themes {\n        slug\n        name\n        nameEn\n      }\n      ...RetainedMark_Contribution\n    }\n  ',
): (typeof documents)['\n    fragment ConsoleItem_Contribution on Contribution {\n      id\n      kind\n      body\n      authorName\n      authorIsGuest\n      voteCount\n      createdAt\n      editedAt\n      pinned\n      addressed\n      moderationState\n      hiddenReason\n      reportCount\n      parentId\n      viewerModerationMoves\n      prompt {\n        id\n        question\n      }\n      themes {\n        slug\n        name\n        nameEn\n      }\n      ...RetainedMark_Contribution\n    }\n  '];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n    fragment ModerationLog_ModerationAction on ModerationAction {\n      id\n      action\n      actorName\n      reason\n      at\n      contribution {\n        id\n        body\n      }\n    }\n  ',
): (typeof documents)['\n    fragment ModerationLog_ModerationAction on ModerationAction {\n      id\n      action\n      actorName\n      reason\n      at\n      contribution {\n        id\n        body\n      }\n    }\n  '];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PlanEditPage($slug: String!, $search: String!, $searching: Boolean!) {\n    viewer {\n      kind\n    }\n    workshop(slug: $slug) {\n      id\n      slug\n      title\n      kind\n      status\n      planVersion\n      datePrecision\n      startsAt\n      endsAt\n      place\n      description\n      participantCap\n      viewerCanEdit\n      viewerSessionMoves\n      territory {\n        id\n      }\n      neighbourhoods {\n        slug\n      }\n      themes {\n        slug\n      }\n      diagnosis {\n        id\n      }\n      prompts {\n        id\n        position\n        question\n      }\n      coordinators {\n        id\n        displayName\n      }\n      coordinatorCandidates(search: $search) @include(if: $searching) {\n        id\n        displayName\n      }\n    }\n    limits {\n      questionMin\n      questionMax\n    }\n    ...PlanOptions_Query\n  }\n',
): (typeof documents)['\n  query PlanEditPage($slug: String!, $search: String!, $searching: Boolean!) {\n    viewer {\n      kind\n    }\n    workshop(slug: $slug) {\n      id\n      slug\n      title\n      kind\n      status\n      planVersion\n      datePrecision\n      startsAt\n      endsAt\n      place\n      description\n      participantCap\n      viewerCanEdit\n      viewerSessionMoves\n      territory {\n        id\n      }\n      neighbourhoods {\n        slug\n      }\n      themes {\n        slug\n      }\n      diagnosis {\n        id\n      }\n      prompts {\n        id\n        position\n        question\n      }\n      coordinators {\n        id\n        displayName\n      }\n      coordinatorCandidates(search: $search) @include(if: $searching) {\n        id\n        displayName\n      }\n    }\n    limits {\n      questionMin\n      questionMax\n    }\n    ...PlanOptions_Query\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateWorkshop($input: UpdateWorkshopInput!) {\n    updateWorkshop(input: $input) {\n      workshop {\n        planVersion\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateWorkshop($input: UpdateWorkshopInput!) {\n    updateWorkshop(input: $input) {\n      workshop {\n        planVersion\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PlanAddPrompt($workshopId: ID!, $question: String!) {\n    addPrompt(workshopId: $workshopId, question: $question) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation PlanAddPrompt($workshopId: ID!, $question: String!) {\n    addPrompt(workshopId: $workshopId, question: $question) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PlanUpdatePrompt($promptId: ID!, $question: String!) {\n    updatePrompt(promptId: $promptId, question: $question) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation PlanUpdatePrompt($promptId: ID!, $question: String!) {\n    updatePrompt(promptId: $promptId, question: $question) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PlanMovePrompt($promptId: ID!, $position: Int!) {\n    movePrompt(promptId: $promptId, position: $position) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation PlanMovePrompt($promptId: ID!, $position: Int!) {\n    movePrompt(promptId: $promptId, position: $position) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PlanRemovePrompt($promptId: ID!) {\n    removePrompt(promptId: $promptId) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation PlanRemovePrompt($promptId: ID!) {\n    removePrompt(promptId: $promptId) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PlanAddCoordinator($workshopId: ID!, $personId: ID!) {\n    addWorkshopCoordinator(workshopId: $workshopId, personId: $personId) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation PlanAddCoordinator($workshopId: ID!, $personId: ID!) {\n    addWorkshopCoordinator(workshopId: $workshopId, personId: $personId) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PlanRemoveCoordinator($workshopId: ID!, $personId: ID!) {\n    removeWorkshopCoordinator(workshopId: $workshopId, personId: $personId) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation PlanRemoveCoordinator($workshopId: ID!, $personId: ID!) {\n    removeWorkshopCoordinator(workshopId: $workshopId, personId: $personId) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PlanDuplicate($workshopId: ID!) {\n    duplicateWorkshop(workshopId: $workshopId) {\n      workshop {\n        slug\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation PlanDuplicate($workshopId: ID!) {\n    duplicateWorkshop(workshopId: $workshopId) {\n      workshop {\n        slug\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PlanSchedule($workshopId: ID!) {\n    scheduleWorkshop(workshopId: $workshopId) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation PlanSchedule($workshopId: ID!) {\n    scheduleWorkshop(workshopId: $workshopId) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query LiveBoardPage($slug: String!) {\n    workshop(slug: $slug) {\n      id\n      slug\n      title\n      viewerTakesPart\n      viewerIsCoordinator\n      viewerCanPost\n      viewerVotedIds\n      ...LiveStart_Workshop\n      themes {\n        slug\n        name\n        nameEn\n      }\n      contributions(first: 500) {\n        ...BoardItem_Contribution\n        replies {\n          ...BoardItem_Contribution\n        }\n      }\n    }\n    themes {\n      slug\n      name\n      nameEn\n    }\n  }\n',
): (typeof documents)['\n  query LiveBoardPage($slug: String!) {\n    workshop(slug: $slug) {\n      id\n      slug\n      title\n      viewerTakesPart\n      viewerIsCoordinator\n      viewerCanPost\n      viewerVotedIds\n      ...LiveStart_Workshop\n      themes {\n        slug\n        name\n        nameEn\n      }\n      contributions(first: 500) {\n        ...BoardItem_Contribution\n        replies {\n          ...BoardItem_Contribution\n        }\n      }\n    }\n    themes {\n      slug\n      name\n      nameEn\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BoardPromotion($slug: String!) {\n    workshop(slug: $slug) {\n      diagnosis {\n        id\n        viewerCanCoordinate\n        findings {\n          id\n          title\n          status\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query BoardPromotion($slug: String!) {\n    workshop(slug: $slug) {\n      diagnosis {\n        id\n        viewerCanCoordinate\n        findings {\n          id\n          title\n          status\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PostContribution($input: PostContributionInput!) {\n    postContribution(input: $input) {\n      contribution {\n        moderationState\n        ...BoardItem_Contribution\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation PostContribution($input: PostContributionInput!) {\n    postContribution(input: $input) {\n      contribution {\n        moderationState\n        ...BoardItem_Contribution\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation VoteContribution($id: ID!) {\n    voteContribution(id: $id) {\n      contribution {\n        id\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation VoteContribution($id: ID!) {\n    voteContribution(id: $id) {\n      contribution {\n        id\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UnvoteContribution($id: ID!) {\n    unvoteContribution(id: $id) {\n      contribution {\n        id\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UnvoteContribution($id: ID!) {\n    unvoteContribution(id: $id) {\n      contribution {\n        id\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EditContribution($id: ID!, $body: String!, $expectedVersion: Int) {\n    editContribution(id: $id, body: $body, expectedVersion: $expectedVersion) {\n      contribution {\n        id\n        body\n        version\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation EditContribution($id: ID!, $body: String!, $expectedVersion: Int) {\n    editContribution(id: $id, body: $body, expectedVersion: $expectedVersion) {\n      contribution {\n        id\n        body\n        version\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WithdrawContribution($id: ID!) {\n    withdrawContribution(id: $id) {\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation WithdrawContribution($id: ID!) {\n    withdrawContribution(id: $id) {\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReportContribution($id: ID!, $reason: String!) {\n    reportContribution(id: $id, reason: $reason) {\n      contribution {\n        id\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ReportContribution($id: ID!, $reason: String!) {\n    reportContribution(id: $id, reason: $reason) {\n      contribution {\n        id\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n    subscription BoardEvents($workshopId: ID!, $afterSeq: Int) {\n      workshopEvents(workshopId: $workshopId, afterSeq: $afterSeq) {\n        ...LiveEnvelope_WorkshopEvent\n        contribution {\n          ...BoardItem_Contribution\n        }\n      }\n    }\n  ',
): (typeof documents)['\n    subscription BoardEvents($workshopId: ID!, $afterSeq: Int) {\n      workshopEvents(workshopId: $workshopId, afterSeq: $afterSeq) {\n        ...LiveEnvelope_WorkshopEvent\n        contribution {\n          ...BoardItem_Contribution\n        }\n      }\n    }\n  '];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n    query BoardRights($slug: String!) {\n      workshop(slug: $slug) {\n        viewerCanPost\n        contributions(first: 500) {\n          ...BoardItem_Rights\n          replies {\n            ...BoardItem_Rights\n          }\n        }\n      }\n    }\n  ',
): (typeof documents)['\n    query BoardRights($slug: String!) {\n      workshop(slug: $slug) {\n        viewerCanPost\n        contributions(first: 500) {\n          ...BoardItem_Rights\n          replies {\n            ...BoardItem_Rights\n          }\n        }\n      }\n    }\n  '];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n    fragment BoardItem_Rights on Contribution {\n      id\n      viewerCanVote\n      viewerCanReply\n      viewerCanEdit\n      viewerCanWithdraw\n      viewerCanReport\n    }\n  ',
): (typeof documents)['\n    fragment BoardItem_Rights on Contribution {\n      id\n      viewerCanVote\n      viewerCanReply\n      viewerCanEdit\n      viewerCanWithdraw\n      viewerCanReport\n    }\n  '];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n    fragment BoardItem_Contribution on Contribution {\n      id\n      kind\n      body\n      version\n      authorName\n      authorIsGuest\n      voteCount\n      createdAt\n      pinned\n      addressed\n      moderationState\n      hiddenReason\n      viewerIsAuthor\n      ...BoardItem_Rights\n      parentId\n      themes {\n        slug\n        name\n        nameEn\n      }\n      ...RetainedMark_Contribution\n    }\n  ',
): (typeof documents)['\n    fragment BoardItem_Contribution on Contribution {\n      id\n      kind\n      body\n      version\n      authorName\n      authorIsGuest\n      voteCount\n      createdAt\n      pinned\n      addressed\n      moderationState\n      hiddenReason\n      viewerIsAuthor\n      ...BoardItem_Rights\n      parentId\n      themes {\n        slug\n        name\n        nameEn\n      }\n      ...RetainedMark_Contribution\n    }\n  '];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WorkshopRegistrationsExport($slug: String!) {\n    workshop(slug: $slug) {\n      slug\n      viewerCanEdit\n      registrations {\n        displayName\n        email\n        organizationName\n        registeredAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  query WorkshopRegistrationsExport($slug: String!) {\n    workshop(slug: $slug) {\n      slug\n      viewerCanEdit\n      registrations {\n        displayName\n        email\n        organizationName\n        registeredAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WorkshopRegistrationsPage($slug: String!) {\n    viewer {\n      kind\n    }\n    workshop(slug: $slug) {\n      id\n      slug\n      title\n      participantCap\n      registrationCount\n      viewerCanEdit\n      registrations {\n        displayName\n        email\n        organizationName\n        registeredAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  query WorkshopRegistrationsPage($slug: String!) {\n    viewer {\n      kind\n    }\n    workshop(slug: $slug) {\n      id\n      slug\n      title\n      participantCap\n      registrationCount\n      viewerCanEdit\n      registrations {\n        displayName\n        email\n        organizationName\n        registeredAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WorkshopRestitution($slug: String!) {\n    workshop(slug: $slug) {\n      id\n      slug\n      title\n      status\n      startsAt\n      endsAt\n      datePrecision\n      place\n      participantCount\n      contributionCount\n      isDemo\n      territory {\n        slug\n        name\n      }\n      prompts {\n        id\n        position\n        question\n      }\n      contributionCounts {\n        kind\n        count\n      }\n      diagnosis {\n        title\n        period\n        territory {\n          slug\n        }\n      }\n      contributions(first: 500) {\n        id\n        kind\n        body\n        authorName\n        authorIsGuest\n        voteCount\n        createdAt\n        moderationState\n        prompt {\n          id\n        }\n        retainedIn {\n          id\n          title\n          diagnosis {\n            period\n            territory {\n              slug\n            }\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query WorkshopRestitution($slug: String!) {\n    workshop(slug: $slug) {\n      id\n      slug\n      title\n      status\n      startsAt\n      endsAt\n      datePrecision\n      place\n      participantCount\n      contributionCount\n      isDemo\n      territory {\n        slug\n        name\n      }\n      prompts {\n        id\n        position\n        question\n      }\n      contributionCounts {\n        kind\n        count\n      }\n      diagnosis {\n        title\n        period\n        territory {\n          slug\n        }\n      }\n      contributions(first: 500) {\n        id\n        kind\n        body\n        authorName\n        authorIsGuest\n        voteCount\n        createdAt\n        moderationState\n        prompt {\n          id\n        }\n        retainedIn {\n          id\n          title\n          diagnosis {\n            period\n            territory {\n              slug\n            }\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WallPage($slug: String!) {\n    workshop(slug: $slug) {\n      id\n      slug\n      title\n      joinCode\n      ...LiveStart_Workshop\n      contributionCounts {\n        kind\n        count\n      }\n      themeCounts {\n        count\n        theme {\n          slug\n          name\n          nameEn\n        }\n      }\n      contributions(first: 500) {\n        ...WallItem_Contribution\n        replies {\n          ...WallItem_Contribution\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query WallPage($slug: String!) {\n    workshop(slug: $slug) {\n      id\n      slug\n      title\n      joinCode\n      ...LiveStart_Workshop\n      contributionCounts {\n        kind\n        count\n      }\n      themeCounts {\n        count\n        theme {\n          slug\n          name\n          nameEn\n        }\n      }\n      contributions(first: 500) {\n        ...WallItem_Contribution\n        replies {\n          ...WallItem_Contribution\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n    subscription WallEvents($workshopId: ID!, $afterSeq: Int) {\n      workshopEvents(workshopId: $workshopId, afterSeq: $afterSeq) {\n        ...LiveEnvelope_WorkshopEvent\n        contribution {\n          ...WallItem_Contribution\n        }\n      }\n    }\n  ',
): (typeof documents)['\n    subscription WallEvents($workshopId: ID!, $afterSeq: Int) {\n      workshopEvents(workshopId: $workshopId, afterSeq: $afterSeq) {\n        ...LiveEnvelope_WorkshopEvent\n        contribution {\n          ...WallItem_Contribution\n        }\n      }\n    }\n  '];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n    fragment WallItem_Contribution on Contribution {\n      id\n      kind\n      body\n      authorName\n      authorIsGuest\n      voteCount\n      createdAt\n      pinned\n      addressed\n      moderationState\n      parentId\n      themes {\n        slug\n        name\n        nameEn\n      }\n      ...RetainedMark_Contribution\n    }\n  ',
): (typeof documents)['\n    fragment WallItem_Contribution on Contribution {\n      id\n      kind\n      body\n      authorName\n      authorIsGuest\n      voteCount\n      createdAt\n      pinned\n      addressed\n      moderationState\n      parentId\n      themes {\n        slug\n        name\n        nameEn\n      }\n      ...RetainedMark_Contribution\n    }\n  '];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PlanNewPage {\n    viewer {\n      kind\n    }\n    viewerCanPlanWorkshops\n    ...PlanOptions_Query\n  }\n',
): (typeof documents)['\n  query PlanNewPage {\n    viewer {\n      kind\n    }\n    viewerCanPlanWorkshops\n    ...PlanOptions_Query\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateWorkshop($input: WorkshopPlanFields!) {\n    createWorkshop(input: $input) {\n      workshop {\n        slug\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateWorkshop($input: WorkshopPlanFields!) {\n    createWorkshop(input: $input) {\n      workshop {\n        slug\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;

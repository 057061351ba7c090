/** Organizations, members and people (organizations-authorization.test.ts): every operation, as its authorization matrix covers them. */
export const ORGANIZATION_MUTATIONS: readonly string[] = [
  'createOrganization',
  'requestOrganization',
  'approveOrganizationRequest',
  'declineOrganizationRequest',
  'updateOrganization',
  'setMembersMayCoSign',
  'inviteMember',
  'revokeInvitation',
  'acceptInvitation',
  'requestToJoin',
  'acceptJoinRequest',
  'declineJoinRequest',
  'setMemberAccess',
  'removeMember',
];

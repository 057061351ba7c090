/** Organizations, members, invitations and people: what the API says, in English (spread into `en.ts`). */
export const organizationsEn = {
  ORGANIZATION_NAME_LENGTH: (p: { min: number; max: number }) => `Give a name of ${p.min} to ${p.max} characters.`,
  ORGANIZATION_NAME_TAKEN: () => 'An organization already has this name: choose another one, or ask to join it.',
  ORGANIZATION_TEXT_TOO_LONG: (p: { length: number; max: number }) =>
    `This text has ${p.length} characters; shorten it to ${p.max} at most.`,
  ORGANIZATION_WEBSITE_INVALID: () =>
    'Give the full address of the website, starting with https:// (or leave it empty).',
  ORGANIZATION_PHONE_INVALID: () =>
    'Give a phone number made of digits, spaces, dots, dashes, brackets and a leading + (or leave it empty).',
  ORGANIZATION_CHANGED: () =>
    'Someone changed this profile since you opened it: nothing was saved. Here it is as it is now: make your changes again.',
  ORGANIZATION_REQUEST_DECIDED: () => 'This request has already been decided.',
  INVITATION_INVALID: () =>
    'This invitation link is not valid: check that it was copied whole, or ask the organization for a new one.',
  INVITATION_EXPIRED: (p: { hours: number }) =>
    `This invitation has expired (links work for ${p.hours} hours): ask the organization for a new one.`,
  INVITATION_USED: () => 'This invitation has already been used: ask the organization for a new one.',
  INVITATION_REVOKED: () => 'This invitation was withdrawn by the organization.',
  INVITATION_NOT_PENDING: () => 'This invitation is no longer open: it was used, withdrawn or has expired.',
  ALREADY_MEMBER: () => 'You are already a member of this organization.',
  JOIN_ALREADY_REQUESTED: () => 'You have already asked to join: its managers will answer.',
  JOIN_REQUEST_DECIDED: () => 'This request to join has already been answered.',
  MEMBER_NOT_FOUND: () => 'This person is not a member of the organization.',
  LAST_MANAGER: () => 'The organization needs at least one manager: make another member a manager first.',
};

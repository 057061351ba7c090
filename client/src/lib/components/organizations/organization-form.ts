import { ORGANIZATION_KINDS } from '$lib/domain';
import { formText } from '$lib/forms';
import { translate, type Locale } from '$lib/i18n';
import type { MembershipAccess, OrganizationKind, PlatformRole } from '$lib/graphql/generated/graphql';

/** The fields every organization form shares (creation, request, profile). */
export const ORGANIZATION_FIELDS = ['name', 'kind', 'description', 'website'] as const;
/** The profile's contact fields, edited by its managers. */
export const CONTACT_FIELDS = ['contactEmail', 'phone', 'postalAddress', 'commune'] as const;

export const MEMBERSHIP_ACCESSES = ['MEMBER', 'MANAGER'] as const satisfies readonly MembershipAccess[];
export const PLATFORM_ROLES = [
  'RESIDENT',
  'STAKEHOLDER',
  'COORDINATOR',
  'ADMIN',
] as const satisfies readonly PlatformRole[];

function oneOf<T extends string>(values: readonly T[], raw: string): T | null {
  return (values as readonly string[]).includes(raw) ? (raw as T) : null;
}

export const kindOf = (raw: string): OrganizationKind | null => oneOf(ORGANIZATION_KINDS, raw);
export const accessOf = (raw: string): MembershipAccess | null => oneOf(MEMBERSHIP_ACCESSES, raw);
export const roleOf = (raw: string): PlatformRole | null => oneOf(PLATFORM_ROLES, raw);

// Cut below the API's own validators (far past its limits), so that a text a little too long
// reaches its checks and comes back with a message saying by how much.
const cut = { short: 1_000, long: 20_000 };

/** The shared fields as typed, for the API and for the form drawn again after a refusal. */
export function organizationValues(data: FormData) {
  return {
    name: formText(data, 'name', { trim: false, max: cut.short }),
    kind: formText(data, 'kind'),
    description: formText(data, 'description', { trim: false, max: cut.long }),
    website: formText(data, 'website', { max: cut.short }),
  };
}

export function contactValues(data: FormData) {
  return {
    contactEmail: formText(data, 'contactEmail', { max: cut.short }),
    phone: formText(data, 'phone', { max: cut.short }),
    postalAddress: formText(data, 'postalAddress', { trim: false, max: cut.short }),
    commune: formText(data, 'commune', { max: cut.short }),
  };
}

/** A short text of a decision (a note, a message), cut far past the API's limit. */
export const noteOf = (data: FormData, name: string) => formText(data, name, { max: cut.long });

/** The refusal of a form sent without a kind (the select's empty choice, or a forged value). */
export const kindMissing = (lang: Locale) => ({ field: 'kind', message: translate(lang, 'orgForm.kindMissing') });

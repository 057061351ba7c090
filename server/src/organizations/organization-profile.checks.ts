import { normalizeEmail } from '../accounts/email.js';
import { InvalidInput, invalid, msg, Problems } from '../shared/payload.js';
import type { OrganizationFields, UpdateOrganizationInput } from './organization-profile.inputs.js';
import { organizationLimits as limits } from './organization-profile.inputs.js';

/** Empty or blank means "none": a form's emptied field clears it. */
const orNull = (text: string | null | undefined) => {
  const trimmed = (text ?? '').trim();
  return trimmed.length > 0 ? trimmed : null;
};

function capped(problems: Problems, text: string, max: number, field: string): string {
  if (text.length > max) problems.add(msg('ORGANIZATION_TEXT_TOO_LONG', { length: text.length, max }), field);
  return text;
}

function website(problems: Problems, raw: string | null | undefined): string | null {
  const text = orNull(raw);
  if (!text) return null;
  let url: URL | null = null;
  try {
    url = new URL(text);
  } catch {
    // refused below
  }
  // Only web addresses: a `javascript:` or `data:` link would run in the visitor's page.
  if (
    !url ||
    !['http:', 'https:'].includes(url.protocol) ||
    !url.hostname.includes('.') ||
    text.length > limits.website.max
  ) {
    problems.add(msg('ORGANIZATION_WEBSITE_INVALID'), 'website');
    return null;
  }
  return url.href;
}

/** The shared fields, cleaned, with every problem of the form at once. */
export function checkOrganizationFields(problems: Problems, input: OrganizationFields) {
  const name = input.name.replace(/\s+/g, ' ').trim();
  // eslint-disable-next-line no-control-regex
  if (name.length < limits.name.min || name.length > limits.name.max || /[\u0000-\u001f\u007f<>]/.test(name))
    problems.add(msg('ORGANIZATION_NAME_LENGTH', limits.name), 'name');
  const description = capped(problems, input.description.trim(), limits.description.max, 'description');
  return { name, kind: input.kind, description, website: website(problems, input.website) };
}

/** The profile's contact fields, cleaned. */
export function checkContactFields(problems: Problems, input: UpdateOrganizationInput) {
  let contactEmail: string | null = null;
  const email = orNull(input.contactEmail);
  if (email) {
    try {
      contactEmail = normalizeEmail(email);
    } catch (error) {
      if (!(error instanceof InvalidInput)) throw error;
      problems.list.push(...error.problems.map((p) => ({ ...p, field: 'contactEmail' })));
    }
  }
  const phone = orNull(input.phone);
  if (phone && (!/^\+?[0-9 .()-]+$/.test(phone) || phone.length > limits.phone.max || !/\d{2}/.test(phone)))
    problems.add(msg('ORGANIZATION_PHONE_INVALID'), 'phone');
  const postalAddress = orNull(input.postalAddress?.replace(/\r\n?/g, '\n'));
  if (postalAddress) capped(problems, postalAddress, limits.postalAddress.max, 'postalAddress');
  const commune = orNull(input.commune);
  if (commune) capped(problems, commune, limits.name.max, 'commune');
  return { contactEmail, phone, postalAddress, commune };
}

/** A decision's note, or a join request's message. */
export function checkNote(text: string, field: string): string {
  const trimmed = text.trim();
  if (trimmed.length > limits.note.max)
    throw invalid(msg('ORGANIZATION_TEXT_TOO_LONG', { length: trimmed.length, max: limits.note.max }), field);
  return trimmed;
}

/** A URL-safe slug from a name: "Léo Lagrange Nouvelle-Aquitaine" → "leo-lagrange-nouvelle-aquitaine". */
export function slugFromName(name: string): string {
  const base = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return base || 'organisation';
}

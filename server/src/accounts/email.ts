import { domainToASCII } from 'node:url';
import { invalid, msg } from '../shared/payload.js';

export const emailLimits = { max: 254, local: 64, label: 63 };

// Invisible or formatting characters (zero-width spaces and joiners, bidi controls, soft hyphens,
// fillers), controls, separators of any kind, unassigned and private-use code points: nobody
// types them on purpose, and they make one address look like another.
const invisible = /[\p{C}\p{Z}\s\p{Default_Ignorable_Code_Point}]/u;
// RFC 5322 atext, lower case. A local part in another script is refused rather than compared
// across look-alike letters.
const localPart = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const label = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;
// Within one label, such a mix is the classic disguise of a known domain (`pаypal`, Cyrillic а).
const mixedWithLatin = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;

const notAnEmail = () => invalid(msg('EMAIL_INVALID'), 'email');

/**
 * The one form of an email address, used to store, look up, and throttle it: trimmed, NFKC (so
 * fullwidth `ｅｘａｍｐｌｅ` is `example`), lower case, the domain in ASCII (IDNA). Throws a user
 * error for anything that could pass for another address: invisible characters, a domain ending
 * with a dot or with an empty label, a label mixing Latin with Cyrillic or Greek, a local part
 * outside ASCII.
 */
export function normalizeEmail(raw: string): string {
  if (raw.length > emailLimits.max * 4) throw notAnEmail();
  const email = raw.trim().normalize('NFKC').toLowerCase();
  if (invisible.test(email)) {
    throw invalid(msg('EMAIL_INVISIBLE_CHARACTERS'), 'email');
  }
  const at = email.lastIndexOf('@');
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  if (at < 1 || local.length > emailLimits.local || !localPart.test(local)) throw notAnEmail();
  if (domain.split(/[.。．｡]/).some((l) => /\p{Script=Latin}/u.test(l) && mixedWithLatin.test(l))) {
    throw invalid(msg('EMAIL_MIXED_SCRIPTS'), 'email');
  }
  // The IDNA conversion maps `。` to `.` and drops some characters: check the labels after it.
  const ascii = domainToASCII(domain);
  const labels = ascii.split('.');
  if (ascii !== '' && labels.some((l) => l === '')) {
    throw invalid(msg('EMAIL_DOTS'), 'email');
  }
  // At least a name and a top-level domain with a letter (no bare IP addresses).
  if (
    labels.length < 2 ||
    labels.some((l) => l.length > emailLimits.label || !label.test(l)) ||
    !/[a-z]/.test(labels.at(-1) ?? '')
  ) {
    throw notAnEmail();
  }
  const normalized = `${local}@${ascii}`;
  if (normalized.length > emailLimits.max) throw notAnEmail();
  return normalized;
}

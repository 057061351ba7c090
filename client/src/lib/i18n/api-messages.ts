import type { FieldError } from '$lib/forms';
import { translate, type Locale, type MessageKey, type Params } from './index';

/**
 * The API words what the user can fix in English only (`UserError` has no code). The messages
 * people meet most are recognised here and said in the page's language; any other one is
 * shown as the API wrote it.
 */
const known: readonly [RegExp, MessageKey, (m: RegExpMatchArray) => Params][] = [
  [/^Email or password is incorrect\.$/, 'apiMessage.badCredentials', () => ({})],
  [
    /^Too many failed attempts for this email: wait (\d+) minute/,
    'apiMessage.throttled',
    (m) => ({ minutes: m[1] ?? '' }),
  ],
  [/^Enter a valid email address\.$/, 'apiMessage.badEmail', () => ({})],
  [/^An account already uses this email/, 'apiMessage.emailTaken', () => ({})],
  [/^Choose a password of at least (\d+) characters\.$/, 'apiMessage.passwordShort', (m) => ({ min: m[1] ?? '' })],
  [/^The password may not exceed (\d+) characters\.$/, 'apiMessage.passwordLong', (m) => ({ max: m[1] ?? '' })],
  [
    /^Give a name of (\d+) to (\d+) characters\.$/,
    'apiMessage.nameLength',
    (m) => ({ min: m[1] ?? '', max: m[2] ?? '' }),
  ],
  [/^The name may not contain/, 'apiMessage.nameChars', () => ({})],
  [/^No live workshop has this code/, 'join.codeUnknown', () => ({})],
  [/^The workshop is paused/, 'composer.paused', () => ({})],
  [/^The workshop is closed/, 'apiMessage.closed', () => ({})],
  [/^The workshop has not started yet\.$/, 'composer.notLive', () => ({})],
  [/^Write something before posting\.$/, 'composer.bodyMissing', () => ({})],
  [
    /^The text has \d+ characters; shorten it to (\d+) at most\.$/,
    'composer.bodyTooLong',
    (m) => ({ max: m[1] ?? '' }),
  ],
  [/^Choose at most (\d+) themes\.$/, 'apiMessage.maxThemes', (m) => ({ max: m[1] ?? '' })],
  [
    /^Give a reason of (\d+) to (\d+) characters\.$/,
    'apiMessage.reasonLength',
    (m) => ({ min: m[1] ?? '', max: m[2] ?? '' }),
  ],
  [
    /^Write a question of (\d+) to (\d+) characters\.$/,
    'apiMessage.questionLength',
    (m) => ({ min: m[1] ?? '', max: m[2] ?? '' }),
  ],
  [/^Choose two different contributions\.$/, 'apiMessage.mergeSame', () => ({})],
  [/^Only published contributions can be supported\.$/, 'apiMessage.voteUnpublished', () => ({})],
];

export function localizeMessage(locale: Locale, message: string): string {
  for (const [pattern, key, params] of known) {
    const match = message.match(pattern);
    if (match) return translate(locale, key, params(match));
  }
  return message;
}

export function localizeErrors(locale: Locale, errors: readonly FieldError[]): FieldError[] {
  return errors.map((e) => ({ field: e.field ?? null, message: localizeMessage(locale, e.message) }));
}

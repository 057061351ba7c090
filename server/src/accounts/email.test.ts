import { describe, expect, it } from 'vitest';
import { InvalidInput } from '../shared/payload.js';
import { render } from '../shared/messages/index.js';
import { normalizeEmail } from './email.js';

/** The English message of the refusal, or the normalised address. */
function outcome(raw: string): string {
  try {
    return normalizeEmail(raw);
  } catch (error) {
    if (!(error instanceof InvalidInput)) throw error;
    expect(error.problems[0]!.field).toBe('email');
    return `refused: ${render('en', error.problems[0]!.message)}`;
  }
}

describe('normalizeEmail', () => {
  it('brings the forms of one address to one', () => {
    for (const raw of [
      'nora@example.org',
      '  Nora@Example.ORG ',
      'ｎｏｒａ＠ｅｘａｍｐｌｅ．ｏｒｇ', // fullwidth
      'NORA@ＥＸＡＭＰＬＥ.org',
      'nora@example。org', // ideographic full stop
      'nora@ex\u0041MPLE.org',
    ]) {
      expect(outcome(raw), JSON.stringify(raw)).toBe('nora@example.org');
    }
    expect(outcome('élise@exämple.fr')).toMatch(/^refused/);
    expect(outcome('elise@exämple.fr')).toBe('elise@xn--exmple-cua.fr');
    expect(outcome('nora+ateliers@example.org')).toBe('nora+ateliers@example.org');
  });

  it('refuses invisible characters, whatever they are', () => {
    for (const hidden of [
      '\u200b', // zero-width space
      '\u200c', // zero-width non-joiner
      '\u200d', // zero-width joiner
      '\u2060', // word joiner
      '\ufeff', // byte-order mark inside
      '\u00ad', // soft hyphen
      '\u202e', // right-to-left override
      '\u2066', // left-to-right isolate
      '\u3164', // Hangul filler
      '\u0007', // a control character
      '\u00a0', // no-break space
      ' ',
      '\t',
    ]) {
      for (const raw of [`no${hidden}ra@example.org`, `nora@exam${hidden}ple.org`, `nora@example.org${hidden}x`]) {
        expect(outcome(raw), JSON.stringify(raw)).toMatch(/^refused: The address contains spaces or invisible/);
      }
    }
  });

  it('refuses a domain ending with a dot or with an empty label', () => {
    for (const raw of ['nora@example.org.', 'nora@example.org。', 'nora@example..org', 'nora@.example.org']) {
      expect(outcome(raw), raw).toMatch(/^refused: The part after @ may not begin or end with a dot/);
    }
  });

  it('refuses labels mixing Latin with look-alike Cyrillic or Greek letters', () => {
    expect(outcome('nora@exаmple.org')).toMatch(/^refused: The part after @ mixes Latin letters/); // Cyrillic а
    expect(outcome('nora@εxample.org')).toMatch(/^refused: The part after @ mixes Latin letters/); // Greek ε
  });

  it('refuses what is not an address, and what is too long', () => {
    for (const raw of [
      'not-an-email',
      '@example.org',
      'nora@',
      'nora@localhost',
      'nora@1.2.3.4',
      'nora@[127.0.0.1]',
      'no..ra@example.org',
      '.nora@example.org',
      'nora@-example.org',
      'nora@exa_mple.org',
      'no"ra@example.org',
      `${'n'.repeat(65)}@example.org`,
      `nora@${'a'.repeat(64)}.org`,
      `nora@${'abcdefgh.'.repeat(30)}org`,
    ]) {
      expect(outcome(raw), raw).toMatch(/^refused: Enter a valid email address/);
    }
  });
});

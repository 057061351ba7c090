import { describe, expect, it } from 'vitest';
import { formText, safeRedirect, TEXT_CAP, transportCap } from './forms';

const ORIGIN = 'https://quartierlab.example.fr';

/** Where a browser lands when it follows `Location: <path>` from a page of the site. */
const landing = (path: string) => new URL(path, `${ORIGIN}/signin`);

describe('safeRedirect', () => {
  it('keeps paths of the site, with their query and fragment', () => {
    expect(safeRedirect('/portraits', ORIGIN)).toBe('/portraits');
    expect(safeRedirect('/portraits?q=social+lab&after=abc#results', ORIGIN)).toBe(
      '/portraits?q=social+lab&after=abc#results',
    );
    expect(safeRedirect('/workshops/se-deplacer-pour-travailler/live', ORIGIN)).toBe(
      '/workshops/se-deplacer-pour-travailler/live',
    );
    expect(safeRedirect('/join?code=DEMO42', ORIGIN)).toBe('/join?code=DEMO42');
    // Encoded as the browser would send it; a "//" later in the path or in the query is harmless.
    expect(safeRedirect('/territoires/café', ORIGIN)).toBe('/territoires/caf%C3%A9');
    expect(safeRedirect('/a//b', ORIGIN)).toBe('/a//b');
    expect(safeRedirect('/x?next=//evil.example', ORIGIN)).toBe('/x?next=//evil.example');
  });

  it('keeps absolute URLs of its own origin as their path', () => {
    expect(safeRedirect(`${ORIGIN}/stories?page=2`, ORIGIN)).toBe('/stories?page=2');
    expect(safeRedirect('HTTPS://QuartierLab.Example.FR:443/portraits', ORIGIN)).toBe('/portraits');
    expect(safeRedirect(`//quartierlab.example.fr/organizations`, ORIGIN)).toBe('/organizations');
  });

  it('resolves relative values against the root', () => {
    expect(safeRedirect('portraits', ORIGIN)).toBe('/portraits');
    expect(safeRedirect('../../../portraits', ORIGIN)).toBe('/portraits');
    expect(safeRedirect('?q=1', ORIGIN)).toBe('/?q=1');
    // With the site's own scheme and no "//", browsers read a path too.
    expect(safeRedirect('https:evil.example', ORIGIN)).toBe('/evil.example');
    expect(safeRedirect('https:/evil.example', ORIGIN)).toBe('/evil.example');
  });

  it('goes home when there is nothing to go back to', () => {
    expect(safeRedirect(null, ORIGIN)).toBe('/');
    expect(safeRedirect(undefined, ORIGIN)).toBe('/');
    expect(safeRedirect('', ORIGIN)).toBe('/');
    expect(safeRedirect('http://[::1', ORIGIN)).toBe('/');
  });

  const hostile = [
    // other origins, written plainly or relative to the scheme
    'https://evil.example/',
    'http://quartierlab.example.fr/portraits',
    'https://quartierlab.example.fr:8443/',
    'https://quartierlab.example.fr.evil.example/',
    'HTTPS://EVIL.EXAMPLE',
    '//evil.example',
    '///evil.example',
    '////evil.example/x',
    'http:evil.example',
    'http:/evil.example',
    // backslashes, read as slashes by browsers
    '/\\evil.example',
    '\\\\evil.example',
    '\\/evil.example',
    '/\\/evil.example',
    // tabs, newlines and spaces that browsers drop or trim
    '/\t/evil.example/other',
    '/\n/evil.example',
    '/\r\n/evil.example',
    '\t//evil.example',
    ' //evil.example',
    '\u0000//evil.example',
    '\u001f//evil.example',
    // paths that normalize to "//host"
    '/.//evil.example',
    '/./\\evil.example',
    '/a/..//evil.example',
    '/%2e//evil.example',
    `${ORIGIN}//evil.example/x`,
    `${ORIGIN}/.//evil.example`,
    // user information: the host is what follows "@"
    `https://quartierlab.example.fr@evil.example/`,
    `https://user:pass@evil.example/`,
    '//evil.example\\@quartierlab.example.fr',
    // other schemes
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'mailto:someone@evil.example',
    'file:///etc/passwd',
    'blob:https://evil.example/uuid',
  ];

  it.each(hostile)('goes home for %j', (value) => {
    expect(safeRedirect(value, ORIGIN)).toBe('/');
  });

  // Values already decoded once by URLSearchParams, and values still encoded (decoded by nobody):
  // whatever comes back must land on the origin when the browser follows it.
  const encoded = [
    '/%09/evil.example',
    '/%0a/evil.example',
    '/%0D%0A/evil.example',
    '/%5Cevil.example',
    '/%5C%5Cevil.example',
    '/%2F/evil.example',
    '%2F%2Fevil.example',
    '/%252F%252Fevil.example',
    '/%E3%80%82evil.example',
    '/\uff0f/evil.example',
    '/\u3002evil.example',
    '/\u2028//evil.example',
    '/x\r\nSet-Cookie: session=stolen',
  ];

  it.each([...hostile, ...encoded])('never leaves the origin for %j', (value) => {
    const path = safeRedirect(value, ORIGIN);
    expect(path).toMatch(/^\/(?![/\\])/);
    expect(landing(path).origin).toBe(ORIGIN);
    // Nothing a header could be split on, nothing the browser would strip.
    expect(path).not.toMatch(/[\p{Cc} \\]/u);
  });
});

describe('formText', () => {
  const form = (value: string) => {
    const data = new FormData();
    data.set('body', value);
    return data;
  };

  it('passes on what was typed, within the cap', () => {
    expect(formText(form('  Un arrêt de bus  '), 'body')).toBe('Un arrêt de bus');
    expect(formText(form('  Un arrêt de bus\r\n'), 'body', { trim: false })).toBe('  Un arrêt de bus\r\n');
    expect(formText(form('x'.repeat(50)), 'body', { max: 20 })).toBe('x'.repeat(20));
    expect(formText(new FormData(), 'body')).toBe('');
  });
});

describe('transportCap', () => {
  it('lets twice the API’s limit through: what a browser sends within maxlength, line breaks as CRLF included', () => {
    const max = 2000;
    const typed = 'Une ligne\r\n'.repeat(Math.floor(max / 'Une ligne\n'.length));
    expect(typed.replace(/\r\n/g, '\n').length).toBeLessThanOrEqual(max);
    const data = new FormData();
    data.set('body', typed);
    expect(formText(data, 'body', { trim: false, max: transportCap(max) })).toBe(typed);
  });

  it('cuts only what the API refuses anyway', () => {
    expect(transportCap(500)).toBeGreaterThan(500);
    expect(transportCap(2000)).toBe(4000);
  });

  it('falls back on the general cap when the API could not say', () => {
    expect(transportCap(null)).toBe(TEXT_CAP);
    expect(transportCap(undefined)).toBe(TEXT_CAP);
  });
});

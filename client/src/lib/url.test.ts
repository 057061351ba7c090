import { describe, expect, it } from 'vitest';
import { enumParam, pageLinks, param } from './url';

describe('pageLinks', () => {
  it('keeps filters and sets the cursor for the next page', () => {
    const url = new URL('http://x/portraits?theme=emploi');
    expect(pageLinks(url, { hasNextPage: true, endCursor: 'abc' })).toEqual({
      nextHref: '/portraits?theme=emploi&after=abc',
      firstHref: null,
    });
  });

  it('links back to the first page once paginated', () => {
    const url = new URL('http://x/portraits?theme=emploi&after=abc');
    expect(pageLinks(url, { hasNextPage: false, endCursor: 'def' })).toEqual({
      nextHref: null,
      firstHref: '/portraits?theme=emploi',
    });
    expect(pageLinks(new URL('http://x/stories?after=z'), { hasNextPage: false })).toEqual({
      nextHref: null,
      firstHref: '/stories',
    });
  });
});

describe('params', () => {
  it('treats blank values as absent and allow-lists enums', () => {
    const url = new URL('http://x/?q=%20%20&stage=LAUNCHED&kind=DROP');
    expect(param(url, 'q')).toBeNull();
    expect(enumParam(url, 'stage', ['LAUNCHED', 'OPERATIONAL'] as const)).toBe('LAUNCHED');
    expect(enumParam(url, 'kind', ['A'] as const)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { enumParam, pageArgs, pageLinks, param } from './url';

describe('pageLinks', () => {
  const info = { hasNextPage: false, hasPreviousPage: false, startCursor: 'a', endCursor: 'z' };

  it('keeps filters and sets the cursor for the next page', () => {
    const url = new URL('http://x/portraits?theme=emploi');
    expect(pageLinks(url, { ...info, hasNextPage: true })).toEqual({
      previousHref: null,
      nextHref: '/portraits?theme=emploi&after=z',
      firstHref: null,
    });
  });

  it('links to the previous page with `before`, dropping `after`', () => {
    const url = new URL('http://x/portraits?theme=emploi&after=abc');
    expect(pageLinks(url, { ...info, hasPreviousPage: true, hasNextPage: true })).toEqual({
      previousHref: '/portraits?theme=emploi&before=a',
      nextHref: '/portraits?theme=emploi&after=z',
      firstHref: '/portraits?theme=emploi',
    });
    expect(pageLinks(new URL('http://x/stories?before=q'), { ...info, hasNextPage: true })).toEqual({
      previousHref: null,
      nextHref: '/stories?after=z',
      firstHref: null,
    });
  });
});

describe('pageArgs', () => {
  it('reads backwards with `before`, forwards otherwise', () => {
    expect(pageArgs(new URL('http://x/?before=b&after=a'), 12)).toEqual({ last: 12, before: 'b' });
    expect(pageArgs(new URL('http://x/?after=a'), 12)).toEqual({ first: 12, after: 'a' });
    expect(pageArgs(new URL('http://x/'), 12)).toEqual({ first: 12, after: null });
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

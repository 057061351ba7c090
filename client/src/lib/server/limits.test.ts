import { afterEach, describe, expect, it, vi } from 'vitest';
import { cachedLimits, limits, limitsIfKnown, type Limits } from './limits';
import { testLimits } from './limits.fixture';

const event = { fetch: globalThis.fetch, url: new URL('http://127.0.0.1:3000/workshops/demo/live') };

describe('cachedLimits', () => {
  it('asks the API once, then again only after the time to live', async () => {
    let clock = 0;
    const read = vi.fn(async () => testLimits);
    const get = cachedLimits(read, 1000, () => clock);
    expect(await get(event)).toEqual(testLimits);
    clock = 999;
    await Promise.all([get(event), get(event)]);
    expect(read).toHaveBeenCalledTimes(1);
    clock = 1000;
    await get(event);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('shares one read among the requests that arrive while it runs', async () => {
    let answer: (limits: Limits) => void = () => undefined;
    const read = vi.fn(() => new Promise<Limits>((resolve) => (answer = resolve)));
    const get = cachedLimits(read, 1000, () => 0);
    const both = Promise.all([get(event), get(event)]);
    answer(testLimits);
    expect(await both).toEqual([testLimits, testLimits]);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('does not keep a failure: the next request asks again', async () => {
    const read = vi
      .fn<() => Promise<Limits>>()
      .mockRejectedValueOnce(new Error('ECONNREFUSED'))
      .mockResolvedValue(testLimits);
    const get = cachedLimits(read, 60_000, () => 0);
    await expect(get(event)).rejects.toThrow('ECONNREFUSED');
    expect(await get(event)).toEqual(testLimits);
    expect(read).toHaveBeenCalledTimes(2);
  });
});

describe('limits', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('reads them with one query; a form action gets null, not an error page, when the API cannot answer', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const down = {
      ...event,
      fetch: vi.fn<typeof globalThis.fetch>(async () => Promise.reject(new Error('ECONNREFUSED'))),
    };
    expect(await limitsIfKnown(down)).toBeNull();

    const fetch = vi.fn<typeof globalThis.fetch>(async () => Response.json({ data: { limits: testLimits } }));
    expect(await limits({ ...event, fetch })).toEqual(testLimits);
    expect(await limitsIfKnown({ ...event, fetch })).toEqual(testLimits);
    expect(fetch).toHaveBeenCalledTimes(1);
    const [, init] = fetch.mock.calls[0] ?? [];
    expect(String(init?.body)).toMatch(/query FormLimits/);
  });
});

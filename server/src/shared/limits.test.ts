import { describe, expect, it } from 'vitest';
import { capResponse, capResult, limits } from './limits.js';

describe('the cap on what is sent', () => {
  const big = 'x'.repeat(limits.maxResponseBytes + 1);

  it('lets an answer within the cap through unchanged', () => {
    expect(capResponse('{"data":{}}')).toEqual({ body: '{"data":{}}' });
    const result: { data: unknown; errors?: never } = { data: { a: 'small' } };
    expect(capResult(result)).toBe(result);
  });

  it('replaces an HTTP answer over the cap by an error saying how to ask for less', () => {
    const answer = capResponse(JSON.stringify({ data: { a: big } }));
    expect(answer.status).toBe(400);
    const body = JSON.parse(answer.body) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('RESPONSE_TOO_LARGE');
    expect(body.errors[0]!.message).toMatch(/ask for fewer items or fields/);
  });

  it('replaces a socket message over the cap, measuring a shared result once', () => {
    const result: { data: unknown; errors?: never } = { data: { a: big } };
    const capped = capResult(result);
    expect(capped).not.toBe(result);
    expect(capped.errors?.[0]?.extensions.code).toBe('RESPONSE_TOO_LARGE');
    expect(capResult(result)).toEqual(capped);
  });
});

import { describe, expect, it } from 'vitest';
import { asPayload, invalid, msg, Problems } from './payload.js';

const changed = { code: 'CONTRIBUTION_CHANGED', field: 'expectedVersion', message: expect.any(String) };

describe('asPayload', () => {
  it('leaves the data out of a payload with user errors', async () => {
    const payload = await asPayload('en', async (): Promise<{ contribution: string | null }> => {
      throw invalid(msg('BODY_EMPTY'), 'body');
    });
    expect(payload).toEqual({ userErrors: [expect.objectContaining({ code: 'BODY_EMPTY', field: 'body' })] });
  });

  it('answers with the current state an error carries, read once the write has failed', async () => {
    const read: string[] = [];
    const payload = await asPayload('en', async (): Promise<{ contribution: string | null }> => {
      throw invalid(msg('CONTRIBUTION_CHANGED'), 'expectedVersion').withCurrent(async () => {
        read.push('current');
        return { contribution: 'as it now is' };
      });
    });
    expect(payload).toEqual({ contribution: 'as it now is', userErrors: [changed] });
    expect(read).toEqual(['current']);
  });

  it('keeps the current state through checks that collect problems', async () => {
    const payload = await asPayload('en', async (): Promise<{ contribution: string | null }> => {
      const problems = new Problems();
      await problems.check(() => {
        throw invalid(msg('CONTRIBUTION_CHANGED'), 'expectedVersion').withCurrent(async () => ({
          contribution: 'as it now is',
        }));
      });
      problems.add(msg('BODY_EMPTY'), 'body');
      problems.throwIfAny();
      return { contribution: 'saved' };
    });
    expect(payload.contribution).toBe('as it now is');
    expect(payload.userErrors.map((e) => e.code)).toEqual(['CONTRIBUTION_CHANGED', 'BODY_EMPTY']);
  });
});

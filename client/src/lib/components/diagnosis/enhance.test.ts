import { describe, expect, it } from 'vitest';
import { problemsOf } from './enhance';

describe('problemsOf', () => {
  const word = (code: string) => `worded ${code}`;
  it('words the code first, then the API’s messages; nothing once accepted', () => {
    expect(problemsOf({ done: false, error: 'FORBIDDEN', userErrors: [{ message: 'Too long' }] }, word)).toEqual([
      'worded FORBIDDEN',
      'Too long',
    ]);
    expect(problemsOf({ done: true, error: null, userErrors: [] }, word)).toEqual([]);
    expect(problemsOf(null, word)).toEqual([]);
  });
});

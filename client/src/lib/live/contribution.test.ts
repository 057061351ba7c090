import { describe, expect, it } from 'vitest';
import { excerpt } from './contribution';

describe('excerpt', () => {
  it('keeps a short text whole, on one line', () => {
    expect(excerpt('Un arrêt\n de bus', 80)).toBe('Un arrêt de bus');
  });

  it('cuts a long text at a word', () => {
    expect(excerpt('Une navette partagée entre plusieurs entreprises', 30)).toBe('Une navette partagée entre…');
  });
});

import { describe, expect, it } from 'vitest';
import { textBlocks } from './text';

describe('textBlocks', () => {
  it('splits paragraphs and bullet lists', () => {
    expect(textBlocks('Un.\nSuite.\n\nDeux :\n- a\n- b\n\n3. trois')).toEqual([
      { kind: 'p', text: 'Un. Suite.' },
      { kind: 'p', text: 'Deux :' },
      { kind: 'ul', items: ['a', 'b'] },
      { kind: 'ul', items: ['trois'] },
    ]);
  });

  it('returns nothing for empty text', () => {
    expect(textBlocks('')).toEqual([]);
    expect(textBlocks(null)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { byFrenchName, frenchTypography, frenchTypographyHtml, placeLine, textBlocks } from './text';

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

describe('placeLine', () => {
  it('prints a commune that is its territory once, whatever its case and accents', () => {
    expect(placeLine('Roubaix', 'ROUBAIX', 'Hauts-de-France')).toBe('Roubaix · Hauts-de-France');
    expect(placeLine('Saint-Étienne', 'SAINT ETIENNE')).toBe('Saint-Étienne');
    expect(placeLine('Vaulx-en-Velin', 'Métropole de Lyon', 'métropole de lyon')).toBe(
      'Vaulx-en-Velin · Métropole de Lyon',
    );
  });

  it('leaves out unknown parts', () => {
    expect(placeLine(null, 'Grenoble', undefined, '  ')).toBe('Grenoble');
    expect(placeLine()).toBe('');
  });
});

describe('byFrenchName', () => {
  it('sorts ignoring case and accents', () => {
    const names = ['Zèbre', 'Élan', 'abri', 'Elan', 'Castor', 'Ça va'];
    expect(byFrenchName(names, (n) => n)).toEqual(['abri', 'Ça va', 'Castor', 'Élan', 'Elan', 'Zèbre']);
  });
});

describe('frenchTypography', () => {
  it('puts no-break spaces before the high marks and inside guillemets', () => {
    expect(frenchTypography('Pourquoi ? Parce que ; voilà : « oui » !')).toBe(
      'Pourquoi\u202f? Parce que\u202f; voilà\u00a0: «\u00a0oui\u00a0»\u202f!',
    );
    expect(frenchTypography('«oui»')).toBe('«\u00a0oui\u00a0»');
  });

  it('leaves URLs, times and marks without a space alone', () => {
    const text = 'Voir https://exemple.fr/?a=1&b=2 à 18:00, ratio 3:1!';
    expect(frenchTypography(text)).toBe(text);
  });

  it('is idempotent', () => {
    const once = frenchTypography('Quoi ? « Ceci » : cela !');
    expect(frenchTypography(once)).toBe(once);
  });
});

describe('frenchTypographyHtml', () => {
  it('changes text, not tags, attributes or code', () => {
    const html =
      '<p>Quoi ? <a href="https://x.fr/?q=1 ?">lien</a> <strong>fort</strong> !</p><pre><code>a ? b : c</code></pre><p>« fin »</p>';
    expect(frenchTypographyHtml(html)).toBe(
      '<p>Quoi\u202f? <a href="https://x.fr/?q=1 ?">lien</a> <strong>fort</strong>\u202f!</p><pre><code>a ? b : c</code></pre><p>«\u00a0fin\u00a0»</p>',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { mdBlock, mdInline, mdQuote } from './markdown';

describe('mdInline', () => {
  it('escapes what Markdown would read as markup or HTML', () => {
    expect(mdInline('**gras** [lien](http://x) <script> # | `code`')).toBe(
      '\\*\\*gras\\*\\* \\[lien\\](http://x) \\<script\\> # \\| \\`code\\`',
    );
  });

  it('escapes what would open a block at the start of a line', () => {
    expect(mdInline('# titre')).toBe('\\# titre');
    expect(mdInline('- puce')).toBe('\\- puce');
    expect(mdInline('2026. Une année')).toBe('2026\\. Une année');
    expect(mdInline('> cité')).toBe('\\> cité');
  });

  it('keeps the no-break spaces of French typography', () => {
    expect(mdInline('Thèmes\u00a0: mobilité')).toBe('Thèmes\u00a0: mobilité');
  });

  it('puts the text on one line without control characters', () => {
    expect(mdInline('  un\n\ndeux\u0000\u0007 trois ')).toBe('un deux trois');
  });
});

describe('mdQuote', () => {
  it('quotes every line and escapes each', () => {
    expect(mdQuote('Premier _point_\r\n# pas un titre\n')).toBe('> Premier \\_point\\_\n> \\# pas un titre');
  });

  it('keeps an empty line inside the quote', () => {
    expect(mdQuote('a\n\nb')).toBe('> a\n>\n> b');
  });
});

describe('mdBlock', () => {
  it('keeps Markdown but neutralises raw HTML and control characters', () => {
    expect(mdBlock('**Oui**\u0000 <img src=x onerror=alert(1)>')).toBe('**Oui** &lt;img src=x onerror=alert(1)>');
  });
});

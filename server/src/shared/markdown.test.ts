import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown.js';

describe('renderMarkdown', () => {
  it('renders headings, lists and links', () => {
    const html = renderMarkdown('# Titre\n\n- un\n- **deux**\n\n[lien](https://example.fr)');
    expect(html).toContain('<h2>Titre</h2>');
    expect(html).toContain('<strong>deux</strong>');
    expect(html).toContain('<a href="https://example.fr" rel="noopener noreferrer">lien</a>');
  });

  it('neutralises scripts, handlers and javascript: links', () => {
    const html = renderMarkdown(
      '<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[x](javascript:alert(1))',
    );
    expect(html).not.toMatch(/<script|<img|onerror=|javascript:/i);
  });
});

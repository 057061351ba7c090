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

  // sanitize-html 2.17.5 (the last for Node 20) re-emits allowed <textarea>/<xmp> text raw
  // (GHSA-jxwj-j7wr-gfrw): safe only while neither tag is allowed.
  it('escapes textarea and xmp contents, never re-emitting live markup', () => {
    const html = renderMarkdown(
      '<textarea></textarea/><img src=x onerror=alert(1)></textarea>\n\n<svg><xmp><img src=x onerror=alert(1)></xmp></svg>',
    );
    expect(html).not.toMatch(/<img|<textarea|<xmp|<svg/i);
  });
});

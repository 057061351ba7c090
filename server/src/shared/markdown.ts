import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

const marked = new Marked({ gfm: true, breaks: false, async: false });

// Authors write Markdown, never HTML: whatever marked produces is passed through an allow-list
// so a story cannot carry scripts, styles, event handlers or javascript: links.
const allowed: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'h2',
    'h3',
    'h4',
    'ul',
    'ol',
    'li',
    'strong',
    'em',
    'a',
    'blockquote',
    'br',
    'hr',
    'code',
    'pre',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
  allowedAttributes: { a: ['href', 'title'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  transformTags: {
    // A story's headings sit under the page's h1.
    h1: 'h2',
    a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer' }),
  },
  disallowedTagsMode: 'escape',
};

export function renderMarkdown(source: string): string {
  return sanitizeHtml(marked.parse(source, { async: false }), {
    ...allowed,
    allowedAttributes: { a: ['href', 'title', 'rel'] },
  });
}

/** Plain text made safe inside a Markdown document. */

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/**
 * Characters Markdown (CommonMark, GFM tables) reads as markup anywhere, and `<` `&` which a
 * renderer would pass on as HTML: backslash-escaped, so what people wrote prints as written.
 */
const MARKUP = /[\\`*_[\]<>|~&]/g;

/** What opens a heading, a quote, a list or a rule when it starts a line. */
const LINE_START = /^([#>+=-])|^(\d+)([.)])/;

/** Spaces people typed, but not the no-break spaces French typography puts before `:`. */
const SPACES = /[ \t\n\v\f\r]+/g;

function escapeLine(line: string): string {
  return line
    .replace(MARKUP, '\\$&')
    .replace(LINE_START, (_, mark?: string, digits?: string, after?: string) =>
      mark ? `\\${mark}` : `${digits}\\${after}`,
    );
}

/** Someone's words on one line (a heading, a list item, a table cell). */
export function mdInline(text: string): string {
  return escapeLine(text.replace(CONTROL, '').replace(SPACES, ' ').trim());
}

/** Someone's words as a block quote, their line breaks kept. */
export function mdQuote(text: string): string {
  return text
    .replace(CONTROL, '')
    .replace(/\r\n?/g, '\n')
    .trim()
    .split('\n')
    .map((line) => `> ${escapeLine(line.trim())}`.trimEnd())
    .join('\n');
}

/**
 * A statement written in Markdown, kept as Markdown; raw HTML is neutralised, since the file may
 * be rendered by tools that do not sanitise.
 */
export function mdBlock(markdown: string): string {
  return markdown.replace(CONTROL, '').replace(/\r\n?/g, '\n').trim().replace(/</g, '&lt;');
}

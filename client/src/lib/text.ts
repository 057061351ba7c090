/** A block of plain text as stored (paragraphs separated by blank lines, "- " bullet lines). */
export type TextBlock = { kind: 'p'; text: string } | { kind: 'ul'; items: string[] };

const BULLET = /^\s*(?:[-•*–]|\d+[.)])\s+/;

/** Splits plain text into paragraphs and bullet lists, without ever producing HTML. */
export function textBlocks(text: string | null | undefined): TextBlock[] {
  if (!text) return [];
  const blocks: TextBlock[] = [];
  for (const chunk of text.replace(/\r\n/g, '\n').split(/\n\s*\n/)) {
    const lines = chunk
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    if (lines.length === 0) continue;
    let paragraph: string[] = [];
    let list: string[] = [];
    const flushParagraph = () => {
      if (paragraph.length) blocks.push({ kind: 'p', text: paragraph.join(' ') });
      paragraph = [];
    };
    const flushList = () => {
      if (list.length) blocks.push({ kind: 'ul', items: list });
      list = [];
    };
    for (const line of lines) {
      if (BULLET.test(line)) {
        flushParagraph();
        list.push(line.replace(BULLET, ''));
      } else {
        flushList();
        paragraph.push(line);
      }
    }
    flushParagraph();
    flushList();
  }
  return blocks;
}

/** Lower case, accents dropped, punctuation as spaces: "Saint-Étienne" and "SAINT ETIENNE" match. */
function placeKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * A place line from the most to the least precise name (commune, territory, region…), each once:
 * a commune that is its territory ("Roubaix", "ROUBAIX") is printed a single time.
 */
export function placeLine(...names: (string | null | undefined)[]): string {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const name of names) {
    const text = name?.trim();
    if (!text) continue;
    const key = placeKey(text);
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(text);
  }
  return kept.join(' · ');
}

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/** French alphabetical order ignoring case and accents: "Élan" beside "Elan", not after "Zèbre". */
export function byFrenchName<T>(items: readonly T[], name: (item: T) => string): T[] {
  return [...items].sort((a, b) => collator.compare(name(a), name(b)));
}

const NBSP = '\u00a0';
const NNBSP = '\u202f';

/**
 * French typography for text as stored: the space before « ; ! ? » becomes a narrow no-break
 * space, before « : » a no-break space, and the guillemets hold their words with no-break spaces.
 * Only existing spaces change before the marks, so URLs ("https://…?a=1") and times ("18:00")
 * are left alone.
 */
export function frenchTypography(text: string): string {
  return text
    .replace(/[ \u00a0\u202f]+([;!?])/g, `${NNBSP}$1`)
    .replace(/[ \u00a0\u202f]+:/g, `${NBSP}:`)
    .replace(/«[ \u00a0\u202f]*/g, `«${NBSP}`)
    .replace(/[ \u00a0\u202f]*»/g, `${NBSP}»`);
}

/**
 * `frenchTypography` on the text of sanitized HTML (rendered Markdown): tags and their attributes
 * are kept as they are, and nothing changes inside `<code>` or `<pre>`.
 */
export function frenchTypographyHtml(html: string): string {
  let verbatim = 0;
  return html
    .split(/(<[^>]*>)/)
    .map((piece) => {
      const tag = /^<(\/?)(code|pre)\b/i.exec(piece);
      if (tag) {
        verbatim += tag[1] ? -1 : 1;
        return piece;
      }
      if (piece.startsWith('<') || verbatim > 0) return piece;
      return frenchTypography(piece);
    })
    .join('');
}

/**
 * CSV for spreadsheet applications (RFC 4180): comma-separated, CRLF between records, every text
 * cell quoted, UTF-8 with a byte order mark so Excel reads accents right.
 */

export const BOM = '\uFEFF';

export type CsvValue = string | number | null | undefined;

/**
 * Control characters other than tab and line breaks: a NUL or an escape sequence in a cell
 * corrupts some readers and means nothing in a finding.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/**
 * Text a spreadsheet would run as a formula (OWASP's list: = + - @, and tab or carriage return
 * before them): prefixed with an apostrophe so it stays text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: numbers as they are, text cleaned, defused and quoted. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const clean = value.replace(CONTROL, '').replace(/\r\n?/g, '\n');
  const safe = FORMULA_START.test(clean) ? `'${clean}` : clean;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** A whole file: the header row, then one record per row, each line ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `${BOM}${lines.map((line) => `${line}\r\n`).join('')}`;
}

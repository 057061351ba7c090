/**
 * CSV for French spreadsheets: `;` separators, UTF-8 with a byte order mark (so Excel reads the
 * accents), CRLF lines, and cells that a spreadsheet would run as a formula neutralised.
 */
export function csvCell(value: string): string {
  // = + - @ and tab/CR openings are formulas to Excel and LibreOffice (CSV injection).
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvFile(rows: string[][]): string {
  return '\ufeff' + rows.map((row) => row.map(csvCell).join(';')).join('\r\n') + '\r\n';
}

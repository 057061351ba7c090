import { describe, expect, it } from 'vitest';
import { BOM, csvCell, toCsv } from './csv';

describe('csvCell', () => {
  it('quotes text and doubles the quotes inside', () => {
    expect(csvCell('Le « café » du quartier')).toBe('"Le « café » du quartier"');
    expect(csvCell('il a dit "oui", puis non')).toBe('"il a dit ""oui"", puis non"');
  });

  it('keeps commas, semicolons and line breaks inside the quotes, as CRLF becomes LF', () => {
    expect(csvCell('a, b; c\r\nd\re')).toBe('"a, b; c\nd\ne"');
  });

  it('writes numbers bare and nothing for a missing value', () => {
    expect(csvCell(12)).toBe('12');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe('"\'=HYPERLINK(""http://evil"",""x"")"');
    expect(csvCell('+33 6 00')).toBe('"\'+33 6 00"');
    expect(csvCell('-2+3')).toBe('"\'-2+3"');
    expect(csvCell('@SUM(A1)')).toBe('"\'@SUM(A1)"');
    expect(csvCell('\t=1')).toBe('"\'\t=1"');
    expect(csvCell('a = b')).toBe('"a = b"');
  });

  it('drops NUL and other control characters but keeps tabs and line breaks', () => {
    expect(csvCell('a\u0000b\u0007c\u001bd\u007fe\tf\ng')).toBe('"abcde\tf\ng"');
  });

  it('still defuses a formula hidden behind a control character', () => {
    expect(csvCell('\u0000=1+1')).toBe('"\'=1+1"');
  });
});

describe('toCsv', () => {
  it('starts with a byte order mark and ends every record with CRLF', () => {
    const csv = toCsv(
      ['Constat', 'Contributions'],
      [
        ['Mobilité', 4],
        ['Emploi', 0],
      ],
    );
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.slice(1)).toBe('"Constat","Contributions"\r\n"Mobilité",4\r\n"Emploi",0\r\n');
  });

  it('keeps a multi-line cell in one record', () => {
    const csv = toCsv(['a', 'b'], [['un\ndeux', 1]]);
    expect(csv.slice(1).split('\r\n')).toEqual(['"a","b"', '"un\ndeux",1', '']);
  });
});

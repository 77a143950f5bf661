import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvCell, exportCsv } from '../../lib/export/csv';
import { HAO_DEQING, KATORI, MIKOYAN, variant } from '../cite/records';

/** A strict RFC 4180 reader, enough to read our own output back. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let k = 0; k < text.length; k++) {
    const c = text[k];
    if (quoted) {
      if (c === '"' && text[k + 1] === '"') {
        cell += '"';
        k++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[k + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      k++;
    } else cell += c;
  }
  return rows;
}

describe('CSV export', () => {
  it('one header row and one row per record, with a BOM and CRLF', () => {
    const csv = exportCsv([HAO_DEQING, KATORI, MIKOYAN], { accessed: new Date(Date.UTC(2025, 0, 5)) });
    expect(csv.startsWith('\uFEFFTitle,Date,')).toBe(true);
    const rows = readCsv(csv.slice(1));
    expect(rows).toHaveLength(4);
    expect(rows[0]).toEqual(CSV_COLUMNS.map(([h]) => h));
    const col = (name: string) => rows[0].indexOf(name);
    expect(rows[1][col('Title')]).toBe(HAO_DEQING.title);
    expect(rows[1][col('Translators')]).toBe('Péter Vámos; Gwenyth A. Jones');
    expect(rows[1][col('Date (ISO)')]).toBe('1956-11-02');
    expect(rows[1][col('Call number')]).toBe('109-01041-01');
    expect(rows[2][col('Authors')]).toBe('Xiaoping Deng; Yasuhiro Nakasone; Yasue Katori');
    expect(rows[2][col('Topics')]).toBe('Sino-Japanese Relations; Reform and Opening in China, 1978-; Conversations with Deng Xiaoping');
    expect(rows[3][col('URL')]).toBe('https://digitalarchive.wilsoncenter.org/document/111210');
    expect(rows[3][col('Record ID')]).toBe('111210');
    expect(rows[3][col('Accessed')]).toBe('2025-01-05');
  });

  it('neutralizes formula injection: cells starting with = + - @ (and tab, CR) get an apostrophe', () => {
    for (const v of ['=HYPERLINK("http://x","y")', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx']) {
      expect(csvCell(v).replace(/^"/, '').startsWith("'")).toBe(true);
    }
    expect(csvCell('Cable from the Chinese Embassy')).toBe('Cable from the Chinese Embassy');
    expect(csvCell('a, "b"')).toBe('"a, ""b"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    const rows = readCsv(exportCsv([variant(MIKOYAN, { title: '=cmd|/C calc!A0', abstract: '-1' })]).slice(1));
    expect(rows[1][0]).toBe("'=cmd|/C calc!A0");
    expect(rows[1][rows[0].indexOf('Summary')]).toBe("'-1");
  });
});

import { describe, expect, it } from 'vitest';
import { AST, parse } from 'astrocite-ris';
import { exportRis } from '../../lib/export/ris';
import { HAO_DEQING, KATORI, MIKOYAN, variant } from '../cite/records';

/* Round trip: what we write, astrocite's RIS parser reads back tag for tag, and maps to CSL as a manuscript. */

const accessed = new Date(Date.UTC(2025, 0, 5, 10));
const RECORDS = [HAO_DEQING, KATORI, MIKOYAN];

type Prop = { key: string; value: string };
const entries = (ris: string) =>
  (AST.parse(ris) as { children: Array<{ type: string; properties: Prop[] }> }).children;
const values = (props: Prop[], key: string) => props.filter((p) => p.key === key).map((p) => p.value);

describe('RIS export', () => {
  it('every field of every fixture survives a real parser', () => {
    const ris = exportRis(RECORDS, { accessed });
    const parsed = entries(ris);
    expect(parsed).toHaveLength(3);
    parsed.forEach((e, k) => {
      const r = RECORDS[k];
      const name = (n: { family?: string; given?: string; literal?: string }) => n.literal ?? `${n.family}, ${n.given}`;
      expect(e.type).toBe('MANSCPT');
      expect(values(e.properties, 'TI')).toEqual([r.title]);
      expect(values(e.properties, 'AU')).toEqual((r.author ?? []).map(name));
      expect(values(e.properties, 'A4')).toEqual(r.translator!.map(name));
      const [y, m, d] = r.issued!['date-parts']![0];
      expect(values(e.properties, 'DA')).toEqual([`${y}/${String(m).padStart(2, '0')}/${String(d).padStart(2, '0')}/`]);
      expect(values(e.properties, 'PY')).toEqual([String(y)]);
      expect(values(e.properties, 'M3')).toEqual(r.genre ? [r.genre] : []);
      expect(values(e.properties, 'LA')).toEqual(r.language ? [r.language] : []);
      expect(values(e.properties, 'DB')).toEqual([r.archive ?? r.source!.archive!.abbreviation]);
      expect(values(e.properties, 'AN')).toEqual(r.archive_location ? [r.archive_location] : []);
      expect(values(e.properties, 'DP')).toEqual(['Wilson Center Digital Archive']);
      expect(values(e.properties, 'UR')).toEqual([r.URL]);
      expect(values(e.properties, 'Y2')).toEqual(['2025/01/05/']);
      expect(values(e.properties, 'AB')).toEqual([r.abstract]);
      expect(values(e.properties, 'KW')).toEqual([...(r.topics ?? []), ...(r.subjects ?? [])]);
      expect(values(e.properties, 'N1')).toEqual([`Source: ${r.source!.text}`, `Rights: ${r.rights!.join(' ')}`]);
    });
    expect(values(parsed[0].properties, 'SP')).toEqual(['97']);
    expect(values(parsed[0].properties, 'EP')).toEqual(['101']);
  });

  it('reads as a CSL manuscript with its date, URL, pages and archive', () => {
    const [seed, , mikoyan] = parse(exportRis(RECORDS, { accessed }));
    expect(seed).toMatchObject({
      type: 'manuscript',
      title: HAO_DEQING.title,
      URL: HAO_DEQING.URL,
      page: '97-101',
      archive: 'Wilson Center Digital Archive',
      source: 'PRC FMA',
      issued: { 'date-parts': [['1956', '11', '02']] },
      accessed: { 'date-parts': [['2025', '01', '05']] },
    });
    expect(mikoyan).toMatchObject({ genre: 'Memorandum', language: 'Russian' });
  });

  it('month-only and year-only dates keep empty slots; lines are CRLF; values one line', () => {
    const month = exportRis([variant(MIKOYAN, { issued: { 'date-parts': [[1967, 11]] } })]);
    expect(month).toContain('DA  - 1967/11//\r\n');
    const year = exportRis([variant(MIKOYAN, { issued: { 'date-parts': [[1962]] }, abstract: 'two\nlines' })]);
    expect(year).toContain('DA  - 1962///\r\n');
    expect(year).toContain('AB  - two lines\r\n');
    expect(year.endsWith('ER  - \r\n')).toBe(true);
  });
});

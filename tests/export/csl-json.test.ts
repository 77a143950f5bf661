import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import { exportCslJson, toCslItem } from '../../lib/export/csl-json';
import { HAO_DEQING, KATORI, MIKOYAN, variant } from '../cite/records';

/* CSL-JSON validates against the official CSL data schema (tests/cite/csl/csl-data.json). */

const schema = JSON.parse(readFileSync(join(process.cwd(), 'tests', 'cite', 'csl', 'csl-data.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
const accessed = new Date(Date.UTC(2025, 0, 5, 10));

describe('CSL-JSON export', () => {
  it('validates against the CSL-JSON schema, fixtures and edge cases alike', () => {
    const records = [
      HAO_DEQING,
      KATORI,
      MIKOYAN,
      variant(MIKOYAN, { issued: undefined, dateText: undefined }),
      variant(MIKOYAN, { issued: { literal: 'Autumn 1962' } }),
      variant(MIKOYAN, { issued: { 'date-parts': [[1956, 11, 2], [1956, 11, 4]], circa: true } }),
    ];
    const data = JSON.parse(exportCslJson(records, { accessed }));
    const ok = validate(data);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('maps the record as CSL wants: call number alone in archive_location, Source sentence in note', () => {
    expect(toCslItem(HAO_DEQING, { accessed })).toEqual({
      id: 'wcda-cable-chinese-embassy-hungary-meeting-between-imre-nagy-and-ambassador-hao-deqing',
      type: 'manuscript',
      title: HAO_DEQING.title,
      'title-short': 'On the Meeting between Imre Nagy and Ambassador Hao Deqing',
      translator: [
        { family: 'Vámos', given: 'Péter' },
        { family: 'Jones', given: 'Gwenyth A.' },
      ],
      issued: { 'date-parts': [[1956, 11, 2]] },
      accessed: { 'date-parts': [[2025, 1, 5]] },
      archive: 'PRC FMA',
      archive_location: '109-01041-01',
      page: '97-101',
      source: 'Wilson Center Digital Archive',
      URL: HAO_DEQING.URL,
      abstract: HAO_DEQING.abstract,
      note: `Source: ${HAO_DEQING.source!.text}`,
    });
    expect(toCslItem(MIKOYAN)).toMatchObject({ id: 'wcda-111210', genre: 'Memorandum', language: 'Russian', author: MIKOYAN.author });
  });

  it('round-trips through JSON unchanged', () => {
    const text = exportCslJson([HAO_DEQING, KATORI, MIKOYAN]);
    expect(JSON.parse(text)).toEqual([HAO_DEQING, KATORI, MIKOYAN].map((r) => toCslItem(r)));
  });
});

import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRecordPage } from '@/lib/parse/record-page';
import { recordProblems } from '@/lib/store/validate';
import { FIXTURES, fixtureDocument } from '../helpers/fixtures';
import { mikoyan } from './helpers';

describe('record validation', () => {
  // Every fixture page the parser reads as a record (listing pages among the fixtures are not records).
  const url = 'https://digitalarchive.wilsoncenter.org/document/x';
  const records = readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.html'))
    .flatMap((name) => {
      const result = parseRecordPage(fixtureDocument(name, url), url);
      return result.kind === 'record' ? [[name, result.record] as const] : [];
    });

  it('has record fixtures to check', () => {
    expect(records.length).toBeGreaterThanOrEqual(4);
  });

  it.each(records)('accepts what the parser makes of %s', (_name, record) => {
    expect(recordProblems(record)).toEqual([]);
  });

  it('names each wrong field', () => {
    const bad = { ...mikoyan(), title: '', issued: { 'date-parts': [['1962']] }, author: [{}], tabs: ['print'], rights: 'x' };
    expect(recordProblems(bad)).toEqual([
      'record.title: empty',
      'record.rights: must be a list of text',
      'record.author[0]: empty name',
      'record.issued.date-parts: must be lists of 1–3 whole numbers',
      'record.tabs: unknown tab',
    ]);
    expect(recordProblems(null)).toEqual(['record: must be a record']);
  });

  it('accepts family-first names and rejects a malformed flag', () => {
    const deng = { family: 'Deng', given: 'Xiaoping', 'static-ordering': true };
    expect(recordProblems({ ...mikoyan(), author: [deng] })).toEqual([]);
    expect(recordProblems({ ...mikoyan(), author: [{ ...deng, 'static-ordering': 'yes' }] })).toEqual([
      'record.author[0].static-ordering: must be true or false',
    ]);
  });
});

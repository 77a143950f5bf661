import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRecordPage } from '@/lib/parse/record-page';
import { recordProblems } from '@/lib/store/validate';
import { FIXTURES, fixtureDocument } from '../helpers/fixtures';
import { mikoyan } from './helpers';

describe('record validation', () => {
  const pages = readdirSync(FIXTURES).filter((f) => f.endsWith('.html'));
  it.each(pages)('accepts what the parser makes of %s', (name) => {
    const result = parseRecordPage(fixtureDocument(name, 'https://digitalarchive.wilsoncenter.org/document/x'), 'https://digitalarchive.wilsoncenter.org/document/x');
    expect(result.kind).toBe('record');
    if (result.kind !== 'record') return;
    expect(recordProblems(result.record)).toEqual([]);
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
});

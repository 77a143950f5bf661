import { describe, expect, it } from 'vitest';
import { fixtureDocument } from '../helpers/fixtures';
import { parseRecordPage } from '../../lib/parse/record-page';

const URL_ = 'https://digitalarchive.wilsoncenter.org/document/hostile';

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => strings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => strings(v, out));
  return out;
}

describe('hostile record page', () => {
  const started = performance.now();
  const result = parseRecordPage(fixtureDocument('hostile-record.html', URL_), URL_);
  const elapsed = performance.now() - started;

  it('still reads as a record, keyed by its Record ID, without throwing', () => {
    expect(result.kind).toBe('record');
    if (result.kind !== 'record') return;
    expect(result.record.recordId).toBe('999999');
    expect(result.record.URL).toBe('https://digitalarchive.wilsoncenter.org/document/999999');
  });

  it('returns no markup and no script links', () => {
    if (result.kind !== 'record') throw new Error('not a record');
    const all = strings(result.record);
    expect(all.filter((s) => /<\s*[a-z!/]/i.test(s))).toEqual([]);
    expect(all.filter((s) => /^\s*javascript:/i.test(s))).toEqual([]);
    expect(result.record.canonicalUrl).toBeUndefined();
    expect(result.record.scanUrl).toBeUndefined();
    expect(result.record.downloadUrl).toBeUndefined();
  });

  it('cuts a megabyte summary to a savable length and says so', () => {
    if (result.kind !== 'record') throw new Error('not a record');
    expect(result.record.abstract!.length).toBeLessThanOrEqual(100_001);
    expect(result.warnings.some((w) => /^The abstract field was [\d,]+ characters long/.test(w))).toBe(true);
  });

  it('reads a 1 MB, 3,000-deep page in reasonable time', () => {
    expect(elapsed).toBeLessThan(5000);
  });
});

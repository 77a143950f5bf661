import { describe, expect, it } from 'vitest';
import { fold, indexItem, queryCollection, type QueryItem } from '../../lib/query/collection-query';
import type { DossierRecord } from '../../lib/record';

function item(key: string, savedAt: string, r: Partial<DossierRecord>, tags: string[] = [], note = ''): QueryItem {
  return { key, savedAt, tags, note, record: { type: 'manuscript', title: key, URL: `u/${key}`, pageUrl: `u/${key}`, ...r } };
}

const items = [
  item('hao', '2026-01-03', {
    title: 'Cable from the Chinese Embassy in Hungary',
    issued: { 'date-parts': [[1956, 11, 2]] },
    source: { text: 'PRC FMA 109-01041-01, 97-101. Obtained by Péter Vámos.', archive: { abbreviation: 'PRC FMA' } },
    languages: ['Chinese'],
    genre: 'Cable',
  }, ['hungary-1956']),
  item('mikoyan', '2026-01-01', {
    title: 'A.I. Mikoyan, Memorandum of Conversation with Robert Kennedy',
    issued: { 'date-parts': [[1962, 11, 30]] },
    languages: ['Russian'],
    genre: 'Memorandum',
    places: ['Cuba'],
  }, [], 'check Dobrynin'),
  item('katori', '2026-01-02', {
    title: 'Cable from Ambassador Katori',
    issued: { 'date-parts': [[1984, 3]] },
    languages: ['Japanese'],
    genre: 'Cable',
  }),
];
const index = items.map(indexItem);
const keys = (r: { items: QueryItem[] }) => r.items.map((i) => i.key);

describe('queryCollection', () => {
  it('sorts by saved date, document date and title', () => {
    expect(keys(queryCollection(index, '', {}, 'saved-desc'))).toEqual(['hao', 'katori', 'mikoyan']);
    expect(keys(queryCollection(index, '', {}, 'date-asc'))).toEqual(['hao', 'mikoyan', 'katori']);
    expect(keys(queryCollection(index, '', {}, 'title-asc'))).toEqual(['mikoyan', 'katori', 'hao']);
  });

  it('searches every word across title, Source, places, tags and notes, ignoring accents and case', () => {
    expect(keys(queryCollection(index, 'vamos', {}, 'saved-desc'))).toEqual(['hao']);
    expect(keys(queryCollection(index, 'CABLE hungary', {}, 'saved-desc'))).toEqual(['hao']);
    expect(keys(queryCollection(index, 'cuba', {}, 'saved-desc'))).toEqual(['mikoyan']);
    expect(keys(queryCollection(index, 'dobrynin', {}, 'saved-desc'))).toEqual(['mikoyan']);
    expect(keys(queryCollection(index, 'hungary-1956', {}, 'saved-desc'))).toEqual(['hao']);
    expect(keys(queryCollection(index, 'nothing-like-this', {}, 'saved-desc'))).toEqual([]);
  });

  it('filters by type, decade, tag and archive, with counts that ignore the facet’s own filter', () => {
    const r = queryCollection(index, '', { type: 'Cable' }, 'saved-desc');
    expect(keys(r)).toEqual(['hao', 'katori']);
    expect(r.counts.type.get('Memorandum')).toBe(1);
    expect(r.counts.type.get('Cable')).toBe(2);
    expect(r.counts.decade.get('1950s')).toBe(1);
    expect(r.counts.decade.get('1960s')).toBeUndefined();
    expect(keys(queryCollection(index, '', { decade: '1980s' }, 'saved-desc'))).toEqual(['katori']);
    expect(keys(queryCollection(index, '', { tag: 'hungary-1956' }, 'saved-desc'))).toEqual(['hao']);
    expect(keys(queryCollection(index, '', { archive: 'PRC FMA' }, 'saved-desc'))).toEqual(['hao']);
  });

  it('folds diacritics', () => {
    expect(fold('Kádár Vámos Tildy')).toBe('kadar vamos tildy');
  });
});

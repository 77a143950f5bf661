import type { DossierRecord } from '../record';

/** What the collection view needs of a saved item; SavedRecord satisfies it. */
export interface QueryItem {
  key: string;
  record: DossierRecord;
  savedAt: string;
  tags: string[];
  note: string;
}

export type SortKey = 'saved-desc' | 'saved-asc' | 'date-desc' | 'date-asc' | 'title-asc';

export const SORTS: Array<{ id: SortKey; label: string }> = [
  { id: 'saved-desc', label: 'Newest saved' },
  { id: 'saved-asc', label: 'Oldest saved' },
  { id: 'date-asc', label: 'Document date, oldest first' },
  { id: 'date-desc', label: 'Document date, newest first' },
  { id: 'title-asc', label: 'Title A–Z' },
];

export type FacetKey = 'tag' | 'archive' | 'language' | 'type' | 'decade';

export const FACETS: Array<{ id: FacetKey; label: string }> = [
  { id: 'tag', label: 'Tag' },
  { id: 'archive', label: 'Archive' },
  { id: 'language', label: 'Language' },
  { id: 'type', label: 'Type' },
  { id: 'decade', label: 'Decade' },
];

export type Filters = Partial<Record<FacetKey, string>>;

/** Everything searchable about one item, lower-cased once, plus precomputed sort and facet values. */
export interface IndexedItem<T extends QueryItem = QueryItem> {
  item: T;
  haystack: string;
  dateSort: string;
  titleSort: string;
  facets: Record<FacetKey, string[]>;
}

/** Folds case and diacritics so "vamos" finds "Vámos" and "kadar" finds "Kádár". */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

function dateSortKey(r: DossierRecord): string {
  const parts = r.issued?.['date-parts']?.[0];
  if (!parts) return '9999';
  return parts.map((p, i) => String(p).padStart(i === 0 ? 4 : 2, '0')).join('-');
}

export function decadeOf(r: DossierRecord): string | undefined {
  const year = r.issued?.['date-parts']?.[0]?.[0];
  return year ? `${Math.floor(year / 10) * 10}s` : undefined;
}

export function archiveOf(r: DossierRecord): string | undefined {
  return r.source?.archive?.abbreviation ?? r.archive ?? r.originalArchives?.[0];
}

export function indexItem<T extends QueryItem>(item: T): IndexedItem<T> {
  const r = item.record;
  const names = (r.author ?? []).map((n) => n.literal ?? [n.given, n.family].filter(Boolean).join(' '));
  const fields = [
    r.title,
    r.source?.text,
    r.abstract,
    r.dateText,
    ...names,
    ...(r.peopleAndOrganizations ?? []),
    ...(r.places ?? []),
    ...(r.subjects ?? []),
    ...(r.topics ?? []),
    r.genre,
    r.archive,
    ...item.tags,
    item.note,
  ];
  const decade = decadeOf(r);
  const archive = archiveOf(r);
  return {
    item,
    haystack: fold(fields.filter(Boolean).join('\n')),
    dateSort: dateSortKey(r),
    titleSort: fold(r.title),
    facets: {
      tag: item.tags,
      archive: archive ? [archive] : [],
      language: r.languages ?? [],
      type: r.genre ? [r.genre] : [],
      decade: decade ? [decade] : [],
    },
  };
}

const COMPARE: Record<SortKey, (a: IndexedItem, b: IndexedItem) => number> = {
  'saved-desc': (a, b) => (a.item.savedAt < b.item.savedAt ? 1 : a.item.savedAt > b.item.savedAt ? -1 : 0),
  'saved-asc': (a, b) => (a.item.savedAt < b.item.savedAt ? -1 : a.item.savedAt > b.item.savedAt ? 1 : 0),
  'date-asc': (a, b) => (a.dateSort < b.dateSort ? -1 : a.dateSort > b.dateSort ? 1 : 0),
  'date-desc': (a, b) => (a.dateSort < b.dateSort ? 1 : a.dateSort > b.dateSort ? -1 : 0),
  'title-asc': (a, b) => (a.titleSort < b.titleSort ? -1 : a.titleSort > b.titleSort ? 1 : 0),
};

export interface QueryResult<T extends QueryItem> {
  items: T[];
  /** For each facet, value → number of matching items (counting with every other filter applied). */
  counts: Record<FacetKey, Map<string, number>>;
}

/**
 * Search (every word must appear, in any field), filter and sort an indexed collection. Linear in the
 * collection with no allocation per item beyond the result, so a keystroke at 10,000 records stays well
 * under a frame.
 */
export function queryCollection<T extends QueryItem>(
  index: Array<IndexedItem<T>>,
  search: string,
  filters: Filters,
  sort: SortKey,
): QueryResult<T> {
  const words = fold(search).split(/\s+/).filter(Boolean);
  const active = (Object.entries(filters) as Array<[FacetKey, string | undefined]>).filter(([, v]) => v);
  const counts = Object.fromEntries(FACETS.map((f) => [f.id, new Map<string, number>()])) as QueryResult<T>['counts'];
  const hits: Array<IndexedItem<T>> = [];
  for (const entry of index) {
    let found = true;
    for (const w of words) {
      if (!entry.haystack.includes(w)) {
        found = false;
        break;
      }
    }
    if (!found) continue;
    let failedFacet: FacetKey | undefined;
    let failures = 0;
    for (const [facet, value] of active) {
      if (!entry.facets[facet].includes(value!)) {
        failures++;
        failedFacet = facet;
      }
    }
    // A facet's counts ignore its own filter, so choosing "Russian" still shows how many are "Hungarian".
    for (const f of FACETS) {
      if (failures === 0 || (failures === 1 && failedFacet === f.id)) {
        const m = counts[f.id];
        for (const v of entry.facets[f.id]) m.set(v, (m.get(v) ?? 0) + 1);
      }
    }
    if (failures === 0) hits.push(entry);
  }
  hits.sort(COMPARE[sort]);
  return { items: hits.map((h) => h.item), counts };
}

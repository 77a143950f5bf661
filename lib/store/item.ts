import { recordIdentities, recordKey, type DossierRecord } from '../record';
import { isObj, isStr, isTimestamp, noteProblems, recordProblems, tagsProblems, type Problems } from './validate';

/** The version of every stored shape this code writes (items, summaries, index, meta). */
export const SCHEMA_VERSION = 2;

export type CapturedFrom = 'popup' | 'page';

/** One saved item, as stored and as exported. */
export interface SavedRecord {
  schemaVersion: number;
  /** recordKey(record): `rid:…`, else `nid:…`, else `url:…`. */
  key: string;
  record: DossierRecord;
  /** First saved (the earliest of merged duplicates). */
  savedAt: string;
  /** Last changed: a re-save, a tag/note edit or a merge. */
  updatedAt: string;
  tags: string[];
  note: string;
  source: { pageUrl: string; capturedFrom: CapturedFrom };
  /**
   * Every identity the item answers to, including ones from earlier captures (a record first saved from
   * /node/123 keeps `nid:123` after its Record ID is known). Always written since v2; optional in the type
   * only so older callers building items by hand keep compiling.
   */
  identities?: string[];
}

/** What the popup's list needs; kept in compact summary buckets so listing 10,000 items stays fast. */
export interface SavedSummary {
  key: string;
  title: string;
  URL: string;
  dateText?: string;
  genre?: string;
  recordId?: string;
  /** Enough for the list's first facets (archive, language, decade) before the full records arrive. */
  archive?: string;
  languages?: string[];
  issued?: DossierRecord['issued'];
  savedAt: string;
  updatedAt: string;
  tags: string[];
  hasNote: boolean;
}

/** Trimmed, whitespace collapsed, empty dropped, duplicates (ignoring case) dropped keeping the first. */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const t = raw.replace(/\s+/g, ' ').trim();
    if (!t || seen.has(t.toLowerCase())) continue;
    seen.add(t.toLowerCase());
    out.push(t);
  }
  return out;
}

/**
 * The union of notes: distinct, non-empty, none dropped; a note already contained in another is not repeated
 * (so merging a backup into the collection it came from does not double every note).
 */
export function mergeNotes(notes: readonly string[]): string {
  const distinct = [...new Set(notes.map((n) => n.trim()).filter(Boolean))];
  const kept = distinct.filter((n, i) => !distinct.some((m, j) => j !== i && m.length > n.length && m.includes(n)));
  return kept.join('\n\n');
}

function union(lists: ReadonlyArray<readonly string[]>): string[] {
  return [...new Set(lists.flat())];
}

export function identitiesOf(item: SavedRecord): string[] {
  return union([item.identities ?? [], recordIdentities(item.record)]);
}

const IDENTITY_FIELDS = ['recordId', 'nodeId', 'slug', 'canonicalUrl'] as const;

/** The newer record, with identity fields the older ones knew and it lacks filled in, so the key never regresses. */
function backfillIdentity(newer: DossierRecord, older: readonly DossierRecord[]): DossierRecord {
  const out = { ...newer };
  for (const f of IDENTITY_FIELDS) {
    if (out[f]) continue;
    const known = older.find((r) => r[f])?.[f];
    if (known) out[f] = known;
  }
  return out;
}

/**
 * Merges items that are the same record: the newest (by updatedAt; earlier in the list wins ties) gives the
 * record and source, tags and notes are united (oldest copy's first), savedAt is the earliest.
 */
export function mergeItems(items: readonly SavedRecord[]): SavedRecord {
  if (items.length === 0) throw new Error('mergeItems needs at least one item');
  let newest = items[0];
  for (const it of items) if (it.updatedAt > newest.updatedAt) newest = it;
  const record = backfillIdentity(
    newest.record,
    items.filter((i) => i !== newest).map((i) => i.record),
  );
  // Tags and notes in the order the copies were first saved, whatever order the copies arrived in.
  const byAge = [...items].sort((a, b) => a.savedAt.localeCompare(b.savedAt));
  return finish({
    schemaVersion: SCHEMA_VERSION,
    key: recordKey(record),
    record,
    savedAt: items.map((i) => i.savedAt).reduce((a, b) => (b < a ? b : a)),
    updatedAt: newest.updatedAt,
    tags: normalizeTags(byAge.flatMap((i) => i.tags)),
    note: mergeNotes(byAge.map((i) => i.note)),
    source: { ...newest.source },
    identities: union(items.map(identitiesOf)),
  });
}

/** A re-capture of a saved record: fresh fields, the user's tags and notes kept. */
export function recapture(
  existing: readonly SavedRecord[],
  record: DossierRecord,
  capturedFrom: CapturedFrom,
  stamp: string,
): SavedRecord {
  const base = existing.length ? mergeItems(existing) : undefined;
  const rec = base ? backfillIdentity(record, [base.record]) : record;
  return finish({
    schemaVersion: SCHEMA_VERSION,
    key: recordKey(rec),
    record: rec,
    savedAt: base?.savedAt ?? stamp,
    updatedAt: stamp,
    tags: base?.tags ?? [],
    note: base?.note ?? '',
    source: { pageUrl: record.pageUrl, capturedFrom },
    identities: union([base?.identities ?? [], recordIdentities(rec)]),
  });
}

function finish(item: SavedRecord): SavedRecord {
  item.identities = union([item.identities ?? [], recordIdentities(item.record)]);
  return item;
}

export function summaryOf(item: SavedRecord): SavedSummary {
  const r = item.record;
  const s: SavedSummary = {
    key: item.key,
    title: r.title,
    URL: r.URL,
    savedAt: item.savedAt,
    updatedAt: item.updatedAt,
    tags: item.tags,
    hasNote: item.note.trim() !== '',
  };
  if (r.dateText) s.dateText = r.dateText;
  if (r.genre) s.genre = r.genre;
  if (r.recordId) s.recordId = r.recordId;
  const archive = r.source?.archive?.abbreviation ?? r.archive;
  if (archive) s.archive = archive;
  if (r.languages?.length) s.languages = r.languages;
  if (r.issued?.['date-parts']) s.issued = { 'date-parts': r.issued['date-parts'].slice(0, 1) };
  return s;
}

/** Same content, ignoring key order; used to tell a merge that changed something from one that did not. */
export function sameItem(a: SavedRecord, b: SavedRecord): boolean {
  return stableJson(a) === stableJson(b);
}

function stableJson(v: unknown): string {
  return JSON.stringify(v, (_k, val: unknown) =>
    isObj(val) ? Object.fromEntries(Object.keys(val).sort().map((k) => [k, val[k]])) : val,
  );
}

const IDENTITY_PATTERN = /^(rid|nid|slug|url):./;

function envelopeProblems(v: Record<string, unknown>, path: string): Problems {
  const p: Problems = [];
  p.push(...recordProblems(v.record, `${path}.record`));
  if (!isTimestamp(v.savedAt)) p.push(`${path}.savedAt: must be a timestamp`);
  if (!isTimestamp(v.updatedAt)) p.push(`${path}.updatedAt: must be a timestamp`);
  p.push(...tagsProblems(v.tags, `${path}.tags`));
  p.push(...noteProblems(v.note, `${path}.note`));
  const src = v.source;
  if (!isObj(src) || !isStr(src.pageUrl) || (src.capturedFrom !== 'popup' && src.capturedFrom !== 'page')) {
    p.push(`${path}.source: must be {pageUrl, capturedFrom: "popup" | "page"}`);
  }
  return p;
}

/**
 * Reads an item written by `version` of the schema and returns it in today's shape, or the problems that
 * stop it. Strict: used for backup files, where one bad item rejects the whole file.
 */
export function upgradeItem(v: unknown, version: number, path = 'item'): { item?: SavedRecord; problems: Problems } {
  if (!isObj(v)) return { problems: [`${path}: must be a saved item`] };
  if (version === 1 || version === 2) {
    const problems = envelopeProblems(v, path);
    if (version === 2 && v.identities !== undefined) {
      if (!Array.isArray(v.identities) || !v.identities.every((i) => isStr(i) && IDENTITY_PATTERN.test(i))) {
        problems.push(`${path}.identities: must be a list of identities`);
      }
    }
    if (problems.length) return { problems };
    const record = v.record as DossierRecord;
    return {
      problems: [],
      item: finish({
        schemaVersion: SCHEMA_VERSION,
        key: recordKey(record),
        record,
        savedAt: v.savedAt as string,
        updatedAt: v.updatedAt as string,
        tags: normalizeTags(v.tags as string[]),
        note: v.note as string,
        source: { ...(v.source as SavedRecord['source']) },
        identities: version === 2 ? ((v.identities as string[] | undefined) ?? []) : [],
      }),
    };
  }
  return { problems: [`${path}: unknown item version ${String(version)}`] };
}

/** Groups items that share any identity (transitively), keeping input order inside each group. */
export function groupByIdentity<T extends SavedRecord>(items: readonly T[]): T[][] {
  const parent = items.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const owner = new Map<string, number>();
  items.forEach((item, i) => {
    for (const id of identitiesOf(item)) {
      const j = owner.get(id);
      if (j === undefined) owner.set(id, i);
      else {
        const [a, b] = [root(i), root(j)];
        if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
  });
  const groups = new Map<number, T[]>();
  items.forEach((item, i) => {
    const r = root(i);
    if (!groups.has(r)) groups.set(r, []);
    groups.get(r)!.push(item);
  });
  return [...groups.values()];
}

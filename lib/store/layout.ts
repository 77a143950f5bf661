import { ARCHIVE_ORIGIN } from '../record';
import type { WriteOp } from './kv';
import { identitiesOf, summaryOf, type SavedRecord, type SavedSummary } from './item';

/**
 * Schema v2 layout, all in one idb-keyval store so one transaction can cover a record and everything derived
 * from it:
 *   meta:schema      → { schemaVersion }
 *   record:<key>     → SavedRecord as JSON text
 *   id:<identity>    → key            (identity index: any of Record ID / node ID / slug / URL → item in O(1))
 *   list:<nn>        → JSON text of the summary rows (see Row) for the keys hashing to bucket nn
 *   queue:<url>      → QueuedCapture  (Digital Archive URLs waiting to be captured)
 *   quarantine:<key> → whatever an old entry held that could not be read (kept, never dropped)
 *
 * Why summary buckets as JSON text: listing reads 64 strings instead of structurally cloning 10,000 records
 * (measured: 10,000 ~2 KB records take ~200 ms to getAll in fake-indexeddb, the buckets ~15 ms), and a save
 * rewrites one ~40 KB bucket. The popup needs only summaries. Records are JSON text for the same reason:
 * structured-cloning 10,000 nested records costs seconds where copying their text costs milliseconds, and an
 * export can join the stored text without parsing it.
 */
export const META_KEY = 'meta:schema';
export const RECORD = 'record:';
export const ID = 'id:';
export const LIST = 'list:';
export const QUEUE = 'queue:';
export const QUARANTINE = 'quarantine:';
export const BUCKETS = 64;

export interface Meta {
  schemaVersion: number;
}

export function encodeItem(item: SavedRecord): string {
  return JSON.stringify(item);
}

/** Stored items are JSON text; an object is accepted too, so a hand-repaired store still reads. */
export function decodeItem(value: unknown): SavedRecord | undefined {
  if (typeof value === 'string') {
    try {
      return JSON.parse(value) as SavedRecord;
    } catch {
      return undefined;
    }
  }
  return typeof value === 'object' && value !== null ? (value as SavedRecord) : undefined;
}

/** FNV-1a: stable across runs and browsers, which a bucket layout needs. */
export function bucketKey(key: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return LIST + String((h >>> 0) % BUCKETS).padStart(2, '0');
}

export type Bucket = Record<string, SavedSummary>;

/**
 * A summary as stored: a tuple, not an object, so a bucket carries no repeated field names (about half the
 * text, and JSON.parse of 10,000 rows takes about half as long). The URL is left out when it is the
 * standard /document/<Record ID> address, which is rebuilt on reading.
 */
type Row = [
  key: string,
  title: string,
  url: string | 0,
  savedAt: string,
  updatedAt: string,
  tags: string[],
  hasNote: 0 | 1,
  dateText: string | 0,
  genre: string | 0,
  recordId: string | 0,
];

const standardUrl = (recordId: string | undefined) => (recordId ? `${ARCHIVE_ORIGIN}/document/${recordId}` : undefined);

function toRow(s: SavedSummary): Row {
  return [
    s.key,
    s.title,
    s.URL === standardUrl(s.recordId) ? 0 : s.URL,
    s.savedAt,
    s.updatedAt,
    s.tags,
    s.hasNote ? 1 : 0,
    s.dateText ?? 0,
    s.genre ?? 0,
    s.recordId ?? 0,
  ];
}

function fromRow(r: Row): SavedSummary {
  const [key, title, url, savedAt, updatedAt, tags, hasNote, dateText, genre, recordId] = r;
  const s: SavedSummary = {
    key,
    title,
    URL: url || standardUrl(recordId || undefined) || '',
    savedAt,
    updatedAt,
    tags,
    hasNote: hasNote === 1,
  };
  if (dateText) s.dateText = dateText;
  if (genre) s.genre = genre;
  if (recordId) s.recordId = recordId;
  return s;
}

export function encodeBucket(bucket: Bucket): string {
  return JSON.stringify(Object.values(bucket).map(toRow));
}

/** A damaged bucket reads as empty rather than failing the whole list; `repair` style rebuilds restore it. */
export function parseBucket(text: unknown): Bucket {
  if (typeof text !== 'string') return {};
  try {
    const rows = JSON.parse(text) as unknown;
    if (!Array.isArray(rows)) return {};
    const bucket: Bucket = {};
    for (const r of rows) if (Array.isArray(r) && typeof r[0] === 'string') bucket[r[0]] = fromRow(r as Row);
    return bucket;
  } catch {
    return {};
  }
}

/**
 * The writes that replace `removes` by `puts`: records, identity index and summaries together, so one batch
 * keeps them consistent. `buckets` holds the current text of every bucket touched (see bucketsTouched).
 */
export function plan(puts: readonly SavedRecord[], removes: readonly SavedRecord[], buckets: Map<string, Bucket>): WriteOp[] {
  const ops: WriteOp[] = [];
  const putKeys = new Set(puts.map((p) => p.key));
  const claimed = new Set(puts.flatMap(identitiesOf));
  for (const old of removes) {
    if (!putKeys.has(old.key)) {
      ops.push({ type: 'del', key: RECORD + old.key });
      delete buckets.get(bucketKey(old.key))?.[old.key];
    }
    for (const id of identitiesOf(old)) if (!claimed.has(id)) ops.push({ type: 'del', key: ID + id });
  }
  for (const item of puts) {
    ops.push({ type: 'set', key: RECORD + item.key, value: encodeItem(item) });
    for (const id of identitiesOf(item)) ops.push({ type: 'set', key: ID + id, value: item.key });
    const b = bucketKey(item.key);
    if (!buckets.has(b)) buckets.set(b, {});
    buckets.get(b)![item.key] = summaryOf(item);
  }
  for (const [b, content] of buckets) ops.push({ type: 'set', key: b, value: encodeBucket(content) });
  return ops;
}

export function bucketsTouched(puts: readonly SavedRecord[], removes: readonly SavedRecord[]): string[] {
  return [...new Set([...puts, ...removes].map((i) => bucketKey(i.key)))];
}

/** Writes for a collection built from scratch (migration, repair): every bucket is rewritten. */
export function rebuild(items: readonly SavedRecord[]): WriteOp[] {
  const buckets = new Map<string, Bucket>();
  for (let i = 0; i < BUCKETS; i++) buckets.set(LIST + String(i).padStart(2, '0'), {});
  return plan(items, [], buckets);
}

import { ARCHIVE_ORIGIN, recordIdentities, recordKey, type DossierRecord } from '../record';
import { backupFileName, makeBackup, parseBackup, type Backup } from './backup';
import { StoreError, toStoreError } from './errors';
import {
  SCHEMA_VERSION,
  groupByIdentity,
  mergeItems,
  normalizeTags,
  recapture,
  sameItem,
  upgradeItem,
  type CapturedFrom,
  type SavedRecord,
  type SavedSummary,
} from './item';
import type { KeyValueStore, WriteOp } from './kv';
import {
  ID,
  LIST,
  META_KEY,
  QUARANTINE,
  QUEUE,
  RECORD,
  bucketsTouched,
  decodeItem,
  encodeItem,
  parseBucket,
  plan,
  rebuild,
  type Bucket,
  type Meta,
} from './layout';
import { MIGRATIONS } from './migrations';
import { readItems, readSummaries } from './read';
import { parseUrlList, type CaptureTarget, type QueuedCapture, type RejectedLine } from './queue';
import { noteProblems, recordProblems, tagsProblems } from './validate';

export { SCHEMA_VERSION, type SavedRecord, type SavedSummary } from './item';
export type { KeyValueStore, WriteOp } from './kv';

/** What a change touched, by item key; sent to every open view as the 'collection/changed' broadcast. */
export interface CollectionChange {
  saved: string[];
  removed: string[];
  /** The capture queue changed. */
  queue?: boolean;
}

export interface OpenReport {
  fromVersion: number;
  toVersion: number;
  /** Old entries that could not be read and were set aside under quarantine:, not deleted. */
  quarantined: string[];
}

export type ImportOutcome = 'added' | 'merged' | 'unchanged';

export interface ImportSummary {
  /** Backup format version of the file. */
  fromVersion: number;
  /** Items in the file. */
  total: number;
  added: number;
  merged: number;
  unchanged: number;
  items: Array<{ key: string; title: string; outcome: ImportOutcome }>;
  message: string;
}

export interface QueueImportSummary {
  queued: CaptureTarget[];
  alreadyQueued: number;
  alreadySaved: number;
  /** Lines repeating an address earlier in the same list. */
  duplicates: number;
  rejected: RejectedLine[];
  message: string;
}

/** For the settings view: how big the collection is and whether anything needs the user's attention. */
export interface CollectionStatus {
  schemaVersion: number;
  count: number;
  queued: number;
  /** Old entries migration could not read; kept, and included in every backup. */
  quarantined: number;
}

export interface RecordPatch {
  tags?: string[];
  note?: string;
}

/** Above this many identities a lookup reads the whole index at once (imports) instead of key by key. */
const BULK = 64;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * The collection. The background owns the only instance, and every write goes through one queue, so two tabs
 * saving at once, a burst of saves or a save during an import can never interleave their read-modify-write.
 * Each write is one atomic batch (record + identity index + list summary), so a failure changes nothing.
 */
export class Collection {
  private queue: Promise<unknown> = Promise.resolve();
  private opening: Promise<OpenReport> | undefined;
  private readonly listeners = new Set<(change: CollectionChange) => void>();

  constructor(
    private readonly kv: KeyValueStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  // ── plumbing ─────────────────────────────────────────────────────────

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async io<T>(doing: string, f: () => Promise<T>): Promise<T> {
    try {
      return await f();
    } catch (e) {
      throw toStoreError(e, doing);
    }
  }

  /** Listens for changes; returns the unsubscribe function. */
  onChange(listener: (change: CollectionChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(change: CollectionChange): void {
    for (const l of this.listeners) {
      try {
        l(change);
      } catch {
        // A broken listener must not turn a completed save into a reported failure.
      }
    }
  }

  /** Opens the store and brings old data up to the current schema; runs once, later calls share the result. */
  open(): Promise<OpenReport> {
    this.opening ??= this.io('opening the collection', () => this.migrate()).catch((e: unknown) => {
      this.opening = undefined; // let a later call retry (e.g. after the user frees space)
      throw e;
    });
    return this.opening;
  }

  private async migrate(): Promise<OpenReport> {
    const meta = await this.kv.get<Meta>(META_KEY);
    let version: number;
    if (meta) version = meta.schemaVersion;
    else {
      const hasRecords = (await this.kv.entries()).some(([k]) => String(k).startsWith(RECORD));
      if (!hasRecords) {
        await this.kv.set(META_KEY, { schemaVersion: SCHEMA_VERSION } satisfies Meta);
        return { fromVersion: SCHEMA_VERSION, toVersion: SCHEMA_VERSION, quarantined: [] };
      }
      version = 1; // Dossier 0.1 wrote records without a meta entry.
    }
    if (!Number.isInteger(version) || version < 1) {
      throw new StoreError('unknown', 'The collection’s version mark is damaged, so Dossier left it untouched.');
    }
    if (version > SCHEMA_VERSION) {
      throw new StoreError(
        'newer-version',
        'Your collection was written by a newer version of Dossier. Update the extension; nothing was changed.',
      );
    }
    const report: OpenReport = { fromVersion: version, toVersion: version, quarantined: [] };
    for (const m of MIGRATIONS) {
      if (m.from < report.toVersion) continue;
      const { ops, quarantined } = m.run(await this.kv.entries());
      await this.kv.batch([...ops, { type: 'set', key: META_KEY, value: { schemaVersion: m.to } satisfies Meta }]);
      report.toVersion = m.to;
      report.quarantined.push(...quarantined);
    }
    return report;
  }

  private stamp(): string {
    return this.now().toISOString();
  }

  /**
   * Saved items answering to any of these identities (item keys work too): O(identities) via the index. A
   * big batch (an import) reads the whole index in one request instead of one request per identity.
   */
  private async lookup(identities: string[]): Promise<SavedRecord[]> {
    const ids = [...new Set(identities)];
    const keys = new Set<string>();
    if (ids.length > BULK) {
      const index = new Map(await this.kv.entriesWithPrefix<string>(ID));
      for (const id of ids) {
        const k = index.get(ID + id);
        if (typeof k === 'string') keys.add(k);
      }
    } else {
      for (const k of await this.kv.getMany<string>(ids.map((id) => ID + id))) if (typeof k === 'string') keys.add(k);
      // Item keys are also tried directly, so an item is found even if its index entry were lost.
      for (const id of ids) keys.add(id);
    }
    const found = new Map<string, SavedRecord>();
    for (const raw of await this.kv.getMany<unknown>([...keys].map((k) => RECORD + k))) {
      const it = decodeItem(raw);
      if (it && !found.has(it.key)) found.set(it.key, it);
    }
    return [...found.values()];
  }

  /** Writes puts and removals with their index and summary changes in one atomic batch. */
  private async commit(puts: SavedRecord[], removes: SavedRecord[], extra: WriteOp[] = []): Promise<void> {
    const names = bucketsTouched(puts, removes);
    const texts = await this.kv.getMany<string>(names);
    const buckets = new Map<string, Bucket>(names.map((n, i) => [n, parseBucket(texts[i])]));
    await this.kv.batch([...plan(puts, removes, buckets), ...extra]);
  }

  /** Queue entries for the addresses a record answers to; they are done once the record is saved. */
  private async queuedFor(records: DossierRecord[]): Promise<WriteOp[]> {
    const urls = new Set<string>();
    for (const r of records) {
      if (r.recordId) urls.add(`${ARCHIVE_ORIGIN}/document/${r.recordId}`);
      if (r.nodeId) urls.add(`${ARCHIVE_ORIGIN}/node/${r.nodeId}`);
      if (r.slug) urls.add(`${ARCHIVE_ORIGIN}/document/${r.slug}`);
    }
    const keys = [...urls].map((u) => QUEUE + u);
    if (keys.length > BULK) {
      const queued = new Set((await this.kv.entriesWithPrefix(QUEUE)).map(([k]) => k));
      return keys.filter((k) => queued.has(k)).map((key) => ({ type: 'del', key }));
    }
    const found = await this.kv.getMany(keys);
    return keys.filter((_, i) => found[i] !== undefined).map((key) => ({ type: 'del', key }));
  }

  // ── reads ────────────────────────────────────────────────────────────

  /** Every saved item in full, newest first. For the popup's list prefer summaries(). */
  async list(): Promise<SavedRecord[]> {
    await this.open();
    return this.io('reading the collection', () => readItems(this.kv));
  }

  /** What the list view needs for every item, newest first; fast for large collections. */
  async summaries(): Promise<SavedSummary[]> {
    await this.open();
    return this.io('reading the collection', () => readSummaries(this.kv));
  }

  /** Finds the saved item for any identity of the record (Record ID, node ID, slug or URL). */
  async find(record: DossierRecord): Promise<SavedRecord | undefined> {
    await this.open();
    const found = await this.io('reading the collection', () =>
      this.lookup([recordKey(record), ...recordIdentities(record)]),
    );
    return found[0];
  }

  /** The item with this key or identity (`rid:…`, `nid:…`, `slug:…`, `url:…`). */
  async get(keyOrIdentity: string): Promise<SavedRecord | undefined> {
    await this.open();
    return (await this.io('reading the collection', () => this.lookup([keyOrIdentity])))[0];
  }

  async status(): Promise<CollectionStatus> {
    await this.open();
    const [summaries, queued, quarantined] = await Promise.all([
      this.summaries(),
      this.io('reading the capture queue', () => this.kv.entriesWithPrefix(QUEUE)),
      this.io('reading the collection', () => this.kv.entriesWithPrefix(QUARANTINE)),
    ]);
    return { schemaVersion: SCHEMA_VERSION, count: summaries.length, queued: queued.length, quarantined: quarantined.length };
  }

  async queued(): Promise<QueuedCapture[]> {
    await this.open();
    const q = await this.io('reading the capture queue', () => this.kv.valuesWithPrefix<QueuedCapture>(QUEUE));
    return q.sort((a, b) => a.addedAt.localeCompare(b.addedAt) || a.url.localeCompare(b.url));
  }

  // ── writes ───────────────────────────────────────────────────────────

  /** Saves a record, or refreshes the saved copy (tags and note kept); items sharing an identity become one. */
  save(record: DossierRecord, capturedFrom: CapturedFrom): Promise<SavedRecord> {
    const problems = recordProblems(record);
    if (problems.length) return Promise.reject(new StoreError('invalid', `Not a record, nothing was saved (${problems[0]}).`));
    return this.serial(async () => {
      await this.open();
      return this.io('saving', async () => {
        const existing = await this.lookup([recordKey(record), ...recordIdentities(record)]);
        const item = recapture(existing, record, capturedFrom, this.stamp());
        const dequeue = await this.queuedFor([item.record]);
        await this.commit([item], existing, dequeue);
        this.emit({
          saved: [item.key],
          removed: existing.map((e) => e.key).filter((k) => k !== item.key),
          ...(dequeue.length ? { queue: true } : {}),
        });
        return item;
      });
    });
  }

  /** Changes the user's tags and/or note of a saved item. */
  update(keyOrIdentity: string, patch: RecordPatch): Promise<SavedRecord> {
    const problems = [
      ...(patch.tags !== undefined ? tagsProblems(patch.tags) : []),
      ...(patch.note !== undefined ? noteProblems(patch.note) : []),
    ];
    if (problems.length) return Promise.reject(new StoreError('invalid', `Nothing was changed: ${problems.join('; ')}.`));
    return this.serial(async () => {
      await this.open();
      return this.io('updating', async () => {
        const [item] = await this.lookup([keyOrIdentity]);
        if (!item) throw new StoreError('not-found', 'That record is not in your collection (was it removed?).');
        const next: SavedRecord = {
          ...item,
          tags: patch.tags !== undefined ? normalizeTags(patch.tags) : item.tags,
          note: patch.note !== undefined ? patch.note : item.note,
          updatedAt: this.stamp(),
        };
        await this.commit([next], [item]);
        this.emit({ saved: [next.key], removed: [] });
        return next;
      });
    });
  }

  remove(keyOrIdentity: string): Promise<boolean> {
    return this.serial(async () => {
      await this.open();
      return this.io('removing', async () => {
        const [item] = await this.lookup([keyOrIdentity]);
        if (!item) return false;
        await this.commit([], [item]);
        this.emit({ saved: [], removed: [item.key] });
        return true;
      });
    });
  }

  /** Removes several items in one batch; answers them as they were, so the popup can offer undo. */
  removeMany(keysOrIdentities: string[]): Promise<SavedRecord[]> {
    return this.serial(async () => {
      await this.open();
      return this.io('removing', async () => {
        const items = await this.lookup(keysOrIdentities);
        if (items.length) {
          await this.commit([], items);
          this.emit({ saved: [], removed: items.map((i) => i.key) });
        }
        return items;
      });
    });
  }

  /**
   * Rebuilds the identity index and list summaries from the records themselves (the records are the truth;
   * everything else is derived). For a "Repair" button, should the list ever disagree with the records.
   */
  repair(): Promise<{ records: number }> {
    return this.serial(async () => {
      await this.open();
      return this.io('repairing the collection', async () => {
        const entries = await this.kv.entries<unknown>();
        const stale: WriteOp[] = entries
          .filter(([k]) => k.startsWith(ID) || k.startsWith(LIST))
          .map(([key]) => ({ type: 'del', key }));
        const items = entries.filter(([k]) => k.startsWith(RECORD)).flatMap(([, v]) => decodeItem(v) ?? []);
        await this.kv.batch([...stale, ...rebuild(items)]);
        this.emit({ saved: items.map((i) => i.key), removed: [] });
        return { records: items.length };
      });
    });
  }

  // ── backup and restore ───────────────────────────────────────────────

  /**
   * The whole collection (or the items with these keys) as backup file text, one item a line.
   * Queued after earlier writes, so it includes them. Joins the stored JSON text of each item rather than
   * parsing and re-serializing 10,000 records.
   */
  exportFile(keys?: string[]): Promise<{ fileName: string; text: string; count: number }> {
    return this.serial(async () => {
      await this.open();
      return this.io('exporting', async () => {
        // Key order, not savedAt order: import does not care, and sorting would mean parsing every item.
        const stored = keys
          ? (await this.lookup(keys)).map((item) => encodeItem(item))
          : await this.kv.valuesWithPrefix<unknown>(RECORD);
        const lines = stored.map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
        // Entries migration could not read travel with full backups, so a backup never loses anything.
        const quarantined = keys ? [] : await this.kv.entriesWithPrefix<unknown>(QUARANTINE);
        const extra = quarantined.length
          ? `,"quarantined":${JSON.stringify(quarantined.map(([k, v]) => ({ key: k.slice(QUARANTINE.length), value: v })))}`
          : '';
        const now = this.now();
        const head = makeBackup([], now);
        const text =
          `{"format":${JSON.stringify(head.format)},"version":${head.version},"exportedAt":${JSON.stringify(head.exportedAt)},` +
          `"count":${lines.length},"items":[\n${lines.join(',\n')}\n]${extra}}\n`;
        return { fileName: backupFileName(now), text, count: lines.length };
      });
    });
  }

  /** The backup as an object (for tests and callers that want data rather than file text). */
  async exportBackup(keys?: string[]): Promise<Backup> {
    return JSON.parse((await this.exportFile(keys)).text) as Backup;
  }

  /**
   * Imports a backup file's text. All-or-nothing: the file is read and checked completely first, then every
   * change is written in one batch. Items that are the same record (by any identity) as a saved one, or as
   * each other, are merged: newer fields, union of tags and notes.
   */
  importBackup(text: string): Promise<ImportSummary> {
    const parsed = parseBackup(text);
    if (!parsed.ok) return Promise.reject(new StoreError('invalid', parsed.error));
    const keep: WriteOp[] = parsed.quarantined.map((q) => ({ type: 'set', key: QUARANTINE + q.key, value: q.value }));
    return this.serial(() => this.mergeIn(parsed.items, parsed.version, 'importing', keep));
  }

  /** Puts removed items back (undo). Anything saved since under the same identity is merged, not overwritten. */
  restore(items: SavedRecord[]): Promise<ImportSummary> {
    const problems: string[] = [];
    const upgraded = items.flatMap((raw, i) => {
      const r = upgradeItem(raw, SCHEMA_VERSION, `item ${i + 1}`);
      problems.push(...r.problems);
      return r.item ? [r.item] : [];
    });
    if (problems.length) return Promise.reject(new StoreError('invalid', `Nothing was restored: ${problems[0]}.`));
    return this.serial(() => this.mergeIn(upgraded, SCHEMA_VERSION, 'restoring'));
  }

  private async mergeIn(
    incoming: SavedRecord[],
    fromVersion: number,
    doing: string,
    keep: WriteOp[] = [],
  ): Promise<ImportSummary> {
    await this.open();
    return this.io(doing, async () => {
      const existing = await this.lookup(incoming.flatMap((i) => i.identities ?? []));
      const isExisting = new Set<SavedRecord>(existing);
      const puts: SavedRecord[] = [];
      const removes: SavedRecord[] = [];
      const items: ImportSummary['items'] = [];
      // Saved items first, so on equal updatedAt the collection's own copy wins.
      for (const group of groupByIdentity([...existing, ...incoming])) {
        const olds = group.filter((g) => isExisting.has(g));
        if (olds.length === group.length) continue;
        const merged = mergeItems(group);
        const outcome: ImportOutcome =
          olds.length === 0 ? 'added' : olds.length === 1 && sameItem(merged, olds[0]) ? 'unchanged' : 'merged';
        items.push({ key: merged.key, title: merged.record.title, outcome });
        if (outcome === 'unchanged') continue;
        puts.push(merged);
        removes.push(...olds);
      }
      const dequeue = await this.queuedFor(puts.map((p) => p.record));
      if (puts.length || dequeue.length || keep.length) await this.commit(puts, removes, [...dequeue, ...keep]);
      const count = (o: ImportOutcome) => items.filter((i) => i.outcome === o).length;
      const summary: ImportSummary = {
        fromVersion,
        total: incoming.length,
        added: count('added'),
        merged: count('merged'),
        unchanged: count('unchanged'),
        items,
        message: '',
      };
      summary.message =
        `${doing === 'restoring' ? 'Restored' : 'Imported'} ${plural(summary.total, 'item')}: ${summary.added} added, ` +
        `${summary.merged} merged with saved records, ${summary.unchanged} already up to date.`;
      const putKeys = new Set(puts.map((p) => p.key));
      if (puts.length || dequeue.length) {
        this.emit({
          saved: [...putKeys],
          removed: removes.map((r) => r.key).filter((k) => !putKeys.has(k)),
          ...(dequeue.length ? { queue: true } : {}),
        });
      }
      return summary;
    });
  }

  /** Adds a pasted or uploaded list of Digital Archive addresses to the capture queue; reports every rejected line. */
  queueUrls(text: string): Promise<QueueImportSummary> {
    const { targets, rejected, duplicates } = parseUrlList(text);
    return this.serial(async () => {
      await this.open();
      return this.io('queueing addresses', async () => {
        const saved = await this.kv.getMany(targets.map((t) => ID + t.identity));
        const queued = await this.kv.getMany(targets.map((t) => QUEUE + t.url));
        const fresh = targets.filter((_, i) => saved[i] === undefined && queued[i] === undefined);
        const stamp = this.stamp();
        if (fresh.length) {
          await this.kv.batch(
            fresh.map((t) => ({ type: 'set', key: QUEUE + t.url, value: { ...t, addedAt: stamp } satisfies QueuedCapture })),
          );
          this.emit({ saved: [], removed: [], queue: true });
        }
        const alreadySaved = saved.filter((s) => s !== undefined).length;
        const alreadyQueued = targets.filter((_, i) => saved[i] === undefined && queued[i] !== undefined).length;
        const parts = [`${plural(fresh.length, 'address', 'addresses')} queued for capture`];
        if (alreadySaved) parts.push(`${alreadySaved} already saved`);
        if (alreadyQueued) parts.push(`${alreadyQueued} already queued`);
        if (duplicates) parts.push(`${plural(duplicates, 'repeated line')} skipped`);
        if (rejected.length) parts.push(`${plural(rejected.length, 'line')} rejected`);
        return { queued: fresh, alreadyQueued, alreadySaved, duplicates, rejected, message: `${parts.join(', ')}.` };
      });
    });
  }

  /** Drops an address from the capture queue. */
  dequeue(url: string): Promise<boolean> {
    return this.serial(async () => {
      await this.open();
      return this.io('updating the capture queue', async () => {
        if ((await this.kv.get(QUEUE + url)) === undefined) return false;
        await this.kv.batch([{ type: 'del', key: QUEUE + url }]);
        this.emit({ saved: [], removed: [], queue: true });
        return true;
      });
    });
  }
}

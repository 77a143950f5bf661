import { recordIdentities, recordKey, type DossierRecord } from '../record';

export const SCHEMA_VERSION = 1;

export interface SavedRecord {
  schemaVersion: number;
  key: string;
  record: DossierRecord;
  savedAt: string;
  updatedAt: string;
  tags: string[];
  note: string;
  source: { pageUrl: string; capturedFrom: 'popup' | 'page' };
}

/** The small key-value surface the collection needs; idb-keyval in the extension, a Map in tests. */
export interface KeyValueStore {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
  entries<T>(): Promise<Array<[string, T]>>;
}

const RECORD_PREFIX = 'record:';

/**
 * The collection: one entry per record, keyed by its stable key. Writes are serialized through one queue so
 * two saves arriving together can never interleave their read-modify-write.
 */
export class Collection {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly kv: KeyValueStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  async list(): Promise<SavedRecord[]> {
    const entries = await this.kv.entries<SavedRecord>();
    return entries
      .filter(([k]) => String(k).startsWith(RECORD_PREFIX))
      .map(([, v]) => v)
      .sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  }

  /** Finds the saved item for any identity of the record (Record ID, node ID, slug or URL). */
  async find(record: DossierRecord): Promise<SavedRecord | undefined> {
    const direct = await this.kv.get<SavedRecord>(RECORD_PREFIX + recordKey(record));
    if (direct) return direct;
    const ids = new Set(recordIdentities(record));
    for (const item of await this.list()) {
      if (recordIdentities(item.record).some((id) => ids.has(id))) return item;
    }
    return undefined;
  }

  save(record: DossierRecord, capturedFrom: SavedRecord['source']['capturedFrom']): Promise<SavedRecord> {
    return this.serial(async () => {
      const existing = await this.find(record);
      const stamp = this.now().toISOString();
      const key = recordKey(record);
      const item: SavedRecord = existing
        ? { ...existing, key, record, updatedAt: stamp, source: { pageUrl: record.pageUrl, capturedFrom } }
        : {
            schemaVersion: SCHEMA_VERSION,
            key,
            record,
            savedAt: stamp,
            updatedAt: stamp,
            tags: [],
            note: '',
            source: { pageUrl: record.pageUrl, capturedFrom },
          };
      if (existing && existing.key !== key) await this.kv.del(RECORD_PREFIX + existing.key);
      await this.kv.set(RECORD_PREFIX + key, item);
      return item;
    });
  }

  remove(key: string): Promise<boolean> {
    return this.serial(async () => {
      const existing = await this.kv.get(RECORD_PREFIX + key);
      if (!existing) return false;
      await this.kv.del(RECORD_PREFIX + key);
      return true;
    });
  }
}

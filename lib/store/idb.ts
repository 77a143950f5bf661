import { createStore, del, entries, get, getMany, promisifyRequest, set, type UseStore } from 'idb-keyval';
import type { KeyValueStore } from './kv';
import { prefixEnd } from './kv';

/** Errors after which the open connection is no use (closed by the browser, storage cleared): reopen next time. */
const STALE_CONNECTION = new Set(['InvalidStateError', 'UnknownError', 'TransactionInactiveError']);

/**
 * The collection's storage in the extension origin's IndexedDB, through idb-keyval. This file is the one
 * boundary to IndexedDB, so it is the one place that touches its globals (via idb-keyval and IDBKeyRange).
 * The database is opened on first use, not at construction, so a browser without IndexedDB (private windows)
 * fails on the first operation with an error the collection can turn into a clear message.
 */
export function idbStore(dbName = 'dossier', storeName = 'collection'): KeyValueStore {
  let store: UseStore | undefined;
  async function run<T>(f: (s: UseStore) => Promise<T>): Promise<T> {
    try {
      return await f((store ??= createStore(dbName, storeName)));
    } catch (e) {
      if (STALE_CONNECTION.has(String((e as { name?: unknown } | null)?.name))) store = undefined;
      throw e;
    }
  }
  return {
    get: (key) => run((s) => get(key, s)),
    getMany: (keys) => run((s) => getMany(keys, s)),
    set: (key, value) => run((s) => set(key, value, s)),
    del: (key) => run((s) => del(key, s)),
    entries: <T,>() => run(async (s) => (await entries(s)) as Array<[string, T]>),
    valuesWithPrefix: <T,>(prefix: string) =>
      run((s) => s('readonly', (os) => promisifyRequest(os.getAll(IDBKeyRange.bound(prefix, prefixEnd(prefix)))) as Promise<T[]>)),
    entriesWithPrefix: <T,>(prefix: string) =>
      run((s) =>
        s('readonly', async (os) => {
          const range = IDBKeyRange.bound(prefix, prefixEnd(prefix));
          const [keys, values] = await Promise.all([
            promisifyRequest(os.getAllKeys(range)),
            promisifyRequest(os.getAll(range)) as Promise<T[]>,
          ]);
          return keys.map((k, i): [string, T] => [String(k), values[i]]);
        }),
      ),
    batch: (ops) =>
      run((s) =>
        s('readwrite', (os) => {
          try {
            for (const op of ops) {
              if (op.type === 'set') os.put(op.value, op.key);
              else os.delete(op.key);
            }
          } catch (e) {
            // A put that throws (e.g. DataCloneError) does not abort the transaction by itself: the writes
            // queued before it would commit. Abort so the batch stays all-or-nothing.
            os.transaction.abort();
            throw e;
          }
          // Resolves on commit; any failed request (e.g. quota) aborts the whole transaction and rejects.
          return promisifyRequest(os.transaction);
        }),
      ),
  };
}

import { createStore, del, entries, get, getMany, promisifyRequest, set, type UseStore } from 'idb-keyval';
import type { KeyValueStore } from './kv';
import { prefixEnd } from './kv';

/**
 * The collection's storage in the extension origin's IndexedDB, through idb-keyval. This file is the one
 * boundary to IndexedDB, so it is the one place that touches its globals (via idb-keyval and IDBKeyRange).
 * The database is opened on first use, not at construction, so a browser without IndexedDB (private windows)
 * fails on the first operation with an error the collection can turn into a clear message.
 */
export function idbStore(dbName = 'dossier', storeName = 'collection'): KeyValueStore {
  let store: UseStore | undefined;
  const use = (): UseStore => (store ??= createStore(dbName, storeName));
  return {
    get: (key) => get(key, use()),
    getMany: (keys) => getMany(keys, use()),
    set: (key, value) => set(key, value, use()),
    del: (key) => del(key, use()),
    entries: async <T,>() => (await entries(use())) as Array<[string, T]>,
    valuesWithPrefix: <T,>(prefix: string) =>
      use()('readonly', (s) => promisifyRequest(s.getAll(IDBKeyRange.bound(prefix, prefixEnd(prefix)))) as Promise<T[]>),
    entriesWithPrefix: <T,>(prefix: string) =>
      use()('readonly', async (s) => {
        const range = IDBKeyRange.bound(prefix, prefixEnd(prefix));
        const [keys, values] = await Promise.all([
          promisifyRequest(s.getAllKeys(range)),
          promisifyRequest(s.getAll(range)) as Promise<T[]>,
        ]);
        return keys.map((k, i): [string, T] => [String(k), values[i]]);
      }),
    batch: (ops) =>
      use()('readwrite', (s) => {
        try {
          for (const op of ops) {
            if (op.type === 'set') s.put(op.value, op.key);
            else s.delete(op.key);
          }
        } catch (e) {
          // A put that throws (e.g. DataCloneError) does not abort the transaction by itself: the writes
          // queued before it would commit. Abort so the batch stays all-or-nothing.
          s.transaction.abort();
          throw e;
        }
        // Resolves on commit; any failed request (e.g. quota) aborts the whole transaction and rejects.
        return promisifyRequest(s.transaction);
      }),
  };
}

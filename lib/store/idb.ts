import { createStore, del, entries, get, set } from 'idb-keyval';
import type { KeyValueStore } from './collection';

/** The collection's storage in the extension origin's IndexedDB. */
export function idbStore(dbName = 'dossier', storeName = 'collection'): KeyValueStore {
  const store = createStore(dbName, storeName);
  return {
    get: (key) => get(key, store),
    set: (key, value) => set(key, value, store),
    del: (key) => del(key, store),
    entries: async <T,>() => (await entries(store)) as Array<[string, T]>,
  };
}

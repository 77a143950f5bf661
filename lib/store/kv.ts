/** One write in an atomic batch. */
export type WriteOp = { type: 'set'; key: string; value: unknown } | { type: 'del'; key: string };

/**
 * The key-value surface the collection needs: idb-keyval over IndexedDB in the extension, a Map in tests.
 * `batch` must be all-or-nothing (one IndexedDB transaction), because the collection keeps records, their
 * identity index and list summaries consistent by writing them together.
 */
export interface KeyValueStore {
  get<T>(key: string): Promise<T | undefined>;
  getMany<T>(keys: string[]): Promise<Array<T | undefined>>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
  entries<T>(): Promise<Array<[string, T]>>;
  /** Values of every key starting with `prefix`, in key order (one getAll over a key range in IndexedDB). */
  valuesWithPrefix<T>(prefix: string): Promise<T[]>;
  /** Keys and values with `prefix`, in key order (getAllKeys + getAll in one transaction in IndexedDB). */
  entriesWithPrefix<T>(prefix: string): Promise<Array<[string, T]>>;
  batch(ops: WriteOp[]): Promise<void>;
}

/** Upper bound for a prefix range: every key starting with `prefix` sorts below it. */
export function prefixEnd(prefix: string): string {
  return prefix + '\uffff';
}

/**
 * An in-memory store with the same semantics as the IndexedDB one, including structured cloning on the way in
 * and out (so callers cannot mutate stored data by accident) and all-or-nothing batches.
 */
export function memoryStore(initial?: Iterable<[string, unknown]>): KeyValueStore & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  for (const [k, v] of initial ?? []) data.set(k, structuredClone(v));
  const out = <T>(v: unknown) => (v === undefined ? undefined : (structuredClone(v) as T));
  return {
    data,
    get: async <T>(key: string) => out<T>(data.get(key)),
    getMany: async <T>(keys: string[]) => keys.map((k) => out<T>(data.get(k))),
    set: async (key, value) => {
      data.set(key, structuredClone(value));
    },
    del: async (key) => {
      data.delete(key);
    },
    entries: async <T>() =>
      [...data.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [k, out<T>(v) as T]),
    valuesWithPrefix: async <T>(prefix: string) =>
      [...data.keys()]
        .filter((k) => k.startsWith(prefix))
        .sort()
        .map((k) => out<T>(data.get(k)) as T),
    entriesWithPrefix: async <T>(prefix: string) =>
      [...data.keys()]
        .filter((k) => k.startsWith(prefix))
        .sort()
        .map((k): [string, T] => [k, out<T>(data.get(k)) as T]),
    batch: async (ops) => {
      // Clone everything first so a value that cannot be cloned fails the batch before anything is written.
      const prepared = ops.map((op) => (op.type === 'set' ? { ...op, value: structuredClone(op.value) } : op));
      for (const op of prepared) {
        if (op.type === 'set') data.set(op.key, op.value);
        else data.delete(op.key);
      }
    },
  };
}

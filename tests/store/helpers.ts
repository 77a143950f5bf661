import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DossierRecord } from '@/lib/record';
import { memoryStore, type KeyValueStore } from '@/lib/store/kv';

const ORIGIN = 'https://digitalarchive.wilsoncenter.org';

/** A record as the parser produces it for the Mikoyan–Kennedy memorandum, with all three identities. */
export function mikoyan(overrides: Partial<DossierRecord> = {}): DossierRecord {
  return {
    type: 'manuscript',
    title: 'Memorandum of Conversation between Anastas Mikoyan and John F. Kennedy',
    issued: { 'date-parts': [[1962, 11, 29]] },
    author: [{ family: 'Mikoyan', given: 'Anastas Ivanovich' }],
    genre: 'Memorandum of Conversation',
    language: 'English',
    languages: ['English'],
    URL: `${ORIGIN}/document/111210`,
    dateText: 'November 29, 1962',
    recordId: '111210',
    nodeId: '87809',
    slug: 'memorandum-conversation-between-anastas-mikoyan-and-john-f-kennedy',
    canonicalUrl: `${ORIGIN}/document/memorandum-conversation-between-anastas-mikoyan-and-john-f-kennedy`,
    pageUrl: `${ORIGIN}/document/memorandum-conversation-between-anastas-mikoyan-and-john-f-kennedy`,
    ...overrides,
  };
}

/** The same record as seen from its /node/ address on a page that did not show the Record ID. */
export function mikoyanFromNode(): DossierRecord {
  const r = mikoyan({ pageUrl: `${ORIGIN}/node/87809`, URL: `${ORIGIN}/node/87809` });
  delete r.recordId;
  delete r.slug;
  delete r.canonicalUrl;
  return r;
}

/** The same record known only by its slug address. */
export function mikoyanFromSlug(): DossierRecord {
  const r = mikoyan({ URL: mikoyan().canonicalUrl! });
  delete r.recordId;
  delete r.nodeId;
  return r;
}

/** A distinct record per n, ~2 KB like a real one. */
export function numbered(n: number, overrides: Partial<DossierRecord> = {}): DossierRecord {
  return {
    type: 'manuscript',
    title: `Cable from the Chinese Embassy in Moscow to the Foreign Ministry, No. ${n}`,
    issued: { 'date-parts': [[1956, 1 + (n % 12), 1 + (n % 28)]] },
    author: [{ literal: 'Chinese Embassy in the Soviet Union' }],
    abstract:
      'The embassy reports on conversations with Soviet officials about the economic plan, the border, ' +
      'student exchanges and the visit of a delegation. '.repeat(6),
    genre: 'Cable',
    language: 'Chinese',
    languages: ['Chinese'],
    archive: 'Archive of the Ministry of Foreign Affairs of the PRC',
    archive_location: `109-0${n % 10}041-01`,
    URL: `${ORIGIN}/document/${200000 + n}`,
    dateText: 'March 4, 1956',
    recordId: String(200000 + n),
    nodeId: String(90000 + n),
    slug: `cable-chinese-embassy-moscow-foreign-ministry-${n}`,
    canonicalUrl: `${ORIGIN}/document/cable-chinese-embassy-moscow-foreign-ministry-${n}`,
    pageUrl: `${ORIGIN}/document/cable-chinese-embassy-moscow-foreign-ministry-${n}`,
    topics: ['Sino-Soviet Relations', 'Economic Cooperation'],
    rights: [
      'The History and Public Policy Program welcomes reuse of Digital Archive materials for research and ' +
        'educational purposes. Some documents may be subject to copyright.',
    ],
    source: { text: `PRC FMA 109-0${n % 10}041-01, 1-3. Obtained by Shen Zhihua.`, reference: '109-01041-01' },
    ...overrides,
  };
}

/** A clock the test moves forward by one second per reading, so every stamp differs and order is known. */
export function clock(start = '2026-01-01T00:00:00.000Z'): () => Date {
  let t = Date.parse(start);
  return () => new Date((t += 1000));
}

export type Fault = 'quota' | 'unavailable';

/**
 * Wraps a store so chosen operations throw the DOMException IndexedDB would. A failing batch fails before
 * writing anything, as an aborted IndexedDB transaction does.
 */
export function faultyStore(inner: KeyValueStore, fault: { kind: Fault; on: Array<keyof KeyValueStore> }) {
  let armed = true;
  const error = () =>
    fault.kind === 'quota'
      ? new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      : new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
  const wrapped = {} as KeyValueStore;
  for (const name of Object.keys(inner) as Array<keyof KeyValueStore>) {
    const fn = inner[name] as (...a: unknown[]) => Promise<unknown>;
    if (typeof fn !== 'function') continue;
    (wrapped as unknown as Record<string, unknown>)[name] = (...args: unknown[]) =>
      armed && fault.on.includes(name) ? Promise.reject(error()) : fn(...args);
  }
  return {
    store: wrapped,
    heal: () => {
      armed = false;
    },
  };
}

/** Counts calls per method, to prove lookups never scan. */
export function countingStore(inner: KeyValueStore) {
  const calls: Record<string, number> = {};
  const wrapped = {} as KeyValueStore;
  for (const name of Object.keys(inner) as Array<keyof KeyValueStore>) {
    const fn = inner[name] as (...a: unknown[]) => Promise<unknown>;
    if (typeof fn !== 'function') continue;
    (wrapped as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
      calls[name] = (calls[name] ?? 0) + 1;
      return fn(...args);
    };
  }
  return { store: wrapped, calls, reset: () => Object.keys(calls).forEach((k) => delete calls[k]) };
}

export function storeFixture(name: string): unknown {
  return JSON.parse(readFileSync(join(process.cwd(), 'tests', 'store', 'fixtures', name), 'utf8'));
}

export function fixtureText(name: string): string {
  return readFileSync(join(process.cwd(), 'tests', 'store', 'fixtures', name), 'utf8');
}

/** A v1 store (Dossier 0.1) from a fixture of [key, value] entries. */
export function v1Store() {
  return memoryStore(storeFixture('v1-collection.json') as Array<[string, unknown]>);
}

export function snapshot(store: { data: Map<string, unknown> }): string {
  return JSON.stringify([...store.data.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
}

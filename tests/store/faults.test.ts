import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers, dispatch } from '@/lib/background/handlers';
import type { Message } from '@/lib/messages';
import { Collection } from '@/lib/store/collection';
import { idbStore } from '@/lib/store/idb';
import { memoryStore, type KeyValueStore } from '@/lib/store/kv';
import { ID, LIST, RECORD } from '@/lib/store/layout';
import { clock, faultyStore, mikoyan, mikoyanFromNode, mikoyanFromSlug, numbered, snapshot } from './helpers';

let dbCount = 0;
/** A fresh IndexedDB (fake-indexeddb in tests) per test, so the real transaction semantics are exercised. */
const stores: Array<[string, () => KeyValueStore]> = [
  ['memory', () => memoryStore()],
  ['IndexedDB', () => idbStore(`dossier-test-${++dbCount}`, 'collection')],
];

describe.each(stores)('concurrency (%s)', (_name, makeStore) => {
  it('two tabs saving the same record at once (by different addresses) make one item', async () => {
    const collection = new Collection(makeStore(), clock());
    const handlers = createHandlers(collection);
    const tabA = dispatch(handlers, { kind: 'record/save', payload: { record: mikoyanFromNode(), capturedFrom: 'page' } });
    const tabB = dispatch(handlers, { kind: 'record/save', payload: { record: mikoyanFromSlug(), capturedFrom: 'page' } });
    const popup = dispatch(handlers, { kind: 'record/save', payload: { record: mikoyan(), capturedFrom: 'popup' } });
    const tags = dispatch(handlers, { kind: 'record/update', payload: { key: 'nid:87809', tags: ['while saving'] } });
    const replies = await Promise.all([tabA, tabB, popup, tags]);
    expect(replies.every((r) => r.ok)).toBe(true);
    const items = await collection.list();
    expect(items.map((i) => i.key)).toEqual(['rid:111210']);
    expect(items[0].tags).toEqual(['while saving']);
    expect((await collection.summaries()).map((s) => s.key)).toEqual(['rid:111210']);
  });

  it('200 saves in a burst: nothing lost, index and summaries complete', async () => {
    const collection = new Collection(makeStore(), clock());
    const saves = Array.from({ length: 200 }, (_, i) => collection.save(numbered(i), i % 2 ? 'page' : 'popup'));
    // Some arrive twice in the same burst (a double click).
    saves.push(collection.save(numbered(3), 'popup'), collection.save(numbered(150), 'page'));
    await Promise.all(saves);
    expect(await collection.list()).toHaveLength(200);
    expect(await collection.summaries()).toHaveLength(200);
    for (const i of [0, 57, 199]) {
      expect((await collection.get(`nid:${90000 + i}`))?.key).toBe(`rid:${200000 + i}`);
      expect((await collection.get(`slug:cable-chinese-embassy-moscow-foreign-ministry-${i}`))?.key).toBe(`rid:${200000 + i}`);
    }
  });

  it('a save during an import: both land, and a record in both keeps the user’s tags and the new fields', async () => {
    const collection = new Collection(makeStore(), clock('2026-05-01T00:00:00.000Z'));
    const source = new Collection(memoryStore(), clock('2026-01-01T00:00:00.000Z'));
    for (let i = 0; i < 300; i++) await source.save(numbered(i), 'page');
    await source.update('rid:200010', { tags: ['from backup'] });
    const file = (await source.exportFile()).text;

    const importing = collection.importBackup(file);
    const saving = collection.save(mikoyan(), 'popup');
    const resaving = collection.save(numbered(10, { title: 'Fresh capture' }), 'page');
    const [summary] = await Promise.all([importing, saving, resaving]);
    expect(summary.added).toBe(300);
    expect(await collection.list()).toHaveLength(301);
    expect(await collection.summaries()).toHaveLength(301);
    const ten = await collection.get('rid:200010');
    expect(ten).toMatchObject({ tags: ['from backup'], record: { title: 'Fresh capture' } });
  });
});

describe('storage faults', () => {
  it('quota exceeded on save: a typed error with a clear message, nothing changed, later saves work', async () => {
    const base = memoryStore();
    await new Collection(base, clock()).save(mikoyan(), 'popup');
    const faulty = faultyStore(base, { kind: 'quota', on: ['batch', 'set'] });
    const collection = new Collection(faulty.store, clock());
    const before = snapshot(base);
    const reply = await dispatch(createHandlers(collection), {
      kind: 'record/save',
      payload: { record: numbered(1), capturedFrom: 'popup' },
    });
    expect(reply).toMatchObject({ ok: false, errorKind: 'quota', error: expect.stringMatching(/storage for Dossier is full/) });
    await expect(collection.update('rid:111210', { note: 'x' })).rejects.toMatchObject({ kind: 'quota' });
    expect(snapshot(base)).toBe(before);
    faulty.heal();
    await collection.save(numbered(1), 'popup');
    expect(await collection.list()).toHaveLength(2);
  });

  it('IndexedDB unavailable (private window): every operation says so, none pretends to succeed', async () => {
    const collection = new Collection(faultyStore(memoryStore(), { kind: 'unavailable', on: ['get', 'getMany', 'set', 'batch', 'entries', 'valuesWithPrefix', 'del'] }).store);
    const handlers = createHandlers(collection);
    for (const message of [
      { kind: 'record/save', payload: { record: mikoyan(), capturedFrom: 'popup' } },
      { kind: 'collection/list', payload: {} },
      { kind: 'record/status', payload: { record: mikoyan() } },
    ] as Message[]) {
      const reply = await dispatch(handlers, message);
      expect(reply).toMatchObject({ ok: false, errorKind: 'unavailable', error: expect.stringMatching(/cannot open its storage/) });
    }
  });

  describe('without IndexedDB at all', () => {
    const saved = globalThis.indexedDB;
    afterEach(() => {
      globalThis.indexedDB = saved;
    });
    it('reports unavailable instead of crashing the background', async () => {
      // @ts-expect-error: simulating a browser context without IndexedDB
      delete globalThis.indexedDB;
      const collection = new Collection(idbStore('dossier-none', 'collection'), clock());
      await expect(collection.save(mikoyan(), 'popup')).rejects.toMatchObject({ kind: 'unavailable' });
    });
  });

  it('an IndexedDB batch that fails part-way writes nothing', async () => {
    const store = idbStore('dossier-atomic', 'collection');
    await store.set('keep', 1);
    await expect(
      store.batch([
        { type: 'set', key: 'a', value: 1 },
        { type: 'del', key: 'keep' },
        { type: 'set', key: 'b', value: () => 'functions cannot be stored' },
      ]),
    ).rejects.toBeTruthy();
    expect(await store.entries()).toEqual([['keep', 1]]);
  });

  it('keeps records, identity index and summaries consistent after a failed then retried save', async () => {
    const base = memoryStore();
    const faulty = faultyStore(base, { kind: 'quota', on: ['batch'] });
    const collection = new Collection(faulty.store, clock());
    await collection.open();
    await expect(collection.save(mikoyan(), 'popup')).rejects.toMatchObject({ kind: 'quota' });
    expect([...base.data.keys()].filter((k) => k.startsWith(RECORD) || k.startsWith(ID) || k.startsWith(LIST))).toEqual([]);
    faulty.heal();
    await collection.save(mikoyan(), 'popup');
    expect(await collection.summaries()).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import { Collection } from '@/lib/store/collection';
import { memoryStore } from '@/lib/store/kv';
import { StoreError } from '@/lib/store/errors';
import { clock, countingStore, mikoyan, mikoyanFromNode, mikoyanFromSlug, numbered } from './helpers';

function fresh() {
  const store = memoryStore();
  return { store, collection: new Collection(store, clock()) };
}

describe('Collection: save, find, list', () => {
  it('saves a record once and lists it, full and as a summary', async () => {
    const { collection } = fresh();
    const item = await collection.save(mikoyan(), 'popup');
    expect(item).toMatchObject({ schemaVersion: 2, key: 'rid:111210', tags: [], note: '' });
    expect(item.identities).toEqual(
      expect.arrayContaining(['rid:111210', 'nid:87809', `slug:${mikoyan().slug}`, `url:${mikoyan().canonicalUrl}`]),
    );
    expect((await collection.list()).map((i) => i.key)).toEqual(['rid:111210']);
    expect(await collection.summaries()).toEqual([
      expect.objectContaining({ key: 'rid:111210', title: mikoyan().title, dateText: 'November 29, 1962', hasNote: false }),
    ]);
  });

  it('finds one item by each of the three identities, whichever page the record was saved from', async () => {
    for (const first of [mikoyanFromNode, mikoyanFromSlug, mikoyan]) {
      const { collection } = fresh();
      await collection.save(first(), 'page');
      await collection.save(mikoyan(), 'popup');
      for (const probe of [mikoyan, mikoyanFromNode, mikoyanFromSlug]) {
        expect((await collection.find(probe()))?.key).toBe('rid:111210');
      }
      expect(await collection.list()).toHaveLength(1);
      expect(await collection.summaries()).toHaveLength(1);
      expect(await collection.get('nid:87809')).toMatchObject({ key: 'rid:111210' });
      expect(await collection.get(`slug:${mikoyan().slug}`)).toMatchObject({ key: 'rid:111210' });
    }
  });

  it('joins a node-only and a slug-only item when a capture shows they are one record', async () => {
    const { collection } = fresh();
    const a = await collection.save(mikoyanFromNode(), 'page');
    await collection.update(a.key, { tags: ['from node'] });
    const b = await collection.save(mikoyanFromSlug(), 'page');
    await collection.update(b.key, { tags: ['from slug'], note: 'slug note' });
    expect(await collection.list()).toHaveLength(2); // nothing yet says they are the same
    const joined = await collection.save(mikoyan(), 'popup');
    expect(joined.key).toBe('rid:111210');
    expect(joined.tags).toEqual(['from node', 'from slug']);
    expect(joined.note).toBe('slug note');
    expect((await collection.list()).map((i) => i.key)).toEqual(['rid:111210']);
    expect((await collection.summaries()).map((i) => i.key)).toEqual(['rid:111210']);
  });

  it('re-saving refreshes the fields and keeps tags, note and first-saved time', async () => {
    const { collection } = fresh();
    const first = await collection.save(mikoyan({ title: 'Old title' }), 'popup');
    await collection.update('rid:111210', { tags: ['Cuba', ' cuba ', 'USSR'], note: 'Mine.' });
    const again = await collection.save(mikoyan(), 'page');
    expect(again.record.title).toBe(mikoyan().title);
    expect(again.tags).toEqual(['Cuba', 'USSR']);
    expect(again.note).toBe('Mine.');
    expect(again.savedAt).toBe(first.savedAt);
    expect(again.updatedAt > first.updatedAt).toBe(true);
    expect(again.source.capturedFrom).toBe('page');
  });

  it('keeps the Record ID key when a later capture lacks the Record ID', async () => {
    const { collection } = fresh();
    await collection.save(mikoyan(), 'popup');
    const again = await collection.save(mikoyanFromNode(), 'page');
    expect(again.key).toBe('rid:111210');
    expect(again.record.recordId).toBe('111210');
  });

  it('looks identities up through the index, never by scanning', async () => {
    const base = memoryStore();
    const seed = new Collection(base, clock());
    for (let i = 0; i < 50; i++) await seed.save(numbered(i), 'page');
    await seed.save(mikoyan(), 'page');
    const counting = countingStore(base);
    const collection = new Collection(counting.store, clock());
    await collection.open();
    counting.reset();
    expect((await collection.find(mikoyanFromSlug()))?.key).toBe('rid:111210');
    await collection.save(mikoyanFromNode(), 'page');
    expect(counting.calls.entries ?? 0).toBe(0);
    expect(counting.calls.valuesWithPrefix ?? 0).toBe(0);
  });

  it('updates and removes by key or identity, keeping index and summaries in step', async () => {
    const { collection, store } = fresh();
    await collection.save(mikoyan(), 'popup');
    await collection.save(numbered(1), 'popup');
    const updated = await collection.update('nid:87809', { note: 'A note' });
    expect(updated.note).toBe('A note');
    expect((await collection.summaries()).find((s) => s.key === 'rid:111210')?.hasNote).toBe(true);
    expect(await collection.remove(`slug:${mikoyan().slug}`)).toBe(true);
    expect(await collection.remove('rid:111210')).toBe(false);
    expect(await collection.find(mikoyan())).toBeUndefined();
    expect((await collection.summaries()).map((s) => s.key)).toEqual(['rid:200001']);
    expect([...store.data.keys()].filter((k) => k.includes('111210') || k.includes('87809'))).toEqual([]);
  });

  it('removes several at once and restores them exactly (undo)', async () => {
    const { collection } = fresh();
    await collection.save(numbered(1), 'popup');
    await collection.save(numbered(2), 'popup');
    await collection.update('rid:200001', { tags: ['keep'], note: 'n' });
    const before = await collection.list();
    const removed = await collection.removeMany(['rid:200001', 'nid:90002', 'rid:404']);
    expect(removed.map((r) => r.key).sort()).toEqual(['rid:200001', 'rid:200002']);
    expect(await collection.list()).toEqual([]);
    const summary = await collection.restore(removed);
    expect(summary).toMatchObject({ added: 2, merged: 0 });
    expect(await collection.list()).toEqual(before);
  });

  it('rejects an invalid record or patch with a typed error and changes nothing', async () => {
    const { collection, store } = fresh();
    await collection.save(mikoyan(), 'popup');
    const before = JSON.stringify([...store.data]);
    await expect(collection.save({ ...mikoyan(), title: 42 } as never, 'popup')).rejects.toMatchObject({ kind: 'invalid' });
    await expect(collection.update('rid:111210', { tags: 'x' as never })).rejects.toBeInstanceOf(StoreError);
    await expect(collection.update('rid:404', { note: 'x' })).rejects.toMatchObject({ kind: 'not-found' });
    expect(JSON.stringify([...store.data])).toBe(before);
  });

  it('reports every change to listeners with the keys saved and removed', async () => {
    const { collection } = fresh();
    const changes: unknown[] = [];
    collection.onChange((c) => changes.push(c));
    await collection.save(mikoyanFromNode(), 'page');
    await collection.save(mikoyan(), 'page');
    await collection.update('rid:111210', { tags: ['a'] });
    await collection.remove('rid:111210');
    expect(changes).toEqual([
      { saved: ['nid:87809'], removed: [] },
      { saved: ['rid:111210'], removed: ['nid:87809'] },
      { saved: ['rid:111210'], removed: [] },
      { saved: [], removed: ['rid:111210'] },
    ]);
  });
});

describe('repair', () => {
  it('rebuilds a lost index and damaged summaries from the records', async () => {
    const { collection, store } = fresh();
    await collection.save(mikoyan(), 'popup');
    await collection.save(numbered(1), 'popup');
    // Empty summary buckets may or may not exist; they hold nothing either way.
    const contents = () => JSON.stringify([...store.data].filter(([, v]) => v !== '[]').sort());
    const healthy = contents();
    for (const k of [...store.data.keys()]) if (k.startsWith('id:')) store.data.delete(k);
    store.data.set('list:00', '{garbage');
    store.data.set('id:nid:424242', 'rid:gone');
    expect(await collection.repair()).toEqual({ records: 2 });
    expect(contents()).toBe(healthy);
    expect((await collection.find(mikoyanFromSlug()))?.key).toBe('rid:111210');
  });
});

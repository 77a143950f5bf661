import { describe, expect, it } from 'vitest';
import { Collection } from '@/lib/store/collection';
import { memoryStore } from '@/lib/store/kv';
import { readIfCurrent, readItems, readSummaries } from '@/lib/store/read';
import { clock, faultyStore, mikoyan, numbered, snapshot, v1Store } from './helpers';

describe('direct reads (the popup without the background)', () => {
  it('read what the collection itself lists, in the same order', async () => {
    const store = memoryStore();
    const collection = new Collection(store, clock());
    await collection.save(mikoyan(), 'popup');
    await collection.save(numbered(1), 'page');
    await collection.update('rid:111210', { tags: ['Cuba'] });
    expect(await readIfCurrent(store, readItems)).toEqual(await collection.list());
    expect(await readIfCurrent(store, readSummaries)).toEqual(await collection.summaries());
    expect((await readIfCurrent(store, readSummaries))?.map((s) => s.key)).toEqual(['rid:200001', 'rid:111210']);
  });

  it('leave a store that still needs migrating to the background, and change nothing', async () => {
    const store = v1Store();
    const before = snapshot(store);
    expect(await readIfCurrent(store, readItems)).toBeUndefined();
    expect(await readIfCurrent(store, readSummaries)).toBeUndefined();
    expect(snapshot(store)).toEqual(before);
  });

  it('answer undefined for an empty store never opened, and for a store that cannot be read', async () => {
    expect(await readIfCurrent(memoryStore(), readSummaries)).toBeUndefined();
    const store = memoryStore();
    await new Collection(store, clock()).save(mikoyan(), 'popup');
    const broken = faultyStore(store, { kind: 'unavailable', on: ['get', 'valuesWithPrefix'] }).store;
    expect(await readIfCurrent(broken, readSummaries)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { Collection } from '@/lib/store/collection';
import { SCHEMA_VERSION } from '@/lib/store/item';
import { memoryStore } from '@/lib/store/kv';
import { META_KEY } from '@/lib/store/layout';
import { MIGRATIONS } from '@/lib/store/migrations';
import { clock, faultyStore, snapshot, storeFixture, v1Store } from './helpers';

describe('migrations', () => {
  it('form an unbroken chain up to the current schema', () => {
    let v = 1;
    for (const m of MIGRATIONS) {
      expect(m.from).toBe(v);
      v = m.to;
    }
    expect(v).toBe(SCHEMA_VERSION);
  });

  it('v1 → v2: upgrades the v1 fixture on open, merging the record saved twice and keeping every tag and note', async () => {
    const store = v1Store();
    const collection = new Collection(store, clock());
    const report = await collection.open();
    expect(report).toEqual({ fromVersion: 1, toVersion: 2, quarantined: ['record:rid:999'] });
    expect(store.data.get(META_KEY)).toEqual({ schemaVersion: 2 });

    const items = await collection.list();
    expect(items.map((i) => i.key).sort()).toEqual([
      'rid:111210',
      'rid:118849',
      'url:https://digitalarchive.wilsoncenter.org/document/cable-hao-deqing-report-situation-chinese-students-soviet-union',
    ]);
    for (const i of items) expect(i.schemaVersion).toBe(2);

    // The Katori cable: saved from /node/94474 (v1 key nid:94474) and later as rid:118849.
    const katori = items.find((i) => i.key === 'rid:118849')!;
    expect(katori.tags).toEqual(['Japan', 'deng', 'China']); // oldest copy's first; "Deng" is the same tag
    expect(katori.note).toBe('First seen via node link.\n\nCheck the Japanese original.');
    expect(katori.savedAt).toBe('2025-04-10T08:00:00.000Z'); // earliest
    expect(katori.record.abstract).toContain('Katori reports'); // newer fields
    expect(katori.identities).toEqual(expect.arrayContaining(['rid:118849', 'nid:94474', 'slug:cable-ambassador-katori-foreign-minister-visit-deng-xiaoping']));
    expect(store.data.has('record:nid:94474')).toBe(false);

    // Every identity now finds its item through the index.
    expect((await collection.get('nid:94474'))?.key).toBe('rid:118849');
    expect((await collection.get('slug:cable-ambassador-katori-foreign-minister-visit-deng-xiaoping'))?.key).toBe('rid:118849');
    expect((await collection.get('slug:memorandum-conversation-between-anastas-mikoyan-and-john-f-kennedy'))?.key).toBe('rid:111210');
    expect((await collection.summaries()).length).toBe(3);

    // The damaged item is kept aside, not dropped.
    const raw = (storeFixture('v1-collection.json') as Array<[string, unknown]>).find(([k]) => k === 'record:rid:999')![1];
    expect(store.data.get('quarantine:rid:999')).toEqual(raw);
  });

  it('runs once: a second open of migrated data changes nothing', async () => {
    const store = v1Store();
    await new Collection(store, clock()).open();
    const after = snapshot(store);
    const report = await new Collection(store, clock()).open();
    expect(report).toEqual({ fromVersion: 2, toVersion: 2, quarantined: [] });
    expect(snapshot(store)).toBe(after);
  });

  it('a migration that fails (quota) leaves the v1 data exactly as it was, and a later open succeeds', async () => {
    const store = v1Store();
    const before = snapshot(store);
    const faulty = faultyStore(store, { kind: 'quota', on: ['batch'] });
    const collection = new Collection(faulty.store, clock());
    await expect(collection.open()).rejects.toMatchObject({ kind: 'quota' });
    await expect(collection.list()).rejects.toMatchObject({ kind: 'quota' });
    expect(snapshot(store)).toBe(before);
    faulty.heal();
    expect((await collection.open()).toVersion).toBe(2);
    expect(await collection.list()).toHaveLength(3);
  });

  it('refuses to touch a collection written by a newer Dossier', async () => {
    const store = memoryStore([[META_KEY, { schemaVersion: SCHEMA_VERSION + 1 }], ['record:rid:1', { future: true }]]);
    const before = snapshot(store);
    const collection = new Collection(store, clock());
    await expect(collection.open()).rejects.toMatchObject({ kind: 'newer-version' });
    await expect(collection.save(storeFixtureRecord(), 'popup')).rejects.toMatchObject({ kind: 'newer-version' });
    expect(snapshot(store)).toBe(before);
  });

  it('starts an empty store at the current version', async () => {
    const store = memoryStore();
    expect(await new Collection(store, clock()).open()).toEqual({ fromVersion: 2, toVersion: 2, quarantined: [] });
    expect(store.data.get(META_KEY)).toEqual({ schemaVersion: 2 });
  });
});

function storeFixtureRecord() {
  const entries = storeFixture('v1-collection.json') as Array<[string, { record: never }]>;
  return entries[0][1].record;
}

describe('quarantined entries', () => {
  it('are counted in the status, travel in backups and come back on import', async () => {
    const collection = new Collection(v1Store(), clock());
    expect(await collection.status()).toEqual({ schemaVersion: 2, count: 3, queued: 0, quarantined: 1 });
    const { text } = await collection.exportFile();
    expect(JSON.parse(text).quarantined).toEqual([{ key: 'rid:999', value: expect.objectContaining({ note: 'title lost' }) }]);
    const target = new Collection(memoryStore(), clock());
    await target.importBackup(text);
    expect(await target.status()).toMatchObject({ count: 3, quarantined: 1 });
  });
});

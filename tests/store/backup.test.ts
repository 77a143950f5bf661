import { describe, expect, it } from 'vitest';
import { BACKUP_VERSION, parseBackup } from '@/lib/store/backup';
import { Collection } from '@/lib/store/collection';
import { memoryStore } from '@/lib/store/kv';
import { clock, faultyStore, fixtureText, mikoyan, mikoyanFromNode, mikoyanFromSlug, numbered, snapshot } from './helpers';

async function seeded() {
  const store = memoryStore();
  const collection = new Collection(store, clock());
  await collection.save(mikoyan(), 'popup');
  await collection.update('rid:111210', { tags: ['Cuba'], note: 'Mine.' });
  await collection.save(numbered(1), 'page');
  return { store, collection };
}

describe('export', () => {
  it('writes the whole collection as one versioned file', async () => {
    const { collection } = await seeded();
    const file = await collection.exportFile();
    expect(file.fileName).toMatch(/^dossier-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const backup = JSON.parse(file.text);
    expect(backup).toMatchObject({ format: 'dossier-backup', version: BACKUP_VERSION, count: 2 });
    expect(backup.exportedAt).toMatch(/^\d{4}-.*Z$/);
    expect(backup.items.map((i: { key: string }) => i.key)).toEqual(['rid:111210', 'rid:200001']);
    expect(backup.items[0]).toMatchObject({ tags: ['Cuba'], note: 'Mine.', record: mikoyan() });
  });

  it('can export just the chosen items', async () => {
    const { collection } = await seeded();
    const backup = await collection.exportBackup(['nid:90001']);
    expect(backup.items.map((i) => i.key)).toEqual(['rid:200001']);
  });

  it('round-trips: a backup imported into an empty collection restores it exactly', async () => {
    const { collection } = await seeded();
    const { text } = await collection.exportFile();
    const target = new Collection(memoryStore(), clock());
    const summary = await target.importBackup(text);
    expect(summary).toMatchObject({ total: 2, added: 2, merged: 0, unchanged: 0, fromVersion: BACKUP_VERSION });
    expect(await target.list()).toEqual(await collection.list());
    expect(await target.summaries()).toEqual(await collection.summaries());
    // Importing the same file again changes nothing.
    expect(await target.importBackup(text)).toMatchObject({ added: 0, merged: 0, unchanged: 2 });
  });
});

describe('import', () => {
  it('merges duplicates by any identity: newer fields, union of tags and notes, and says so', async () => {
    const { collection } = await seeded();
    // Another machine saved the same record from its node page, with other tags and a note, later.
    const other = new Collection(memoryStore(), clock('2026-06-01T00:00:00.000Z'));
    await other.save({ ...mikoyanFromNode(), title: 'Newer title' }, 'page');
    await other.update('nid:87809', { tags: ['cuba', 'Kennedy'], note: 'Theirs.' });
    await other.save({ ...numbered(7) }, 'page');
    const summary = await collection.importBackup((await other.exportFile()).text);
    expect(summary).toMatchObject({ total: 2, added: 1, merged: 1, unchanged: 0 });
    expect(summary.message).toBe('Imported 2 items: 1 added, 1 merged with saved records, 0 already up to date.');
    expect(summary.items).toEqual(
      expect.arrayContaining([
        { key: 'rid:111210', title: 'Newer title', outcome: 'merged' },
        { key: 'rid:200007', title: numbered(7).title, outcome: 'added' },
      ]),
    );
    const merged = await collection.get('rid:111210');
    expect(merged?.record.title).toBe('Newer title');
    expect(merged?.record.recordId).toBe('111210'); // identity kept though the newer copy lacked it
    expect(merged?.tags).toEqual(['Cuba', 'Kennedy']);
    expect(merged?.note).toBe('Mine.\n\nTheirs.');
    expect(await collection.list()).toHaveLength(3);
    expect((await collection.find(mikoyanFromSlug()))?.key).toBe('rid:111210');
  });

  it('keeps the saved fields when the file copy is older', async () => {
    const { collection } = await seeded();
    const old = new Collection(memoryStore(), clock('2020-01-01T00:00:00.000Z'));
    await old.save({ ...mikoyan(), title: 'Old title' }, 'page');
    await old.update('rid:111210', { tags: ['old'] });
    await collection.importBackup((await old.exportFile()).text);
    const item = await collection.get('rid:111210');
    expect(item?.record.title).toBe(mikoyan().title);
    expect(item?.tags).toEqual(['old', 'Cuba']);
    expect(item?.savedAt.startsWith('2020')).toBe(true);
  });

  it('merges duplicates inside the file itself', async () => {
    const a = new Collection(memoryStore(), clock());
    await a.save(mikoyanFromNode(), 'page');
    await a.update('nid:87809', { tags: ['a'] });
    const b = new Collection(memoryStore(), clock('2026-02-01T00:00:00.000Z'));
    await b.save(mikoyanFromSlug(), 'page');
    await b.update(`slug:${mikoyan().slug}`, { tags: ['b'] });
    const c = new Collection(memoryStore(), clock('2026-03-01T00:00:00.000Z'));
    await c.save(mikoyan(), 'page');
    const items = [...(await a.exportBackup()).items, ...(await b.exportBackup()).items, ...(await c.exportBackup()).items];
    const file = JSON.stringify({ format: 'dossier-backup', version: 2, exportedAt: '2026-04-01T00:00:00.000Z', items });
    const target = new Collection(memoryStore(), clock());
    const summary = await target.importBackup(file);
    expect(summary).toMatchObject({ total: 3, added: 1 });
    const [only] = await target.list();
    expect(only).toMatchObject({ key: 'rid:111210', tags: ['a', 'b'] });
    expect(await target.summaries()).toHaveLength(1);
  });

  it('imports a version 1 backup file', async () => {
    const target = new Collection(memoryStore(), clock());
    const summary = await target.importBackup(fixtureText('v1-backup.json'));
    expect(summary).toMatchObject({ fromVersion: 1, total: 3, added: 2, merged: 0 });
    const katori = await target.get('nid:94474');
    expect(katori).toMatchObject({ key: 'rid:118849', schemaVersion: 2, tags: ['Japan', 'deng', 'China'] });
  });

  const bad: Array<[string, string, RegExp]> = [
    ['not JSON', 'this is a letter, not a backup', /not a Dossier backup.*not JSON/],
    ['foreign JSON', JSON.stringify({ items: [] }), /not a Dossier backup/],
    ['a Zotero export', JSON.stringify([{ itemType: 'manuscript', title: 'x' }]), /not a Dossier backup/],
    ['a newer format', JSON.stringify({ format: 'dossier-backup', version: 99, items: [] }), /newer Dossier/],
    ['no version', JSON.stringify({ format: 'dossier-backup', items: [] }), /no valid version/],
    ['no items', JSON.stringify({ format: 'dossier-backup', version: 2 }), /no list of items/],
    ['a truncated list', JSON.stringify({ format: 'dossier-backup', version: 2, count: 5, items: [] }), /incomplete/],
  ];
  for (const [what, text, message] of bad) {
    it(`rejects ${what} with a clear message and changes nothing`, async () => {
      const { store, collection } = await seeded();
      const before = snapshot(store);
      await expect(collection.importBackup(text)).rejects.toMatchObject({ kind: 'invalid', message: expect.stringMatching(message) });
      expect(snapshot(store)).toBe(before);
    });
  }

  it('rejects the whole file when one item in the middle is damaged: nothing imported', async () => {
    const { store, collection } = await seeded();
    const source = new Collection(memoryStore(), clock('2027-01-01T00:00:00.000Z'));
    for (let i = 10; i < 20; i++) await source.save(numbered(i), 'page');
    await source.save(mikoyan({ title: 'Would overwrite' }), 'page');
    const backup = await source.exportBackup();
    (backup.items[5] as unknown as { record: { title: unknown } }).record.title = 17;
    (backup.items[7] as unknown as { tags: unknown }).tags = 'oops';
    const before = snapshot(store);
    const err = await collection.importBackup(JSON.stringify(backup)).catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'invalid' });
    expect((err as Error).message).toMatch(/nothing was imported: item 6\.record\.title: must be text; item 8\.tags: must be a list of text/);
    expect(snapshot(store)).toBe(before);
  });

  it('changes nothing when the write fails part-way (quota): all or nothing', async () => {
    const { store } = await seeded();
    const faulty = faultyStore(store, { kind: 'quota', on: ['batch'] });
    const collection = new Collection(faulty.store, clock());
    const source = new Collection(memoryStore(), clock('2027-01-01T00:00:00.000Z'));
    for (let i = 0; i < 30; i++) await source.save(numbered(i), 'page');
    const before = snapshot(store);
    await expect(collection.importBackup((await source.exportFile()).text)).rejects.toMatchObject({
      kind: 'quota',
      message: expect.stringMatching(/storage for Dossier is full.*nothing was changed/),
    });
    expect(snapshot(store)).toBe(before);
  });

  it('parseBackup reports only the first problems and counts the rest', () => {
    const items = Array.from({ length: 9 }, () => ({ nope: true }));
    const r = parseBackup(JSON.stringify({ format: 'dossier-backup', version: 2, items }));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/and \d+ more/);
  });
});

describe('detectImportKind', () => {
  it('tells a backup, a URL list and anything else apart', async () => {
    const { detectImportKind } = await import('@/lib/store/backup');
    expect(detectImportKind('  {"format":"dossier-backup"}')).toBe('backup');
    expect(detectImportKind('[1,2]')).toBe('backup');
    expect(detectImportKind(fixtureText('url-list.txt'))).toBe('url-list');
    expect(detectImportKind('Dear colleague,\nplease find attached')).toBe('unknown');
  });
});

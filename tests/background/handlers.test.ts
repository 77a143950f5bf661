import { describe, expect, it } from 'vitest';
import { broadcastChange } from '@/lib/background/broadcast';
import { createHandlers, dispatch } from '@/lib/background/handlers';
import { isBroadcast, isMessage, type Message } from '@/lib/messages';
import { request, RequestError } from '@/lib/rpc';
import { Collection } from '@/lib/store/collection';
import { memoryStore } from '@/lib/store/kv';
import { clock, mikoyan, mikoyanFromSlug, numbered, snapshot } from '../store/helpers';

function setup() {
  const store = memoryStore();
  const collection = new Collection(store, clock());
  const handlers = createHandlers(collection);
  const send = (m: unknown) => dispatch(handlers, m as Message);
  return { store, collection, handlers, send };
}

describe('message table', () => {
  it('accepts known kinds with object payloads only', () => {
    expect(isMessage({ kind: 'collection/list', payload: {} })).toBe(true);
    expect(isMessage({ kind: 'collection/nuke', payload: {} })).toBe(false);
    expect(isMessage({ kind: 'collection/list' })).toBe(false);
    expect(isMessage({ kind: 'collection/list', payload: [] })).toBe(false);
    expect(isMessage('collection/list')).toBe(false);
  });

  it('tells broadcasts from requests', () => {
    const b = { kind: 'collection/changed', payload: { saved: ['rid:1'], removed: [] } };
    expect(isBroadcast(b)).toBe(true);
    expect(isMessage(b)).toBe(false);
    expect(isBroadcast({ kind: 'collection/changed', payload: { saved: 'rid:1', removed: [] } })).toBe(false);
  });
});

describe('dispatch validates every payload before the store sees it', () => {
  const invalid: Array<[string, unknown]> = [
    ['a save without a record', { kind: 'record/save', payload: { capturedFrom: 'popup' } }],
    ['a save of a non-record', { kind: 'record/save', payload: { record: { type: 'book', title: 'x' }, capturedFrom: 'popup' } }],
    ['a save with an unknown origin', { kind: 'record/save', payload: { record: mikoyan(), capturedFrom: 'evil' } }],
    ['a record with a wrong field type', { kind: 'record/save', payload: { record: { ...mikoyan(), author: 'Mikoyan' }, capturedFrom: 'page' } }],
    ['a remove without a key', { kind: 'record/remove', payload: { key: 7 } }],
    ['a multi-remove with bad keys', { kind: 'records/remove', payload: { keys: 'rid:111210' } }],
    ['a restore of junk', { kind: 'records/restore', payload: { items: [{ key: 'rid:1' }] } }],
    ['an update of nothing', { kind: 'record/update', payload: { key: 'rid:111210' } }],
    ['an update with bad tags', { kind: 'record/update', payload: { key: 'rid:111210', tags: [1, 2] } }],
    ['an update with a bad note', { kind: 'record/update', payload: { key: 'rid:111210', note: { text: 'x' } } }],
    ['an import that is not text', { kind: 'collection/import', payload: { text: { items: [] } } }],
    ['an export with bad keys', { kind: 'collection/export', payload: { keys: [null] } }],
    ['a URL list that is not text', { kind: 'queue/add', payload: { text: ['https://x'] } }],
    ['a page report with an unknown kind', { kind: 'page/recognized', payload: { kind: 'maybe' } }],
  ];
  for (const [what, message] of invalid) {
    it(`rejects ${what}: clear error, nothing changes`, async () => {
      const { store, collection, send } = setup();
      await collection.save(mikoyan(), 'popup');
      const before = snapshot(store);
      const reply = await send(message);
      expect(reply).toMatchObject({ ok: false, errorKind: 'invalid', error: expect.stringMatching(/^Bad .* request, nothing was changed: .+/) });
      expect(snapshot(store)).toBe(before);
    });
  }
});

describe('handlers', () => {
  it('answer every kind of the table', async () => {
    const { send } = setup();
    const saved = await send({ kind: 'record/save', payload: { record: mikoyan(), capturedFrom: 'page' } });
    expect(saved).toMatchObject({ ok: true, value: { key: 'rid:111210' } });
    expect(await send({ kind: 'record/status', payload: { record: mikoyanFromSlug() } })).toMatchObject({
      ok: true,
      value: { saved: true, key: 'rid:111210' },
    });
    expect(await send({ kind: 'page/recognized', payload: { kind: 'record', identities: ['nid:87809'] } })).toEqual({
      ok: true,
      value: { saved: true, key: 'rid:111210' },
    });
    expect(await send({ kind: 'record/update', payload: { key: 'rid:111210', tags: ['x'], note: 'y' } })).toMatchObject({
      ok: true,
      value: { tags: ['x'], note: 'y' },
    });
    expect(await send({ kind: 'collection/summaries', payload: {} })).toMatchObject({ ok: true, value: [{ key: 'rid:111210', hasNote: true }] });
    const exported = (await send({ kind: 'collection/export', payload: {} })) as { ok: true; value: { text: string } };
    expect(exported.ok).toBe(true);
    expect(await send({ kind: 'records/remove', payload: { keys: ['rid:111210'] } })).toMatchObject({ ok: true, value: { removed: [{ key: 'rid:111210' }] } });
    expect(await send({ kind: 'collection/list', payload: {} })).toEqual({ ok: true, value: [] });
    expect(await send({ kind: 'collection/import', payload: { text: exported.value.text } })).toMatchObject({
      ok: true,
      value: { added: 1 },
    });
    expect(await send({ kind: 'record/remove', payload: { key: 'nid:87809' } })).toEqual({ ok: true, value: { removed: true } });
    expect(await send({ kind: 'queue/add', payload: { text: 'https://digitalarchive.wilsoncenter.org/node/1' } })).toMatchObject({
      ok: true,
      value: { queued: [{ url: 'https://digitalarchive.wilsoncenter.org/node/1' }] },
    });
    expect(await send({ kind: 'queue/list', payload: {} })).toMatchObject({ ok: true, value: [{ kind: 'node', id: '1' }] });
    expect(await send({ kind: 'queue/remove', payload: { url: 'https://digitalarchive.wilsoncenter.org/node/1' } })).toEqual({
      ok: true,
      value: { removed: true },
    });
  });

  it('a failed import replies with the reason and the invalid kind', async () => {
    const { send } = setup();
    expect(await send({ kind: 'collection/import', payload: { text: '{"hello":1}' } })).toMatchObject({
      ok: false,
      errorKind: 'invalid',
      error: expect.stringMatching(/not a Dossier backup/),
    });
  });

  it('request() unwraps replies and throws a RequestError carrying the kind', async () => {
    const { handlers } = setup();
    const transport = { sendMessage: (m: unknown) => dispatch(handlers, m as Message) };
    expect((await request(transport, 'record/save', { record: numbered(1), capturedFrom: 'popup' })).key).toBe('rid:200001');
    const err = await request(transport, 'record/update', { key: 'rid:404', note: 'x' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RequestError);
    expect(err).toMatchObject({ kind: 'not-found' });
  });
});

describe('collection/changed broadcast', () => {
  it('goes to the popup and every Digital Archive tab after each change, ignoring absent listeners', async () => {
    const { collection } = setup();
    const sent: Array<[string, unknown]> = [];
    const done: Array<Promise<void>> = [];
    collection.onChange((change) => {
      done.push(
        broadcastChange(change, {
          sendRuntime: async (m) => {
            sent.push(['runtime', m]);
            throw new Error('Could not establish connection. Receiving end does not exist.');
          },
          archiveTabs: async () => [3, 8],
          sendTab: async (id, m) => {
            sent.push([`tab ${id}`, m]);
            if (id === 8) throw new Error('no content script');
          },
        }),
      );
    });
    await collection.save(mikoyan(), 'popup');
    await collection.remove('rid:111210');
    await Promise.all(done);
    const saved = { kind: 'collection/changed', payload: { saved: ['rid:111210'], removed: [] } };
    const removed = { kind: 'collection/changed', payload: { saved: [], removed: ['rid:111210'] } };
    expect(sent).toEqual([
      ['runtime', saved],
      ['tab 3', saved],
      ['tab 8', saved],
      ['runtime', removed],
      ['tab 3', removed],
      ['tab 8', removed],
    ]);
    for (const [, m] of sent) expect(isBroadcast(m)).toBe(true);
  });

  it('is not sent when nothing changed', async () => {
    const { collection } = setup();
    let n = 0;
    collection.onChange(() => n++);
    await collection.remove('rid:404');
    await collection.importBackup(JSON.stringify({ format: 'dossier-backup', version: 2, items: [] }));
    await collection.save({ ...mikoyan(), title: 5 } as never, 'popup').catch(() => undefined);
    expect(n).toBe(0);
  });
});

describe('page/recognized', () => {
  it('answers from the record a content script sends', async () => {
    const { send, collection } = setup();
    const ask = () => send({ kind: 'page/recognized', payload: { kind: 'record', record: mikoyanFromSlug(), links: 0 } });
    expect(await ask()).toEqual({ ok: true, value: { saved: false } });
    await collection.save(mikoyan(), 'page');
    expect(await ask()).toEqual({ ok: true, value: { saved: true, key: 'rid:111210' } });
    expect(await send({ kind: 'page/recognized', payload: { kind: 'not-a-record', links: 12 } })).toEqual({ ok: true, value: { saved: false } });
    expect(await send({ kind: 'page/recognized', payload: { kind: 'record', links: -1 } })).toMatchObject({ ok: false, errorKind: 'invalid' });
  });
});

describe('collection/list', () => {
  it('pages through big collections', async () => {
    const { send, collection } = setup();
    for (let i = 0; i < 5; i++) await collection.save(numbered(i), 'page');
    const page = (await send({ kind: 'collection/list', payload: { offset: 1, limit: 2 } })) as { ok: true; value: Array<{ key: string }> };
    expect(page.value.map((i) => i.key)).toEqual(['rid:200003', 'rid:200002']);
    expect(await send({ kind: 'collection/list', payload: { limit: -1 } })).toMatchObject({ ok: false, errorKind: 'invalid' });
  });
});

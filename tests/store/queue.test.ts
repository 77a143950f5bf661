import { describe, expect, it } from 'vitest';
import { Collection } from '@/lib/store/collection';
import { memoryStore } from '@/lib/store/kv';
import { normalizeArchiveUrl, parseUrlList } from '@/lib/store/queue';
import { clock, fixtureText, mikoyan } from './helpers';

const O = 'https://digitalarchive.wilsoncenter.org';

describe('normalizeArchiveUrl', () => {
  it.each([
    [`${O}/document/111210`, `${O}/document/111210`, 'document-id', 'rid:111210'],
    [`http://digitalarchive.wilsoncenter.org/document/111210/`, `${O}/document/111210`, 'document-id', 'rid:111210'],
    [`${O}/document/Some-Slug-1962?x=1#p`, `${O}/document/some-slug-1962`, 'document-slug', 'slug:some-slug-1962'],
    ['digitalarchive.wilsoncenter.org/node/87809', `${O}/node/87809`, 'node', 'nid:87809'],
    [`<https://www.digitalarchive.wilsoncenter.org/node/5>`, `${O}/node/5`, 'node', 'nid:5'],
  ])('accepts %s', (input, url, kind, identity) => {
    expect(normalizeArchiveUrl(input)).toMatchObject({ url, kind, identity });
  });

  it.each([
    ['ftp://digitalarchive.wilsoncenter.org/document/1', /not a web address/],
    ['https://www.wilsoncenter.org/document/1', /not on digitalarchive/],
    ['https://digitalarchive.wilsoncenter.org.evil.example/document/1', /not on digitalarchive/],
    [`${O}/search?q=deng`, /not a record address/],
    [`${O}/document/1/print`, /not a record address/],
    [`${O}/document/a%20b`, /not a record address/],
    [`${O}/node/abc`, /needs a number/],
    ['hello', /not a web address/],
  ])('rejects %s', (input, reason) => {
    expect(normalizeArchiveUrl(input)).toMatch(reason);
  });
});

describe('parseUrlList', () => {
  it('keeps good lines normalized, drops repeats and blanks, and reports each rejected line with its number', () => {
    const r = parseUrlList(fixtureText('url-list.txt'));
    expect(r.targets.map((t) => t.url)).toEqual([
      `${O}/document/111210`,
      `${O}/document/cable-ambassador-katori-foreign-minister-visit-deng-xiaoping`,
      `${O}/node/94474`,
    ]);
    expect(r.duplicates).toBe(1);
    expect(r.rejected).toEqual([
      { line: 7, text: 'https://www.wilsoncenter.org/publication/cold-war-history', reason: 'not on digitalarchive.wilsoncenter.org' },
      { line: 8, text: `${O}/search?q=deng`, reason: expect.stringMatching(/not a record address/) },
      { line: 9, text: 'not a url at all', reason: 'not a web address' },
      { line: 10, text: `${O}/node/abc`, reason: 'a /node/ address needs a number' },
    ]);
  });
});

describe('capture queue', () => {
  it('stores the queue, skipping addresses already saved or queued, and says what it did', async () => {
    const collection = new Collection(memoryStore(), clock());
    await collection.save(mikoyan(), 'popup');
    const text = `${O}/node/87809\n${O}/document/500\n${O}/document/500/\nnope`;
    const first = await collection.queueUrls(text);
    expect(first.queued.map((q) => q.url)).toEqual([`${O}/document/500`]);
    expect(first).toMatchObject({ alreadySaved: 1, alreadyQueued: 0, duplicates: 1 });
    expect(first.message).toBe('1 address queued for capture, 1 already saved, 1 repeated line skipped, 1 line rejected.');
    const second = await collection.queueUrls(`${O}/document/500\n${O}/node/1`);
    expect(second).toMatchObject({ alreadyQueued: 1 });
    expect((await collection.queued()).map((q) => q.url)).toEqual([`${O}/document/500`, `${O}/node/1`]);
    expect(await collection.dequeue(`${O}/node/1`)).toBe(true);
    expect(await collection.dequeue(`${O}/node/1`)).toBe(false);
  });

  it('drops a queued address once its record is saved', async () => {
    const collection = new Collection(memoryStore(), clock());
    await collection.queueUrls(`${O}/node/87809\n${O}/document/9`);
    const changes: unknown[] = [];
    collection.onChange((c) => changes.push(c));
    await collection.save(mikoyan(), 'page');
    expect((await collection.queued()).map((q) => q.url)).toEqual([`${O}/document/9`]);
    expect(changes).toEqual([{ saved: ['rid:111210'], removed: [], queue: true }]);
  });
});

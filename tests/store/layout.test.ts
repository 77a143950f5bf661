import { describe, expect, it } from 'vitest';
import { BUCKETS, bucketKey, encodeBucket, parseBucket, type Bucket } from '@/lib/store/layout';

describe('summary buckets', () => {
  it('round-trip summaries through the compact row form', () => {
    const bucket: Bucket = {
      'rid:1': {
        key: 'rid:1',
        title: 'A',
        URL: 'https://digitalarchive.wilsoncenter.org/document/1',
        recordId: '1',
        dateText: '1956',
        genre: 'Cable',
        savedAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-02T00:00:00.000Z',
        tags: ['x'],
        hasNote: true,
      },
      'url:https://x/document/b': {
        key: 'url:https://x/document/b',
        title: 'B',
        URL: 'https://digitalarchive.wilsoncenter.org/document/b',
        savedAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
        tags: [],
        hasNote: false,
      },
    };
    const text = encodeBucket(bucket);
    expect(text).not.toContain('/document/1"'); // the standard URL is rebuilt, not stored
    expect(parseBucket(text)).toEqual(bucket);
  });

  it('read damaged text as empty instead of failing the list', () => {
    expect(parseBucket('{not json')).toEqual({});
    expect(parseBucket(42)).toEqual({});
    expect(parseBucket('[1, ["k"]]')).toMatchObject({ k: { key: 'k' } });
  });

  it('spread keys over a fixed number of buckets, the same on every run', () => {
    const used = new Set(Array.from({ length: 2000 }, (_, i) => bucketKey(`rid:${i}`)));
    expect(used.size).toBe(BUCKETS);
    expect(bucketKey('rid:111210')).toBe(bucketKey('rid:111210'));
  });
});

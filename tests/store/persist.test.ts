import { describe, expect, it } from 'vitest';
import { requestPersistentStorage } from '@/lib/store/persist';

const estimate = async () => ({ usage: 1000, quota: 10_000 });

describe('requestPersistentStorage', () => {
  it('reports granted when the browser grants it', async () => {
    const r = await requestPersistentStorage({ persisted: async () => false, persist: async () => true, estimate });
    expect(r).toMatchObject({ state: 'granted', usage: 1000, quota: 10_000 });
  });

  it('does not ask again when storage is already persistent', async () => {
    let asked = false;
    const r = await requestPersistentStorage({
      persisted: async () => true,
      persist: async () => ((asked = true), true),
    });
    expect(r.state).toBe('granted');
    expect(asked).toBe(false);
  });

  it('reports denied with advice', async () => {
    const r = await requestPersistentStorage({ persisted: async () => false, persist: async () => false });
    expect(r).toMatchObject({ state: 'denied', message: expect.stringMatching(/may clear.*Export a backup/) });
  });

  it('reports unsupported where persist() is missing (e.g. a worker)', async () => {
    expect((await requestPersistentStorage(undefined)).state).toBe('unsupported');
    expect((await requestPersistentStorage({ estimate })).state).toBe('unsupported');
  });

  it('reports an error instead of throwing', async () => {
    const r = await requestPersistentStorage({
      persist: async () => {
        throw new DOMException('denied', 'NotAllowedError');
      },
    });
    expect(r).toMatchObject({ state: 'error', message: expect.stringMatching(/Could not ask/) });
  });
});

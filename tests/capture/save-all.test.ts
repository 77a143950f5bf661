import { describe, expect, it } from 'vitest';
import { saveAll, type SaveAllDeps, type SaveAllProgress } from '../../lib/capture/save-all';
import type { DossierRecord } from '../../lib/record';

const rec = (url: string): DossierRecord => ({ type: 'manuscript', title: url, URL: url, pageUrl: url });

function deps(over: Partial<SaveAllDeps> = {}): SaveAllDeps & { saved: string[]; inFlight: number[]; progress: SaveAllProgress[] } {
  const saved: string[] = [];
  const inFlight: number[] = [];
  const progress: SaveAllProgress[] = [];
  let running = 0;
  return {
    saved,
    inFlight,
    progress,
    async fetchRecord(url) {
      running++;
      inFlight.push(running);
      await new Promise((r) => setTimeout(r, 2));
      running--;
      if (url.endsWith('/500')) return { reason: 'The archive answered 500.' };
      if (url.endsWith('/offline')) throw new Error('Failed to fetch');
      return url.endsWith('/listing') ? { reason: 'Not a record page: no record title.' } : { record: rec(url) };
    },
    isSaved: async (url) => url.endsWith('/already'),
    save: async (r) => void saved.push(r.URL),
    sleep: async () => undefined,
    onProgress: (p) => progress.push(p),
    ...over,
  };
}

describe('saveAll', () => {
  it('saves each new record once, skips saved ones, and lists failures with reasons', async () => {
    const d = deps();
    const urls = ['u/1', 'u/2', 'u/already', 'u/500', 'u/offline', 'u/listing', 'u/1'];
    const result = await saveAll(urls, d, new AbortController().signal);
    expect(d.saved.sort()).toEqual(['u/1', 'u/2']);
    expect(result).toMatchObject({ total: 6, done: 6, saved: 2, skipped: 1, cancelled: false });
    expect(result.failures).toEqual([
      { url: 'u/500', reason: 'The archive answered 500.' },
      { url: 'u/offline', reason: 'Could not load the page (Failed to fetch).' },
      { url: 'u/listing', reason: 'Not a record page: no record title.' },
    ]);
  });

  it('never has more than two requests in flight', async () => {
    const d = deps();
    await saveAll(Array.from({ length: 12 }, (_, i) => `u/${i}`), d, new AbortController().signal, { concurrency: 5 });
    expect(Math.max(...d.inFlight)).toBeLessThanOrEqual(2);
    expect(d.saved).toHaveLength(12);
  });

  it('waits between requests', async () => {
    const waits: number[] = [];
    const d = deps({ sleep: async (ms) => void waits.push(ms) });
    await saveAll(['u/1', 'u/2', 'u/3'], d, new AbortController().signal, { delayMs: 500 });
    expect(waits.length).toBeGreaterThanOrEqual(1);
    expect(waits.every((w) => w === 500)).toBe(true);
  });

  it('stops on cancel half way and keeps what was saved', async () => {
    const controller = new AbortController();
    const d = deps({
      save: async (r) => {
        d.saved.push(r.URL);
        if (d.saved.length === 3) controller.abort();
      },
    });
    const result = await saveAll(Array.from({ length: 10 }, (_, i) => `u/${i}`), d, controller.signal, { concurrency: 1 });
    expect(result.cancelled).toBe(true);
    expect(d.saved).toHaveLength(3);
    expect(result.done).toBeLessThan(10);
  });
});

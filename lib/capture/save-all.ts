import type { DossierRecord } from '../record';

export interface SaveAllProgress {
  total: number;
  done: number;
  saved: number;
  skipped: number;
  failures: Array<{ url: string; reason: string }>;
  cancelled: boolean;
}

export interface SaveAllDeps {
  /** Fetches and parses a record page: the record, or why there is none; throws when the request fails. */
  fetchRecord(url: string, signal: AbortSignal): Promise<{ record?: DossierRecord; reason?: string }>;
  isSaved(url: string): Promise<boolean>;
  save(record: DossierRecord): Promise<void>;
  /** Waits between requests so the archive is not hammered; injectable so tests run instantly. */
  sleep(ms: number, signal: AbortSignal): Promise<void>;
  onProgress(p: SaveAllProgress): void;
}

export interface SaveAllOptions {
  /** At most this many requests at once. */
  concurrency?: number;
  /** Pause after each request, per worker. */
  delayMs?: number;
}

/**
 * Saves every record a listing page links to: at most two requests at a time with a polite pause, already
 * saved records skipped without a request, every failure kept with its reason, and a cancel that stops new
 * requests at once (what was saved stays saved).
 */
export async function saveAll(
  urls: string[],
  deps: SaveAllDeps,
  signal: AbortSignal,
  { concurrency = 2, delayMs = 400 }: SaveAllOptions = {},
): Promise<SaveAllProgress> {
  const unique = [...new Set(urls)];
  const progress: SaveAllProgress = { total: unique.length, done: 0, saved: 0, skipped: 0, failures: [], cancelled: false };
  const report = () => deps.onProgress({ ...progress, failures: [...progress.failures] });
  report();
  let next = 0;

  async function one(url: string) {
    if (await deps.isSaved(url)) {
      progress.skipped++;
      return;
    }
    let parsed;
    try {
      parsed = await deps.fetchRecord(url, signal);
    } catch (e) {
      if (signal.aborted) return;
      progress.failures.push({ url, reason: `Could not load the page (${(e as Error).message || 'network error'}).` });
      return;
    }
    if (!parsed.record) {
      progress.failures.push({ url, reason: parsed.reason ?? 'Not a record page.' });
      return;
    }
    try {
      await deps.save(parsed.record);
      progress.saved++;
    } catch (e) {
      progress.failures.push({ url, reason: `Not saved: ${(e as Error).message}` });
    }
  }

  async function worker() {
    while (!signal.aborted && next < unique.length) {
      const url = unique[next++];
      const skippedBefore = progress.skipped;
      await one(url);
      if (signal.aborted) break;
      progress.done++;
      report();
      if (progress.skipped === skippedBefore && next < unique.length) {
        try {
          await deps.sleep(delayMs, signal);
        } catch {
          break;
        }
      }
    }
  }

  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, 2)) }, worker));
  progress.cancelled = signal.aborted && progress.done < progress.total;
  report();
  return progress;
}

/** setTimeout as a promise that rejects as soon as the signal aborts. */
export function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(t);
      reject(new Error('cancelled'));
    });
  });
}

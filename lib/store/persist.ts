/** The part of StorageManager we use; passed in so lib/ needs no browser globals. */
export type StorageLike = Partial<Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>>;

export interface PersistenceReport {
  /** granted: the browser will not evict the collection; denied: it may under storage pressure. */
  state: 'granted' | 'denied' | 'unsupported' | 'error';
  message: string;
  /** Bytes used and available to the extension origin, when the browser says. */
  usage?: number;
  quota?: number;
}

/**
 * Asks the browser to keep Dossier's storage persistent and reports the outcome for the popup.
 * persist() exists only in window contexts (not in a Chrome MV3 service worker), so call this from the popup.
 */
export async function requestPersistentStorage(storage: StorageLike | undefined): Promise<PersistenceReport> {
  const estimate = await storage?.estimate?.().catch(() => undefined);
  const sizes = estimate ? { usage: estimate.usage, quota: estimate.quota } : {};
  if (!storage?.persist) {
    return {
      state: 'unsupported',
      message: 'This browser cannot promise to keep the collection; export a backup now and then.',
      ...sizes,
    };
  }
  try {
    const already = (await storage.persisted?.()) ?? false;
    const granted = already || (await storage.persist());
    return granted
      ? { state: 'granted', message: 'Storage is persistent: the browser will not clear your collection to free space.', ...sizes }
      : {
          state: 'denied',
          message:
            'The browser did not grant persistent storage, so it may clear the collection when space runs low. Export a backup now and then.',
          ...sizes,
        };
  } catch (e) {
    return {
      state: 'error',
      message: `Could not ask for persistent storage (${e instanceof Error ? e.message : String(e)}). Export a backup now and then.`,
      ...sizes,
    };
  }
}

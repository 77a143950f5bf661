import { changedBroadcast } from '../messages';
import type { CollectionChange } from '../store/collection';

/** The browser calls the broadcast needs, passed in so this stays testable and free of browser globals. */
export interface BroadcastPorts {
  /** runtime.sendMessage: reaches an open popup (and other extension pages). */
  sendRuntime(message: unknown): Promise<unknown>;
  /** Ids of open Digital Archive tabs (tabs.query with the archive URL pattern). */
  archiveTabs(): Promise<number[]>;
  /** tabs.sendMessage: reaches the content script (in-page button) of one tab. */
  sendTab(tabId: number, message: unknown): Promise<unknown>;
}

/**
 * Tells every open view that the collection changed. Nobody listening is normal (no popup open, a tab whose
 * content script has not loaded), so delivery failures are ignored; the change is already stored.
 */
export async function broadcastChange(change: CollectionChange, ports: BroadcastPorts): Promise<void> {
  const message = changedBroadcast(change);
  const attempt = (send: () => Promise<unknown>) => {
    try {
      return Promise.resolve(send());
    } catch (e) {
      return Promise.reject(e);
    }
  };
  const sends: Array<Promise<unknown>> = [attempt(() => ports.sendRuntime(message))];
  try {
    for (const id of await ports.archiveTabs()) sends.push(attempt(() => ports.sendTab(id, message)));
  } catch {
    // No tab access: the popup still hears the broadcast.
  }
  await Promise.allSettled(sends);
}

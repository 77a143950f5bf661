import type { Collection } from '../store/collection';

export type BadgeState = 'saved' | 'unsaved';

/** The browser's toolbar button, passed in (browser.action in MV3, browserAction in MV2). */
export interface ToolbarPorts {
  setBadge(tabId: number, state: BadgeState): Promise<unknown> | void;
}

/**
 * Which record each Digital Archive tab shows (as its content script reported it), so the toolbar button can
 * say "saved" for that tab and follow every change to the collection. Kept in memory: after the background
 * restarts, tabs report again on their next load or on the next collection/changed broadcast.
 */
export class ToolbarState {
  private readonly tabs = new Map<number, { identities: string[]; state: BadgeState }>();

  constructor(
    private readonly collection: Collection,
    private readonly ports: ToolbarPorts,
  ) {}

  /** A tab reported its page; `saved` is what the background answered it. */
  track(tabId: number, identities: string[], saved: boolean): void {
    const state: BadgeState = saved ? 'saved' : 'unsaved';
    this.tabs.set(tabId, { identities, state });
    void this.show(tabId, state);
  }

  forget(tabId: number): void {
    this.tabs.delete(tabId);
  }

  /** Re-checks every tracked tab after a change; only tabs whose state changed are redrawn. */
  async refresh(): Promise<void> {
    for (const [tabId, tab] of [...this.tabs]) {
      let saved = false;
      try {
        for (const id of tab.identities) if (!saved && (await this.collection.get(id))) saved = true;
      } catch {
        continue; // storage trouble: leave the badge as it was rather than claim "not saved"
      }
      const state: BadgeState = saved ? 'saved' : 'unsaved';
      if (state !== tab.state && this.tabs.get(tabId) === tab) {
        tab.state = state;
        await this.show(tabId, state);
      }
    }
  }

  private async show(tabId: number, state: BadgeState): Promise<void> {
    try {
      await this.ports.setBadge(tabId, state);
    } catch {
      this.tabs.delete(tabId); // the tab is gone
    }
  }

  get tracked(): number {
    return this.tabs.size;
  }
}

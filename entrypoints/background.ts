import { browser } from 'wxt/browser';
import { broadcastChange } from '@/lib/background/broadcast';
import { createHandlers, dispatch } from '@/lib/background/handlers';
import { ToolbarState } from '@/lib/background/toolbar';
import { isMessage } from '@/lib/messages';
import { Collection } from '@/lib/store/collection';
import { idbStore } from '@/lib/store/idb';

const ARCHIVE_TABS = 'https://digitalarchive.wilsoncenter.org/*';

export default defineBackground(() => {
  const collection = new Collection(idbStore());
  const handlers = createHandlers(collection);
  // MV3 has `action`, Firefox MV2 `browserAction`.
  const button = browser.action ?? browser.browserAction;
  const toolbar = new ToolbarState(collection, {
    setBadge: async (tabId, state) => {
      await button.setBadgeText({ tabId, text: state === 'saved' ? '✓' : '' });
      await button.setTitle({ tabId, title: state === 'saved' ? 'Dossier — saved in your collection' : 'Dossier' });
      if (state === 'saved') await button.setBadgeBackgroundColor({ tabId, color: '#1f7a3a' });
    },
  });

  collection.onChange((change) => {
    void toolbar.refresh();
    void broadcastChange(change, {
      sendRuntime: (m) => browser.runtime.sendMessage(m),
      archiveTabs: async () =>
        (await browser.tabs.query({ url: ARCHIVE_TABS })).flatMap((t) => (t.id === undefined ? [] : [t.id])),
      sendTab: (id, m) => browser.tabs.sendMessage(id, m),
    });
  });
  browser.tabs.onRemoved.addListener((tabId) => toolbar.forget(tabId));
  // Migrate old data as soon as the background starts, not on the user's first click.
  collection.open().catch((e: unknown) => console.error('Dossier: collection could not be opened', e));

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isMessage(message) || message.kind === 'page/parse') return undefined;
    const reply = dispatch(handlers, message);
    const tabId = sender.tab?.id;
    if (message.kind === 'page/recognized' && tabId !== undefined) {
      const { key, identities = [] } = message.payload as { key?: string; identities?: string[] };
      void reply.then((r) => {
        if (r.ok) toolbar.track(tabId, key ? [key, ...identities] : identities, (r.value as { saved: boolean }).saved);
      });
    }
    return reply;
  });
});

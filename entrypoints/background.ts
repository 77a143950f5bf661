import { browser } from 'wxt/browser';
import { broadcastChange } from '@/lib/background/broadcast';
import { createHandlers, dispatch } from '@/lib/background/handlers';
import { isMessage } from '@/lib/messages';
import { Collection } from '@/lib/store/collection';
import { idbStore } from '@/lib/store/idb';

const ARCHIVE_TABS = 'https://digitalarchive.wilsoncenter.org/*';

export default defineBackground(() => {
  const collection = new Collection(idbStore());
  const handlers = createHandlers(collection);

  collection.onChange((change) => {
    void broadcastChange(change, {
      sendRuntime: (m) => browser.runtime.sendMessage(m),
      archiveTabs: async () =>
        (await browser.tabs.query({ url: ARCHIVE_TABS })).flatMap((t) => (t.id === undefined ? [] : [t.id])),
      sendTab: (id, m) => browser.tabs.sendMessage(id, m),
    });
  });
  // Migrate old data as soon as the background starts, not on the user's first click.
  collection.open().catch((e: unknown) => console.error('Dossier: collection could not be opened', e));

  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isMessage(message) || message.kind === 'page/parse') return undefined;
    return dispatch(handlers, message);
  });
});

import { browser } from 'wxt/browser';
import { broadcastChange } from '@/lib/background/broadcast';
import { createHandlers, dispatch } from '@/lib/background/handlers';
import { wireCapture } from '@/lib/capture/wire';
import { wireWayback } from '@/lib/capture/wayback';
import { loadRecordParser, type ScriptRunner } from '@/lib/capture/parser-loader';
import { isMessage, type MessageTable } from '@/lib/messages';
import { Collection } from '@/lib/store/collection';
import { idbStore } from '@/lib/store/idb';

const ARCHIVE_TABS = 'https://digitalarchive.wilsoncenter.org/*';

export default defineBackground(() => {
  const collection = new Collection(idbStore());
  // Toolbar icon, keyboard shortcuts and context menus.
  const capture = wireCapture(browser, collection);
  // Archived copies, only while the user has granted web.archive.org.
  wireWayback(browser);
  const handlers = {
    ...createHandlers(collection),
    'citation/format': ({ record }: MessageTable['citation/format']['request']) => capture.citation(record),
  };

  collection.onChange((change) => {
    void capture.repaintAll();
    void broadcastChange(change, {
      sendRuntime: (m) => browser.runtime.sendMessage(m),
      archiveTabs: async () =>
        (await browser.tabs.query({ url: ARCHIVE_TABS })).flatMap((t) => (t.id === undefined ? [] : [t.id])),
      sendTab: (id, m) => browser.tabs.sendMessage(id, m),
    });
  });
  // Headless browsers cannot press extension shortcuts or click native menus: the e2e tests reach the same
  // actions here. Nothing outside the extension can see the background's global scope.
  Object.assign(globalThis, {
    dossierTest: {
      command: capture.runCommand,
      menu: capture.runMenu,
      list: () => collection.list(),
      send: (m: unknown) => (isMessage(m) ? dispatch(handlers, m) : undefined),
    },
  });
  // Migrate old data as soon as the background starts, not on the user's first click.
  collection.open().catch((e: unknown) => console.error('Dossier: collection could not be opened', e));

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isMessage(message) || message.kind === 'page/parse') return undefined;
    if (message.kind === 'page/load-parser') return loadRecordParser(browser as unknown as ScriptRunner, sender);
    const reply = dispatch(handlers, message);
    const tabId = sender.tab?.id;
    if (message.kind === 'page/recognized' && tabId !== undefined) {
      const { record, links } = message.payload as MessageTable['page/recognized']['request'];
      // Only a payload that passed validation may drive the toolbar.
      void reply.then((r) => {
        if (r.ok) void capture.recognized(tabId, record, links ?? 0);
      });
    }
    return reply;
  });
});

import { browser } from 'wxt/browser';
import { createHandlers, dispatch } from '@/lib/background/handlers';
import { isMessage } from '@/lib/messages';
import { Collection } from '@/lib/store/collection';
import { idbStore } from '@/lib/store/idb';

export default defineBackground(() => {
  const collection = new Collection(idbStore());
  const handlers = createHandlers(collection);

  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isMessage(message) || message.kind === 'page/parse') return undefined;
    if (message.kind === 'page/recognized') return Promise.resolve({ ok: true, value: { saved: false } });
    return dispatch(handlers, message);
  });
});

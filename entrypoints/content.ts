import { browser } from 'wxt/browser';
import { isMessage } from '@/lib/messages';
import { parseRecordPage } from '@/lib/parse/record-page';

export default defineContentScript({
  matches: ['https://digitalarchive.wilsoncenter.org/document/*', 'https://digitalarchive.wilsoncenter.org/node/*'],
  runAt: 'document_idle',
  main() {
    const result = parseRecordPage(document, location.href);
    // A visible mark on the page for tests and for the user's own devtools; carries no page data.
    document.documentElement.dataset.dossier = result.kind;

    browser.runtime.onMessage.addListener((message: unknown) => {
      if (!isMessage(message) || message.kind !== 'page/parse') return undefined;
      return Promise.resolve({ ok: true, value: parseRecordPage(document, location.href) });
    });
  },
});

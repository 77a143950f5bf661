// The bare browser namespace, not the polyfill: it keeps the content script small (see wxt.config.ts).
import { browser } from '@wxt-dev/browser';
import { RecordController } from '@/lib/inpage/record-controller';
import { saveLinked } from '@/lib/inpage/page-deps';
import { answerMessages, browserPageDeps, htmlRecordReader, type ContentBrowser } from '@/lib/inpage/browser-deps';
import { parseRecordPage } from '@/lib/parse/record-page';

/**
 * Record pages: the live site's /document/… and /node/… addresses. Wayback Machine copies get this same script
 * registered at run time once the user grants web.archive.org (lib/capture/wayback.ts).
 */
export default defineContentScript({
  matches: ['https://digitalarchive.wilsoncenter.org/document/*', 'https://digitalarchive.wilsoncenter.org/node/*'],
  runAt: 'document_idle',
  main() {
    const b = browser as unknown as ContentBrowser;
    const deps = browserPageDeps(b, window, htmlRecordReader(parseRecordPage, window));
    const page = new RecordController(deps);
    // A visible mark on the page for tests and the user's own devtools; carries no page data.
    document.documentElement.dataset.dossier = page.result.kind;
    const report = () =>
      b.runtime.sendMessage({ kind: 'page/recognized', payload: { kind: page.result.kind, record: page.record, links: 0 } }).catch(() => undefined);
    void report();
    void page.mount();

    answerMessages(b, (m) => {
      switch (m.kind) {
        case 'page/parse':
          return Promise.resolve({ ok: true, value: page.read() });
        case 'page/command':
          return (m.payload.action === 'save' ? page.save() : page.copy()).then((done) => ({ ok: true, value: { done } }));
        case 'page/save-link':
          return saveLinked(deps, String(m.payload.url)).then((done) => ({ ok: true, value: { done } }));
        case 'collection/changed':
          void page.refreshSaved();
          return undefined;
      }
      return undefined;
    });
    b.storage.onChanged.addListener((changes) => {
      if (changes.settings) void page.mount();
    });
  },
});

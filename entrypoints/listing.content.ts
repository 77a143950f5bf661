// The bare browser namespace, not the polyfill: it keeps the content script small (see wxt.config.ts).
import { browser } from '@wxt-dev/browser';
import { ListingController } from '@/lib/inpage/listing-controller';
import { saveLinked } from '@/lib/inpage/page-deps';
import { answerMessages, browserPageDeps, onDemandRecordReader, type ContentBrowser } from '@/lib/inpage/browser-deps';

/** Every other archive page: search results, topic, person, place and collection pages that link to records. */
export default defineContentScript({
  matches: ['https://digitalarchive.wilsoncenter.org/*'],
  excludeMatches: ['https://digitalarchive.wilsoncenter.org/document/*', 'https://digitalarchive.wilsoncenter.org/node/*'],
  runAt: 'document_idle',
  main() {
    const b = browser as unknown as ContentBrowser;
    // The record parser is loaded only when a linked record is fetched: this script runs on every archive page.
    const deps = browserPageDeps(b, window, onDemandRecordReader(b, window, globalThis));
    const page = new ListingController(deps);
    document.documentElement.dataset.dossier = page.links.length ? 'listing' : 'other';
    void b.runtime.sendMessage({ kind: 'page/recognized', payload: { kind: 'not-a-record', links: page.links.length } }).catch(() => undefined);
    void page.mount();

    answerMessages(b, (m) => {
      switch (m.kind) {
        case 'page/parse':
          page.read();
          return Promise.resolve({ ok: true, value: { kind: 'not-a-record', reason: page.reason, links: page.links.length } });
        case 'page/save-all':
          void page.saveAll();
          return Promise.resolve({ ok: true, value: { started: page.links.length > 0 } });
        case 'page/save-link':
          return saveLinked(deps, String(m.payload.url)).then((done) => ({ ok: true, value: { done } }));
      }
      return undefined;
    });
    b.storage.onChanged.addListener((changes) => {
      if (changes.settings) void page.mount();
    });
  },
});

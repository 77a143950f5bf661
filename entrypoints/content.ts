import { browser } from 'wxt/browser';
import { PageController } from '@/lib/inpage/controller';
import { identityRecordFromUrl } from '@/lib/inpage/url-record';
import type { Reply } from '@/lib/messages';
import { request } from '@/lib/rpc';
import { copyCitation } from '@/lib/clipboard';
import { loadSettings } from '@/lib/settings';
import type { Citation } from '@/lib/cite/types';

/** Page → content script requests that are not in the background's table (popup, shortcut, menus). */
type PageRequest =
  | { kind: 'page/parse' }
  | { kind: 'page/command'; payload: { action: 'save' | 'copy' } }
  | { kind: 'page/save-all'; payload: Record<string, never> }
  | { kind: 'page/save-link'; payload: { url: string } }
  | { kind: 'collection/changed' };

export default defineContentScript({
  matches: ['https://digitalarchive.wilsoncenter.org/*', 'https://web.archive.org/web/*/https://digitalarchive.wilsoncenter.org/*'],
  runAt: 'document_idle',
  main() {
    const rt = browser.runtime;
    const controller = new PageController({
      doc: document,
      url: () => location.href,
      backend: {
        isSaved: async (record) => (await request(rt, 'record/status', { record })).saved,
        isUrlSaved: async (url) => (await request(rt, 'record/status', { record: identityRecordFromUrl(url) })).saved,
        save: async (record) => void (await request(rt, 'record/save', { record, capturedFrom: 'page' })),
        citation: async (record) =>
          (await rt.sendMessage({ kind: 'citation/format', payload: { record } }).then((r) => {
            const reply = r as { ok: boolean; value?: Citation & { label: string }; error?: string };
            if (!reply?.ok || !reply.value) throw new Error(reply?.error ?? 'no citation');
            return reply.value;
          })),
        inPageButton: async () => (await loadSettings(browser.storage.local)).inPageButton,
      },
      copy: async (citation) => void (await copyCitation(navigator.clipboard, citation)),
      fetchPage: async (url, signal) => {
        const res = await fetch(url, { signal, credentials: 'include' });
        return { ok: res.ok, status: res.status, text: res.ok ? await res.text() : '' };
      },
      parseHtml: (html) => new DOMParser().parseFromString(html, 'text/html'),
    });
    // A visible mark on the page for tests and the user's own devtools; carries no page data.
    document.documentElement.dataset.dossier = controller.info.kind;
    void rt.sendMessage({ kind: 'page/recognized', payload: { kind: controller.info.kind === 'record' ? 'record' : 'not-a-record', ...(controller.record ? { key: undefined } : {}) } }).catch(() => undefined);
    void controller.mount();

    browser.runtime.onMessage.addListener((raw: unknown) => {
      const m = raw as PageRequest;
      if (typeof m !== 'object' || m === null) return undefined;
      switch (m.kind) {
        case 'page/parse': {
          const info = controller.read();
          const value =
            info.kind === 'record'
              ? info.result
              : { kind: 'not-a-record' as const, reason: info.reason, ...(info.kind === 'listing' ? { links: info.links.length } : {}) };
          return Promise.resolve({ ok: true, value } satisfies Reply<'page/parse'>);
        }
        case 'page/command':
          return (m.payload.action === 'save' ? controller.save() : controller.copy()).then((done) => ({ ok: true, value: { done } }));
        case 'page/save-all':
          void controller.saveAll();
          return Promise.resolve({ ok: true, value: { started: controller.info.kind === 'listing' } });
        case 'page/save-link':
          return controller.saveLinked(String(m.payload?.url ?? '')).then((done) => ({ ok: true, value: { done } }));
        case 'collection/changed':
          void controller.refreshSaved();
          return undefined;
        default:
          return undefined;
      }
    });
    browser.storage.onChanged.addListener((changes) => {
      if (changes.settings) void controller.mount();
    });
  },
});

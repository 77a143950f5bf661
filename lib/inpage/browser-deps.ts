import { copyCitation } from '../clipboard';
import type { Citation } from '../cite/types';
import { request, type Transport } from '../rpc';
import type { PageMessage } from '../messages';
import { SETTINGS_KEY, type SettingsArea } from '../settings';
import { identityRecordFromUrl } from './url-record';
import type { PageDeps } from './page-deps';

/** The slice of the extension API the content scripts use; passed in so this module stays testable. */
export interface ContentBrowser {
  runtime: Transport & {
    onMessage: { addListener(l: (m: unknown, sender: unknown, respond: (r: unknown) => void) => boolean | undefined): void };
  };
  storage: { local: SettingsArea; onChanged: { addListener(l: (changes: Record<string, unknown>) => void): void } };
}

/** Page dependencies backed by messages to the background, the page's clipboard and same-origin fetch. */
export function browserPageDeps(browser: ContentBrowser, win: Window & typeof globalThis): PageDeps {
  const rt = browser.runtime;
  return {
    doc: win.document,
    url: () => win.location.href,
    backend: {
      isSaved: async (record) => (await request(rt, 'record/status', { record })).saved,
      isUrlSaved: async (url) => (await request(rt, 'record/status', { record: identityRecordFromUrl(url) })).saved,
      save: async (record) => void (await request(rt, 'record/save', { record, capturedFrom: 'page' })),
      citation: (record) => request(rt, 'citation/format', { record }) as Promise<Citation & { label: string }>,
      // Only this one setting matters in pages; reading it directly keeps the settings model out of them.
      inPageButton: async () => ((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as { inPageButton?: unknown } | undefined)?.inPageButton !== false,
    },
    copy: async (citation) => void (await copyCitation(win.navigator.clipboard, citation)),
    fetchPage: async (url, signal) => {
      const res = await win.fetch(url, { signal, credentials: 'include' });
      return { ok: res.ok, status: res.status, text: res.ok ? await res.text() : '' };
    },
    parseHtml: (html) => new win.DOMParser().parseFromString(html, 'text/html'),
  };
}

/**
 * Answers page requests with sendResponse + `return true`: the one reply form both browsers accept without
 * the polyfill. Handlers return undefined for messages they do not answer.
 */
export type ToPage = PageMessage | { kind: 'page/parse'; payload?: unknown } | { kind: 'collection/changed'; payload?: unknown };

export function answerMessages(browser: ContentBrowser, handle: (m: ToPage) => Promise<unknown> | undefined) {
  browser.runtime.onMessage.addListener((raw, _sender, respond) => {
    if (typeof raw !== 'object' || raw === null || typeof (raw as { kind?: unknown }).kind !== 'string') return undefined;
    const reply = handle(raw as ToPage);
    if (!reply) return undefined;
    reply.then(respond, (e: unknown) => respond({ ok: false, error: String(e) }));
    return true;
  });
}

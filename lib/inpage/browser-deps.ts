import { copyCitation } from '../clipboard';
import type { Citation } from '../cite/types';
import { request, type Transport } from '../rpc';
import type { PageMessage } from '../messages';
import { SETTINGS_KEY, type SettingsArea } from '../settings';
import type { PageDeps, ReadRecordHtml } from './page-deps';
import { RECORD_PARSER_GLOBAL, type ParseRecordPage } from './record-parser-global';

/** The slice of the extension API the content scripts use; passed in so this module stays testable. */
export interface ContentBrowser {
  runtime: Transport & {
    onMessage: { addListener(l: (m: unknown, sender: unknown, respond: (r: unknown) => void) => boolean | undefined): void };
  };
  storage: { local: SettingsArea; onChanged: { addListener(l: (changes: Record<string, unknown>) => void): void } };
}

type PageWindow = Window & typeof globalThis;

/** Reads fetched HTML with the given record parser. */
export function htmlRecordReader(parse: ParseRecordPage, win: PageWindow): ReadRecordHtml {
  return async (html, url) => parse(new win.DOMParser().parseFromString(html, 'text/html'), url);
}

/**
 * A reader whose parser the background loads into this page the first time a record is fetched (listing pages
 * rarely need it, and it is most of a record page script's size). A failed load is retried on the next record.
 * `contentGlobal` is the content script's own global, where the loaded file leaves the parser: in Firefox that
 * is not `window`, which there is a wrapper of the page's window.
 */
export function onDemandRecordReader(browser: ContentBrowser, win: PageWindow, contentGlobal: object): ReadRecordHtml {
  let parser: Promise<ParseRecordPage> | undefined;
  const load = () =>
    (parser ??= request(browser.runtime, 'page/load-parser', {}).then(() => {
      const parse = (contentGlobal as Record<string, unknown>)[RECORD_PARSER_GLOBAL];
      if (typeof parse !== 'function') throw new Error('The record parser did not load.');
      return parse as ParseRecordPage;
    })).catch((e: unknown) => {
      parser = undefined;
      throw e;
    });
  return async (html, url) => htmlRecordReader(await load(), win)(html, url);
}

/** Page dependencies backed by messages to the background, the page's clipboard and same-origin fetch. */
export function browserPageDeps(browser: ContentBrowser, win: PageWindow, readRecordHtml: ReadRecordHtml): PageDeps {
  const rt = browser.runtime;
  return {
    doc: win.document,
    url: () => win.location.href,
    backend: {
      isSaved: async (record) => (await request(rt, 'record/status', { record })).saved,
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
    readRecordHtml,
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

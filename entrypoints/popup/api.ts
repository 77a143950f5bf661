import { browser } from 'wxt/browser';
import type { DossierApi } from '@/components/types';
import { copyCitation } from '@/lib/clipboard';
import { parseRecordPage, type ParseResult } from '@/lib/parse/record-page';
import { request } from '@/lib/rpc';
import { loadSettings, saveSettings } from '@/lib/settings';
import type { PageMessage, Reply } from '@/lib/messages';
import { abortableSleep, saveAll } from '@/lib/capture/save-all';
import { fetchRecordWith } from '@/lib/inpage/page-deps';
import { htmlRecordReader } from '@/lib/inpage/browser-deps';
import { identityRecordFromUrl } from '@/lib/inpage/url-record';
import { SCHEMA_VERSION } from '@/lib/store/collection';
import { idbStore } from '@/lib/store/idb';
import { readIfCurrent, readItems, readSummaries } from '@/lib/store/read';

const WAYBACK = { origins: ['https://web.archive.org/*'] };

/** The popup's side of the typed messages, plus the browser bits (clipboard, downloads, permissions). */
export function createPopupApi(): DossierApi {
  const rt = browser.runtime;
  // The collection's own IndexedDB, read directly when it is at this schema; otherwise through the background.
  const collectionDb = idbStore();
  return {
    list: async () => (await readIfCurrent(collectionDb, readItems)) ?? request(rt, 'collection/list', {}),
    quickList: async () =>
      ((await readIfCurrent(collectionDb, readSummaries)) ?? (await request(rt, 'collection/summaries', {}))).map((s) => ({
        schemaVersion: SCHEMA_VERSION,
        key: s.key,
        record: {
          type: 'manuscript' as const,
          title: s.title,
          URL: s.URL,
          pageUrl: s.URL,
          ...(s.dateText ? { dateText: s.dateText } : {}),
          ...(s.genre ? { genre: s.genre } : {}),
          ...(s.recordId ? { recordId: s.recordId } : {}),
          ...(s.archive ? { archive: s.archive } : {}),
          ...(s.languages ? { languages: s.languages } : {}),
          ...(s.issued ? { issued: s.issued } : {}),
        },
        savedAt: s.savedAt,
        updatedAt: s.updatedAt,
        tags: s.tags,
        note: '',
        source: { pageUrl: s.URL, capturedFrom: 'popup' as const },
      })),
    status: (record) => request(rt, 'record/status', { record }),
    save: (record) => request(rt, 'record/save', { record, capturedFrom: 'popup' }),
    remove: async (keys) => (await request(rt, 'records/remove', { keys })).removed,
    restore: async (items) => void (await request(rt, 'records/restore', { items })),
    update: (key, change) => request(rt, 'record/update', { key, ...change }),
    backup: async (items) => (await request(rt, 'collection/export', { keys: items?.map((i) => i.key) })).text,
    async importFile(text) {
      // A backup is JSON; anything else is read as a list of Digital Archive addresses to capture.
      if (text.trimStart().startsWith('{')) return (await request(rt, 'collection/import', { text })).message;
      return (await request(rt, 'queue/add', { text })).message;
    },
    loadSettings: () => loadSettings(browser.storage.local),
    saveSettings: (s) => saveSettings(browser.storage.local, s),
    async requestWayback(on) {
      if (!on) {
        await browser.permissions.remove(WAYBACK).catch(() => false);
        return true;
      }
      return browser.permissions.request(WAYBACK);
    },
    async persisted() {
      if (!navigator.storage?.persist) return undefined;
      return (await navigator.storage.persisted()) || navigator.storage.persist();
    },
    copy: (citation) => copyCitation(navigator.clipboard, citation),
    download(filename, mime, content) {
      const url = URL.createObjectURL(new Blob([content], { type: `${mime};charset=utf-8` }));
      const a = document.createElement('a');
      a.href = url;
      a.download = filename;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
    async saveAllOnPage() {
      const tabId = await targetTabId();
      if (tabId === undefined) return false;
      const message: PageMessage<'page/save-all'> = { kind: 'page/save-all', payload: {} };
      const reply = (await browser.tabs.sendMessage(tabId, message).catch(() => undefined)) as { ok?: boolean; value?: { started?: boolean } } | undefined;
      return !!reply?.value?.started;
    },
    queued: async () => (await request(rt, 'queue/list', {})).map((q) => q.url),
    async captureQueue(onProgress, signal) {
      const urls = (await request(rt, 'queue/list', {})).map((q) => q.url);
      // Extension pages may fetch the archive (host permission) and have a DOMParser, unlike Chrome's worker.
      return saveAll(
        urls,
        {
          fetchRecord: (url, s) =>
            fetchRecordWith(
              async (u, sig) => {
                const res = await fetch(u, { signal: sig, credentials: 'include' });
                return { ok: res.ok, status: res.status, text: res.ok ? await res.text() : '' };
              },
              htmlRecordReader(parseRecordPage, window),
              url,
              s,
            ),
          isSaved: async (url) => (await request(rt, 'record/status', { record: identityRecordFromUrl(url) })).saved,
          save: async (record) => void (await request(rt, 'record/save', { record, capturedFrom: 'popup' })),
          sleep: abortableSleep,
          onProgress,
        },
        signal,
      );
    },
    onChanged(listener) {
      const onMessage = (m: unknown) => {
        if (typeof m === 'object' && m !== null && (m as { kind?: unknown }).kind === 'collection/changed') listener();
      };
      browser.runtime.onMessage.addListener(onMessage);
      return () => browser.runtime.onMessage.removeListener(onMessage);
    },
  };
}

async function targetTabId(): Promise<number | undefined> {
  // `popup.html?tab=<id>` asks that tab instead (tests open the popup page in a tab of its own).
  const asked = new URLSearchParams(location.search).get('tab');
  if (asked !== null && /^\d+$/.test(asked)) return Number(asked);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** Asks the active tab's content script what the page holds; undefined when there is no content script. */
export async function readActivePage(): Promise<ParseResult | undefined> {
  const tabId = await targetTabId();
  if (tabId === undefined) return undefined;
  try {
    const reply = (await browser.tabs.sendMessage(tabId, { kind: 'page/parse', payload: {} })) as Reply<'page/parse'> | undefined;
    return reply?.ok ? reply.value : undefined;
  } catch {
    return undefined;
  }
}

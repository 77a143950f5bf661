import type { browser as wxtBrowser } from 'wxt/browser';

type Browser = typeof wxtBrowser;
import { CITATION_STYLES } from '../cite/styles';
import type { DossierRecord } from '../record';
import { loadSettings } from '../settings';
import type { PageMessage } from '../messages';
import { actionAppearance, CONTEXT_MENUS, type CommandId, type TabRecordState } from './toolbar';

/** What the capture wiring needs from the collection (the background's Collection satisfies it). */
export interface SavedLookup {
  find(record: DossierRecord): Promise<unknown>;
}

const ARCHIVE_PAGES = ['https://digitalarchive.wilsoncenter.org/*'];
const RECORD_LINKS = ['https://digitalarchive.wilsoncenter.org/document/*', 'https://digitalarchive.wilsoncenter.org/node/*'];

/**
 * The toolbar icon, keyboard shortcuts and context menu. Per tab we remember what the page holds, so the
 * icon can follow saves and deletions made anywhere.
 */
export function wireCapture(browser: Browser, collection: SavedLookup) {
  const tabs = new Map<number, { record?: DossierRecord; links?: number }>();
  const action = browser.action ?? (browser as unknown as { browserAction: Browser['action'] }).browserAction;

  async function paint(tabId: number) {
    const entry = tabs.get(tabId);
    let state: TabRecordState = 'none';
    if (entry?.record) state = (await collection.find(entry.record).catch(() => undefined)) ? 'saved' : 'record';
    else if (entry?.links) state = 'listing';
    const look = actionAppearance(state, entry?.links ?? 0);
    await Promise.all([
      action.setIcon({ tabId, path: look.icon }),
      action.setBadgeText({ tabId, text: look.badgeText }),
      action.setBadgeBackgroundColor({ tabId, color: look.badgeColor }),
      action.setTitle({ tabId, title: look.title }),
    ]).catch(() => undefined); // the tab may be gone
  }

  async function repaintAll() {
    await Promise.all([...tabs.keys()].map(paint));
  }

  browser.tabs.onRemoved.addListener((tabId) => tabs.delete(tabId));
  browser.tabs.onUpdated.addListener((tabId, info) => {
    // A navigation starts: forget the old page until its content script reports the new one.
    if (info.status === 'loading' && info.url) {
      tabs.delete(tabId);
      void paint(tabId);
    }
  });

  async function ask(tabId: number | undefined, action: 'save' | 'copy') {
    if (tabId === undefined) return;
    const message: PageMessage<'page/command'> = { kind: 'page/command', payload: { action } };
    await browser.tabs.sendMessage(tabId, message).catch(() => undefined);
  }

  async function runCommand(command: string) {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    const id = command as CommandId;
    if (id === 'save-record') await ask(tab?.id, 'save');
    else if (id === 'copy-citation') await ask(tab?.id, 'copy');
  }
  browser.commands?.onCommand.addListener((command: string) => void runCommand(command));

  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus.removeAll().then(() => {
      for (const m of CONTEXT_MENUS) {
        browser.contextMenus.create({
          id: m.id,
          title: m.title,
          contexts: [...m.contexts],
          documentUrlPatterns: ARCHIVE_PAGES,
          ...((m.contexts as readonly string[]).includes('link') ? { targetUrlPatterns: RECORD_LINKS } : {}),
        });
      }
    });
  });

  async function runMenu(menuItemId: string | number, tabId: number | undefined, linkUrl?: string) {
    if (menuItemId === 'dossier-save') await ask(tabId, 'save');
    else if (menuItemId === 'dossier-copy') await ask(tabId, 'copy');
    else if (menuItemId === 'dossier-save-link' && tabId !== undefined && linkUrl) {
      // The page's content script fetches the linked record (same origin, the user's cookies) and saves it.
      const message: PageMessage<'page/save-link'> = { kind: 'page/save-link', payload: { url: linkUrl } };
      await browser.tabs.sendMessage(tabId, message).catch(() => undefined);
    }
  }
  browser.contextMenus.onClicked.addListener((info, tab) => void runMenu(info.menuItemId, tab?.id, info.linkUrl));

  return {
    runCommand,
    runMenu,
    /** A content script reported what its page holds. */
    recognized(tabId: number, record: DossierRecord | undefined, links: number) {
      tabs.set(tabId, { record, links });
      return paint(tabId);
    },
    repaintAll,
    /** The default-style citation, formatted here so content scripts stay small. */
    async citation(record: DossierRecord) {
      const settings = await loadSettings(browser.storage.local);
      const style = CITATION_STYLES.find((s) => s.id === settings.defaultStyle) ?? CITATION_STYLES[0];
      const saved = (await collection.find(record).catch(() => undefined)) as { savedAt?: string } | undefined;
      const accessed = settings.addAccessedDate ? new Date(saved?.savedAt ?? Date.now()) : undefined;
      return { ...style.format(record, { accessed }), label: style.label };
    },
  };
}

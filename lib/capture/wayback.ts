import type { browser as wxtBrowser } from 'wxt/browser';

type Browser = typeof wxtBrowser;

export const WAYBACK_ORIGINS = ['https://web.archive.org/*'];
/** Archived copies of record pages; the Wayback Machine keeps the original address after its timestamp. */
export const WAYBACK_RECORD_PAGES = [
  'https://web.archive.org/web/*/https://digitalarchive.wilsoncenter.org/document/*',
  'https://web.archive.org/web/*/https://digitalarchive.wilsoncenter.org/node/*',
];
const SCRIPT_ID = 'dossier-wayback';
const SCRIPT_FILE = 'content-scripts/content.js';

/**
 * Runs the record-page content script on Wayback copies only while the user has granted web.archive.org.
 * A static content script would make that host a required permission at install, so it is registered here,
 * when the optional permission is granted, and unregistered when it is taken back.
 */
export function wireWayback(browser: Browser) {
  let firefoxRegistration: { unregister(): Promise<void> } | undefined;

  async function sync() {
    const granted = await browser.permissions.contains({ origins: WAYBACK_ORIGINS }).catch(() => false);
    const scripting = (browser as unknown as { scripting?: Browser['scripting'] }).scripting;
    const contentScripts = (browser as unknown as { contentScripts?: { register(o: unknown): Promise<{ unregister(): Promise<void> }> } }).contentScripts;
    if (scripting?.registerContentScripts) {
      const existing = await scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] }).catch(() => []);
      if (granted && !existing.length) {
        await scripting.registerContentScripts([{ id: SCRIPT_ID, matches: WAYBACK_RECORD_PAGES, js: [SCRIPT_FILE], runAt: 'document_idle' }]);
      } else if (!granted && existing.length) {
        await scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
      }
    } else if (contentScripts) {
      if (granted && !firefoxRegistration) {
        firefoxRegistration = await contentScripts.register({ matches: WAYBACK_RECORD_PAGES, js: [{ file: `/${SCRIPT_FILE}` }], runAt: 'document_idle' });
      } else if (!granted && firefoxRegistration) {
        await firefoxRegistration.unregister();
        firefoxRegistration = undefined;
      }
    }
  }

  browser.permissions.onAdded.addListener(() => void sync().catch(() => undefined));
  browser.permissions.onRemoved.addListener(() => void sync().catch(() => undefined));
  void sync().catch(() => undefined);
  return { sync };
}

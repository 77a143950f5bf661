import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import { COMMANDS } from './lib/capture/toolbar';

// The only host Dossier reads. Kept in one place so the manifest and the docs agree.
const ARCHIVE_HOST = 'https://digitalarchive.wilsoncenter.org/*';
// Archived copies of record pages; asked for only when the user turns the setting on.
const WAYBACK_HOST = 'https://web.archive.org/*';

// Extension pages (popup, background) run only the extension's own scripts: no inline or remote code, no eval,
// no plugins, no <base>, no form posts, and they cannot be framed. WXT writes the MV2 string form for Firefox.
const EXTENSION_PAGES_CSP =
  "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * Preact's one innerHTML write is its dangerouslySetInnerHTML path, which Dossier never uses (ESLint forbids it:
 * page text is data). Cut it out of the bundle so nothing in the extension writes markup, which also leaves
 * `web-ext lint` no innerHTML assignment to warn about. Fails the build if Preact's code changes shape.
 */
function preactWithoutInnerHtml(): Plugin {
  return {
    name: 'dossier:preact-without-innerhtml',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/.test(id.split('?')[0])) return;
      const write = /\((\w+)\.innerHTML=(\w+)\.__html\)/g;
      if ((code.match(write) ?? []).length !== 1) this.error('preact.mjs changed shape: update preactWithoutInnerHtml in wxt.config.ts');
      return { code: code.replace(write, '(()=>{throw Error("dangerouslySetInnerHTML is disabled in Dossier")})()'), map: null };
    },
  };
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    // The content script runs on every archive page and must stay small (≤ 8 KB gzipped): it gets the bare
    // browser namespace instead of the polyfill, and answers messages in the form both browsers accept; WXT's
    // ContentScriptContext, which Dossier does not use, is replaced by an empty class.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      const bareContext = fileURLToPath(new URL('./lib/inpage/bare-context.ts', import.meta.url));
      config.plugins = [
        ...(config.plugins ?? []),
        {
          name: 'dossier:bare-content-script-context',
          enforce: 'pre',
          resolveId: (id: string) => (id === 'wxt/utils/content-script-context' ? bareContext : undefined),
        } satisfies Plugin,
      ];
      const alias = config.resolve?.alias;
      if (Array.isArray(alias)) {
        config.resolve!.alias = alias.filter((a) => a.find !== 'wxt/browser');
      } else if (alias && typeof alias === 'object') {
        delete (alias as Record<string, string>)['wxt/browser'];
      }
    },
  },
  vite: () => ({ plugins: [preact(), preactWithoutInnerHtml()] }),
  zip: {
    // Sources zip for addons.mozilla.org review: what builds the extension, not local outputs.
    // The e2e proxy's throwaway key is not needed to build and has no place in a store upload.
    excludeSources: ['test-results/**', 'demo-output/**', 'bench-results.json', '**/*.log', 'tests/e2e-firefox/*.pem'],
  },
  manifest: ({ browser }) => ({
    name: 'Dossier — Wilson Center Digital Archive',
    short_name: 'Dossier',
    description:
      'Save Wilson Center Digital Archive records to a local collection and copy correct citations (Chicago, MLA, APA).',
    // Firefox lets a page's content script write the clipboard without a click only with clipboardWrite: the
    // copy-citation shortcut and menu need it there. Chrome allows it to the focused page already.
    // Chrome needs scripting to run the record-page script on Wayback copies once that host is granted.
    permissions: browser === 'firefox' ? ['storage', 'contextMenus', 'clipboardWrite'] : ['storage', 'contextMenus', 'scripting'],
    host_permissions: [ARCHIVE_HOST],
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    // MV2 has no optional_host_permissions: Firefox takes host patterns in optional_permissions.
    ...(browser === 'firefox' ? { optional_permissions: [WAYBACK_HOST] } : { optional_host_permissions: [WAYBACK_HOST] }),
    commands: COMMANDS,
    // WXT writes the popup into browser_action for MV2 without copying action's icon, so name both.
    [browser === 'firefox' ? 'browser_action' : 'action']: {
      default_title: 'Dossier',
      default_icon: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'dossier@dossier-extension.org',
              strict_min_version: '140.0',
              // Dossier sends nothing anywhere: the collection stays on the user's machine.
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions arrived in Firefox for Android 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});

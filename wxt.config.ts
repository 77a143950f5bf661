import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The only host Dossier reads. Kept in one place so the manifest and the docs agree.
const ARCHIVE_HOST = 'https://digitalarchive.wilsoncenter.org/*';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Dossier — Wilson Center Digital Archive',
    short_name: 'Dossier',
    description:
      'Save Wilson Center Digital Archive records to a local collection and copy correct citations (Chicago, MLA, APA).',
    permissions: ['storage'],
    host_permissions: [ARCHIVE_HOST],
    action: {
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
          },
        }
      : {}),
  }),
});

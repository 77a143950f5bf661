/** What the toolbar icon shows for a tab: nothing recognized, a record, or a record already saved. */
export type TabRecordState = 'none' | 'listing' | 'record' | 'saved';

export interface ActionAppearance {
  title: string;
  badgeText: string;
  badgeColor: string;
  icon: Record<number, string>;
}

const PLAIN = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };
const SAVED = { 16: 'icon/saved-16.png', 32: 'icon/saved-32.png', 48: 'icon/saved-48.png', 128: 'icon/saved-128.png' };

/** The icon, badge and tooltip for each state; the tooltip says in words what the mark means. */
export function actionAppearance(state: TabRecordState, listingCount = 0): ActionAppearance {
  switch (state) {
    case 'saved':
      return { title: 'Dossier — this record is in your collection', badgeText: '✓', badgeColor: '#1d7a46', icon: SAVED };
    case 'record':
      return { title: 'Dossier — record on this page: click to save or cite', badgeText: '+', badgeColor: '#0b5cad', icon: PLAIN };
    case 'listing':
      return {
        title: `Dossier — ${listingCount} record${listingCount === 1 ? '' : 's'} linked on this page`,
        badgeText: listingCount ? String(Math.min(listingCount, 999)) : '',
        badgeColor: '#5b6475',
        icon: PLAIN,
      };
    default:
      return { title: 'Dossier', badgeText: '', badgeColor: '#5b6475', icon: PLAIN };
  }
}

/** Keyboard shortcuts: Alt+Shift, so they clash neither with Zotero's Ctrl+Shift+S nor the browsers' own. */
export const COMMANDS = {
  'save-record': { suggested_key: { default: 'Alt+Shift+D' }, description: 'Save the record on this page to Dossier' },
  'copy-citation': { suggested_key: { default: 'Alt+Shift+C' }, description: 'Copy a citation of the record on this page' },
} as const;

export type CommandId = keyof typeof COMMANDS;

export const CONTEXT_MENUS = [
  { id: 'dossier-save', title: 'Save to Dossier', contexts: ['page'] },
  { id: 'dossier-copy', title: 'Copy citation (Dossier)', contexts: ['page'] },
  { id: 'dossier-save-link', title: 'Save linked record to Dossier', contexts: ['link'] },
] as const;

/** The user's settings, with defaults; stored in storage.local under one key. */
export interface Settings {
  schemaVersion: 1;
  /** Citation style used by Copy citation, the shortcut and the in-page button. */
  defaultStyle: string;
  /** Add "Accessed <save date>" where the style allows it. */
  addAccessedDate: boolean;
  /** Show Dossier's Save / Copy buttons on record pages. */
  inPageButton: boolean;
  /** Recognize record pages archived in the Wayback Machine (asks for that host when turned on). */
  waybackCopies: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  schemaVersion: 1,
  defaultStyle: 'chicago-note',
  addAccessedDate: false,
  inPageButton: true,
  waybackCopies: false,
};

export const SETTINGS_KEY = 'settings';

/** Reads stored settings, keeping defaults for anything missing or of the wrong type. */
export function normalizeSettings(stored: unknown): Settings {
  const s = (typeof stored === 'object' && stored !== null ? stored : {}) as Partial<Record<keyof Settings, unknown>>;
  return {
    schemaVersion: 1,
    defaultStyle: typeof s.defaultStyle === 'string' ? s.defaultStyle : DEFAULT_SETTINGS.defaultStyle,
    addAccessedDate: typeof s.addAccessedDate === 'boolean' ? s.addAccessedDate : DEFAULT_SETTINGS.addAccessedDate,
    inPageButton: typeof s.inPageButton === 'boolean' ? s.inPageButton : DEFAULT_SETTINGS.inPageButton,
    waybackCopies: typeof s.waybackCopies === 'boolean' ? s.waybackCopies : DEFAULT_SETTINGS.waybackCopies,
  };
}

/** The slice of storage.local settings need; passed in so this stays testable. */
export interface SettingsArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export async function loadSettings(area: SettingsArea): Promise<Settings> {
  const got = await area.get(SETTINGS_KEY);
  return normalizeSettings(got[SETTINGS_KEY]);
}

export async function saveSettings(area: SettingsArea, settings: Settings): Promise<void> {
  await area.set({ [SETTINGS_KEY]: settings });
}

import type { Citation } from '@/lib/cite/types';
import type { DossierRecord } from '@/lib/record';

/** A citation style the popup can offer (the registry in lib/cite provides them). */
export interface StyleOption {
  id: string;
  label: string;
  format(record: DossierRecord, options?: { accessed?: Date }): Citation;
}

/** An export format the popup can offer as a download. */
export interface ExportOption {
  id: string;
  label: string;
  extension: string;
  mimeType: string;
  export(records: DossierRecord[], options?: { accessed?: Date | ((record: DossierRecord) => Date | undefined) }): string;
}

import type { SavedRecord } from '@/lib/store/collection';
import type { Settings } from '@/lib/settings';
import type { SaveAllProgress } from '@/lib/capture/save-all';

/** Everything the popup asks of the background and the browser, so views can be tested with fakes. */
export interface DossierApi {
  list(): Promise<SavedRecord[]>;
  /** Light rows for every item, to show a large collection before the full records arrive. */
  quickList?(): Promise<SavedRecord[]>;
  status(record: DossierRecord): Promise<{ saved: boolean; key?: string }>;
  save(record: DossierRecord): Promise<SavedRecord>;
  remove(keys: string[]): Promise<SavedRecord[]>;
  /** Puts removed items back exactly as they were (undo). */
  restore(items: SavedRecord[]): Promise<void>;
  update(key: string, change: { tags?: string[]; note?: string }): Promise<SavedRecord>;
  backup(items?: SavedRecord[]): Promise<string>;
  importFile(text: string): Promise<string>;
  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
  /** Asks for an optional host permission (Wayback copies); true when granted. */
  requestWayback(granted: boolean): Promise<boolean>;
  persisted(): Promise<boolean | undefined>;
  copy(citation: { text: string; html: string }): Promise<'rich' | 'plain'>;
  download(filename: string, mime: string, content: string): void;
  /** Asks the active tab's listing page to save every record it links to (progress shows in the page). */
  saveAllOnPage(): Promise<boolean>;
  /** Addresses imported from a URL list, waiting to be captured. */
  queued(): Promise<string[]>;
  /** Captures queued addresses here in the popup (fetch + parse + save), reporting progress. */
  captureQueue(onProgress: (p: SaveAllProgress) => void, signal: AbortSignal): Promise<SaveAllProgress>;
  /** Subscribes to collection changes made anywhere; returns the unsubscribe function. */
  onChanged(listener: () => void): () => void;
}

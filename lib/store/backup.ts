import { upgradeItem, type SavedRecord } from './item';
import { normalizeArchiveUrl } from './queue';
import { isObj, isTimestamp } from './validate';

export const BACKUP_FORMAT = 'dossier-backup';
/**
 * Backup files follow the store schema: version 1 files hold v1 items, version 2 files v2 items. A file from
 * any version up to this one can be imported.
 */
export const BACKUP_VERSION = 2;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  count: number;
  items: SavedRecord[];
}

export function makeBackup(items: SavedRecord[], now: Date): Backup {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), count: items.length, items };
}

export function backupFileName(now: Date): string {
  return `dossier-backup-${now.toISOString().slice(0, 10)}.json`;
}

/** At most this many problems are listed in an error; the rest are counted. */
const SHOWN_PROBLEMS = 5;

/** An entry migration could not read, carried in backups as it was stored. */
export interface QuarantinedEntry {
  key: string;
  value: unknown;
}

export type ParsedBackup =
  | { ok: true; version: number; items: SavedRecord[]; quarantined: QuarantinedEntry[] }
  | { ok: false; error: string };

/**
 * Reads a backup file completely before anything is written: any problem rejects the whole file, so an import
 * is all-or-nothing from the first byte.
 */
export function parseBackup(text: string): ParsedBackup {
  const notOurs = 'This file is not a Dossier backup, so nothing was imported.';
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: `${notOurs} (It is not JSON.)` };
  }
  if (!isObj(data) || data.format !== BACKUP_FORMAT) return { ok: false, error: notOurs };
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: 'This Dossier backup has no valid version number, so nothing was imported.' };
  }
  if (version > BACKUP_VERSION) {
    return {
      ok: false,
      error: `This backup was made by a newer Dossier (format version ${version}). Update Dossier, then import it; nothing was imported.`,
    };
  }
  if (data.exportedAt !== undefined && !isTimestamp(data.exportedAt)) {
    return { ok: false, error: 'This Dossier backup has a damaged export date, so nothing was imported.' };
  }
  if (!Array.isArray(data.items)) {
    return { ok: false, error: 'This Dossier backup has no list of items, so nothing was imported.' };
  }
  if (typeof data.count === 'number' && data.count !== data.items.length) {
    return {
      ok: false,
      error: `This Dossier backup is incomplete (it says ${data.count} items but holds ${data.items.length}), so nothing was imported.`,
    };
  }
  const items: SavedRecord[] = [];
  const problems: string[] = [];
  data.items.forEach((raw: unknown, i) => {
    const r = upgradeItem(raw, version, `item ${i + 1}`);
    if (r.item) items.push(r.item);
    problems.push(...r.problems);
  });
  if (problems.length) {
    const more = problems.length > SHOWN_PROBLEMS ? ` (and ${problems.length - SHOWN_PROBLEMS} more)` : '';
    return {
      ok: false,
      error: `This backup has damaged items, so nothing was imported: ${problems.slice(0, SHOWN_PROBLEMS).join('; ')}${more}.`,
    };
  }
  const quarantined = Array.isArray(data.quarantined)
    ? data.quarantined.filter(
        (q: unknown): q is QuarantinedEntry => isObj(q) && typeof q.key === 'string' && q.key.length > 0 && q.key.length < 4000,
      )
    : [];
  return { ok: true, version, items, quarantined };
}

/**
 * What a file the user picked looks like, so one "Import" button can take either a backup or a list of
 * addresses: JSON is treated as a backup (and rejected with a clear message if it is not one), text with at
 * least one Digital Archive address as a URL list.
 */
export function detectImportKind(text: string): 'backup' | 'url-list' | 'unknown' {
  const t = text.trimStart();
  if (t.startsWith('{') || t.startsWith('[')) return 'backup';
  const lines = t.split(/\r\n|\r|\n/, 2000);
  return lines.some((l) => l.trim() && typeof normalizeArchiveUrl(l) !== 'string') ? 'url-list' : 'unknown';
}

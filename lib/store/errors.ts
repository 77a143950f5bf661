/**
 * Typed store failures. The popup shows `message` as is and may branch on `kind` (e.g. offer "Export a backup"
 * for quota). Every failure that reaches the user is one of these, so nothing fails silently.
 */
export type StoreErrorKind =
  /** The browser refused to store more (QuotaExceededError). */
  | 'quota'
  /** IndexedDB cannot be opened (private windows, disabled storage, a broken profile). */
  | 'unavailable'
  /** The data offered (a message payload, an import file) is wrong; nothing was changed. */
  | 'invalid'
  /** No saved item for that key. */
  | 'not-found'
  /** The stored collection was written by a newer Dossier; we refuse to touch it rather than damage it. */
  | 'newer-version'
  | 'unknown';

export class StoreError extends Error {
  constructor(
    readonly kind: StoreErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StoreError';
  }
}

export const STORE_ERROR_KINDS: readonly StoreErrorKind[] = [
  'quota',
  'unavailable',
  'invalid',
  'not-found',
  'newer-version',
  'unknown',
];

export function isStoreError(e: unknown): e is StoreError {
  return e instanceof StoreError;
}

const UNAVAILABLE_NAMES = new Set([
  'InvalidStateError',
  'UnknownError',
  'SecurityError',
  'NotAllowedError',
  'NotFoundError',
  'VersionError',
  'AbortError',
]);

/**
 * Maps whatever IndexedDB (or the code around it) threw to a StoreError the user can act on. Checked by name
 * rather than instanceof DOMException so it works across realms and in tests.
 */
export function toStoreError(e: unknown, doing: string): StoreError {
  if (e instanceof StoreError) return e;
  const name = typeof e === 'object' && e !== null ? String((e as { name?: unknown }).name ?? '') : '';
  const detail = e instanceof Error ? e.message : String(e);
  if (name === 'QuotaExceededError' || /quota/i.test(detail)) {
    return new StoreError(
      'quota',
      `The browser's storage for Dossier is full, so ${doing} did not happen and nothing was changed. ` +
        'Export a backup, free some browser storage, then try again.',
      { cause: e },
    );
  }
  if (UNAVAILABLE_NAMES.has(name) || e instanceof ReferenceError || /indexeddb/i.test(detail)) {
    return new StoreError(
      'unavailable',
      `Dossier cannot open its storage, so ${doing} did not happen. Private windows or strict privacy ` +
        'settings can block the browser database; try a normal window.',
      { cause: e },
    );
  }
  return new StoreError('unknown', `${capitalize(doing)} failed: ${detail || name || 'unknown error'}.`, { cause: e });
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

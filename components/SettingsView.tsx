import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '@/lib/settings';
import type { SaveAllProgress } from '@/lib/capture/save-all';
import type { DossierApi, StyleOption } from './types';

interface Props {
  api: DossierApi;
  /** Changes whenever the collection was re-read (an import may have queued addresses). */
  revision: unknown;
  settings: Settings;
  styles: StyleOption[];
  persisted: boolean | undefined;
  onChange: (settings: Settings) => void;
  onBack: () => void;
  onImport: (file: File) => void;
  onBackup: () => void;
}

/** Addresses imported from a URL list, captured here on request (the popup can fetch and parse pages). */
function CaptureQueue({ api, revision }: { api: DossierApi; revision: unknown }) {
  const [queued, setQueued] = useState<string[] | undefined>(undefined);
  const [progress, setProgress] = useState<SaveAllProgress | undefined>(undefined);
  const [abort, setAbort] = useState<AbortController | undefined>(undefined);
  useEffect(() => {
    api.queued().then(setQueued, () => setQueued([]));
  }, [api, revision, progress?.done]);
  if (!queued?.length && !progress) return null;
  return (
    <section class="queue" aria-label="Addresses waiting to be captured" data-testid="capture-queue">
      <h3>Waiting to be captured</h3>
      <p>
        {queued?.length ?? 0} address{queued?.length === 1 ? '' : 'es'} from an imported list.
      </p>
      {progress && (
        <>
          <progress max={Math.max(1, progress.total)} value={progress.done} />
          <p class="muted" data-testid="queue-progress">
            {progress.done} of {progress.total} done · {progress.saved} saved
            {progress.skipped ? ` · ${progress.skipped} already saved` : ''}
            {progress.failures.length ? ` · ${progress.failures.length} failed` : ''}
            {progress.cancelled ? ' · cancelled' : ''}
          </p>
          {progress.failures.length > 0 && (
            <ul class="failures">
              {progress.failures.map((f) => (
                <li key={f.url}>
                  {f.url} — {f.reason}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <div class="actions">
        {abort ? (
          <button type="button" onClick={() => abort.abort()}>
            Cancel
          </button>
        ) : (
          <button
            type="button"
            class="primary"
            disabled={!queued?.length}
            data-testid="capture-now"
            onClick={async () => {
              const a = new AbortController();
              setAbort(a);
              try {
                setProgress(await api.captureQueue(setProgress, a.signal));
              } finally {
                setAbort(undefined);
              }
            }}
          >
            Capture now (stay in this window)
          </button>
        )}
      </div>
    </section>
  );
}

export function SettingsView({ api, revision, settings, styles, persisted, onChange, onBack, onImport, onBackup }: Props) {
  const set = <K extends keyof Settings>(key: K, value: Settings[K]) => onChange({ ...settings, [key]: value });
  return (
    <section class="settings" aria-labelledby="settings-title" data-testid="settings-view">
      <button type="button" class="link back" onClick={onBack}>
        ← Back
      </button>
      <h2 id="settings-title">Settings</h2>
      <label class="row-setting">
        <span>Default citation style</span>
        <select value={settings.defaultStyle} onChange={(e) => set('defaultStyle', (e.currentTarget as HTMLSelectElement).value)} data-testid="default-style">
          {styles.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      <label class="row-setting">
        <input type="checkbox" checked={settings.addAccessedDate} onChange={(e) => set('addAccessedDate', (e.currentTarget as HTMLInputElement).checked)} />
        <span>Add the date I saved a record as its “accessed” date</span>
      </label>
      <label class="row-setting">
        <input type="checkbox" checked={settings.inPageButton} onChange={(e) => set('inPageButton', (e.currentTarget as HTMLInputElement).checked)} />
        <span>Show Save and Copy buttons on record pages</span>
      </label>
      <label class="row-setting">
        <input type="checkbox" checked={settings.waybackCopies} onChange={(e) => set('waybackCopies', (e.currentTarget as HTMLInputElement).checked)} />
        <span>Recognize archived copies in the Wayback Machine (asks for access to web.archive.org)</span>
      </label>
      <h3>Backup</h3>
      <p class="muted">
        Your collection lives only in this browser.{' '}
        {persisted === true
          ? 'The browser has agreed to keep it when space runs low.'
          : persisted === false
            ? 'The browser may clear it when space runs low — keep a backup.'
            : ''}
      </p>
      <div class="actions">
        <button type="button" onClick={onBackup} data-testid="backup">
          Download backup
        </button>
        <label class="button">
          Import backup or list of record addresses…
          <input
            type="file"
            accept=".json,.txt,application/json,text/plain"
            class="sr-only"
            data-testid="import-file"
            onChange={(e) => {
              const f = (e.currentTarget as HTMLInputElement).files?.[0];
              if (f) onImport(f);
              (e.currentTarget as HTMLInputElement).value = '';
            }}
          />
        </label>
      </div>
      <CaptureQueue api={api} revision={revision} />
    </section>
  );
}

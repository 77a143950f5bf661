import type { Settings } from '@/lib/settings';
import type { StyleOption } from './types';

interface Props {
  settings: Settings;
  styles: StyleOption[];
  persisted: boolean | undefined;
  onChange: (settings: Settings) => void;
  onBack: () => void;
  onImport: (file: File) => void;
  onBackup: () => void;
}

export function SettingsView({ settings, styles, persisted, onChange, onBack, onImport, onBackup }: Props) {
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
          Import backup or URL list…
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
    </section>
  );
}

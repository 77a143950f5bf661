import { useEffect, useState } from 'preact/hooks';
import type { DossierRecord } from '@/lib/record';
import type { SavedRecord } from '@/lib/store/collection';
import { SourceParts, names } from './SourceParts';
import { TagEditor } from './TagEditor';
import { NoteEditor } from './NoteEditor';
import type { DossierApi, StyleOption } from './types';

interface Props {
  record: DossierRecord;
  warnings: string[];
  api: DossierApi;
  styles: StyleOption[];
  defaultStyle: string;
  addAccessed: boolean;
  /** The saved item for this record, when there is one (kept fresh by the parent). */
  saved: SavedRecord | undefined;
  onStatus: (text: string, undo?: () => void) => void;
}

export function CurrentRecord({ record, warnings, api, styles, defaultStyle, addAccessed, saved, onStatus }: Props) {
  const [busy, setBusy] = useState(false);
  const [styleId, setStyleId] = useState(defaultStyle);
  const [rightsOpen, setRightsOpen] = useState(false);
  useEffect(() => setStyleId(defaultStyle), [defaultStyle]);
  const style = styles.find((s) => s.id === styleId) ?? styles[0];

  async function onSave() {
    setBusy(true);
    try {
      await api.save(record);
      onStatus('Saved to your collection.');
    } catch (e) {
      onStatus(`Not saved: ${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  }

  async function onCopy() {
    if (!style) return;
    try {
      const accessed = addAccessed ? new Date(saved?.savedAt ?? Date.now()) : undefined;
      const how = await api.copy(style.format(record, { accessed }));
      onStatus(`Copied: ${style.label}${how === 'rich' ? ' (rich text and plain text)' : ' (plain text)'}.`);
    } catch (e) {
      onStatus(`Could not copy: ${(e as Error).message}`);
    }
  }

  async function onRemove() {
    if (!saved) return;
    const removed = await api.remove([saved.key]);
    onStatus('Removed from your collection.', () => void api.restore(removed).then(() => onStatus('Restored to your collection.')));
  }

  const authors = names(record.author);
  return (
    <article class="card" data-testid="record-card" aria-labelledby="current-title">
      {record.dateText && <p class="date">{record.dateText}{record.genre ? ` · ${record.genre}` : ''}</p>}
      <h2 class="title" id="current-title">
        {record.title}
      </h2>
      {authors && (
        <p class="authors">
          <span class="label">Author</span> {authors}
        </p>
      )}
      {record.source && <SourceParts source={record.source} />}
      {record.rights && (
        <div class="rights">
          <p class={rightsOpen ? '' : 'clamp'}>
            <span class="label">Rights</span> {rightsOpen ? record.rights.join('\n\n') : record.rights[0]}
          </p>
          <button type="button" class="link" aria-expanded={rightsOpen} onClick={() => setRightsOpen(!rightsOpen)}>
            {rightsOpen ? 'less' : 'more'}
          </button>
        </div>
      )}
      {warnings.length > 0 && (
        <div class="warnings" role="note">
          <p>Dossier read this page only in part:</p>
          <ul>
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      )}
      <div class="actions">
        <button
          type="button"
          class={saved ? 'primary saved' : 'primary'}
          disabled={busy || !!saved}
          onClick={onSave}
          data-testid="save"
        >
          {saved ? 'Saved ✓' : busy ? 'Saving…' : 'Save'}
        </button>
        <select aria-label="Citation style" value={style?.id} onChange={(e) => setStyleId((e.currentTarget as HTMLSelectElement).value)} data-testid="style-picker">
          {styles.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
        <button type="button" onClick={onCopy} data-testid="copy">
          Copy citation
        </button>
      </div>
      {saved && (
        <div class="saved-edit">
          <TagEditor idPrefix="current" tags={saved.tags} onChange={(tags) => void api.update(saved.key, { tags })} />
          <NoteEditor id="current-note" note={saved.note} onSave={(note) => void api.update(saved.key, { note })} />
          <button type="button" class="link danger" onClick={onRemove} data-testid="remove">
            Remove from collection
          </button>
        </div>
      )}
    </article>
  );
}

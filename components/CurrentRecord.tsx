import { useEffect, useState } from 'preact/hooks';
import type { DossierRecord } from '@/lib/record';
import { request, type Transport } from '@/lib/rpc';
import { formatSiteCitation } from '@/lib/cite/site';
import { copyCitation, type ClipboardLike } from '@/lib/clipboard';

interface Props {
  record: DossierRecord;
  warnings: string[];
  runtime: Transport;
  clipboard: ClipboardLike;
  onChange: () => void;
}

type SaveState = 'unknown' | 'unsaved' | 'saving' | 'saved';

export function CurrentRecord({ record, warnings, runtime, clipboard, onChange }: Props) {
  const [save, setSave] = useState<SaveState>('unknown');
  const [message, setMessage] = useState<string | undefined>(undefined);

  useEffect(() => {
    request(runtime, 'record/status', { record })
      .then((s) => setSave(s.saved ? 'saved' : 'unsaved'))
      .catch(() => setSave('unsaved'));
  }, [record, runtime]);

  async function onSave() {
    setSave('saving');
    try {
      await request(runtime, 'record/save', { record, capturedFrom: 'popup' });
      setSave('saved');
      setMessage('Saved to your collection.');
      onChange();
    } catch (e) {
      setSave('unsaved');
      setMessage(`Not saved: ${(e as Error).message}`);
    }
  }

  async function onCopy() {
    try {
      const how = await copyCitation(clipboard, formatSiteCitation(record));
      setMessage(how === 'rich' ? 'Citation copied (Digital Archive format).' : 'Citation copied as plain text.');
    } catch (e) {
      setMessage(`Could not copy: ${(e as Error).message}`);
    }
  }

  return (
    <article class="card" data-testid="record-card">
      {record.dateText && <p class="date">{record.dateText}</p>}
      <h2 class="title">{record.title}</h2>
      {record.source && (
        <p class="source">
          <span class="label">Source</span> {record.source.text}
        </p>
      )}
      {record.rights && (
        <p class="rights">
          <span class="label">Rights</span> {record.rights[0]}
        </p>
      )}
      {warnings.length > 0 && (
        <ul class="warnings" aria-label="Parts not found">
          {warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      <div class="actions">
        <button
          type="button"
          class={save === 'saved' ? 'primary saved' : 'primary'}
          disabled={save === 'saving' || save === 'saved' || save === 'unknown'}
          onClick={onSave}
          data-testid="save"
        >
          {save === 'saved' ? 'Saved ✓' : save === 'saving' ? 'Saving…' : 'Save'}
        </button>
        <button type="button" onClick={onCopy} data-testid="copy">
          Copy citation
        </button>
      </div>
      <p class="status" role="status" aria-live="polite">
        {message ?? ''}
      </p>
    </article>
  );
}

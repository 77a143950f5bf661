import { useState } from 'preact/hooks';

interface Props {
  tags: string[];
  onChange: (tags: string[]) => void;
  idPrefix: string;
}

/** Tags as removable chips plus an input: Enter or comma adds, Backspace on an empty input removes the last. */
export function TagEditor({ tags, onChange, idPrefix }: Props) {
  const [draft, setDraft] = useState('');
  function add() {
    const parts = draft.split(',').map((t) => t.trim()).filter(Boolean);
    const next = [...tags];
    for (const p of parts) if (!next.includes(p)) next.push(p);
    setDraft('');
    if (next.length !== tags.length) onChange(next);
  }
  return (
    <div class="tags">
      <ul class="chips" aria-label="Tags">
        {tags.map((t) => (
          <li key={t} class="chip">
            {t}
            <button type="button" class="chip-x" aria-label={`Remove tag ${t}`} onClick={() => onChange(tags.filter((x) => x !== t))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <label class="sr-only" for={`${idPrefix}-tag`}>
        Add a tag
      </label>
      <input
        id={`${idPrefix}-tag`}
        type="text"
        placeholder="Add tag…"
        value={draft}
        data-testid="tag-input"
        onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ',') {
            e.preventDefault();
            add();
          } else if (e.key === 'Backspace' && !draft && tags.length) onChange(tags.slice(0, -1));
        }}
        onBlur={add}
      />
    </div>
  );
}

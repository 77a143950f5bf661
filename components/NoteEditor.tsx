import { useEffect, useRef, useState } from 'preact/hooks';

/** A note saved shortly after typing pauses, and at once when the field loses focus or on Ctrl+Enter. */
export function NoteEditor({ note, onSave, id }: { note: string; onSave: (note: string) => void; id: string }) {
  const [draft, setDraft] = useState(note);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef({ draft, note });
  latest.current = { draft, note };
  useEffect(() => setDraft(note), [note]);
  const commit = () => {
    clearTimeout(timer.current);
    const { draft: d, note: n } = latest.current;
    if (d !== n) onSave(d);
  };
  // A popup can close at any moment: never leave typed text unsaved for long.
  useEffect(() => () => commit(), []);
  return (
    <div class="note">
      <label for={id}>Note</label>
      <textarea
        id={id}
        rows={3}
        value={draft}
        placeholder="Your note on this record…"
        data-testid="note-input"
        onInput={(e) => {
          setDraft((e.currentTarget as HTMLTextAreaElement).value);
          clearTimeout(timer.current);
          timer.current = setTimeout(commit, 500);
        }}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) commit();
        }}
      />
    </div>
  );
}

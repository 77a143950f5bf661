import type { ComponentChildren } from 'preact';
import type { SavedRecord } from '@/lib/store/collection';
import { SourceParts, names } from './SourceParts';
import { TagEditor } from './TagEditor';
import { NoteEditor } from './NoteEditor';
import type { DossierApi, StyleOption } from './types';

interface Props {
  item: SavedRecord;
  api: DossierApi;
  styles: StyleOption[];
  addAccessed: boolean;
  onBack: () => void;
  onStatus: (text: string) => void;
}

function Field({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="field">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

const list = (xs: string[] | undefined) => (xs?.length ? xs.join('; ') : undefined);

/** Every field of one saved record, its links, tags and note, and each style with its own copy button. */
export function DetailView({ item, api, styles, addAccessed, onBack, onStatus }: Props) {
  const r = item.record;
  const accessed = addAccessed ? new Date(item.savedAt) : undefined;
  const fields: Array<[string, string | undefined]> = [
    ['Date', r.dateText],
    ['Author', names(r.author)],
    ['Translator', names(r.translator)],
    ['Type', r.genre],
    ['Language', list(r.languages)],
    ['Classification', r.classification],
    ['Original archive', list(r.originalArchives)],
    ['People & organizations', list(r.peopleAndOrganizations)],
    ['Places', list(r.places)],
    ['Topics', list(r.topics)],
    ['Subjects', list(r.subjects)],
    ['Donors', list(r.donors)],
    ['Funders', list(r.funders)],
    ['Uploaded', r.uploadedDate],
    ['Record ID', r.recordId],
    ['Node ID', r.nodeId],
    ['Saved', new Date(item.savedAt).toLocaleString()],
  ];
  const links: Array<[string, string | undefined]> = [
    ['Record page', r.canonicalUrl ?? r.pageUrl],
    ['Stable URL', r.URL],
    ['Scan (PDF)', r.scanUrl],
    ['Download', r.downloadUrl],
    ['Archived copy', r.wayback?.url],
  ];
  return (
    <article class="detail" aria-labelledby="detail-title" data-testid="detail-view">
      <button type="button" class="link back" onClick={onBack} data-testid="back">
        ← Back to the collection
      </button>
      <h2 id="detail-title" class="title">
        {r.title}
      </h2>
      {r.abstract && <p class="summary">{r.abstract}</p>}
      {r.source && <SourceParts source={r.source} />}
      <dl class="fields">
        {fields.map(([k, v]) => (v ? <Field key={k} label={k}>{v}</Field> : null))}
      </dl>
      <ul class="links">
        {links.map(([k, href]) =>
          href && /^https?:\/\//.test(href) ? (
            <li key={k}>
              <a href={href} target="_blank" rel="noreferrer">
                {k}
              </a>
            </li>
          ) : null,
        )}
      </ul>
      <TagEditor idPrefix="detail" tags={item.tags} onChange={(tags) => void api.update(item.key, { tags })} />
      <NoteEditor id="detail-note" note={item.note} onSave={(note) => void api.update(item.key, { note })} />
      <h3>Citations</h3>
      <ul class="citations">
        {styles.map((s) => {
          const c = s.format(r, { accessed });
          return (
            <li key={s.id} data-testid={`citation-${s.id}`}>
              <div class="citation-head">
                <span class="label">{s.label}</span>
                <button
                  type="button"
                  onClick={async () => {
                    try {
                      await api.copy(c);
                      onStatus(`Copied: ${s.label}.`);
                    } catch (e) {
                      onStatus(`Could not copy: ${(e as Error).message}`);
                    }
                  }}
                >
                  Copy
                </button>
              </div>
              <p class="citation-text">{c.text}</p>
            </li>
          );
        })}
      </ul>
      {r.rights && (
        <section class="rights-full">
          <h3>Rights</h3>
          {r.rights.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </section>
      )}
    </article>
  );
}

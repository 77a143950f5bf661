import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { ParseResult } from '@/lib/parse/record-page';
import { recordIdentities, type DossierRecord } from '@/lib/record';
import type { SavedRecord } from '@/lib/store/collection';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import { CurrentRecord } from './CurrentRecord';
import { CollectionView, type CollectionActions } from './CollectionView';
import { DetailView } from './DetailView';
import { SettingsView } from './SettingsView';
import { EmptyCollection } from './EmptyCollection';
import type { DossierApi, ExportOption, StyleOption } from './types';

export interface AppProps {
  api: DossierApi;
  /** What the active tab holds; undefined when the tab has no Dossier content script. */
  readPage: () => Promise<ParseResult | undefined>;
  styles: StyleOption[];
  exports: ExportOption[];
}

type PageState = { state: 'loading' } | { state: 'none' } | { state: 'parsed'; result: ParseResult };
type View = { name: 'home' } | { name: 'detail'; key: string } | { name: 'settings' };
type Status = { text: string; undo?: () => void };

function stamp(d = new Date()): string {
  return d.toISOString().slice(0, 10);
}

export function App({ api: backend, readPage, styles, exports }: AppProps) {
  const [page, setPage] = useState<PageState>({ state: 'loading' });
  const [items, setItems] = useState<SavedRecord[] | undefined>(undefined);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [persisted, setPersisted] = useState<boolean | undefined>(undefined);
  const [view, setView] = useState<View>({ name: 'home' });
  const [status, setStatus] = useState<Status | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);

  const refresh = useCallback(async (quick = false) => {
    try {
      // Light rows first, so a big collection shows at once; full records (search, facets) replace them.
      if (quick && backend.quickList) {
        const rows = await backend.quickList();
        setItems((old) => old ?? rows);
      }
      setItems(await backend.list());
      performance.mark('dossier:list-complete');
      setError(undefined);
    } catch (e) {
      setError(`Your collection could not be read: ${(e as Error).message}`);
      setItems((old) => old ?? []);
    }
  }, [backend]);

  // Every change re-reads the list at once, so the popup never waits on the background's broadcast.
  const api = useMemo<DossierApi>(() => {
    const then = <A extends unknown[], R>(f: (...a: A) => Promise<R>) => async (...a: A) => {
      const r = await f(...a);
      await refresh();
      return r;
    };
    return {
      ...backend,
      save: then(backend.save),
      remove: then(backend.remove),
      restore: then(backend.restore),
      update: then(backend.update),
      importFile: then(backend.importFile),
    };
  }, [backend, refresh]);

  useEffect(() => {
    readPage()
      .then((result) => setPage(result ? { state: 'parsed', result } : { state: 'none' }))
      .catch(() => setPage({ state: 'none' }));
    api.loadSettings().then(setSettings, () => undefined);
    api.persisted().then(setPersisted, () => undefined);
    // Reading and decoding a big collection holds the main thread for a while: start once the popup has painted,
    // so the user sees the popup at once and the list a moment later.
    void afterFirstPaint().then(() => refresh(true));
    return api.onChanged(() => void refresh());
  }, [api, readPage, refresh]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && view.name !== 'home') {
        e.preventDefault();
        setView({ name: 'home' });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [view]);

  const say = (text: string, undo?: () => void) => setStatus({ text, undo });

  const current = page.state === 'parsed' && page.result.kind === 'record' ? page.result : undefined;
  const currentSaved = useMemo(() => {
    if (!current || !items) return undefined;
    const ids = new Set(recordIdentities(current.record));
    return items.find((i) => recordIdentities(i.record).some((id) => ids.has(id)));
  }, [current, items]);

  const actions: CollectionActions = {
    open: (item) => setView({ name: 'detail', key: item.key }),
    async copyBibliography(list, style) {
      // A bibliography is alphabetical by its entries' own text: format each record once, then sort.
      const cites = list
        .map((i) => style.format(i.record, { accessed: settings.addAccessedDate ? new Date(i.savedAt) : undefined }))
        .sort((a, b) => a.text.localeCompare(b.text));
      try {
        await api.copy({ text: cites.map((c) => c.text).join('\n\n'), html: cites.map((c) => `<p>${c.html}</p>`).join('\n') });
        say(`Copied a ${style.label} bibliography of ${list.length} record${list.length === 1 ? '' : 's'}.`);
      } catch (e) {
        say(`Could not copy: ${(e as Error).message}`);
      }
    },
    async exportAs(list, format) {
      try {
        if (format === 'backup') {
          api.download(`dossier-backup-${stamp()}.json`, 'application/json', await api.backup(list));
          say(`Backup of ${list.length} record${list.length === 1 ? '' : 's'} downloaded.`);
        } else {
          const savedAt = new Map(list.map((i) => [i.record, new Date(i.savedAt)]));
          const accessed = settings.addAccessedDate ? (r: DossierRecord) => savedAt.get(r) : undefined;
          const text = format.export(list.map((i) => i.record), { accessed });
          api.download(`dossier-${stamp()}.${format.extension}`, format.mimeType, text);
          say(`Exported ${list.length} record${list.length === 1 ? '' : 's'} as ${format.label}.`);
        }
      } catch (e) {
        say(`Export failed: ${(e as Error).message}`);
      }
    },
    async tag(list, tag) {
      for (const i of list) if (!i.tags.includes(tag)) await api.update(i.key, { tags: [...i.tags, tag] });
      say(`Tagged ${list.length} record${list.length === 1 ? '' : 's'} “${tag}”.`);
    },
    async remove(list) {
      const removed = await api.remove(list.map((i) => i.key));
      say(`Deleted ${removed.length} record${removed.length === 1 ? '' : 's'}.`, async () => {
        await api.restore(removed);
        say(`Restored ${removed.length} record${removed.length === 1 ? '' : 's'}.`);
      });
    },
  };

  const detailItem = view.name === 'detail' ? items?.find((i) => i.key === view.key) : undefined;

  return (
    <main class="popup">
      <header class="bar">
        <img src="/icon/32.png" alt="" width={20} height={20} />
        <h1>Dossier</h1>
        <button
          type="button"
          class="icon-button"
          aria-label="Settings"
          aria-pressed={view.name === 'settings'}
          onClick={() => setView(view.name === 'settings' ? { name: 'home' } : { name: 'settings' })}
          data-testid="open-settings"
        >
          ⚙
        </button>
      </header>
      {error && (
        <p class="error" role="alert" data-testid="error">
          {error}
        </p>
      )}
      {view.name === 'settings' && (
        <SettingsView
          settings={settings}
          styles={styles}
          persisted={persisted}
          onBack={() => setView({ name: 'home' })}
          onChange={async (next) => {
            if (next.waybackCopies !== settings.waybackCopies) {
              const ok = await api.requestWayback(next.waybackCopies);
              if (!ok) {
                say('Access to web.archive.org was not granted; archived copies stay off.');
                next = { ...next, waybackCopies: false };
              }
            }
            setSettings(next);
            await api.saveSettings(next);
            say('Settings saved.');
          }}
          api={api}
          revision={items}
          onBackup={() => actions.exportAs(items ?? [], 'backup')}
          onImport={async (file) => {
            try {
              say(await api.importFile(await file.text()));
              await refresh();
            } catch (e) {
              say(`Nothing was imported: ${(e as Error).message}`);
            }
          }}
        />
      )}
      {view.name === 'detail' && detailItem && (
        <DetailView
          item={detailItem}
          api={api}
          styles={styles}
          addAccessed={settings.addAccessedDate}
          onBack={() => setView({ name: 'home' })}
          onStatus={say}
        />
      )}
      {view.name === 'home' && (
        <>
          <section aria-label="This page" class="this-page">
            {page.state === 'loading' && <p class="muted">Reading this page…</p>}
            {page.state === 'none' && (
              <p class="muted" data-testid="not-record">
                This tab is not a Digital Archive record page.
              </p>
            )}
            {page.state === 'parsed' && page.result.kind === 'not-a-record' && !page.result.links && (
              <p class="muted" data-testid="not-record">
                Not a record page: {page.result.reason}
              </p>
            )}
            {page.state === 'parsed' && page.result.kind === 'not-a-record' && !!page.result.links && (
              <div class="card listing" data-testid="listing-card">
                <p>
                  This page links to <strong>{page.result.links}</strong> record{page.result.links === 1 ? '' : 's'}.
                </p>
                <button
                  type="button"
                  class="primary"
                  data-testid="save-all"
                  onClick={async () => {
                    const started = await api.saveAllOnPage();
                    say(started ? 'Saving every record on the page — progress and any failures show on the page.' : 'This page could not start saving.');
                  }}
                >
                  Save all {page.result.links} records on this page
                </button>
              </div>
            )}
            {current && (
              <CurrentRecord
                record={current.record}
                warnings={current.warnings}
                api={api}
                styles={styles}
                defaultStyle={settings.defaultStyle}
                addAccessed={settings.addAccessedDate}
                saved={currentSaved}
                onStatus={say}
              />
            )}
          </section>
          {items === undefined ? (
            <p class="muted">Loading your collection…</p>
          ) : items.length === 0 ? (
            <EmptyCollection />
          ) : (
            <CollectionView items={items} styles={styles} exports={exports} defaultStyle={settings.defaultStyle} actions={actions} listHeight={current ? 232 : 340} />
          )}
        </>
      )}
      <div class="status" role="status" aria-live="polite" data-testid="status">
        {status?.text ?? ''}
        {status?.undo && (
          <button
            type="button"
            class="link"
            onClick={() => {
              const undo = status.undo!;
              setStatus({ text: 'Restoring…' });
              undo();
            }}
            data-testid="undo"
          >
            Undo
          </button>
        )}
      </div>
    </main>
  );
}

/** Resolves once the page has shown content (or after a short wait where paint timing is not reported). */
function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof PerformanceObserver === 'undefined' || performance.getEntriesByName('first-contentful-paint').length) return resolve();
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    };
    const observer = new PerformanceObserver(done);
    const timer = setTimeout(done, 250);
    try {
      observer.observe({ type: 'paint' });
    } catch {
      done();
    }
  });
}

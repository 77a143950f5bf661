import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ParseResult } from '@/lib/parse/record-page';
import type { Reply } from '@/lib/messages';
import { request, type Transport } from '@/lib/rpc';
import type { SavedRecord } from '@/lib/store/collection';
import type { ClipboardLike } from '@/lib/clipboard';
import { CurrentRecord } from './CurrentRecord';
import { CollectionList } from './CollectionList';

export interface AppProps {
  runtime: Transport;
  /** Sends a message to the active tab's content script; undefined when there is none. */
  askPage: (message: unknown) => Promise<unknown>;
  clipboard: ClipboardLike;
}

type PageState = { state: 'loading' } | { state: 'none' } | { state: 'parsed'; result: ParseResult };

export function App({ runtime, askPage, clipboard }: AppProps) {
  const [page, setPage] = useState<PageState>({ state: 'loading' });
  const [items, setItems] = useState<SavedRecord[] | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);

  const refreshList = useCallback(async () => {
    try {
      setItems(await request(runtime, 'collection/list', {}));
    } catch (e) {
      setError(`The collection could not be read: ${(e as Error).message}`);
    }
  }, [runtime]);

  useEffect(() => {
    askPage({ kind: 'page/parse', payload: {} })
      .then((reply) => {
        const r = reply as Reply<'page/parse'> | undefined;
        setPage(r && r.ok ? { state: 'parsed', result: r.value } : { state: 'none' });
      })
      .catch(() => setPage({ state: 'none' }));
    void refreshList();
  }, [askPage, refreshList]);

  return (
    <main class="popup">
      <header class="bar">
        <img src="/icon/32.png" alt="" width={20} height={20} />
        <h1>Dossier</h1>
      </header>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <section aria-label="This page">
        {page.state === 'loading' && <p class="muted">Reading this page…</p>}
        {page.state === 'none' && (
          <p class="muted" data-testid="not-record">
            This tab is not a Digital Archive record page.
          </p>
        )}
        {page.state === 'parsed' && page.result.kind === 'not-a-record' && (
          <p class="muted" data-testid="not-record">
            Not a record page: {page.result.reason}
          </p>
        )}
        {page.state === 'parsed' && page.result.kind === 'record' && (
          <CurrentRecord
            record={page.result.record}
            warnings={page.result.warnings}
            runtime={runtime}
            clipboard={clipboard}
            onChange={refreshList}
          />
        )}
      </section>
      <CollectionList items={items} />
    </main>
  );
}

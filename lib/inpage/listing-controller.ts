import { recognizePage } from '../parse/recognize';
import { abortableSleep, saveAll, type SaveAllProgress } from '../capture/save-all';
import { fetchRecord, type PageDeps } from './page-deps';
import { mountSaveAllBar, type SaveAllBar } from './ui';
import { identityRecordFromUrl } from './url-record';

/** Dossier on a page that lists records: "Save all N records", with progress, cancel and failures. */
export class ListingController {
  private bar?: SaveAllBar;
  private abort?: AbortController;
  links: string[] = [];
  reason = '';

  constructor(private readonly deps: PageDeps) {
    this.read();
  }

  read(): string[] {
    const kind = recognizePage(this.deps.doc, this.deps.url());
    this.links = kind.kind === 'listing' ? kind.links : [];
    this.reason = kind.kind === 'other' ? kind.reason : kind.kind === 'record' ? 'A record page.' : `${this.links.length} records linked.`;
    return this.links;
  }

  async mount(): Promise<void> {
    const on = await this.deps.backend.inPageButton().catch(() => true);
    if (!on || !this.links.length) {
      this.bar?.remove();
      this.bar = undefined;
      return;
    }
    this.bar ??= this.newBar();
  }

  private newBar(): SaveAllBar {
    return mountSaveAllBar(this.deps.doc, this.links.length, {
      onStart: () => void this.saveAll(),
      onCancel: () => this.abort?.abort(),
    });
  }

  /** Saves every record the page links to; progress shows in the page's bar. */
  async saveAll(onProgress?: (p: SaveAllProgress) => void): Promise<SaveAllProgress | undefined> {
    if (!this.links.length) return undefined;
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    const bar = (this.bar ??= this.newBar());
    bar.started();
    return saveAll(
      this.links,
      {
        fetchRecord: (url, signal) => fetchRecord(this.deps, url, signal),
        isSaved: (url) => this.deps.backend.isSaved(identityRecordFromUrl(url)),
        save: (record) => this.deps.backend.save(record),
        sleep: abortableSleep,
        onProgress: (p) => {
          bar.update(p);
          onProgress?.(p);
        },
      },
      abort.signal,
    );
  }
}

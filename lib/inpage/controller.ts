import { parseRecordPage, type ParseResult } from '../parse/record-page';
import { originalRecordUrl } from '../parse/url';
import { SELECTORS } from '../parse/selectors';
import type { DossierRecord } from '../record';
import type { Citation } from '../cite/types';
import { recordLinks, saveAll, type SaveAllProgress } from '../capture/save-all';
import { mountRecordButtons, mountSaveAllBar, showToast, type RecordButtons, type SaveAllBar } from './ui';

/** What the page side needs from the background; the content script implements it with messages. */
export interface ContentBackend {
  isSaved(record: DossierRecord): Promise<boolean>;
  isUrlSaved(url: string): Promise<boolean>;
  save(record: DossierRecord): Promise<void>;
  /** The citation in the user's default style, formatted by the background. */
  citation(record: DossierRecord): Promise<Citation & { label: string }>;
  inPageButton(): Promise<boolean>;
}

export interface ContentDeps {
  doc: Document;
  url: () => string;
  backend: ContentBackend;
  copy(citation: Citation): Promise<void>;
  fetchPage(url: string, signal: AbortSignal): Promise<{ ok: boolean; status: number; text: string }>;
  parseHtml(html: string): Document;
}

export type PageInfo =
  | { kind: 'record'; result: Extract<ParseResult, { kind: 'record' }> }
  | { kind: 'listing'; links: string[]; reason: string }
  | { kind: 'other'; reason: string };

/**
 * Everything Dossier does inside a Digital Archive page: recognize it, show Save / Copy beside the site's
 * Cite button, answer the toolbar shortcut and menu, and offer "Save all N records" on listing pages.
 */
export class PageController {
  private buttons?: RecordButtons;
  private saveAllBar?: SaveAllBar;
  private saveAllAbort?: AbortController;
  info: PageInfo;

  constructor(private readonly deps: ContentDeps) {
    this.info = this.read();
  }

  read(): PageInfo {
    const { doc } = this.deps;
    const url = this.deps.url();
    const result = parseRecordPage(doc, url);
    if (result.kind === 'record') return (this.info = { kind: 'record', result });
    const links = recordLinks(doc, url, (href) => originalRecordUrl(href)?.url).filter(
      (l) => l !== originalRecordUrl(url)?.url,
    );
    this.info = links.length ? { kind: 'listing', links, reason: result.reason } : { kind: 'other', reason: result.reason };
    return this.info;
  }

  get record(): DossierRecord | undefined {
    return this.info.kind === 'record' ? this.info.result.record : undefined;
  }

  /** Puts the in-page controls up (when the user has them on) and reflects the saved state. */
  async mount(): Promise<void> {
    if (!(await this.deps.backend.inPageButton().catch(() => true))) return this.unmount();
    const record = this.record;
    if (record) {
      this.buttons ??= mountRecordButtons(this.deps.doc, this.deps.doc.querySelector(SELECTORS.citeButton), {
        onSave: () => void this.save(),
        onCopy: () => void this.copy(),
      });
      await this.refreshSaved();
    } else if (this.info.kind === 'listing' && !this.saveAllBar) {
      const links = this.info.links;
      this.saveAllBar = mountSaveAllBar(this.deps.doc, links.length, {
        onStart: () => void this.saveAll(),
        onCancel: () => this.saveAllAbort?.abort(),
      });
    }
  }

  unmount(): void {
    this.buttons?.remove();
    this.buttons = undefined;
    this.saveAllBar?.remove();
    this.saveAllBar = undefined;
  }

  async refreshSaved(): Promise<void> {
    const record = this.record;
    if (!record || !this.buttons) return;
    const saved = await this.deps.backend.isSaved(record).catch(() => false);
    this.buttons.setState(saved ? 'saved' : 'unsaved');
  }

  async save(): Promise<boolean> {
    const record = this.record;
    if (!record) {
      showToast(this.deps.doc, 'Dossier: this page is not a record.');
      return false;
    }
    this.buttons?.setState('saving');
    try {
      await this.deps.backend.save(record);
      this.buttons?.setState('saved');
      showToast(this.deps.doc, `Saved to Dossier: ${record.title.slice(0, 80)}`);
      return true;
    } catch (e) {
      this.buttons?.setState('unsaved');
      showToast(this.deps.doc, `Dossier could not save: ${(e as Error).message}`);
      return false;
    }
  }

  async copy(): Promise<boolean> {
    const record = this.record;
    if (!record) {
      showToast(this.deps.doc, 'Dossier: this page is not a record.');
      return false;
    }
    try {
      const citation = await this.deps.backend.citation(record);
      await this.deps.copy(citation);
      showToast(this.deps.doc, `Citation copied (${citation.label}).`);
      return true;
    } catch (e) {
      showToast(this.deps.doc, `Dossier could not copy: ${(e as Error).message}`);
      return false;
    }
  }

  /** Saves every record the page links to; progress shows in the page's bar. */
  async saveAll(onProgress?: (p: SaveAllProgress) => void): Promise<SaveAllProgress | undefined> {
    if (this.info.kind !== 'listing') return undefined;
    if (!this.saveAllBar) {
      this.saveAllBar = mountSaveAllBar(this.deps.doc, this.info.links.length, { onStart: () => undefined, onCancel: () => this.saveAllAbort?.abort() });
    }
    this.saveAllAbort?.abort();
    const abort = (this.saveAllAbort = new AbortController());
    const bar = this.saveAllBar;
    return saveAll(
      this.info.links,
      {
        fetchPage: this.deps.fetchPage,
        parse: (html, url) => {
          const r = parseRecordPage(this.deps.parseHtml(html), url);
          return r.kind === 'record' ? { record: r.record } : { reason: r.reason };
        },
        isSaved: (url) => this.deps.backend.isUrlSaved(url),
        save: (record) => this.deps.backend.save(record),
        sleep: (ms, signal) =>
          new Promise((resolve, reject) => {
            const t = setTimeout(resolve, ms);
            signal.addEventListener('abort', () => {
              clearTimeout(t);
              reject(new Error('cancelled'));
            });
          }),
        onProgress: (p) => {
          bar.update(p);
          onProgress?.(p);
        },
      },
      abort.signal,
    );
  }

  /** "Save linked record": reads the linked page without visiting it and saves what it holds. */
  async saveLinked(url: string): Promise<boolean> {
    const target = originalRecordUrl(url)?.url;
    if (!target) {
      showToast(this.deps.doc, 'Dossier: that link is not a Digital Archive record.');
      return false;
    }
    try {
      const res = await this.deps.fetchPage(target, new AbortController().signal);
      if (!res.ok) throw new Error(`the archive answered ${res.status}`);
      const parsed = parseRecordPage(this.deps.parseHtml(res.text), target);
      if (parsed.kind !== 'record') throw new Error(parsed.reason);
      await this.deps.backend.save(parsed.record);
      showToast(this.deps.doc, `Saved to Dossier: ${parsed.record.title.slice(0, 80)}`);
      return true;
    } catch (e) {
      showToast(this.deps.doc, `Dossier could not save the linked record: ${(e as Error).message}`);
      return false;
    }
  }

  cancelSaveAll(): void {
    this.saveAllAbort?.abort();
  }
}

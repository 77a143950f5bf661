import { parseRecordPage, type ParseResult } from '../parse/record-page';
import { SEL_CITE_BUTTON } from '../parse/selectors';
import type { DossierRecord } from '../record';
import type { PageDeps } from './page-deps';
import { mountRecordButtons, showToast, type RecordButtons } from './ui';

/**
 * Dossier on a record page: recognize it, show Save / Copy beside the site's Cite button, and answer the
 * toolbar shortcut and menu.
 */
export class RecordController {
  private buttons?: RecordButtons;
  result: ParseResult;

  constructor(private readonly deps: PageDeps) {
    this.result = this.read();
  }

  read(): ParseResult {
    return (this.result = parseRecordPage(this.deps.doc, this.deps.url()));
  }

  get record(): DossierRecord | undefined {
    return this.result.kind === 'record' ? this.result.record : undefined;
  }

  /** Puts the in-page controls up (when the user has them on) and reflects the saved state. */
  async mount(): Promise<void> {
    const on = await this.deps.backend.inPageButton().catch(() => true);
    if (!on || !this.record) {
      this.buttons?.remove();
      this.buttons = undefined;
      return;
    }
    this.buttons ??= mountRecordButtons(this.deps.doc, this.deps.doc.querySelector(SEL_CITE_BUTTON), {
      onSave: () => void this.save(),
      onCopy: () => void this.copy(),
    });
    await this.refreshSaved();
  }

  async refreshSaved(): Promise<void> {
    const record = this.record;
    if (!record || !this.buttons) return;
    const saved = await this.deps.backend.isSaved(record).catch(() => false);
    this.buttons.setState(saved ? 'saved' : 'unsaved');
  }

  private notRecord(): false {
    showToast(this.deps.doc, 'Dossier: this page is not a record.');
    return false;
  }

  async save(): Promise<boolean> {
    const record = this.record;
    if (!record) return this.notRecord();
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
    if (!record) return this.notRecord();
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
}

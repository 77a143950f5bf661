import type { SaveAllProgress } from '../capture/save-all';

/**
 * Dossier's controls inside Digital Archive pages. Everything lives in a shadow root, so the site's
 * styles cannot break it and ours cannot leak into the site. Built from DOM nodes with textContent only:
 * page text never becomes markup.
 */

// Per widget, so each content script carries only the styles it shows.
const BASE = ':host{all:initial}button{font:inherit;border-radius:6px;border:1px solid #0b5cad;background:#0b5cad;color:#fff;padding:6px 12px;cursor:pointer}button.s{background:#fff;color:#0b5cad}button:focus-visible{outline:2px solid #0b5cad;outline-offset:2px}';
const BAR_STYLE = '.bar{display:inline-flex;gap:6px;font:13px system-ui,sans-serif;vertical-align:middle}.f{position:fixed;right:16px;bottom:16px;z-index:2147483646;background:#fff;padding:6px;border-radius:10px;box-shadow:0 2px 12px #0004}button.ok{background:#fff;color:#1d7a46;border-color:#1d7a46}';
const TOAST_STYLE = 'div{position:fixed;right:16px;bottom:16px;z-index:2147483647;background:#1d2330;color:#fff;font:13px/1.4 system-ui,sans-serif;padding:8px 14px;border-radius:8px;max-width:360px}';
const SAVE_ALL_STYLE = '.sa{position:fixed;left:50%;transform:translateX(-50%);bottom:16px;z-index:2147483645;background:#fff;color:#1d2330;font:13px/1.4 system-ui,sans-serif;padding:10px 14px;border-radius:10px;box-shadow:0 2px 14px #0004;width:min(520px,90vw)}.r{display:flex;gap:8px;align-items:center;justify-content:space-between}progress{width:100%;margin:8px 0 4px}ul{margin:6px 0 0;padding-left:18px;max-height:120px;overflow:auto;font-size:12px;color:#8a1c13}';

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: Array<Node | string>) {
  const node = doc.createElement(tag);
  Object.assign(node, props);
  for (const c of children) node.append(c);
  return node;
}

function host(doc: Document, id: string, style: string): { host: HTMLElement; root: ShadowRoot } {
  doc.getElementById(id)?.remove();
  const h = el(doc, 'span', { id });
  h.dataset.dossier = id;
  // Open, so tests and assistive tech can reach it; styles are isolated either way.
  const root = h.attachShadow({ mode: 'open' });
  root.append(el(doc, 'style', { textContent: BASE + style }));
  return { host: h, root };
}

export type SaveState = 'unsaved' | 'saving' | 'saved';

export interface RecordButtons {
  setState(state: SaveState): void;
  remove(): void;
}

/** Save / Saved and Copy citation, placed next to the site's Cite button, or floating when it is missing. */
export function mountRecordButtons(
  doc: Document,
  anchor: Element | null,
  handlers: { onSave: () => void; onCopy: () => void },
): RecordButtons {
  const { host: h, root } = host(doc, 'dossier-buttons', BAR_STYLE);
  const save = el(doc, 'button', { type: 'button', textContent: 'Save to Dossier', title: 'Save this record to your Dossier collection' });
  const copy = el(doc, 'button', { type: 'button', className: 's', textContent: 'Copy citation', title: 'Copy a citation in your default style' });
  save.addEventListener('click', () => handlers.onSave());
  copy.addEventListener('click', () => handlers.onCopy());
  const bar = el(doc, 'span', { className: anchor ? 'bar' : 'bar f' }, save, copy);
  root.append(bar);
  if (anchor?.parentElement) anchor.after(h);
  else doc.body.append(h);
  h.dataset.state = 'unsaved';
  return {
    setState(state) {
      h.dataset.state = state;
      save.textContent = state === 'saved' ? 'Saved ✓' : state === 'saving' ? 'Saving…' : 'Save to Dossier';
      save.className = state === 'saved' ? 'ok' : '';
      save.disabled = state !== 'unsaved';
    },
    remove: () => h.remove(),
  };
}

/** A short confirmation in the corner of the page that goes away by itself. */
export function showToast(doc: Document, text: string, ms = 2600): void {
  const { host: h, root } = host(doc, 'dossier-toast', TOAST_STYLE);
  h.dataset.text = text;
  root.append(el(doc, 'div', { textContent: text }));
  root.lastElementChild?.setAttribute('role', 'status');
  doc.body.append(h);
  setTimeout(() => h.remove(), ms);
}

export interface SaveAllBar {
  /** Switches the bar to its running look (Cancel, progress bar) when a run starts from elsewhere. */
  started(): void;
  update(p: SaveAllProgress): void;
  remove(): void;
}

/** "Save all N records" on a listing page, then a progress bar with Cancel and the failures. */
export function mountSaveAllBar(doc: Document, count: number, handlers: { onStart: () => void; onCancel: () => void }): SaveAllBar {
  const { host: h, root } = host(doc, 'dossier-save-all', SAVE_ALL_STYLE);
  const label = el(doc, 'span', { textContent: `Dossier: ${count} record${count === 1 ? '' : 's'} on this page` });
  const start = el(doc, 'button', { type: 'button', textContent: `Save all ${count} records` });
  const close = el(doc, 'button', { type: 'button', className: 's', textContent: 'Close' });
  const progress = el(doc, 'progress', { max: count, value: 0 });
  progress.hidden = true;
  const failures = el(doc, 'ul');
  const box = el(doc, 'div', { className: 'sa' }, el(doc, 'div', { className: 'r' }, label, el(doc, 'span', {}, start, ' ', close)), progress, failures);
  box.setAttribute('role', 'region');
  box.setAttribute('aria-label', 'Save all records on this page');
  root.append(box);
  doc.body.append(h);
  let running = false;
  const started = () => {
    running = true;
    start.textContent = 'Cancel';
    start.className = 's';
    progress.hidden = false;
  };
  start.addEventListener('click', () => {
    if (running) return handlers.onCancel();
    handlers.onStart();
  });
  close.addEventListener('click', () => {
    if (running) handlers.onCancel();
    h.remove();
  });
  return {
    started,
    update(p) {
      progress.max = Math.max(1, p.total);
      progress.value = p.done;
      const parts = [`${p.done} of ${p.total} done`, `${p.saved} saved`];
      if (p.skipped) parts.push(`${p.skipped} already saved`);
      if (p.failures.length) parts.push(`${p.failures.length} failed`);
      label.textContent = `Dossier: ${parts.join(' · ')}${p.cancelled ? ' · cancelled' : ''}`;
      h.dataset.progress = JSON.stringify({ done: p.done, total: p.total, saved: p.saved, skipped: p.skipped, failed: p.failures.length, cancelled: p.cancelled });
      failures.replaceChildren(...p.failures.map((f) => el(doc, 'li', { textContent: `${f.url} — ${f.reason}` })));
      if (p.done >= p.total || p.cancelled) {
        running = false;
        start.hidden = true;
      }
    },
    remove: () => h.remove(),
  };
}

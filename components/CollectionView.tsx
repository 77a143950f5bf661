import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { SavedRecord } from '@/lib/store/collection';
import {
  FACETS,
  SORTS,
  indexItem,
  queryCollection,
  type FacetKey,
  type Filters,
  type SortKey,
} from '@/lib/query/collection-query';
import { VirtualList } from './VirtualList';
import type { ExportOption, StyleOption } from './types';

const ROW_HEIGHT = 58;

export interface CollectionActions {
  open(item: SavedRecord): void;
  copyBibliography(items: SavedRecord[], style: StyleOption): Promise<void>;
  exportAs(items: SavedRecord[], format: ExportOption | 'backup'): Promise<void>;
  tag(items: SavedRecord[], tag: string): Promise<void>;
  remove(items: SavedRecord[]): Promise<void>;
}

interface Props {
  items: SavedRecord[];
  styles: StyleOption[];
  exports: ExportOption[];
  defaultStyle: string;
  actions: CollectionActions;
  listHeight?: number;
}

export function CollectionView({ items, styles, exports, defaultStyle, actions, listHeight = 280 }: Props) {
  const index = useMemo(() => items.map(indexItem), [items]);
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<SortKey>('saved-desc');
  const [filters, setFilters] = useState<Filters>({});
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [anchor, setAnchor] = useState<number>(-1);
  const [active, setActive] = useState<number>(-1);
  const [styleId, setStyleId] = useState(defaultStyle);
  const [formatId, setFormatId] = useState(exports[0]?.id ?? 'backup');
  const [tagDraft, setTagDraft] = useState('');

  const result = useMemo(() => queryCollection(index, search, filters, sort), [index, search, filters, sort]);
  // For the benchmark and devtools: when the list first shows with its items.
  useEffect(() => {
    if (items.length) performance.mark('dossier:list-ready', { detail: items.length });
  }, [items.length > 0]);
  // For the benchmark: when a search has been rendered (layout effects run right after the DOM is updated).
  useLayoutEffect(() => {
    performance.mark('dossier:search-rendered', { detail: search });
  }, [result]);
  const shown = result.items;
  const selectedItems = useMemo(() => shown.filter((i) => selected.has(i.key)), [shown, selected]);
  const targets = selectedItems.length ? selectedItems : shown;

  function toggle(i: number, e: { shiftKey: boolean; ctrlKey?: boolean; metaKey?: boolean }) {
    const next = new Set(selected);
    if (e.shiftKey && anchor >= 0) {
      const [a, b] = anchor < i ? [anchor, i] : [i, anchor];
      for (let k = a; k <= b; k++) next.add(shown[k].key);
    } else if (next.has(shown[i].key)) next.delete(shown[i].key);
    else next.add(shown[i].key);
    setSelected(next);
    setAnchor(i);
    setActive(i);
  }

  function onListKey(e: KeyboardEvent) {
    if (!shown.length) return;
    const move = (to: number) => {
      e.preventDefault();
      setActive(Math.max(0, Math.min(shown.length - 1, to)));
    };
    if (e.key === 'ArrowDown') move(active + 1);
    else if (e.key === 'ArrowUp') move(active - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(shown.length - 1);
    else if (e.key === 'PageDown') move(active + Math.floor(listHeight / ROW_HEIGHT));
    else if (e.key === 'PageUp') move(active - Math.floor(listHeight / ROW_HEIGHT));
    else if (e.key === 'Enter' && active >= 0) {
      e.preventDefault();
      actions.open(shown[active]);
    } else if (e.key === ' ' && active >= 0) {
      e.preventDefault();
      toggle(active, e);
    } else if (e.key === 'a' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      setSelected(new Set(shown.map((i) => i.key)));
    } else if (e.key === 'Escape' && selected.size) {
      e.preventDefault();
      e.stopPropagation();
      setSelected(new Set());
    }
  }

  function setFilter(facet: FacetKey, value: string) {
    setFilters((f) => ({ ...f, [facet]: value || undefined }));
  }

  const allShownSelected = shown.length > 0 && selectedItems.length === shown.length;
  const style = styles.find((s) => s.id === styleId) ?? styles[0];
  const scope = selectedItems.length ? `${selectedItems.length} selected` : `all ${shown.length} shown`;

  return (
    <section class="collection" aria-label="Saved records">
      <div class="collection-head">
        <h2 id="collection-title">
          Saved records <span class="count" data-testid="collection-count">{shown.length === items.length ? items.length : `${shown.length} of ${items.length}`}</span>
        </h2>
      </div>
      <div class="toolbar">
        <input
          type="search"
          placeholder="Search all fields, tags and notes…"
          aria-label="Search saved records"
          value={search}
          onInput={(e) => setSearch((e.currentTarget as HTMLInputElement).value)}
          data-testid="search"
        />
        <select aria-label="Sort by" value={sort} onChange={(e) => setSort((e.currentTarget as HTMLSelectElement).value as SortKey)}>
          {SORTS.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
      </div>
      <div class="filters" role="group" aria-label="Filters">
        {FACETS.map((f) => {
          const counts = [...result.counts[f.id].entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
          if (!counts.length && !filters[f.id]) return null;
          return (
            <select
              key={f.id}
              aria-label={`Filter by ${f.label.toLowerCase()}`}
              value={filters[f.id] ?? ''}
              onChange={(e) => setFilter(f.id, (e.currentTarget as HTMLSelectElement).value)}
              data-testid={`filter-${f.id}`}
            >
              <option value="">{`Any ${f.label.toLowerCase()}`}</option>
              {counts.map(([value, n]) => (
                <option key={value} value={value}>{`${value} (${n})`}</option>
              ))}
            </select>
          );
        })}
      </div>
      <div class="bulk" role="group" aria-label="Actions on records">
        <label class="check">
          <input
            type="checkbox"
            checked={allShownSelected}
            onChange={() => setSelected(allShownSelected ? new Set() : new Set(shown.map((i) => i.key)))}
            aria-label="Select all shown records"
            data-testid="select-all"
          />
          <span class="muted">{scope}</span>
        </label>
        <div class="bulk-row">
          <select aria-label="Bibliography style" value={style?.id} onChange={(e) => setStyleId((e.currentTarget as HTMLSelectElement).value)}>
            {styles.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
          <button type="button" disabled={!targets.length} onClick={() => style && actions.copyBibliography(targets, style)} data-testid="copy-bibliography">
            Copy
          </button>
          <select aria-label="Export format" value={formatId} onChange={(e) => setFormatId((e.currentTarget as HTMLSelectElement).value)}>
            {exports.map((x) => (
              <option key={x.id} value={x.id}>
                {x.label}
              </option>
            ))}
            <option value="backup">Backup (JSON)</option>
          </select>
          <button
            type="button"
            disabled={!targets.length}
            onClick={() => actions.exportAs(targets, exports.find((x) => x.id === formatId) ?? 'backup')}
            data-testid="export"
          >
            Export
          </button>
        </div>
        {selectedItems.length > 0 && (
          <div class="bulk-row">
            <input
              type="text"
              placeholder="Tag"
              aria-label="Tag to add to the selected records"
              value={tagDraft}
              onInput={(e) => setTagDraft((e.currentTarget as HTMLInputElement).value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && tagDraft.trim()) {
                  void actions.tag(selectedItems, tagDraft.trim());
                  setTagDraft('');
                }
              }}
            />
            <button
              type="button"
              disabled={!tagDraft.trim()}
              onClick={() => {
                void actions.tag(selectedItems, tagDraft.trim());
                setTagDraft('');
              }}
            >
              Add tag
            </button>
            <button
              type="button"
              class="danger"
              onClick={() => {
                void actions.remove(selectedItems);
                setSelected(new Set());
              }}
              data-testid="delete-selected"
            >
              Delete
            </button>
          </div>
        )}
      </div>
      {shown.length === 0 ? (
        <p class="muted empty-result" data-testid="no-results">
          No saved record matches{search ? ` “${search}”` : ' these filters'}.
        </p>
      ) : (
        <VirtualList
          items={shown}
          rowHeight={ROW_HEIGHT}
          height={Math.min(listHeight, shown.length * ROW_HEIGHT)}
          activeIndex={active}
          label="Saved records"
          onKeyDown={onListKey}
          renderRow={(item, i) => (
            <div
              id={`row-${i}`}
              role="row"
              aria-rowindex={i + 1}
              aria-selected={selected.has(item.key)}
              class={`row${selected.has(item.key) ? ' selected' : ''}${i === active ? ' active' : ''}`}
              data-testid="collection-row"
            >
              <span role="gridcell">
                <input
                  type="checkbox"
                  tabIndex={-1}
                  checked={selected.has(item.key)}
                  aria-label={`Select ${item.record.title}`}
                  onClick={(e) => {
                    e.stopPropagation();
                    toggle(i, e as MouseEvent);
                  }}
                />
              </span>
              <span role="gridcell" class="row-cell">
                <button type="button" tabIndex={-1} class="row-main" onClick={(e) => ((e as MouseEvent).shiftKey ? toggle(i, e as MouseEvent) : actions.open(item))}>
                  <span class="row-title">{item.record.title}</span>
                  <span class="row-meta">
                    {item.record.dateText ?? 'n.d.'}
                    {item.record.source?.archive ? ` · ${item.record.source.archive.abbreviation}` : ''}
                    {item.tags.length ? ` · ${item.tags.map((t) => `#${t}`).join(' ')}` : ''}
                  </span>
                </button>
              </span>
            </div>
          )}
        />
      )}
    </section>
  );
}

import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';

interface Props<T> {
  items: T[];
  rowHeight: number;
  height: number;
  /** Index of the keyboard-active row; kept in view. */
  activeIndex: number;
  renderRow: (item: T, index: number) => ComponentChildren;
  label: string;
  onKeyDown?: (e: KeyboardEvent) => void;
}

/**
 * Renders only the rows in view (plus a few either side), so 10,000 saved records cost as much as 20.
 * Rows have a fixed height: the scroll height is known without measuring, so nothing shifts.
 */
export function VirtualList<T>({ items, rowHeight, height, activeIndex, renderRow, label, onKeyDown }: Props<T>) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const overscan = 6;
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(items.length, Math.ceil((scrollTop + height) / rowHeight) + overscan);

  useEffect(() => {
    const el = ref.current;
    if (!el || activeIndex < 0) return;
    const top = activeIndex * rowHeight;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + rowHeight > el.scrollTop + height) el.scrollTop = top + rowHeight - height;
  }, [activeIndex, rowHeight, height]);

  const rows = [];
  for (let i = first; i < last; i++) {
    rows.push(
      <div
        key={i}
        class="vrow"
        style={{ position: 'absolute', top: `${i * rowHeight}px`, height: `${rowHeight}px`, left: 0, right: 0 }}
      >
        {renderRow(items[i], i)}
      </div>,
    );
  }
  return (
    <div
      ref={ref}
      class="vlist"
      // A grid, not a listbox: each row holds a checkbox and a button, and options may not contain controls.
      role="grid"
      aria-label={label}
      aria-rowcount={items.length}
      aria-multiselectable="true"
      aria-activedescendant={activeIndex >= 0 && activeIndex < items.length ? `row-${activeIndex}` : undefined}
      tabIndex={0}
      style={{ height: `${height}px`, overflowY: 'auto', position: 'relative' }}
      onScroll={(e) => setScrollTop((e.currentTarget as HTMLDivElement).scrollTop)}
      onKeyDown={onKeyDown}
      data-testid="collection-list"
    >
      <div style={{ height: `${items.length * rowHeight}px`, position: 'relative' }}>{rows}</div>
    </div>
  );
}

import type { SavedRecord } from '@/lib/store/collection';

export function CollectionList({ items }: { items: SavedRecord[] | undefined }) {
  return (
    <section class="collection" aria-label="Saved records">
      <h2>
        Saved records{items ? <span class="count"> ({items.length})</span> : null}
      </h2>
      {items && items.length === 0 && (
        <p class="muted">Nothing saved yet. Open a record page on the Digital Archive and press Save.</p>
      )}
      {items && items.length > 0 && (
        <ol class="saved-list" data-testid="saved-list">
          {items.map((item) => (
            <li key={item.key}>
              <a href={item.record.URL} target="_blank" rel="noreferrer">
                {item.record.title}
              </a>
              <span class="muted">{item.record.dateText ?? 'n.d.'}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

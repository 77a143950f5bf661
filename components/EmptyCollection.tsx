/** First run: what Dossier is for and how to save the first record. */
export function EmptyCollection() {
  return (
    <section class="empty" aria-labelledby="empty-title" data-testid="empty-state">
      <h2 id="empty-title">Your collection is empty</h2>
      <ol>
        <li>
          Open a record on the{' '}
          <a href="https://digitalarchive.wilsoncenter.org/" target="_blank" rel="noreferrer">
            Wilson Center Digital Archive
          </a>
          .
        </li>
        <li>
          Click the Dossier icon and press <strong>Save</strong> — or use the shortcut without opening this window.
        </li>
        <li>Copy a citation in Chicago, MLA, APA or the archive’s own format, or export to Zotero.</li>
      </ol>
      <p class="muted">Everything stays in this browser. Settings (⚙) has backup and import.</p>
    </section>
  );
}

import type { Citation } from './cite/types';

/** The clipboard surface copying needs (navigator.clipboard in the popup). */
export interface ClipboardLike {
  write?(items: ClipboardItem[]): Promise<void>;
  writeText(text: string): Promise<void>;
}

/**
 * Writes a citation as text/html and text/plain together, so word processors get the italics and plain
 * editors get clean text. Falls back to plain text where ClipboardItem is missing (older Firefox).
 */
export async function copyCitation(clipboard: ClipboardLike, citation: Citation): Promise<'rich' | 'plain'> {
  if (clipboard.write && typeof ClipboardItem !== 'undefined') {
    const item = new ClipboardItem({
      'text/html': new Blob([citation.html], { type: 'text/html' }),
      'text/plain': new Blob([citation.text], { type: 'text/plain' }),
    });
    await clipboard.write([item]);
    return 'rich';
  }
  await clipboard.writeText(citation.text);
  return 'plain';
}

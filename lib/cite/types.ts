/** Every citation style returns both: html with italics/quotes as markup, text clean for plain editors. */
export interface Citation {
  text: string;
  html: string;
}

/**
 * Options every style accepts. Styles are pure functions of the record, so anything that is not in the record
 * (the time the user saved it) comes in here.
 */
export interface CiteOptions {
  /** When the record was consulted (its save time); printed only where the style asks for an access date. */
  accessed?: Date;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Page text is data: every value that goes into citation html passes through here. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

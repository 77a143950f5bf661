/**
 * Every CSS selector Dossier uses on Digital Archive pages, in one place. Each names the fixture in
 * tests/fixtures/ that exercises it, so a site redesign shows up as failing fixture tests, not silent blanks.
 */
export const SELECTORS = {
  /** all record fixtures */
  title: '.content-block h1.title',
  /** all record fixtures; "November 2, 1956" */
  date: '.content-block h2.date',
  /** cable-hao-deqing-1956.html, cable-katori-1984.html: "This document was made possible with support from …" */
  donated: '.content-block p.donated, p.donated',
  /** memorandum-mikoyan-kennedy-1962.html */
  summary: '.document-container .text-block',
  /** memorandum-mikoyan-kennedy-1962.html: the "Author(s):" column */
  authorHeading: '.document-container h2.title',
  authorPill: '.pill .name',
  /** all record fixtures: pill blocks keyed by their h3.title */
  pillBlock: '.pill-block',
  pillBlockTitle: 'h3.title',
  pillName: '.pill .name',
  /** all record fixtures: Document Information blocks keyed by h3.sub-title */
  infoBlock: 'section.document-information .information-block',
  infoBlockTitle: 'h3.sub-title',
  infoBlockText: '.text',
  /** all record fixtures */
  canonical: 'link[rel="canonical"]',
  shortlink: 'link[rel="shortlink"]',
  drupalSettings: 'script[data-drupal-selector="drupal-settings-json"]',
  citationText: '#citation-text',
  citationUrl: 'a#citation-url',
  /** memorandum-mikoyan-kennedy-1962.html: #translation; cable-katori-1984.html: #original too */
  tabPane: '#documentTabs > .tab-pane',
  scan: 'object.pdf-preview[data]',
  download: 'a.btn[href$="/download"]',
  /** all real record fixtures: the site's Cite button, where Dossier's in-page buttons go beside it */
  citeButton: '.options-buttons button[data-bs-target="#citation"]',
  /** any page: links to records (listing pages); tests/parse/recognize.test.ts */
  recordLink: 'a[href*="/document/"]',
  /** Cloudflare challenge pages (tests/parse/recognize.test.ts); saved record pages only carry an inline jsd script */
  challenge:
    '#challenge-form, #challenge-running, #challenge-stage, #cf-challenge-running, .cf-browser-verification, #cf-wrapper, form[action*="__cf_chl"], script[src*="/cdn-cgi/challenge-platform/h/"]',
} as const;

/** Headings of the Document Information blocks, as the site writes them. */
export const INFO_LABELS = {
  source: 'Source',
  rights: 'Rights',
  uploaded: 'Original Uploaded Date',
  type: 'Type',
  recordId: 'Record ID',
  classification: 'Original Classification',
  donors: 'Donors',
  archive: 'Original Archive',
  language: 'Language',
} as const;

/** Headings of the pill blocks. */
export const PILL_LABELS = {
  people: 'Associated People & Organizations',
  places: 'Associated Places',
  topics: 'Associated Topics',
  subjects: 'Subjects Discussed',
} as const;

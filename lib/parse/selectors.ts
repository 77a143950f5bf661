/**
 * Every CSS selector Dossier uses on Digital Archive pages, in one place (separate constants, so the minifier
 * can shorten their names in the content scripts). Each names the fixture in
 * tests/fixtures/ that exercises it, so a site redesign shows up as failing fixture tests, not silent blanks.
 */
/** all record fixtures */
export const SEL_TITLE = '.content-block h1.title';
/** all record fixtures; "November 2, 1956" */
export const SEL_DATE = '.content-block h2.date';
/** cable-hao-deqing-1956.html, cable-katori-1984.html: "This document was made possible with support from …" */
export const SEL_DONATED = '.content-block p.donated, p.donated';
/** memorandum-mikoyan-kennedy-1962.html */
export const SEL_SUMMARY = '.document-container .text-block';
/** memorandum-mikoyan-kennedy-1962.html: the "Author(s):" column */
export const SEL_AUTHOR_HEADING = '.document-container h2.title';
export const SEL_PILL_NAME = '.pill .name';
export const SEL_AUTHOR_PILL = SEL_PILL_NAME;
/** all record fixtures: pill blocks keyed by their h3.title */
export const SEL_PILL_BLOCK = '.pill-block';
export const SEL_PILL_BLOCK_TITLE = 'h3.title';
/** all record fixtures: Document Information blocks keyed by h3.sub-title */
export const SEL_INFO_BLOCK = 'section.document-information .information-block';
export const SEL_INFO_BLOCK_TITLE = 'h3.sub-title';
export const SEL_INFO_BLOCK_TEXT = '.text';
/** all record fixtures */
export const SEL_CANONICAL = 'link[rel="canonical"]';
export const SEL_SHORTLINK = 'link[rel="shortlink"]';
export const SEL_DRUPAL_SETTINGS = 'script[data-drupal-selector="drupal-settings-json"]';
export const SEL_CITATION_TEXT = '#citation-text';
export const SEL_CITATION_URL = 'a#citation-url';
/** memorandum-mikoyan-kennedy-1962.html: #translation; cable-katori-1984.html: #original too */
export const SEL_TAB_PANE = '#documentTabs > .tab-pane';
export const SEL_SCAN = 'object.pdf-preview[data]';
export const SEL_DOWNLOAD = 'a.btn[href$="/download"]';
/** all real record fixtures: the site's Cite button, where Dossier's in-page buttons go beside it */
export const SEL_CITE_BUTTON = '.options-buttons button[data-bs-target="#citation"]';
/** any page: links to records (listing pages); tests/parse/recognize.test.ts */
export const SEL_RECORD_LINK = 'a[href*="/document/"]';
/** Cloudflare challenge pages (tests/parse/recognize.test.ts); saved record pages only carry an inline jsd script */
export const SEL_CHALLENGE =
  '#challenge-form, #challenge-running, #challenge-stage, #cf-challenge-running, .cf-browser-verification, #cf-wrapper, form[action*="__cf_chl"], script[src*="/cdn-cgi/challenge-platform/h/"]';

/** Headings of the Document Information blocks, as the site writes them. */
export const INFO_SOURCE = 'Source';
export const INFO_RIGHTS = 'Rights';
export const INFO_UPLOADED = 'Original Uploaded Date';
export const INFO_TYPE = 'Type';
export const INFO_RECORD_ID = 'Record ID';
export const INFO_CLASSIFICATION = 'Original Classification';
export const INFO_DONORS = 'Donors';
export const INFO_ARCHIVE = 'Original Archive';
export const INFO_LANGUAGE = 'Language';

/** Headings of the pill blocks. */
export const PILL_PEOPLE = 'Associated People & Organizations';
export const PILL_PLACES = 'Associated Places';
export const PILL_TOPICS = 'Associated Topics';
export const PILL_SUBJECTS = 'Subjects Discussed';

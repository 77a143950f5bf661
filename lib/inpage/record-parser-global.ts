import type { parseRecordPage } from '../parse/record-page';

/**
 * Listing pages load the record parser only when they first fetch a record: the background runs
 * RECORD_PARSER_FILE in the page's content-script world, which leaves the parser on this global (invisible to
 * the page itself, which has a world of its own).
 */
export const RECORD_PARSER_FILE = 'record-parser.js';
export const RECORD_PARSER_GLOBAL = 'dossierParseRecordPage';
export type ParseRecordPage = typeof parseRecordPage;

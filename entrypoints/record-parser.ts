import { parseRecordPage } from '@/lib/parse/record-page';
import { RECORD_PARSER_GLOBAL } from '@/lib/inpage/record-parser-global';

/** Run on demand in a listing page's content-script world (lib/capture/parser-loader.ts). */
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[RECORD_PARSER_GLOBAL] = parseRecordPage;
});

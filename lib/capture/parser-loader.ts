import { RECORD_PARSER_FILE } from '../inpage/record-parser-global';
import type { Reply } from '../messages';
import { ARCHIVE_ORIGIN } from '../record';

/** The parts of the extension API that run a file in a tab: MV3's scripting, or MV2's tabs.executeScript. */
export interface ScriptRunner {
  runtime: { getManifest(): { manifest_version: number } };
  scripting?: { executeScript(o: { target: { tabId: number; frameIds?: number[] }; files: string[] }): Promise<unknown> };
  tabs: { executeScript?(tabId: number, o: { file: string; frameId?: number }): Promise<unknown> };
}

export interface ParserRequestSender {
  tab?: { id?: number };
  frameId?: number;
  url?: string;
}

/**
 * Answers a listing page's request for the record parser by running it in that page's frame. Only archive
 * pages may ask: they are the only pages our listing script runs on.
 */
export async function loadRecordParser(api: ScriptRunner, sender: ParserRequestSender): Promise<Reply<'page/load-parser'>> {
  const tabId = sender.tab?.id;
  const frameId = sender.frameId ?? 0;
  let origin = '';
  try {
    origin = new URL(sender.url ?? '').origin;
  } catch {
    // An unreadable sender address is refused below.
  }
  if (tabId === undefined || origin !== ARCHIVE_ORIGIN) return { ok: false, error: 'Only Digital Archive pages can load the record parser.' };
  try {
    if (api.runtime.getManifest().manifest_version >= 3 && api.scripting) {
      await api.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [`/${RECORD_PARSER_FILE}`] });
    } else if (api.tabs.executeScript) {
      await api.tabs.executeScript(tabId, { file: `/${RECORD_PARSER_FILE}`, frameId });
    } else {
      return { ok: false, error: 'This browser cannot load the record parser.' };
    }
    return { ok: true, value: { loaded: true } };
  } catch (e) {
    return { ok: false, error: `The record parser could not be loaded: ${String(e)}` };
  }
}

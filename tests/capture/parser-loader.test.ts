import { describe, expect, it, vi } from 'vitest';
import { loadRecordParser, type ScriptRunner } from '../../lib/capture/parser-loader';

const LISTING = { tab: { id: 7 }, frameId: 3, url: 'https://digitalarchive.wilsoncenter.org/search?q=hungary' };

function runner(manifestVersion: number) {
  const executeScript = vi.fn(async () => [{}]);
  const tabsExecuteScript = vi.fn(async () => [{}]);
  const api: ScriptRunner = {
    runtime: { getManifest: () => ({ manifest_version: manifestVersion }) },
    scripting: manifestVersion >= 3 ? { executeScript } : undefined,
    tabs: { executeScript: tabsExecuteScript },
  };
  return { api, executeScript, tabsExecuteScript };
}

describe('loadRecordParser', () => {
  it('runs the parser file in the asking frame with MV3 scripting', async () => {
    const { api, executeScript, tabsExecuteScript } = runner(3);
    expect(await loadRecordParser(api, LISTING)).toEqual({ ok: true, value: { loaded: true } });
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [3] }, files: ['/record-parser.js'] });
    expect(tabsExecuteScript).not.toHaveBeenCalled();
  });

  it('uses tabs.executeScript in MV2 (Firefox)', async () => {
    const { api, tabsExecuteScript } = runner(2);
    expect(await loadRecordParser(api, LISTING)).toEqual({ ok: true, value: { loaded: true } });
    expect(tabsExecuteScript).toHaveBeenCalledWith(7, { file: '/record-parser.js', frameId: 3 });
  });

  it('refuses senders that are not Digital Archive tabs', async () => {
    const { api, executeScript } = runner(3);
    for (const sender of [
      { tab: { id: 7 }, url: 'https://evil.example/document/1' },
      { tab: { id: 7 }, url: 'not a url' },
      { url: 'https://digitalarchive.wilsoncenter.org/search' },
      { tab: { id: 7 }, url: 'https://digitalarchive.wilsoncenter.org.evil.example/' },
    ]) {
      const reply = await loadRecordParser(api, sender);
      expect(reply.ok).toBe(false);
    }
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('turns a failed injection into a reply, not a throw', async () => {
    const { api, executeScript } = runner(3);
    executeScript.mockRejectedValueOnce(new Error('Frame was removed'));
    const reply = await loadRecordParser(api, LISTING);
    expect(reply).toEqual({ ok: false, error: 'The record parser could not be loaded: Error: Frame was removed' });
  });
});

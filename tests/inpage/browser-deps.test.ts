import { describe, expect, it, vi } from 'vitest';
import { onDemandRecordReader, type ContentBrowser } from '../../lib/inpage/browser-deps';
import { RECORD_PARSER_GLOBAL } from '../../lib/inpage/record-parser-global';
import { parseRecordPage } from '../../lib/parse/record-page';
import { fixtureHtml, htmlDocument } from '../helpers/fixtures';

const URL_ = 'https://digitalarchive.wilsoncenter.org/document/cable-chinese-embassy-hungary-telegram-ministry-foreign-affairs';

type TestWindow = Window & typeof globalThis & Record<string, unknown>;

/** The page's content-script world: a DOMParser that loads nothing, and the slot the parser file fills. */
function contentWorld(): TestWindow {
  return { DOMParser: class { parseFromString = (html: string) => htmlDocument(html, URL_); } } as unknown as TestWindow;
}

function fakeBrowser(sendMessage: (m: unknown) => Promise<unknown>): ContentBrowser {
  return {
    runtime: { sendMessage, onMessage: { addListener: () => undefined } },
    storage: { local: { get: async () => ({}), set: async () => undefined }, onChanged: { addListener: () => undefined } },
  } as unknown as ContentBrowser;
}

describe('onDemandRecordReader', () => {
  it('asks the background for the parser once, then reads every fetched page with it', async () => {
    const win = contentWorld();
    const send = vi.fn(async (m: unknown) => {
      expect(m).toEqual({ kind: 'page/load-parser', payload: {} });
      win[RECORD_PARSER_GLOBAL] = parseRecordPage;
      return { ok: true, value: { loaded: true } };
    });
    const read = onDemandRecordReader(fakeBrowser(send), win, win);
    const html = fixtureHtml('cable-hao-deqing-1956.html');
    const first = await read(html, URL_);
    const second = await read(html, URL_);
    expect(first.kind).toBe('record');
    expect(first.kind === 'record' && first.record.title).toBe('Cable from the Chinese Embassy in Hungary, ‘On the Meeting between Imre Nagy and Ambassador Hao Deqing’');
    expect(second).toEqual(first);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('reports a failed load and tries again on the next record', async () => {
    const win = contentWorld();
    const send = vi
      .fn<(m: unknown) => Promise<unknown>>()
      .mockResolvedValueOnce({ ok: false, error: 'The record parser could not be loaded: Frame was removed' })
      .mockImplementationOnce(async () => {
        win[RECORD_PARSER_GLOBAL] = parseRecordPage;
        return { ok: true, value: { loaded: true } };
      });
    const read = onDemandRecordReader(fakeBrowser(send), win, win);
    const html = fixtureHtml('cable-hao-deqing-1956.html');
    await expect(read(html, URL_)).rejects.toThrow('Frame was removed');
    expect((await read(html, URL_)).kind).toBe('record');
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('fails clearly when the background answers but no parser appeared', async () => {
    const win = contentWorld();
    const read = onDemandRecordReader(fakeBrowser(async () => ({ ok: true, value: { loaded: true } })), win, win);
    await expect(read('<html></html>', URL_)).rejects.toThrow('The record parser did not load.');
  });
});

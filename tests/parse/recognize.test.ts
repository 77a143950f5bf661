import { describe, expect, it } from 'vitest';
import { recognizePage } from '../../lib/parse/recognize';
import { parseRecordPage } from '../../lib/parse/record-page';
import { parseDisplayDate } from '../../lib/parse/date';
import { fixtureDocument, htmlDocument } from '../helpers/fixtures';

const DA = 'https://digitalarchive.wilsoncenter.org';

// A search-results page in the site's markup (hand-written; links as the site writes them).
const SEARCH = `<!DOCTYPE html><html><head><title>Search | Wilson Center Digital Archive</title></head><body><main id="main">
<table><tr><td class="document"><a href="/document/bieruts-telephone-conversation-stalin"><h3 class="sub-title"><span>Bierut's Telephone Conversation with Stalin</span></h3></a></td></tr>
<tr><td class="document"><a href="/document/111210">A.I. Mikoyan</a></td></tr>
<tr><td class="document"><a href="https://digitalarchive.wilsoncenter.org/document/111210">again</a></td></tr>
<tr><td><a href="/document/87809/download">download</a> <a href="/topics/cuban-missile-crisis">topic</a></td></tr></table></main></body></html>`;

const CHALLENGE = `<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title></head><body>
<div class="main-wrapper" role="main"><div class="main-content"><h1 class="zone-name-title h1">digitalarchive.wilsoncenter.org</h1>
<h2 class="h2" id="challenge-running">Verifying you are human. This may take a few seconds.</h2><div id="challenge-stage"></div></div></div>
<script src="/cdn-cgi/challenge-platform/h/b/orchestrate/chl_page/v1?ray=8fd0"></script></body></html>`;

describe('recognizePage', () => {
  it('knows a record page', () => {
    const url = `${DA}/document/bieruts-telephone-conversation-stalin`;
    expect(recognizePage(fixtureDocument('telephone-bierut-stalin-1946.html', url), url)).toEqual({ kind: 'record' });
  });

  it('lists the distinct record links of a listing page', () => {
    const url = `${DA}/search?search_api_fulltext=Stalin`;
    expect(recognizePage(htmlDocument(SEARCH, url), url)).toEqual({
      kind: 'listing',
      links: [`${DA}/document/bieruts-telephone-conversation-stalin`, `${DA}/document/111210`],
    });
  });

  it('turns Wayback-rewritten links on an archived listing back into record URLs', () => {
    const url = 'https://web.archive.org/web/20240101000000/https://digitalarchive.wilsoncenter.org/topics/cuban-missile-crisis';
    const html = `<html><body><a href="/web/20240101000000/https://digitalarchive.wilsoncenter.org/document/111210">x</a></body></html>`;
    expect(recognizePage(htmlDocument(html, url), url)).toEqual({ kind: 'listing', links: [`${DA}/document/111210`] });
  });

  it('says a Cloudflare challenge is not the record', () => {
    const url = `${DA}/document/111210`;
    const kind = recognizePage(htmlDocument(CHALLENGE, url), url);
    expect(kind.kind).toBe('other');
    expect(parseRecordPage(htmlDocument(CHALLENGE, url), url)).toEqual({
      kind: 'not-a-record',
      reason: 'This is a Cloudflare check page, not the record; reload once it has passed.',
    });
  });

  it('calls anything else other', () => {
    const url = `${DA}/about`;
    expect(recognizePage(htmlDocument('<html><body><h1>About</h1></body></html>', url), url).kind).toBe('other');
  });
});

describe('a record page with parts missing', () => {
  it('yields what it has and a warning per missing required field', () => {
    const url = `${DA}/document/x`;
    const html = `<html><body><div class="content-block"><h2 class="date">November 1967</h2><h1 class="title">A title</h1></div></body></html>`;
    expect(parseRecordPage(htmlDocument(html, url), url)).toEqual({
      kind: 'record',
      record: {
        type: 'manuscript',
        title: 'A title',
        URL: url,
        pageUrl: url,
        dateText: 'November 1967',
        issued: { 'date-parts': [[1967, 11]] },
        slug: 'x',
      },
      warnings: [
        'No Source line found on the page.',
        'No rights statement found on the page.',
        'No Record ID found; the record will be kept under its page address.',
      ],
    });
  });

  it('reads Original Classification and several document types', () => {
    const url = `${DA}/document/y`;
    const html = `<html><body><div class="content-block"><h2 class="date">c. 1962</h2><h1 class="title">T</h1></div>
<section class="document-information"><div class="information-block"><h3 class="sub-title">Type</h3><div class="text">
Book Excerpt
                  Meeting Notes
</div></div><div class="information-block"><h3 class="sub-title">Original Classification</h3><div class="text"><p>
Secret</p></div></div></section></body></html>`;
    const r = parseRecordPage(htmlDocument(html, url), url);
    expect(r.kind === 'record' && r.record).toMatchObject({
      genres: ['Book Excerpt', 'Meeting Notes'],
      genre: 'Book Excerpt, Meeting Notes',
      classification: 'Secret',
      issued: { 'date-parts': [[1962]], circa: true },
    });
  });
});

describe('parseDisplayDate', () => {
  it.each([
    ['November 2, 1956', { 'date-parts': [[1956, 11, 2]] }],
    ['November 1967', { 'date-parts': [[1967, 11]] }],
    ['June 2007', { 'date-parts': [[2007, 6]] }],
    ['1962', { 'date-parts': [[1962]] }],
    ['c. 1950', { 'date-parts': [[1950]], circa: true }],
    ['November 2-4, 1956', { 'date-parts': [[1956, 11, 2], [1956, 11, 4]] }],
    ['October 23 - November 4, 1956', { 'date-parts': [[1956, 10, 23], [1956, 11, 4]] }],
    ['1956-1957', { 'date-parts': [[1956], [1957]] }],
  ])('%s', (text, expected) => expect(parseDisplayDate(text)).toEqual(expected));

  it('does not invent what it cannot read', () => expect(parseDisplayDate('Undated')).toBeUndefined());
});

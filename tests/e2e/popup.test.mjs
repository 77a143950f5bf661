// The popup as a user meets it, in real Chromium: empty state, record card, collection review at 10,000
// records, search, filters, detail view, settings, delete with undo, keyboard use, and an axe-core check.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { chooseFile, launch, openPopup, SEED_URL, ARTIFACTS, ORIGIN } from './harness.mjs';
import { makeBackupFile } from './records.mjs';

let session;
before(async () => {
  session = await launch();
});
after(async () => {
  await session?.close();
});

async function blankTab() {
  const page = await session.context.newPage();
  await page.goto(`${ORIGIN}/about-nothing`);
  await page.bringToFront();
  return page;
}

async function withPopup(fn) {
  const { popup, cdp } = await openPopup(session);
  try {
    return await fn(popup);
  } finally {
    await popup.close().catch(() => undefined);
    await cdp.close();
  }
}

async function axeSerious(popup) {
  // The popup's CSP forbids inline scripts; evaluating over CDP is not subject to it.
  await popup.evaluate(readFileSync('node_modules/axe-core/axe.min.js', 'utf8'));
  const result = await popup.evaluate(async () => {
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help }));
  });
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

test('first run: the empty collection says how to save a record', async () => {
  const page = await blankTab();
  await withPopup(async (popup) => {
    const empty = popup.getByTestId('empty-state');
    await empty.waitFor();
    assert.match(await empty.innerText(), /Your collection is empty/);
    assert.match(await empty.innerText(), /press Save/);
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-empty.png') });
    assert.deepEqual(await axeSerious(popup), []);
  });
  await page.close();
});

test('record page: card with split Source, save, tags and note, style picker copy', async () => {
  const page = await session.context.newPage();
  await page.goto(SEED_URL);
  await page.waitForFunction(() => document.documentElement.dataset.dossier === 'record');
  await page.bringToFront();
  await withPopup(async (popup) => {
    const card = popup.getByTestId('record-card');
    await card.waitFor();
    const parts = await popup.getByTestId('source-parts').innerText();
    assert.match(parts, /PRC FMA/);
    assert.match(parts, /109-01041-01/);
    assert.match(parts, /97-101/);
    assert.match(parts, /Gwenyth A\. Jones/);
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-record-before-save.png') });
    assert.deepEqual(await axeSerious(popup), []);
    await popup.getByTestId('save').click();
    await popup.getByText('Saved ✓').waitFor();
    await popup.getByTestId('tag-input').fill('hungary-1956');
    await popup.getByTestId('tag-input').press('Enter');
    await popup.getByTestId('note-input').fill('Compare with the Soviet ambassador’s report.');
    await popup.getByTestId('note-input').blur();
    await popup.waitForTimeout(700);
    await popup.getByTestId('style-picker').selectOption('mla');
    await popup.getByTestId('copy').click();
    await popup.getByTestId('status').getByText('Copied: MLA', { exact: false }).waitFor();
    await popup.getByTestId('collection-row').first().getByText('#hungary-1956').waitFor();
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-record-after-save.png') });
  });
  await page.close();
});

test('detail view shows every field and a copy button per style; Escape goes back', async () => {
  const page = await blankTab();
  await withPopup(async (popup) => {
    await popup.getByTestId('collection-row').first().locator('.row-main').click();
    const detail = popup.getByTestId('detail-view');
    await detail.waitFor();
    const text = await detail.innerText();
    assert.match(text, /Cable from the Chinese Embassy in Hungary/);
    assert.equal(await detail.getByTestId('note-input').inputValue(), 'Compare with the Soviet ambassador’s report.');
    assert.match(text, /History and Public Policy Program welcomes reuse/);
    for (const id of ['chicago-note', 'chicago-bib', 'mla', 'apa', 'site']) await popup.getByTestId(`citation-${id}`).waitFor();
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-detail.png'), fullPage: true });
    assert.deepEqual(await axeSerious(popup), []);
    await popup.keyboard.press('Escape');
    await popup.getByTestId('collection-list').waitFor();
  });
  await page.close();
});

test('settings: default style persists and backup downloads', async () => {
  const page = await blankTab();
  await withPopup(async (popup) => {
    await popup.getByTestId('open-settings').click();
    await popup.getByTestId('settings-view').waitFor();
    await popup.getByTestId('default-style').selectOption('apa');
    await popup.getByTestId('status').getByText('Settings saved.').waitFor();
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-settings.png') });
    assert.deepEqual(await axeSerious(popup), []);
  });
  await withPopup(async (popup) => {
    await popup.getByTestId('open-settings').click();
    assert.equal(await popup.getByTestId('default-style').inputValue(), 'apa');
    await popup.getByTestId('default-style').selectOption('chicago-note');
    await popup.getByTestId('status').getByText('Settings saved.').waitFor();
  });
  await page.close();
});

test('10,000 records: import, search, filter, select, delete with undo, keyboard', async () => {
  const file = join(ARTIFACTS, 'backup-10000.json');
  writeFileSync(file, makeBackupFile(10000));
  const page = await blankTab();
  await withPopup(async (popup) => {
    await popup.getByTestId('open-settings').click();
    await chooseFile(popup, 'import-file', 'backup-10000.json', 'application/json', readFileSync(file, 'utf8'));
    await popup.getByTestId('status').getByText(/added/i).waitFor({ timeout: 60000 });
  });
  await withPopup(async (popup) => {
    const count = popup.getByTestId('collection-count');
    await count.waitFor();
    assert.equal((await count.textContent()).trim(), '10001');
    // Only the rows in view are in the DOM.
    assert.ok((await popup.getByTestId('collection-row').count()) < 40);
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-collection-10000.png') });
    assert.deepEqual(await axeSerious(popup), []);
    await popup.emulateMedia({ colorScheme: 'dark' });
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-collection-10000-dark.png') });
    await popup.emulateMedia({ colorScheme: 'light' });

    await popup.getByTestId('search').fill('budapest 1955');
    await popup.waitForFunction(() => !/^10001$/.test(document.querySelector('[data-testid=collection-count]')?.textContent?.trim() ?? ''));
    const shown = await count.textContent();
    assert.match(shown, /^\d+ of 10001$/);
    assert.notEqual(shown, '0 of 10001');
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-search.png') });
    await popup.getByTestId('search').fill('');

    await popup.getByTestId('filter-decade').selectOption('1950s');
    assert.match(await count.textContent(), /^\d+ of 10001$/);
    await popup.getByTestId('filter-decade').selectOption('');

    // Keyboard: into the list, down twice, Enter opens the detail, Escape comes back.
    await popup.getByTestId('collection-list').focus();
    await popup.keyboard.press('ArrowDown');
    await popup.keyboard.press('ArrowDown');
    await popup.keyboard.press('Enter');
    await popup.getByTestId('detail-view').waitFor();
    await popup.keyboard.press('Escape');
    await popup.getByTestId('collection-list').waitFor();

    // Select two with click and shift-click, delete, undo.
    const rows = popup.getByTestId('collection-row');
    await rows.nth(0).locator('input[type=checkbox]').click();
    await rows.nth(1).locator('input[type=checkbox]').click({ modifiers: ['Shift'] });
    await popup.getByTestId('delete-selected').click();
    await popup.getByTestId('status').getByText('Deleted 2 records.').waitFor();
    assert.equal((await count.textContent()).trim(), '9999');
    await popup.getByTestId('undo').click();
    await popup.getByTestId('status').getByText('Restored 2 records.').waitFor();
    await popup.waitForFunction(() => document.querySelector('[data-testid=collection-count]')?.textContent?.trim() === '10001');
  });
  await page.close();
});

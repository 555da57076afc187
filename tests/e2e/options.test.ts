/**
 * The options page (the known-sources manager) in Chromium with the built extension: importing a
 * list file and a CSV through the file input, adding and editing a My-sources record, exporting
 * My sources and backing up, and a restore that refuses a file that is not a backup. Screenshots
 * of the lists and records, an import summary, a search with the kind filter and the edit form go
 * to screenshots/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateList } from '../../utils/db/import-list';
import { launchWithExtension, type Browser } from './harness';

const SCREENSHOTS = join(import.meta.dirname, 'screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

const harborList = {
  format: 'sourcecheck.sources/1',
  name: 'Harbor desk list',
  version: '3',
  license: 'CC0-1.0',
  updated: '2026-11-01',
  homepage: 'https://lists.harbor.example/desk',
  outlets: [
    { id: 'ledger', name: 'Harbor Ledger', domains: ['harborledger.example'], kind: 'news', evidence: ['https://harborledger.example/about'] },
    { id: 'gazette', name: 'Harbor Gazette', domains: ['harborgazette.example'], kind: 'news' },
  ],
  people: [{ id: 'ines', name: 'Ines Calloway', affiliations: [{ organization: 'Harbor Ledger', title: 'reporter' }] }],
  organizations: [{ id: 'port', name: 'Harbor Port Authority', kind: 'government' }],
  claimReviews: [{ claim: 'Gulls caused the blackout', rating: 'False', ratingValue: 'false', reviewer: 'Factline', url: 'https://factline.example/gulls' }],
};

const outletsCsv = [
  'Outlet name,Website,Label,Remarks',
  'Bay Chronicle,baychronicle.example,news,local daily',
  'Bay Wire,https://www.baywire.example/,wire,',
  'Broken Row,not a domain!,news,bad address',
  'Gull Gazette,gullgazette.example,satire,',
].join('\n');

/** Polls for longer than Vitest's default second: the worker may be loading the bundled lists, which holds the tables. */
const eventually = <T>(probe: () => Promise<T>) => expect.poll(probe, { timeout: 20_000 });

const file = (name: string, mimeType: string, text: string) => ({ name, mimeType, buffer: Buffer.from(text) });

describe('options page', () => {
  let browser: Browser;
  let page: Page;

  const listRow = (id: string): Locator => page.locator(`[data-testid=list-row][data-list-id="${id}"]`);
  const countIn = (id: string, kind: string) => listRow(id).locator(`[data-testid=list-counts] [data-kind=${kind}] strong`).textContent();
  const rowTitles = () => page.locator('[data-testid=record-row] .record-row__title').allTextContents();
  const form = () => page.getByTestId('record-form');
  const importPanel = () => page.getByTestId('import-panel');
  const invalidFields = () => form().locator('[aria-invalid=true]').evaluateAll((fields) => fields.map((f) => f.getAttribute('name')));

  beforeAll(async () => {
    browser = await launchWithExtension();
    page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await listRow('my-sources').waitFor();
  });

  afterAll(async () => {
    await browser?.context.close();
  });

  it('opens as the extension’s options page, in a tab', async () => {
    const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', '.output', 'chrome-mv3', 'manifest.json'), 'utf8'));
    expect(manifest.options_ui).toEqual({ page: 'options.html', open_in_tab: true });
    expect(manifest.permissions).toEqual(['downloads']);
  });

  it('imports a list file from the file input, then shows the list with its counts and its records', async () => {
    await page.getByTestId('import-file').setInputFiles(file('harbor-desk.json', 'application/json', JSON.stringify(harborList)));
    const summary = page.getByTestId('import-summary');
    await eventually(() => summary.textContent()).toContain('Imported “Harbor desk list”');
    expect(await page.getByTestId('summary-added').textContent()).toBe('5 added');
    expect(await page.getByTestId('summary-rejected').textContent()).toBe('0 rejected');

    const row = listRow('harbor-desk-list');
    expect(await row.textContent()).toContain('From a file');
    for (const text of ['3', 'CC0-1.0', '2026-11-01', 'https://lists.harbor.example/desk']) expect(await row.textContent()).toContain(text);
    expect(await countIn('harbor-desk-list', 'outlets')).toBe('2');
    expect(await countIn('harbor-desk-list', 'people')).toBe('1');
    expect(await countIn('harbor-desk-list', 'organizations')).toBe('1');
    expect(await countIn('harbor-desk-list', 'claimReviews')).toBe('1');

    // A list's records come in the list's own order.
    await page.getByTestId('filter-list').selectOption('harbor-desk-list');
    await eventually(rowTitles).toEqual(['Harbor Ledger', 'Harbor Gazette']);
    expect(await page.getByTestId('browse-status').textContent()).toBe('2 outlets');
    await page.getByTestId('filter-list').selectOption('');
    await page.getByTestId('search').fill('harborledger.ex');
    await eventually(rowTitles).toEqual(['Harbor Ledger']);
    await page.getByTestId('record-row').first().click();
    const detail = page.getByTestId('record-detail');
    expect(await detail.getByTestId('record-facts').textContent()).toContain('Harbor desk list');
    expect(await detail.getByTestId('evidence').locator('a').getAttribute('href')).toBe('https://harborledger.example/about');
    expect(await detail.getByTestId('edit-record').count()).toBe(0);
    expect(await detail.getByTestId('copy-record').isVisible()).toBe(true);
    await page.getByTestId('search').fill('');

    // Importing the list again replaces its records and nothing else.
    await page.getByTestId('import-file').setInputFiles(file('harbor-desk.json', 'application/json', JSON.stringify(harborList)));
    await eventually(() => page.getByTestId('summary-replaced').textContent()).toBe('5 replaced');
    expect(await page.getByTestId('summary-added').textContent()).toBe('0 added');
    await page.getByTestId('search').fill('harbor');
    await eventually(rowTitles).toEqual(['Harbor Ledger', 'Harbor Gazette']);
    await page.getByTestId('search').fill('');
    await eventually(async () => (await rowTitles()).length).toBeGreaterThan(5);
    // The pointer off the rows, so that no row shows a hover in the screenshot.
    await page.mouse.move(0, 0);
    await page.screenshot({ path: join(SCREENSHOTS, 'options-lists-browser.png'), fullPage: true });
  });

  it('takes a dropped file, and refuses an invalid list naming every problem', async () => {
    const broken = { ...harborList, name: 'Broken list', outlets: [{ id: 'x', name: 'X', domains: [], kind: 'tabloid' }] };
    await page.getByTestId('import-file-drop').evaluate((zone, text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'broken.json', { type: 'application/json' }));
      for (const type of ['dragover', 'drop']) zone.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
    }, JSON.stringify(broken));
    const error = page.getByTestId('import-error');
    await eventually(() => error.textContent()).toContain('“Broken list” (broken.json) was not imported; nothing was changed.');
    const problems = await error.locator('li').allTextContents();
    expect(problems).toHaveLength(2);
    expect(problems.join('\n')).toContain('outlets[0] (id "x"), field domains');
    expect(problems.join('\n')).toContain('outlets[0] (id "x"), field kind');
    expect(await listRow('broken-list').count()).toBe(0);
  });

  it('imports a CSV after showing the column mapping and a preview, and lists the rejected row with its reason', async () => {
    await page.getByTestId('import-file').setInputFiles(file('bay-outlets.csv', 'text/csv', outletsCsv));
    const mapping = page.getByTestId('csv-mapping');
    await eventually(() => mapping.isVisible()).toBe(true);
    expect(await page.getByTestId('csv-kind').inputValue()).toBe('outlets');
    expect(await page.getByTestId('map-name').inputValue()).toBe('0');
    expect(await page.getByTestId('map-domains').inputValue()).toBe('1');
    expect(await page.getByTestId('map-notes').inputValue()).toBe('3');
    // "Label" names no field: the user maps it to the kind.
    expect(await page.getByTestId('map-kind').inputValue()).toBe('');
    await page.getByTestId('map-kind').selectOption('2');
    await page.getByTestId('csv-list-name').fill('Harbor desk list');
    await eventually(() => page.getByTestId('csv-replaces').textContent()).toBe('“Harbor desk list” is already a list: importing replaces its 5 records.');
    await page.getByTestId('csv-list-name').fill('Bay outlets');
    expect(await page.getByTestId('csv-replaces').count()).toBe(0);
    const preview = page.getByTestId('csv-preview');
    expect(await preview.locator('tbody tr').count()).toBe(4);
    await eventually(() => preview.locator('tbody tr').nth(2).textContent()).toContain('domains: "not" is not a domain or web address');
    expect(await preview.locator('tbody tr').nth(0).textContent()).toContain('OK');
    await importPanel().screenshot({ path: join(SCREENSHOTS, 'options-csv-mapping.png') });

    await page.getByTestId('csv-import').click();
    await eventually(() => page.getByTestId('import-summary').textContent()).toContain('Imported “Bay outlets”');
    expect(await page.getByTestId('summary-added').textContent()).toBe('3 added');
    expect(await page.getByTestId('summary-rejected').textContent()).toBe('1 rejected');
    expect(await page.getByTestId('rejected-rows').locator('li').allTextContents()).toEqual(['Row 4, domains: "not" is not a domain or web address']);
    expect(await countIn('bay-outlets', 'outlets')).toBe('3');
    await importPanel().screenshot({ path: join(SCREENSHOTS, 'options-import-summary.png') });

    // Outlets of one kind, in one list or all of them, and a search within a kind.
    await page.getByTestId('filter-list').selectOption('bay-outlets');
    await eventually(rowTitles).toEqual(['Bay Chronicle', 'Bay Wire', 'Gull Gazette']);
    await page.getByTestId('filter-kind').selectOption('satire');
    await eventually(rowTitles).toEqual(['Gull Gazette']);
    expect(await page.getByTestId('browse-status').textContent()).toBe('1 outlet');
    await page.getByTestId('filter-list').selectOption('');
    await page.getByTestId('search').fill('gazette');
    await eventually(rowTitles).toEqual(['Gull Gazette']);
    await page.getByTestId('filter-kind').selectOption('news');
    await eventually(rowTitles).toEqual(['Harbor Gazette']);
    await page.getByTestId('record-row').first().click();
    await eventually(() => page.getByTestId('record-title').textContent()).toBe('Harbor Gazette');
    await page.mouse.move(0, 0);
    await page.locator('#records').screenshot({ path: join(SCREENSHOTS, 'options-browse-filter.png') });
    await page.getByTestId('search').fill('');
    await page.getByTestId('filter-kind').selectOption('');
  });

  it('adds a person to My sources, refusing an incomplete one, then edits it', async () => {
    await page.getByTestId('tab-people').click();
    await page.getByTestId('add-record').click();
    await form().getByTestId('save-record').click();
    await eventually(invalidFields).toEqual(['name']);
    expect(await form().locator('.field__error').allTextContents()).toEqual(['Required.']);

    await form().locator('[name=name]').fill('Marta Quell');
    await form().locator('[name=evidence]').fill('https://harborledger.example/staff/marta\njavascript:alert(1)');
    await form().getByTestId('add-affiliation').click();
    await form().locator('[name=affiliation-0-organization]').fill('Harbor Ledger');
    await form().locator('[name=affiliation-0-title]').fill('reporter');
    await form().getByTestId('save-record').click();
    // The format takes only web addresses as evidence.
    await eventually(invalidFields).toEqual(['evidence']);
    expect(await form().locator('.field__error').allTextContents()).toEqual(['Line 2: not a web address (http or https).']);
    await form().locator('[name=evidence]').fill('https://harborledger.example/staff/marta');
    await form().getByTestId('save-record').click();

    const detail = page.getByTestId('record-detail');
    await eventually(() => detail.getAttribute('data-key')).toBe('my-sources:marta-quell');
    expect(await detail.getByTestId('affiliations').textContent()).toBe('reporter, Harbor Ledger');
    expect(await countIn('my-sources', 'people')).toBe('1');

    await detail.getByTestId('edit-record').click();
    expect(await form().locator('[name=id]').isDisabled()).toBe(true);
    await form().locator('[name=affiliation-0-title]').fill('editor');
    await form().locator('[name=notes]').fill('Covers the port.');
    await page.locator('#records').screenshot({ path: join(SCREENSHOTS, 'options-edit-form.png') });
    await form().getByTestId('save-record').click();
    await eventually(() => page.getByTestId('record-detail').getByTestId('affiliations').textContent()).toBe('editor, Harbor Ledger');
    expect(await page.getByTestId('record-facts').textContent()).toContain('Covers the port.');

    await page.getByTestId('filter-list').selectOption('my-sources');
    await eventually(rowTitles).toEqual(['Marta Quell']);
    expect(await page.getByTestId('record-row').first().textContent()).toContain('editor, Harbor Ledger');
    await page.getByTestId('filter-list').selectOption('');
  });

  it('copies a record of another list to My sources, where it can be edited', async () => {
    await page.getByTestId('search').fill('calloway');
    await eventually(rowTitles).toEqual(['Ines Calloway']);
    await page.getByTestId('record-row').first().click();
    await page.getByTestId('copy-record').click();
    await eventually(() => page.getByTestId('record-detail').getAttribute('data-key')).toBe('my-sources:ines');
    expect(await page.getByTestId('edit-record').isVisible()).toBe(true);
    await page.getByTestId('delete-record').click();
    await page.getByTestId('delete-record-confirm').click();
    await eventually(() => countIn('my-sources', 'people')).toBe('1');
    expect(await countIn('harbor-desk-list', 'people')).toBe('1');
    await page.getByTestId('search').fill('');
  });

  it('exports My sources as a list file that validates and holds the edit', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), listRow('my-sources').getByTestId('export-list').click()]);
    expect(download.suggestedFilename()).toMatch(/^my-sources-\d{4}-\d{2}-\d{2}\.json$/);
    const list = validateList(JSON.parse(readFileSync((await download.path())!, 'utf8')));
    expect(list.name).toBe('My sources');
    expect(list.people).toEqual([
      {
        id: 'marta-quell',
        name: 'Marta Quell',
        affiliations: [{ organization: 'Harbor Ledger', title: 'editor' }],
        notes: 'Covers the port.',
        evidence: ['https://harborledger.example/staff/marta'],
      },
    ]);
  });

  it('backs up the database, and a restore refuses a file that is not a backup', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-backup').click()]);
    expect(download.suggestedFilename()).toMatch(/^sourcecheck-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const backup = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(backup.formatName).toBe('dexie');
    expect(backup.data.databaseName).toBe('sourcecheck');

    await page.getByTestId('restore-file').setInputFiles(file('harbor-desk.json', 'application/json', JSON.stringify(harborList)));
    await page.getByTestId('restore-confirm').click();
    const result = page.getByTestId('restore-result');
    await eventually(() => result.textContent()).toBe(
      'Not restored, nothing was changed: the file is JSON but not a database backup (a known-sources list is imported, not restored)',
    );
    expect(await result.getAttribute('role')).toBe('alert');
    expect(await countIn('my-sources', 'people')).toBe('1');

    // Removing a list, then restoring the backup, brings it back.
    await listRow('bay-outlets').getByTestId('remove-list').click();
    await listRow('bay-outlets').getByTestId('remove-list-confirm').click();
    await eventually(() => listRow('bay-outlets').count()).toBe(0);
    expect(await countIn('harbor-desk-list', 'outlets')).toBe('2');
    await page.getByTestId('restore-file').setInputFiles(file('backup.json', 'application/json', readFileSync((await download.path())!, 'utf8')));
    await page.getByTestId('restore-confirm').click();
    await eventually(() => result.textContent()).toBe('Restored from backup.json.');
    await eventually(() => countIn('bay-outlets', 'outlets')).toBe('3');
  });

  it('pages through a large list as it scrolls, keeping only the rows in view in the page', async () => {
    const people = Array.from({ length: 3000 }, (_, i) => ({ id: `p${String(i).padStart(4, '0')}`, name: `Reporter ${i} Example` }));
    await page.getByTestId('import-file').setInputFiles(file('big.json', 'application/json', JSON.stringify({ format: 'sourcecheck.sources/1', name: 'Big list', people })));
    await eventually(() => page.getByTestId('import-summary').textContent()).toContain('Imported “Big list”');
    await page.getByTestId('tab-people').click();
    await page.getByTestId('filter-list').selectOption('big-list');
    await eventually(() => page.getByTestId('browse-status').textContent()).toBe('3,000 people');
    expect(await page.getByTestId('record-row').count()).toBeLessThan(40);

    const list = page.getByTestId('record-list');
    await eventually(async () => {
      await list.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
      return (await rowTitles()).at(-1);
    }).toBe('Reporter 2999 Example');
    expect(await page.getByTestId('record-row').count()).toBeLessThan(40);

    await page.getByTestId('search').fill('reporter 2718');
    await eventually(rowTitles).toEqual(['Reporter 2718 Example']);
  });
});

/**
 * The history of checked articles in Chromium with the built extension: four fixture pages are
 * checked, then the options page's "Flagged articles" view filters them by verdict, flag kind and
 * words, selects, reviews one with a note, exports the selection and everything flagged in JSON,
 * CSV and Markdown, deletes, and changes the retention; a fresh profile imports the JSON export
 * and holds the same entries, review included. The popup exports its one article too.
 *
 * Downloads go through `chrome.downloads.download`. Playwright's own download handling
 * (`acceptDownloads`, which sets CDP `Browser.setDownloadBehavior: allowAndName`) saves them
 * under a GUID instead of the name the extension gives, so the browser is launched with a
 * profile whose preferences name a downloads folder, the behaviour is set back to the browser's
 * default over CDP, and each file is found through `chrome.downloads.search` in the service
 * worker: its name, its state and its path in that folder, read from disk.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import Papa from 'papaparse';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseJsonExport } from '../../utils/export/json';
import { escapeMarkdown } from '../../utils/export/markdown';
import { isFlagged, type HistoryEntry } from '../../utils/history/entry';
import { entryOf, type HistoryRow } from '../../utils/history/history-row';
import { fixtures, type Fixture } from '../helpers/fixtures';
import { currentWorker, launchWithExtension, serveFixtures, storedReport, tabIdOf, waitFor, type Browser, type Served } from './harness';

const SCREENSHOTS = join(import.meta.dirname, 'screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

const NAMES = ['seed-imagined-wired', 'seed-content-farm', 'seed-cyberscoop', 'own-template-placeholders'] as const;
type Name = (typeof NAMES)[number];
const chosen = fixtures().filter((f) => (NAMES as readonly string[]).includes(f.name));
const fixture = (name: Name): Fixture => chosen.find((f) => f.name === name)!;

/** A note that begins with "-", as a note that is a list does: the CSV must neutralise it. */
const NOTE = '- Content farm: the byline is invented.\n- Asked the desk; no reply yet.';

const STAMP = '\\d{4}-\\d{2}-\\d{2}T\\d{4}Z';

/** The part of the extension API the tests call inside the service worker. */
declare const chrome: {
  downloads: { search(query: object): Promise<{ id: number; filename: string; state: string; mime: string; byExtensionId?: string }[]> };
};

type Downloaded = { name: string; text: string; dir: string; mime: string; byExtensionId?: string };

/** A profile whose downloads go to a folder of its own, without asking. */
function profileWithDownloads(): { userDataDir: string; downloads: string } {
  const userDataDir = mkdtempSync(join(tmpdir(), 'sourcecheck-profile-'));
  const downloads = mkdtempSync(join(tmpdir(), 'sourcecheck-downloads-'));
  mkdirSync(join(userDataDir, 'Default'));
  writeFileSync(join(userDataDir, 'Default', 'Preferences'), JSON.stringify({ download: { default_directory: downloads, prompt_for_download: false, directory_upgrade: true } }));
  return { userDataDir, downloads };
}

/** Launches Chromium on a prepared profile with the browser's own download handling (see the header). */
async function launchForDownloads(): Promise<{ browser: Browser; downloads: string }> {
  const { userDataDir, downloads } = profileWithDownloads();
  const browser = await launchWithExtension({ userDataDir });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'default' });
  await cdp.detach();
  return { browser, downloads };
}

/** Every history row of the extension's database, read in its service worker. */
function allRows(worker: Worker): Promise<HistoryRow[]> {
  return worker.evaluate(
    () =>
      new Promise<HistoryRow[]>((resolve, reject) => {
        const open = indexedDB.open('sourcecheck');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('reports').objectStore('reports').getAll();
          all.onsuccess = () => resolve(all.result as HistoryRow[]);
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

const byUrl = (a: { url: string }, b: { url: string }) => a.url.localeCompare(b.url);

describe('history of checked articles', () => {
  let served: Served;
  let browser: Browser;
  let downloads: string;
  let page: Page;
  /** The stored report of each page, by fixture name. */
  const reports = new Map<Name, HistoryRow>();
  const tabs = new Map<Name, number>();
  let flaggedExport: Downloaded;

  const url = (name: Name) => served.urlOf(fixture(name));
  const rowTitles = () => page.getByTestId('history-title').allTextContents();
  const rowUrls = () => page.getByTestId('history-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-url')));
  const row = (name: Name) => page.locator(`[data-testid=history-row][data-url="${url(name)}"]`);
  const worker = () => currentWorker(browser.context);

  /** Runs `click` and waits for the one download it starts, then reads the file the browser saved. */
  async function downloaded(click: () => Promise<void>): Promise<Downloaded> {
    const sw = await worker();
    const before = new Set((await sw.evaluate(() => chrome.downloads.search({}))).map((item) => item.id));
    await click();
    const item = await waitFor(async () => (await sw.evaluate(() => chrome.downloads.search({ state: 'complete' }))).find((d) => !before.has(d.id)), 'a finished download');
    return { name: basename(item.filename), dir: dirname(item.filename), text: readFileSync(item.filename, 'utf8'), mime: item.mime, byExtensionId: item.byExtensionId };
  }

  beforeAll(async () => {
    served = await serveFixtures(chosen);
    ({ browser, downloads } = await launchForDownloads());
    for (const name of NAMES) {
      const tab = await browser.context.newPage();
      await tab.goto(url(name), { waitUntil: 'load' });
      const sw = await worker();
      tabs.set(name, await tabIdOf(sw, url(name)));
      reports.set(name, (await waitFor(() => storedReport(sw, url(name)), `report for ${name}`)) as unknown as HistoryRow);
    }
    page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await page.getByTestId('section-history').click();
    await page.getByTestId('history-table').waitFor();
  });

  afterAll(async () => {
    await browser?.context.close();
    served?.server.close();
  });

  it('asks for the downloads permission and no other', () => {
    const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', '.output', 'chrome-mv3', 'manifest.json'), 'utf8'));
    expect(manifest.permissions).toEqual(['downloads']);
  });

  it('lists the flagged articles newest first, with verdict, outlet, flag counts and time', async () => {
    // The CyberScoop report is verified with low notes only: not flagged.
    expect(isFlagged(reports.get('seed-cyberscoop')!)).toBe(false);
    const flagged = NAMES.filter((name) => isFlagged(reports.get(name)!));
    expect(flagged).toEqual(['seed-imagined-wired', 'seed-content-farm', 'own-template-placeholders']);
    expect(await rowUrls()).toEqual(flagged.map(url).reverse());
    expect(await page.getByTestId('history-status').textContent()).toBe('3 articles');
    const wired = reports.get('seed-imagined-wired')!;
    expect(await row('seed-imagined-wired').getByTestId('history-title').textContent()).toBe(wired.article.title);
    expect(await row('seed-imagined-wired').getByTestId('history-verdict-cell').textContent()).toBe('Unverifiable');
    const high = wired.flags.filter((f) => f.severity === 'high').length;
    expect(await row('seed-imagined-wired').locator('[data-severity=high]').textContent()).toContain(`${high} high`);
    // Every checked article is there when asked for; a known outlet shows its list.
    await page.getByTestId('history-filter-show').selectOption('all');
    await expect.poll(rowUrls).toEqual([...NAMES].map(url).reverse());
    expect(await row('seed-cyberscoop').getByTestId('history-outlet').textContent()).toBe('CyberScoop');
    expect(await row('seed-cyberscoop').textContent()).toContain('Sourcecheck starter list');
  });

  it('filters by verdict, flag kind, outlet and words of the text', async () => {
    await page.getByTestId('history-filter-verdict').selectOption('verified');
    await expect.poll(rowUrls).toEqual([url('seed-cyberscoop')]);
    await page.getByTestId('history-filter-verdict').selectOption('unverifiable');
    await expect.poll(rowUrls).toHaveLength(3);
    await page.getByTestId('history-filter-flag-kind').selectOption('generation-artifact');
    await expect.poll(rowUrls).toEqual([url('own-template-placeholders'), url('seed-content-farm')]);
    await page.getByTestId('history-reset').click();
    await page.getByTestId('history-filter-show').selectOption('all');
    await page.getByTestId('history-filter-outlet').selectOption('CyberScoop');
    await expect.poll(rowUrls).toEqual([url('seed-cyberscoop')]);
    await page.getByTestId('history-filter-outlet').selectOption('');
    // Words of a title, folded: case and accents do not matter, and a word's start is enough.
    await page.getByTestId('history-filter-search').fill('SOLARVÁNE pla');
    await expect.poll(rowUrls).toEqual([url('own-template-placeholders')]);
    // Words of a flagged sentence count too.
    const excerpt = reports.get('seed-imagined-wired')!.flags.find((f) => f.kind === 'self-disclosed-fabrication')!.excerpt;
    await page.getByTestId('history-filter-search').fill(excerpt.split(/\s+/).slice(0, 4).join(' '));
    await expect.poll(rowUrls).toContain(url('seed-imagined-wired'));
    await page.getByTestId('history-filter-search').fill('zzzz');
    await expect.poll(() => page.getByTestId('history-empty').textContent()).toBe('No article matches these filters.');
    await page.getByTestId('history-reset').click();
    await expect.poll(rowUrls).toHaveLength(3);
  });

  it('selects the articles shown and keeps a review with a note', async () => {
    await page.getByTestId('history-filter-flag-kind').selectOption('generation-artifact');
    await expect.poll(rowUrls).toHaveLength(2);
    await page.getByTestId('history-select-all').check();
    await expect.poll(() => page.getByTestId('history-status').textContent()).toBe('2 articles · 2 selected');
    expect(await page.getByTestId('history-export-selected-json').isEnabled()).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'history-view.png'), fullPage: true });

    await row('seed-content-farm').getByTestId('history-review-toggle').click();
    const editor = page.getByTestId('review-editor');
    expect(await editor.locator('q').first().textContent()).toBe(reports.get('seed-content-farm')!.flags.find((f) => f.severity === 'high')!.excerpt);
    await editor.getByTestId('review-reviewed').check();
    await editor.getByTestId('review-note').fill(NOTE);
    await editor.getByTestId('review-save').click();
    await expect.poll(() => editor.getByTestId('review-saved').isVisible()).toBe(true);
    await expect.poll(() => row('seed-content-farm').getByTestId('history-reviewed').textContent()).toContain('Reviewed');
    expect(await row('seed-content-farm').getByTestId('history-note').textContent()).toBe(NOTE);
    await page.screenshot({ path: join(SCREENSHOTS, 'history-review.png'), fullPage: true });
    const stored = (await storedReport(await worker(), url('seed-content-farm'))) as unknown as HistoryRow;
    expect(stored.review).toMatchObject({ reviewed: true, note: NOTE });
    reports.set('seed-content-farm', stored);
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    // The review filter finds it.
    await page.getByTestId('history-filter-reviewed').selectOption('yes');
    await expect.poll(rowUrls).toEqual([url('seed-content-farm')]);
    // A change of filter starts a new selection.
    await page.getByTestId('history-filter-reviewed').selectOption('');
    await expect.poll(rowUrls).toHaveLength(2);
    expect(await page.getByTestId('history-status').textContent()).toBe('2 articles');
    expect(await page.getByTestId('history-export-selected-json').isEnabled()).toBe(false);
    await page.getByTestId('history-select-all').check();
    await expect.poll(() => page.getByTestId('history-status').textContent()).toBe('2 articles · 2 selected');
  });

  it('exports the selection as JSON with the full reports, the review, the version and the lists', async () => {
    const file = await downloaded(() => page.getByTestId('history-export-selected-json').click());
    expect(file.name).toMatch(new RegExp(`^sourcecheck-selection-2-articles-${STAMP}\\.json$`));
    expect(file.dir).toBe(downloads);
    expect(file.byExtensionId).toBe(browser.extensionId);
    expect(await page.getByTestId('history-action-result').textContent()).toBe(`Saved ${file.name} (2 articles) to your downloads.`);
    const document = JSON.parse(file.text);
    expect(document).toMatchObject({ format: 'sourcecheck-history', formatVersion: 1, generator: 'Sourcecheck 0.1.0' });
    // The lists in force now: the user's own (made when the options page first opened) first, then those the pages were checked against.
    expect(document.lists).toEqual([{ name: 'My sources' }, ...reports.get('seed-content-farm')!.lists]);
    const entries = parseJsonExport(file.text);
    expect(entries.map((e) => e.url).sort()).toEqual([url('seed-content-farm'), url('own-template-placeholders')].sort());
    expect(entries.find((e) => e.url === url('seed-content-farm'))!.review).toMatchObject({ reviewed: true, note: NOTE });
    const rows = await allRows(await worker());
    const expected = rows.filter((r) => entries.some((e) => e.url === r.url)).map(entryOf);
    expect([...entries].sort(byUrl)).toEqual(expected.sort(byUrl));
  });

  it('exports the selection as CSV: a row per flag under the header, cells neutralised', async () => {
    const file = await downloaded(() => page.getByTestId('history-export-selected-csv').click());
    expect(file.name).toMatch(new RegExp(`^sourcecheck-selection-2-articles-${STAMP}\\.csv$`));
    expect(file.text.startsWith('\uFEFFurl,title,outlet,verdict,flag kind,severity,excerpt,message,note\r\n')).toBe(true);
    const [header, ...rows] = Papa.parse<string[]>(file.text.slice(1), { skipEmptyLines: true }).data;
    expect(header).toEqual(['url', 'title', 'outlet', 'verdict', 'flag kind', 'severity', 'excerpt', 'message', 'note']);
    const selected = (['seed-content-farm', 'own-template-placeholders'] as const).map((name) => reports.get(name)!);
    expect(rows).toHaveLength(selected.reduce((n, r) => n + r.flags.length, 0));
    for (const report of selected) {
      const mine = rows.filter((cells) => cells[0] === report.url);
      expect(mine.map((cells) => cells[4])).toEqual(report.flags.map((f) => f.kind));
      expect(mine.every((cells) => cells[3] === report.verdict)).toBe(true);
    }
    // The note begins with "-": a spreadsheet would read it as a formula, so it starts with an apostrophe.
    const farmRows = rows.filter((cells) => cells[0] === url('seed-content-farm'));
    expect(farmRows.every((cells) => cells[8] === `'${NOTE}`)).toBe(true);
    expect(rows.every((cells) => cells.every((cell) => !/^[=+\-@\t\r]/.test(cell)))).toBe(true);
  });

  it('exports the selection as Markdown: a section per article quoting each flagged sentence', async () => {
    const file = await downloaded(() => page.getByTestId('history-export-selected-md').click());
    expect(file.name).toMatch(new RegExp(`^sourcecheck-selection-2-articles-${STAMP}\\.md$`));
    const md = file.text;
    expect(md.startsWith('# Sourcecheck provenance report\n')).toBe(true);
    expect(md).toContain('by Sourcecheck 0.1.0: 2 articles.');
    expect(md.match(/^## /gm)).toHaveLength(2);
    for (const name of ['seed-content-farm', 'own-template-placeholders'] as const) {
      const report = reports.get(name)!;
      expect(md).toContain(`## ${escapeMarkdown(report.article.title!)}\n`);
      expect(md).toContain(`- **URL:** <${report.url}>`);
      for (const flag of report.flags) expect(md).toContain(`> ${escapeMarkdown(flag.excerpt.split(/\r\n?|\n/)[0]!)}`);
    }
    expect(md).toContain(`**Reviewer's note:**\n\n> \\- Content farm: the byline is invented.\n> \\- Asked the desk; no reply yet.`);
  });

  it('exports everything flagged, whatever the filters show', async () => {
    flaggedExport = await downloaded(() => page.getByTestId('history-export-flagged-json').click());
    expect(flaggedExport.name).toMatch(new RegExp(`^sourcecheck-flagged-3-articles-${STAMP}\\.json$`));
    expect(parseJsonExport(flaggedExport.text).map((e) => e.url)).toEqual(
      (['own-template-placeholders', 'seed-content-farm', 'seed-imagined-wired'] as const).map(url),
    );
    for (const format of ['csv', 'md'] as const) {
      const file = await downloaded(() => page.getByTestId(`history-export-flagged-${format}`).click());
      expect(file.name).toMatch(new RegExp(`^sourcecheck-flagged-3-articles-${STAMP}\\.${format}$`));
    }
  });

  it('exports one article from the popup in each format', async () => {
    const report = reports.get('seed-imagined-wired')!;
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 400, height: 900 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabs.get('seed-imagined-wired')}`);
    await popup.getByTestId('export-json').waitFor();
    const json = await downloaded(() => popup.getByTestId('export-json').click());
    expect(json.name).toMatch(new RegExp(`^sourcecheck-article-techpulse-daily\\.com-${STAMP}\\.json$`));
    expect(await popup.getByTestId('export-status').textContent()).toBe(`Saved ${json.name} to your downloads.`);
    expect(parseJsonExport(json.text)).toEqual([entryOf(report)]);
    expect(JSON.parse(json.text)).toMatchObject({ generator: report.generator, lists: report.lists });
    const csv = await downloaded(() => popup.getByTestId('export-csv').click());
    expect(csv.name).toMatch(new RegExp(`^sourcecheck-article-techpulse-daily\\.com-${STAMP}\\.csv$`));
    expect(Papa.parse<string[]>(csv.text.slice(1), { skipEmptyLines: true }).data).toHaveLength(1 + report.flags.length);
    const md = await downloaded(() => popup.getByTestId('export-md').click());
    expect(md.text).toContain(`## ${escapeMarkdown(report.article.title!)}\n`);
    expect(md.text).toContain('1 article.');
    await popup.locator('footer').screenshot({ path: join(SCREENSHOTS, 'popup-export.png') });
    await popup.close();
  });

  it('deletes the selection after asking, and keeps the retention the user sets', async () => {
    await page.getByTestId('history-reset').click();
    await page.getByTestId('history-filter-show').selectOption('all');
    await row('seed-cyberscoop').getByTestId('history-select').check();
    await page.getByTestId('history-delete').click();
    expect(await page.getByRole('group', { name: 'Delete selected' }).textContent()).toContain('Delete 1 article from the history');
    await page.getByTestId('history-delete-confirm').click();
    await expect.poll(rowUrls).toHaveLength(3);
    expect(await storedReport(await worker(), url('seed-cyberscoop'))).toBeNull();

    // Every article was checked minutes ago: 30 days deletes none, so it applies without asking.
    await page.getByTestId('history-retention').selectOption('30');
    const sw = await worker();
    const retention = () =>
      sw.evaluate(
        () =>
          new Promise<unknown>((resolve) => {
            const open = indexedDB.open('sourcecheck');
            open.onsuccess = () => {
              const get = open.result.transaction('meta').objectStore('meta').get('history-retention');
              get.onsuccess = () => resolve((get.result as { value?: string } | undefined)?.value ?? null);
            };
          }),
      );
    await expect.poll(retention).toBe('30');
    await page.getByTestId('history-retention').selectOption('forever');
    await expect.poll(retention).toBe('forever');
    expect(await rowUrls()).toHaveLength(3);
  });

  it('imports the JSON export into a fresh profile without loss, review included', async () => {
    const sourceRows = (await allRows(await worker())).filter(isFlagged).map(entryOf).sort(byUrl);
    const fresh = await launchWithExtension();
    try {
      const options = await fresh.context.newPage();
      await options.setViewportSize({ width: 1280, height: 900 });
      await options.goto(`chrome-extension://${fresh.extensionId}/options.html#history`);
      await options.getByTestId('history-empty').waitFor();
      const file = (text: string) => ({ name: flaggedExport.name, mimeType: 'application/json', buffer: Buffer.from(text) });

      await options.getByTestId('history-import-file').setInputFiles(file(flaggedExport.text));
      await expect.poll(() => options.getByTestId('history-import-summary').textContent()).toContain('Imported 3 articles');
      expect(await options.getByTestId('history-import-added').textContent()).toBe('3 added');
      const imported = (await allRows(await currentWorker(fresh.context))).map(entryOf).sort(byUrl);
      const exported: HistoryEntry[] = parseJsonExport(flaggedExport.text).sort(byUrl);
      expect(imported).toEqual(exported);
      expect(imported).toEqual(sourceRows);
      // The rows carry their index keys: the imported history filters and searches like the original.
      await options.getByTestId('history-filter-flag-kind').selectOption('generation-artifact');
      await expect.poll(() => options.getByTestId('history-row').count()).toBe(2);
      const farm = options.locator(`[data-testid=history-row][data-url="${url('seed-content-farm')}"]`);
      expect(await farm.getByTestId('history-reviewed').textContent()).toContain('Reviewed');
      expect(await farm.getByTestId('history-note').textContent()).toBe(NOTE);

      // The same file again changes nothing; a file that is not an export is refused and says why.
      await options.getByTestId('history-import-file').setInputFiles(file(flaggedExport.text));
      await expect.poll(() => options.getByTestId('history-import-kept').textContent()).toContain('3 kept');
      await options.getByTestId('history-import-file').setInputFiles({ name: 'list.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"sourcecheck.sources/1"}') });
      const error = await options.getByTestId('import-error').textContent();
      expect(error).toContain('list.json was not imported; nothing was changed.');
      expect(error).toContain('This file is not a Sourcecheck history export');
      expect(await allRows(await currentWorker(fresh.context))).toHaveLength(3);
    } finally {
      await fresh.context.close();
    }
  });

  it('clears the history after asking', async () => {
    await page.getByTestId('history-clear').click();
    await page.getByTestId('history-clear-confirm').click();
    await expect.poll(() => page.getByTestId('history-empty').textContent()).toContain('No article has been checked yet');
    expect(await allRows(await worker())).toEqual([]);
  });
});

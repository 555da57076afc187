/**
 * The built extension in Debian's Chromium: every fixture page gets the badge its report calls
 * for, the stored report equals the command line's (timings aside), non-articles get no badge,
 * badges survive a worker restart and follow navigation, and the extension sends no request.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BADGE_COLORS, badgeFor } from '../../utils/badge';
import { parseJsonExport } from '../../utils/export/json';
import { entryOf, type HistoryRow } from '../../utils/history/history-row';
import type { Report } from '../../utils/report';
import { analyzeHtml } from '../helpers/analyze-html';
import { fixtures, type Fixture } from '../helpers/fixtures';
import {
  badgeOf,
  currentWorker,
  stopWorker,
  hexToRgba,
  launchWithExtension,
  serveFixtures,
  storedReport,
  tabIdOf,
  waitFor,
  type Browser,
  type Served,
} from './harness';

/** Screenshots for people to look at; kept out of git. */
const SCREENSHOTS = join(import.meta.dirname, 'screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

const all = fixtures();
const byName = (name: string) => all.find((f) => f.name === name)!;

/** The report alone: without its timings, and without what history adds to it (time, review, index keys). */
function withoutTimings(report: Record<string, unknown>): Record<string, unknown> {
  const { timings: _timings, checkedAt: _checkedAt, review: _review, flagKinds: _kinds, words: _words, quoteKeys: _keys, ...rest } = report;
  return rest;
}

describe('extension in Chromium', () => {
  let served: Served;
  let browser: Browser;

  beforeAll(async () => {
    served = await serveFixtures(all);
    browser = await launchWithExtension();
  });

  afterAll(async () => {
    await browser?.context.close();
    served?.server.close();
  });

  /** Opens a fixture in a new tab and waits for the extension to finish with it. */
  async function visit(fixture: Fixture) {
    const url = served.urlOf(fixture);
    const cli = await analyzeHtml(fixture.html, url, { bundled: 'all' });
    const openedAt = new Date().toISOString();
    const page = await browser.context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const worker = await currentWorker(browser.context);
    const tabId = await tabIdOf(worker, url);
    // A page seen by an earlier test has an older report: wait for this visit's own.
    const fresh = async () => {
      const stored = await storedReport(worker, url);
      return stored && String(stored.checkedAt) >= openedAt ? stored : null;
    };
    const report = cli.isArticle ? ((await waitFor(fresh, `report for ${fixture.name}`)) as unknown as Report) : null;
    return { page, url, report, cli, tabId, worker };
  }

  async function visitArticle(fixture: Fixture) {
    const visited = await visit(fixture);
    if (!visited.report) throw new Error(`${fixture.name} is not an article`);
    return { ...visited, report: visited.report };
  }

  it.each(all.map((f) => [f.name, f] as const))('%s: badge and stored report match the command line', async (_name, fixture) => {
    const { page, url, report, cli, tabId, worker } = await visit(fixture);
    if (cli.isArticle) {
      expect(withoutTimings(report as unknown as Record<string, unknown>)).toEqual(withoutTimings(cli as unknown as Record<string, unknown>));
    } else {
      expect(await storedReport(worker, url)).toBeNull();
    }

    const expected = badgeFor(cli);
    const badge = await waitFor(async () => {
      const b = await badgeOf(worker, tabId);
      return b.text === (expected?.text ?? '') ? b : null;
    }, `badge for ${fixture.name}`);
    if (expected) expect(badge.color).toEqual(hexToRgba(expected.color));
    await page.close();
  });

  it('gives the seed pages the verdicts the issue asks for', async () => {
    const verdicts: Record<string, string[]> = {
      'seed-cyberscoop': ['verified', 'mixed'],
      'seed-govinfosecurity': ['verified', 'mixed'],
      'seed-imagined-wired': ['unverifiable'],
      'seed-content-farm': ['unverifiable'],
    };
    for (const [name, allowed] of Object.entries(verdicts)) {
      const { page, report, tabId, worker } = await visitArticle(byName(name));
      expect(allowed).toContain(report.verdict);
      expect(report.flags.filter((f) => f.severity === 'high').length > 0).toBe(report.verdict === 'unverifiable');
      if (report.verdict === 'unverifiable') {
        const badge = await badgeOf(worker, tabId);
        expect(badge.text).toBe(`!${report.flags.filter((f) => f.severity === 'high').length}`);
        expect(badge.color).toEqual(hexToRgba(BADGE_COLORS.unverifiable));
      }
      await page.close();
    }
  });

  it('shows no badge on a page that is not an article, keeps no report of it, and says so in the popup', async () => {
    const { page, url, cli, tabId, worker } = await visit(byName('own-search-results'));
    expect(cli.verdict).toBe('not-article');
    expect((await badgeOf(worker, tabId)).text).toBe('');
    expect(await storedReport(worker, url)).toBeNull();
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    await expect.poll(() => popup.getByTestId('not-article').isVisible()).toBe(true);
    await popup.close();
    await page.close();
  });

  it('keeps the badge after the worker restarts, and follows the tab when it navigates', async () => {
    const first = await visit(byName('seed-imagined-wired'));
    const before = await badgeOf(first.worker, first.tabId);
    await stopWorker(browser, first.worker);

    // The restarted worker (fresh globals) still shows the first tab's badge as it was.
    const restarted = await currentWorker(browser.context);
    await waitFor(async () => !(await restarted.evaluate(() => 'sourcecheckTestMarker' in globalThis)), 'a restarted worker');
    expect(await badgeOf(restarted, first.tabId)).toEqual(before);

    const second = byName('seed-cyberscoop');
    const secondUrl = served.urlOf(second);
    const navigatedAt = new Date().toISOString();
    await first.page.goto(secondUrl, { waitUntil: 'load' });
    const worker = await currentWorker(browser.context);
    const report = (await waitFor(async () => {
      const stored = await storedReport(worker, secondUrl);
      return stored && String(stored.checkedAt) >= navigatedAt ? stored : null;
    }, 'report after navigation')) as unknown as Report;
    const badge = await waitFor(async () => {
      const b = await badgeOf(worker, first.tabId);
      return b.text === badgeFor(report)?.text ? b : null;
    }, 'badge after navigation');
    expect(badge.text).toBe(badgeFor(report)!.text);
    await first.page.close();
  });

  it.each([
    ['seed-imagined-wired', 'Unverifiable'],
    ['seed-peoples-daily', 'Verified'],
    ['own-fake-reuters-link', 'Unverifiable'],
  ] as const)('popup for %s shows the report and exports it as JSON', async (name, verdictWord) => {
    const { page, report, tabId } = await visitArticle(byName(name));
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 400, height: 900 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);

    await expect.poll(() => popup.getByTestId('verdict').textContent()).toBe(verdictWord);
    expect(await popup.getByTestId('summary').textContent()).toBe(report.summary);
    const flags = popup.getByTestId('flag');
    expect(await flags.count()).toBe(report.flags.length);
    for (const [i, flag] of report.flags.entries()) {
      expect(await flags.nth(i).getAttribute('data-kind')).toBe(flag.kind);
      expect(await flags.nth(i).textContent()).toContain(flag.excerpt);
    }
    expect(await popup.getByTestId('attribution').count()).toBe(report.attributions.length);
    expect(await popup.getByTestId('outlet-card').textContent()).toContain(report.outlet.status === 'known' ? report.outlet.name! : report.outlet.domain!);
    // Page text is shown as text: the popup holds no element the page could have injected.
    expect(await popup.locator('script:not([src]), iframe, object').count()).toBe(0);
    await popup.screenshot({ path: join(SCREENSHOTS, `popup-${name}.png`), fullPage: true });

    // Saved through chrome.downloads: Playwright captures the file under the blob's name, so the
    // name the extension gave it is read from the popup here (history.test.ts reads it from the browser).
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByTestId('export-json').click()]);
    expect(await popup.getByTestId('export-status').textContent()).toMatch(/^Saved sourcecheck-article-.+-\d{4}-\d{2}-\d{2}T\d{4}Z\.json to your downloads\.$/);
    const exported = parseJsonExport(readFileSync((await download.path())!, 'utf8'));
    expect(exported).toEqual([entryOf(report as unknown as HistoryRow)]);
    await popup.close();
    await page.close();
  });

  it('names another checked article that quotes the same words ("Also in …")', async () => {
    const earlier = await visitArticle(byName('own-reuters-grid-upgrade'));
    const { page, tabId } = await visitArticle(byName('own-courier-reported-false-claim'));
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 400, height: 900 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    const item = popup.getByTestId('corroboration-item').filter({ hasText: earlier.report.outlet.name! });
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.textContent()).toContain(`Also in ${earlier.report.outlet.name}`);
    expect(await item.textContent()).toContain('Marcus Bell');
    expect(await item.locator('a').getAttribute('href')).toBe(earlier.url);
    await popup.getByTestId('corroboration').scrollIntoViewIfNeeded();
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup-corroboration.png'), fullPage: true });
    await Promise.all([popup.close(), page.close(), earlier.page.close()]);
  });

  it('sends no request of its own: the server saw only the pages the test opened and what their own markup loads', () => {
    const key = (u: URL) => `${u.hostname}${u.pathname}${u.search}`;
    // A page's own stylesheets and scripts are the page's requests, not the extension's.
    const subresources = (f: (typeof all)[number]) =>
      [...f.html.matchAll(/<(?:link|script|img|iframe)\b[^>]*?\b(?:href|src)="([^"]+)"/gi)]
        .map((m) => m[1]!.replace(/&amp;/g, '&'))
        .filter((href) => !href.startsWith('data:'))
        .map((href) => key(new URL(href, served.urlOf(f))));
    const opened = new Set(all.flatMap((f) => [key(new URL(served.urlOf(f))), ...subresources(f)]));
    const others = served.requests.filter((r) => !opened.has(`${r.host}${r.path}`) && r.path !== '/favicon.ico');
    expect(others).toEqual([]);
  });

  // Last: it writes to My sources, and the tests above compare reports with the command line's.
  it('"Add this speaker" and "Add this outlet" write to My sources and the report changes at once', async () => {
    const { page, tabId, report, worker } = await visitArticle(byName('own-actumetropoles-french-lookalike-source'));
    const unknown = report.attributions.find((a) => a.status === 'unknown' && a.speaker && !a.organization)!;
    expect(unknown, 'an unknown named speaker on the page').toBeDefined();
    expect(report.outlet.status).toBe('unknown');
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 400, height: 900 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);

    await popup.locator('summary', { hasText: 'Attributions' }).click();
    const item = popup.getByTestId('attribution').filter({ hasText: unknown.speaker! }).first();
    await item.getByTestId('add-speaker').click();
    await expect.poll(() => item.getAttribute('data-status')).toBe('known');
    const stored = (await storedReport(worker, report.url)) as unknown as Report;
    expect(stored.attributions.filter((a) => a.speaker === unknown.speaker).every((a) => a.status === 'known')).toBe(true);
    expect(stored.flags.some((f) => f.kind === 'unknown-speaker' && f.message.includes(unknown.speaker!))).toBe(false);

    const form = popup.getByTestId('outlet-kind-form');
    await form.locator('select').selectOption('wire');
    await form.getByRole('button', { name: 'Add this outlet' }).click();
    await expect.poll(() => popup.getByTestId('outlet-card').getAttribute('data-status')).toBe('known');
    expect(await popup.getByTestId('outlet-list').textContent()).toContain('My sources');
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup-after-add-to-my-sources.png'), fullPage: true });
    const after = (await storedReport(worker, report.url)) as unknown as Report;
    expect(after.flags.map((f) => f.kind)).not.toContain('unknown-outlet');
    await popup.close();
    await page.close();
  });
});

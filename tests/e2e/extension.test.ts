/**
 * The built extension in Debian's Chromium: every fixture page gets the badge its report calls
 * for, the stored report equals the command line's (timings aside), non-articles get no badge,
 * badges survive a worker restart and follow navigation, and the extension sends no request.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BADGE_COLORS, badgeFor } from '../../utils/badge';
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

const all = fixtures();
const byName = (name: string) => all.find((f) => f.name === name)!;

function withoutTimings(report: Record<string, unknown>): Record<string, unknown> {
  const { timings: _timings, checkedAt: _checkedAt, ...rest } = report;
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

  async function visit(fixture: Fixture) {
    const url = served.urlOf(fixture);
    const page = await browser.context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const worker = await currentWorker(browser.context);
    const report = (await waitFor(() => storedReport(worker, url), `report for ${fixture.name}`)) as unknown as Report;
    const tabId = await tabIdOf(worker, url);
    return { page, url, report, tabId, worker };
  }

  it.each(all.map((f) => [f.name, f] as const))('%s: badge and stored report match the command line', async (_name, fixture) => {
    const { page, url, report, tabId, worker } = await visit(fixture);
    const cli = await analyzeHtml(fixture.html, url);
    expect(withoutTimings(report as unknown as Record<string, unknown>)).toEqual(withoutTimings(cli as unknown as Record<string, unknown>));

    const expected = badgeFor(report);
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
      const { page, report, tabId, worker } = await visit(byName(name));
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

  it('shows no badge on a page that is not an article', async () => {
    const { page, report, tabId, worker } = await visit(byName('own-search-results'));
    expect(report.verdict).toBe('not-article');
    expect((await badgeOf(worker, tabId)).text).toBe('');
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
    await first.page.goto(secondUrl, { waitUntil: 'load' });
    const worker = await currentWorker(browser.context);
    const report = (await waitFor(() => storedReport(worker, secondUrl), 'report after navigation')) as unknown as Report;
    const badge = await waitFor(async () => {
      const b = await badgeOf(worker, first.tabId);
      return b.text === badgeFor(report)?.text ? b : null;
    }, 'badge after navigation');
    expect(badge.text).toBe(badgeFor(report)!.text);
    await first.page.close();
  });

  it('sends no request of its own: the server saw only the pages the test opened', () => {
    const opened = new Set(all.map((f) => { const u = new URL(served.urlOf(f)); return `${u.hostname}${u.pathname}${u.search}`; }));
    const others = served.requests.filter((r) => !opened.has(`${r.host}${r.path}`) && r.path !== '/favicon.ico');
    expect(others).toEqual([]);
  });
});

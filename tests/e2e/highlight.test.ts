/**
 * "Show in page" in Chromium with the built extension: the popup's button highlights the flag's
 * sentence in the article (a CSS Custom Highlight, read back from the page), the page's layout
 * and its own nodes stay as they were, a second one replaces the first, Escape and "Hide
 * highlights" take it away, and text the page no longer holds is "Not found on the page".
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../utils/report';
import { fixtures } from '../helpers/fixtures';
import { currentWorker, launchWithExtension, serveFixtures, storedReport, tabIdOf, waitFor, type Browser, type Served } from './harness';

const SCREENSHOTS = join(import.meta.dirname, 'screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

const fixture = fixtures().find((f) => f.name === 'seed-imagined-wired')!;

/** The text of every range in the page's `sourcecheck` highlight, read in the page's own world. */
function highlighted(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(CSS.highlights.get('sourcecheck') ?? [])].map((range) => range.toString()));
}

/** What the page looks like to its own scripts: its body's box and markup, and <html>'s children. */
function layout(page: Page) {
  return page.evaluate(() => {
    const box = document.body.getBoundingClientRect();
    return {
      body: { width: box.width, height: box.height },
      scrollHeight: document.documentElement.scrollHeight,
      bodyHtml: document.body.innerHTML,
      htmlChildren: [...document.documentElement.children].map((e) => e.tagName.toLowerCase()),
    };
  });
}

/** The text inside the note's closed shadow root, which only the browser's DevTools protocol can read. */
async function noteText(page: Page): Promise<string | null> {
  type DomNode = { nodeName: string; nodeType: number; nodeValue: string; children?: DomNode[]; shadowRoots?: DomNode[] };
  const cdp = await page.context().newCDPSession(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  await cdp.detach();
  const find = (node: DomNode): DomNode | undefined =>
    node.nodeName === 'SOURCECHECK-NOTE' ? node : [...(node.children ?? []), ...(node.shadowRoots ?? [])].map(find).find(Boolean);
  const text = (node: DomNode): string =>
    node.nodeName === 'STYLE' ? '' : node.nodeType === 3 ? node.nodeValue : [...(node.shadowRoots ?? []), ...(node.children ?? [])].map(text).join(' ');
  const host = find(root);
  return host ? text(host).replace(/\s+/g, ' ').trim() : null;
}

/** Waits for a smooth scroll to come to rest. */
async function settled(page: Page): Promise<number> {
  let last = -1;
  return waitFor(async () => {
    const y = await page.evaluate(() => new Promise<number>((r) => setTimeout(() => r(window.scrollY), 150)));
    const done = y === last;
    last = y;
    return done ? y + 1 : null;
  }, 'the page to stop scrolling').then((y) => y - 1);
}

describe('"Show in page" in Chromium', () => {
  let served: Served;
  let browser: Browser;
  let page: Page;
  let popup: Page;
  let report: Report;

  beforeAll(async () => {
    served = await serveFixtures([fixture]);
    browser = await launchWithExtension();
    const url = served.urlOf(fixture);
    page = await browser.context.newPage();
    await page.setViewportSize({ width: 1100, height: 700 });
    await page.goto(url, { waitUntil: 'load' });
    const worker = await currentWorker(browser.context);
    // The first page after installing waits for the bundled lists to load.
    report = (await waitFor(() => storedReport(worker, url), 'the report', 90_000)) as unknown as Report;
    const tabId = await tabIdOf(worker, url);
    popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 400, height: 900 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    await popup.getByTestId('verdict').waitFor();
  });

  afterAll(async () => {
    await browser?.context.close();
    served?.server.close();
  });

  const flagItem = (kind: string, text: string) => popup.locator(`[data-testid="flag"][data-kind="${kind}"]`).filter({ hasText: text }).first();

  /**
   * The report's page stands in for the popup here: it is a tab, so "Show in page" brings the
   * article's tab forward, as it does for a report opened in a tab. Bring the report back first.
   */
  async function click(button: Locator): Promise<void> {
    await popup.bringToFront();
    await button.click();
  }

  it('highlights the flag\u2019s sentence and says why, without changing the page\u2019s layout', async () => {
    const flag = report.flags.find((f) => f.kind === 'self-disclosed-fabrication' && f.excerpt === 'I imagined this.')!;
    expect(flag, 'the page says "I imagined this."').toBeDefined();
    const before = await layout(page);
    expect(await highlighted(page)).toEqual([]);

    const item = flagItem(flag.kind, flag.excerpt);
    await click(item.getByRole('button', { name: /^Show in page/ }));
    await expect.poll(() => highlighted(page)).toEqual([flag.excerpt]);
    await expect.poll(() => noteText(page)).toBe(`Sourcecheck Page says it is invented: ${flag.message} Hide highlights`);
    await expect.poll(() => item.getByTestId('hide-highlights').isVisible()).toBe(true);

    const after = await layout(page);
    expect(after.body).toEqual(before.body);
    expect(after.scrollHeight).toBe(before.scrollHeight);
    // No node of the page's changed; the note's host is the one new element, a child of <html>.
    expect(after.bodyHtml).toBe(before.bodyHtml);
    expect(after.htmlChildren).toEqual([...before.htmlChildren, 'sourcecheck-note']);
  });

  it('replaces the first highlight with a second, further down, and scrolls to it', async () => {
    const flag = report.flags.find((f) => f.kind === 'near-miss-name' && f.excerpt.startsWith('Lin Yun'))!;
    const item = flagItem(flag.kind, 'Shanghai Jia Tong');
    await click(item.getByRole('button', { name: /^Show in page/ }));
    await expect.poll(() => highlighted(page)).toEqual([flag.excerpt]);
    expect(await page.evaluate(() => document.querySelectorAll('sourcecheck-note').length)).toBe(1);
    // Only the item shown now offers to hide it.
    expect(await popup.getByTestId('hide-highlights').count()).toBe(1);
    await expect.poll(() => item.getByTestId('hide-highlights').isVisible()).toBe(true);

    expect(await settled(page)).toBeGreaterThan(0);
    // The sentence is in the window.
    const box = await page.evaluate(() => {
      const rect = ([...CSS.highlights.get('sourcecheck')!][0] as Range).getBoundingClientRect();
      return { top: rect.top, bottom: rect.bottom, height: window.innerHeight };
    });
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(box.height);
    await page.screenshot({ path: join(SCREENSHOTS, 'page-highlight.png') });
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup-show-in-page.png'), fullPage: true });
  });

  it('takes the highlight and the note away on Escape and on "Hide highlights"', async () => {
    const before = await layout(page);
    await page.keyboard.press('Escape');
    await expect.poll(() => highlighted(page)).toEqual([]);
    expect(await page.evaluate(() => CSS.highlights.has('sourcecheck'))).toBe(false);
    expect((await layout(page)).htmlChildren).toEqual(before.htmlChildren.filter((t) => t !== 'sourcecheck-note'));
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);

    const flag = report.flags.find((f) => f.kind === 'self-disclosed-fabrication')!;
    const item = flagItem(flag.kind, flag.excerpt);
    await click(item.getByRole('button', { name: /^Show in page/ }));
    await expect.poll(() => highlighted(page)).toEqual([flag.excerpt]);
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(1);
    await click(item.getByTestId('hide-highlights'));
    await expect.poll(() => highlighted(page)).toEqual([]);
    expect(await noteText(page)).toBeNull();
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    expect(await popup.getByTestId('hide-highlights').count()).toBe(0);
  });

  it('shows an attribution\u2019s sentence, its typographic quotes and all', async () => {
    const casper = report.attributions.find((a) => a.speaker === 'Stephen Casper')!;
    await click(popup.locator('summary', { hasText: 'Attributions' }));
    const item = popup.getByTestId('attribution').filter({ hasText: 'Stephen Casper' }).first();
    await click(item.getByRole('button', { name: 'Show in page: Stephen Casper' }));
    await expect.poll(() => highlighted(page)).toEqual([casper.excerpt]);
    expect(await noteText(page)).toContain('Attribution to Stephen Casper');
    await click(item.getByTestId('hide-highlights'));
    await expect.poll(() => highlighted(page)).toEqual([]);
  });

  it('says "Not found on the page" when the page no longer holds the text, and drops the earlier highlight', async () => {
    const earlier = report.flags.find((f) => f.kind === 'near-miss-name' && f.excerpt.startsWith('Lin Yun'))!;
    await click(flagItem(earlier.kind, 'Shanghai Jia Tong').getByRole('button', { name: /^Show in page/ }));
    await expect.poll(() => highlighted(page)).toEqual([earlier.excerpt]);

    const flag = report.flags.find((f) => f.kind === 'self-disclosed-fabrication' && f.excerpt === 'I imagined this.')!;
    // The page's own script rewrites the notice after it was read (a live page, an edit).
    await page.evaluate(() => {
      for (const p of document.querySelectorAll('p')) if (p.textContent?.includes('I imagined this.')) p.textContent = 'Updated notice.';
    });
    const item = flagItem(flag.kind, flag.excerpt);
    await click(item.getByRole('button', { name: /^Show in page/ }));
    await expect.poll(() => item.getByTestId('show-in-page-status').textContent()).toBe('Not found on the page');
    expect(await highlighted(page)).toEqual([]);
    expect(await noteText(page)).toBeNull();
    expect(await popup.getByTestId('hide-highlights').count()).toBe(0);
  });
});

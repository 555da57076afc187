/**
 * The service worker: receives what content scripts read, checks it against the known-sources
 * database (in the extension's own origin), stores the report and sets the tab's badge.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { analyze } from '../utils/analysis/analyze';
import { badgeFor } from '../utils/badge';
import { dexieLookup } from '../utils/db/lookup';
import { SourcecheckDB } from '../utils/db/schema';
import { BUNDLED_MANIFEST_PATH, ensureBundledLists, parseManifest } from '../utils/db/bundled-lists';
import type { ExtractedArticle } from '../utils/extracted-article';
import type { BackgroundToContent } from '../utils/messages';
import { parseContentMessage, parsePopupMessage } from '../utils/messages';
import { pruneHistory } from '../utils/history/retention';
import { saveChecked } from '../utils/history/save-entry';
import type { Report } from '../utils/report';

export default defineBackground(() => {
  const db = new SourcecheckDB();
  const lookup = dexieLookup(db);
  const generator = `Sourcecheck ${browser.runtime.getManifest().version}`;

  /** A file of the extension's own package: the one kind of fetch it makes. */
  const readPackaged = async (path: string): Promise<unknown> => (await fetch(browser.runtime.getURL(`/${path}` as '/'))).json();
  // Every start checks the bundled lists' versions, so an update reloads them even if onInstalled was missed.
  const ready = readPackaged(BUNDLED_MANIFEST_PATH)
    .then((manifest) => ensureBundledLists(db, parseManifest(manifest), readPackaged))
    .catch((error) => console.error('Sourcecheck: bundled lists not loaded', error));
  pruneHistory(db).catch((error) => console.error('Sourcecheck: history not pruned', error));

  async function showBadge(tabId: number, report: Report | null): Promise<void> {
    const badge = report ? badgeFor(report) : null;
    await browser.action.setBadgeText({ tabId, text: badge?.text ?? '' });
    if (badge) {
      await browser.action.setBadgeBackgroundColor({ tabId, color: badge.color });
      await browser.action.setTitle({ tabId, title: badge.title });
    } else {
      await browser.action.setTitle({ tabId, title: 'Sourcecheck' });
    }
  }

  async function check(article: ExtractedArticle, tabId: number): Promise<void> {
    // Pages that are not articles leave no trace beyond the open tab: no report, no history.
    if (!article.isArticle) {
      await db.tabs.put({ tabId, url: article.url });
      await showBadge(tabId, null);
      return;
    }
    await ready;
    const report = await analyze(article, lookup, { generator });
    await db.transaction('rw', db.reports, db.tabs, db.meta, async () => {
      await saveChecked(db, report, new Date());
      await db.tabs.put({ tabId, url: report.url, article });
      await pruneHistory(db);
    });
    await showBadge(tabId, report);
  }

  /** The popup changed My sources: the tab's page again, as it was read, against the lists as they are now. */
  async function checkAgain(tabId: number): Promise<void> {
    const article = (await db.tabs.get(tabId))?.article;
    if (article) await check(article, tabId);
  }

  const extensionPage = browser.runtime.getURL('/');

  browser.runtime.onMessage.addListener((message, sender) => {
    if (sender.id !== browser.runtime.id) return;
    // The popup (or its report opened in a tab): one of our own pages, never a web page.
    if (sender.url?.startsWith(extensionPage)) {
      const request = parsePopupMessage(message);
      if (request) checkAgain(request.tabId).catch((error) => console.error('Sourcecheck: check again failed', error));
      return;
    }
    // Our own content scripts, in a tab's top frame, reporting the page they run in.
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.frameId !== 0) return;
    const parsed = parseContentMessage(message);
    if (!parsed || parsed.article.url !== sender.url) return;
    check(parsed.article, tabId).catch((error) => console.error('Sourcecheck: check failed', error));
  });

  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    if (!changeInfo.url) return;
    // The old report no longer describes this tab; a new one comes when the page is read.
    db.tabs.delete(tabId).catch(() => undefined);
    showBadge(tabId, null).catch(() => undefined);
    const request: BackgroundToContent = { type: 'background:read-again', url: changeInfo.url };
    browser.tabs.sendMessage(tabId, request).catch(() => undefined);
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    db.tabs.delete(tabId).catch(() => undefined);
  });
});

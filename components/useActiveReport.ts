import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { StoredReport } from '../utils/db/schema';
import { db } from './db';

/** A report opened in its own tab ("Open in a tab") names the tab it describes. */
export function tabIdFromAddress(): number | null {
  const id = Number(new URLSearchParams(location.search).get('tabId'));
  return Number.isInteger(id) && id > 0 ? id : null;
}

/** The id of the tab whose report to show: undefined while asking, null when there is none. */
export function useReportTabId(): number | null | undefined {
  const [tabId, setTabId] = useState<number | null | undefined>(tabIdFromAddress() ?? undefined);
  useEffect(() => {
    if (tabId !== undefined) return;
    let current = true;
    browser.tabs
      .query({ active: true, currentWindow: true })
      .then(([tab]) => tab?.id ?? null, () => null)
      .then((id) => {
        if (current) setTabId(id);
      });
    return () => {
      current = false;
    };
  }, [tabId]);
  return tabId;
}

/** What the popup can say about a tab: still asking, never read, read and not an article, or a report. */
export type TabReport =
  | { state: 'loading' }
  | { state: 'unchecked' }
  | { state: 'not-article' }
  | { state: 'report'; report: StoredReport };

/** The stored report for the page the tab shows. A read page without a report was not an article. */
export function useActiveReport(tabId: number | null | undefined): TabReport {
  const result = useLiveQuery(async (): Promise<TabReport> => {
    if (tabId === undefined) return { state: 'loading' };
    if (tabId === null) return { state: 'unchecked' };
    const tab = await db.tabs.get(tabId);
    if (!tab) return { state: 'unchecked' };
    const report = await db.reports.get(tab.url);
    return report ? { state: 'report', report } : { state: 'not-article' };
  }, [tabId]);
  return result ?? { state: 'loading' };
}

import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { StoredReport } from '../utils/db/schema';
import { db } from './db';

/** A report opened in its own tab ("Open in a tab") names the tab it describes. */
function tabIdFromAddress(): number | null {
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

/** The stored report for the page the active tab shows: undefined while loading, null when there is none. */
export function useActiveReport(tabId: number | null | undefined): StoredReport | null | undefined {
  return useLiveQuery(async () => {
    if (tabId === undefined) return undefined;
    if (tabId === null) return null;
    const tab = await db.tabs.get(tabId);
    if (!tab) return null;
    return (await db.reports.get(tab.url)) ?? null;
  }, [tabId]);
}

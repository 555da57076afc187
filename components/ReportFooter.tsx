import { browser } from 'wxt/browser';
import type { StoredReport } from '../utils/db/schema';
import { ExportButtons } from './ExportButton';
import { tabIdFromAddress } from './useActiveReport';

/** Opens this report in a full tab, where long reports are easier to read. */
function openInTab(tabId: number): void {
  const url = browser.runtime.getURL(`/popup.html?tabId=${tabId}`);
  browser.tabs.create({ url }).then(() => window.close(), () => undefined);
}

export function ReportFooter({ report, tabId }: { report: StoredReport; tabId: number | null }) {
  const checked = new Date(report.checkedAt);
  const lists = report.lists.map((list) => (list.version ? `${list.name} ${list.version}` : list.name));
  return (
    <footer className="footer">
      <ExportButtons report={report} />
      {tabId !== null && tabIdFromAddress() === null && (
        <button type="button" className="button secondary" onClick={() => openInTab(tabId)}>
          Open in a tab
        </button>
      )}
      <p className="muted">
        Checked <time dateTime={report.checkedAt}>{checked.toLocaleString()}</time> by {report.generator}
        {lists.length > 0 && ` against ${lists.join(', ')}`}.
      </p>
    </footer>
  );
}

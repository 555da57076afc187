import { useState } from 'react';
import type { StoredReport } from '../utils/db/schema';
import { EXPORT_FORMATS, type ExportFormat } from '../utils/export/formats';
import { entryOf } from '../utils/history/history-row';
import { downloadExport, FORMAT_LABELS } from './download';

/**
 * This article's report as an export of one entry (the same file the history exports for it,
 * with the user's review): named for its site and the time, saved through the downloads API.
 * The export names what made the report and the lists it was checked against.
 */
async function exportReport(report: StoredReport, format: ExportFormat): Promise<string> {
  const context = { generator: report.generator, lists: report.lists, exportedAt: new Date().toISOString() };
  return downloadExport(format, [entryOf(report)], { scope: 'article', url: report.url }, context);
}

export function ExportButtons({ report }: { report: StoredReport }) {
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const run = async (format: ExportFormat) => {
    setStatus(null);
    try {
      setStatus({ ok: true, text: `Saved ${await exportReport(report, format)} to your downloads.` });
    } catch (error) {
      setStatus({ ok: false, text: `The export was not saved: ${(error as Error).message}` });
    }
  };
  return (
    <div>
      <div className="actions" role="group" aria-labelledby="export-label">
        <span id="export-label">Export this report:</span>
        {EXPORT_FORMATS.map((format) => (
          <button key={format} type="button" className="button small" data-testid={`export-${format}`} aria-label={`Export this report as ${FORMAT_LABELS[format]}`} onClick={() => run(format)}>
            {FORMAT_LABELS[format]}
          </button>
        ))}
      </div>
      {status && (
        <p className={status.ok ? 'muted' : 'error'} role={status.ok ? 'status' : 'alert'} data-testid="export-status">
          {status.text}
        </p>
      )}
    </div>
  );
}

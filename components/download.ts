/**
 * Exports saved through the browser's downloads API (the `downloads` permission): the text as a
 * blob URL of this extension page, handed to `downloads.download` under the export's own file
 * name, with no dialog. Nothing is fetched from anywhere: the browser reads the blob in memory.
 * The URL is revoked once the download has finished (or failed), not before: revoking it while
 * the browser still reads would cut the file short.
 */
import { browser } from 'wxt/browser';
import type { HistoryEntry } from '../utils/history/entry';
import { exportFileName, type ExportScope } from '../utils/export/file-name';
import { exportEntries, type ExportContext, type ExportFormat } from '../utils/export/formats';

const MIME_TYPES: Record<ExportFormat, string> = {
  json: 'application/json',
  csv: 'text/csv;charset=utf-8',
  md: 'text/markdown;charset=utf-8',
};

export const FORMAT_LABELS: Record<ExportFormat, string> = { json: 'JSON', csv: 'CSV', md: 'Markdown' };

/** Revokes a URL when its download ends; a download that never reports an end frees it after a minute. */
function revokeWhenDone(id: number, url: string): void {
  const release = () => {
    browser.downloads.onChanged.removeListener(listener);
    clearTimeout(timer);
    URL.revokeObjectURL(url);
  };
  const listener = (delta: { id: number; state?: { current?: string } }) => {
    const state = delta.state?.current;
    if (delta.id === id && (state === 'complete' || state === 'interrupted')) release();
  };
  const timer = setTimeout(release, 60_000);
  browser.downloads.onChanged.addListener(listener);
}

/** Saves a text under a file name in the downloads folder; resolves with the download's id once it has begun. */
export async function downloadText(text: string, fileName: string, type: string): Promise<number> {
  const url = URL.createObjectURL(new Blob([text], { type }));
  try {
    const id = await browser.downloads.download({ url, filename: fileName, saveAs: false, conflictAction: 'uniquify' });
    revokeWhenDone(id, url);
    return id;
  } catch (error) {
    URL.revokeObjectURL(url);
    throw error;
  }
}

/** Exports entries in one format and saves the file, named for what it holds and when (exportFileName). */
export async function downloadExport(format: ExportFormat, entries: HistoryEntry[], scope: ExportScope, context: ExportContext): Promise<string> {
  const fileName = exportFileName(scope, format, new Date(context.exportedAt));
  await downloadText(exportEntries(format, entries, context), fileName, MIME_TYPES[format]);
  return fileName;
}

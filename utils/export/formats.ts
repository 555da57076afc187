/**
 * The export formats, and the one place that turns a format's name into its text: the popup,
 * the history page and the command line all export through `exportEntries`, so a file the
 * extension downloads and the command line's output are the same bytes.
 */
import type { HistoryEntry } from '../history/entry';
import { csvExport } from './csv';
import { jsonExport } from './json';
import { markdownExport } from './markdown';

export const EXPORT_FORMATS = ['json', 'csv', 'md'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What an export says about itself: what made it, against which lists, and when. */
export type ExportContext = {
  /** Sourcecheck's own version ("Sourcecheck 0.1.0"), as reports name it. */
  generator: string;
  /** The known-sources lists in force, by name and version. */
  lists: { name: string; version?: string }[];
  /** An ISO 8601 time. */
  exportedAt: string;
};

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

export function exportEntries(format: ExportFormat, entries: HistoryEntry[], context: ExportContext): string {
  switch (format) {
    case 'json':
      return jsonExport(entries, context);
    case 'csv':
      return csvExport(entries);
    case 'md':
      return markdownExport(entries, context);
  }
}

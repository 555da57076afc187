/**
 * The CSV export: one row per flag, for sorting and counting in a spreadsheet. Every cell holds
 * page text, so every cell is quoted as RFC 4180 says and neutralised against formula injection.
 */
import type { HistoryEntry } from '../history/entry';

const COLUMNS = ['url', 'title', 'outlet', 'verdict', 'flag kind', 'severity', 'excerpt', 'message', 'note'] as const;

/**
 * A spreadsheet runs a cell that begins with `=`, `+`, `-` or `@` as a formula (and tab or
 * carriage return can hide such a start), so a page could make a reader's spreadsheet fetch a URL
 * or run a command. OWASP's advice: begin such a cell with an apostrophe, which spreadsheets read
 * as "this is text". The first character alone decides, whatever follows on later lines.
 */
export function neutralizeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** RFC 4180: a cell with a quote, comma or line break is quoted, its quotes doubled. */
function quoteCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function row(cells: readonly string[]): string {
  return `${cells.map((cell) => quoteCell(neutralizeCell(cell))).join(',')}\r\n`;
}

/**
 * The header, then a row per flag of each entry (an entry without flags has none). CRLF ends every
 * row, as RFC 4180 says; the byte order mark makes Excel read the file as UTF-8, so titles in
 * Chinese or accented names arrive intact (other spreadsheets and CSV readers skip it).
 */
export function csvExport(entries: HistoryEntry[]): string {
  const rows = entries.flatMap((entry) => {
    // An unknown outlet has no name of its own: its domain is what the lists were asked about.
    const outlet = entry.outlet.name ?? entry.outlet.domain ?? '';
    return entry.flags.map((flag) =>
      row([entry.url, entry.article.title ?? '', outlet, entry.verdict, flag.kind, flag.severity, flag.excerpt, flag.message, entry.review?.note ?? '']),
    );
  });
  return `\uFEFF${row(COLUMNS)}${rows.join('')}`;
}

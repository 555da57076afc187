/** The JSON export: its golden file, a lossless round trip, and refusals that say what is wrong. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExportContext } from '../../utils/export/formats';
import { HISTORY_EXPORT_FORMAT, jsonExport, parseJsonExport } from '../../utils/export/json';
import type { HistoryEntry } from '../../utils/history/entry';
import { expectGolden, goldenContext, goldenEntries } from '../helpers/export-golden';

let entries: HistoryEntry[];
let context: ExportContext;
beforeAll(async () => {
  entries = await goldenEntries();
  context = goldenContext(entries);
});

/** An export as an object, to damage one field. */
function exported(): { articles: Record<string, unknown>[] } & Record<string, unknown> {
  return JSON.parse(jsonExport(entries, context));
}

describe('jsonExport', () => {
  it('equals the golden file', () => {
    expectGolden('history.json', jsonExport(entries, context));
  });

  it('says what it is, what made it and against which lists, then holds the full reports', () => {
    const document = exported();
    expect(document).toMatchObject({ format: HISTORY_EXPORT_FORMAT, formatVersion: 1, generator: context.generator, exportedAt: context.exportedAt, lists: context.lists });
    expect(document.articles).toHaveLength(entries.length);
    expect(jsonExport(entries, context).endsWith('}\n')).toBe(true);
  });
});

describe('parseJsonExport', () => {
  it('gives back exactly the entries exported, review included, and exports them again unchanged', () => {
    const text = jsonExport(entries, context);
    const back = parseJsonExport(text);
    expect(back).toEqual(entries);
    expect(back[0]!.review?.note).toContain('\n');
    expect(JSON.parse(jsonExport(back, context))).toStrictEqual(JSON.parse(text));
  });

  it('reads an export with no articles', () => {
    expect(parseJsonExport(jsonExport([], context))).toEqual([]);
  });

  it('refuses text that is not JSON', () => {
    expect(() => parseJsonExport('url,title\r\nhttps://example.com,x')).toThrow(/not JSON/);
  });

  it('refuses JSON that is not a history export, saying what format it has', () => {
    expect(() => parseJsonExport(JSON.stringify({ format: 'sourcecheck.sources/1', name: 'A list' }))).toThrow(/not a Sourcecheck history export \(its format is "sourcecheck\.sources\/1"/);
    expect(() => parseJsonExport('[1, 2]')).toThrow(/not a Sourcecheck history export \(it has no format field/);
    expect(() => parseJsonExport('null')).toThrow(/not a Sourcecheck history export/);
  });

  it('refuses an export from a newer format version, asking for an update', () => {
    expect(() => parseJsonExport(JSON.stringify({ ...exported(), formatVersion: 2 }))).toThrow(/format version 2, from a newer Sourcecheck; this one reads version 1/);
  });

  it('refuses a damaged envelope, naming the field', () => {
    expect(() => parseJsonExport(JSON.stringify({ ...exported(), articles: 'none' }))).toThrow(/damaged: field articles:/);
    expect(() => parseJsonExport(JSON.stringify({ ...exported(), formatVersion: 0 }))).toThrow(/field formatVersion/);
  });

  it('refuses a bad field, naming the article by index and URL and the field by its path', () => {
    const document = exported();
    const flags = document.articles[1]!.flags as Record<string, unknown>[];
    flags[0]!.kind = 'gossip';
    expect(() => parseJsonExport(JSON.stringify(document))).toThrow(/articles\[1\] \(http:\/\/en\.people\.cn\/[^)]*\), field flags\[0\]\.kind: Invalid option/);
  });

  it('refuses a missing check time, a review without its time, and a page address that is not the web or a file', () => {
    const cases: [string, (article: Record<string, unknown>) => void, RegExp][] = [
      ['checkedAt', (a) => delete a.checkedAt, /articles\[0\].*field checkedAt/],
      ['reviewedAt', (a) => delete (a.review as Record<string, unknown>).reviewedAt, /articles\[0\].*field review\.reviewedAt/],
      ['url', (a) => (a.url = 'javascript:alert(1)'), /articles\[0\] \(javascript:alert\(1\)\), field url: must be an http\(s\) or file URL/],
    ];
    for (const [field, damage, message] of cases) {
      const document = exported();
      damage(document.articles[0]!);
      expect(() => parseJsonExport(JSON.stringify(document)), field).toThrow(message);
    }
  });

  it('refuses text beyond the bounds of any real report', () => {
    const document = exported();
    (document.articles[0]!.flags as Record<string, unknown>[])[0]!.excerpt = 'x'.repeat(10_001);
    expect(() => parseJsonExport(JSON.stringify(document))).toThrow(/field flags\[0\]\.excerpt: Too big/);
  });

  it('names every invalid article up to three, and counts the rest', () => {
    const document = exported();
    for (const article of document.articles) article.verdict = 'fake';
    expect(() => parseJsonExport(JSON.stringify(document))).toThrow(/articles\[0\].*articles\[1\].*articles\[2\].*\(and 1 more article\)/);
  });
});

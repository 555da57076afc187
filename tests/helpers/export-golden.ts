/**
 * The history entries behind the export golden files: real reports of fixture pages (the same
 * pipeline as the command line, with the starter list and the fictional fixture list), made
 * reproducible — timings 0, one check time, one generator — and the golden-file comparison.
 * `UPDATE_GOLDEN=1 npx vitest run --project unit tests/unit/export-*.test.ts` rewrites the files.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { analyze } from '../../utils/analysis/analyze';
import { dexieLookup } from '../../utils/db/lookup';
import type { ExportContext } from '../../utils/export/formats';
import type { HistoryEntry } from '../../utils/history/entry';
import { openLoadedDb } from '../../scripts/lib/node-db';
import { readPage } from '../../scripts/lib/read-page';
import { FIXTURE_LIST, FIXTURES_DIR, fixtures } from './fixtures';

export const GOLDEN_DIR = join(FIXTURES_DIR, 'exports');

/** Fixed, so a version bump does not rewrite the golden files. */
const GENERATOR = 'Sourcecheck 0.0.0-golden';
const CHECKED_AT = '2026-11-23T14:05:00.000Z';

/**
 * The imagined Wired rewrite (the seed the issue is about), a Chinese state-media page, a page of
 * unfilled template slots (brackets and braces a Markdown export must not turn into links), and a
 * clean wire report with a known outlet (only low flags: no CSV row).
 */
const PAGES = ['seed-imagined-wired', 'seed-peoples-daily', 'own-template-placeholders', 'own-reuters-grid-upgrade'] as const;

/** A reader's review, as the history keeps it: a note written as a bulleted list, spanning lines. */
const REVIEWS: Partial<Record<(typeof PAGES)[number], HistoryEntry['review']>> = {
  'seed-imagined-wired': {
    reviewed: true,
    note: '- Wired never ran this piece: the "Original source" link is a 404.\n- Ask the desk about "Lin Yun", *not* a name SJTU lists.',
    reviewedAt: '2026-11-24T09:30:00.000Z',
  },
};

export async function goldenEntries(): Promise<HistoryEntry[]> {
  const db = await openLoadedDb({ bundled: 'starter', lists: [FIXTURE_LIST] });
  try {
    const byName = new Map(fixtures().map((f) => [f.name, f]));
    const entries: HistoryEntry[] = [];
    for (const name of PAGES) {
      const fixture = byName.get(name)!;
      const report = await analyze(readPage(fixture.html, fixture.file, fixture.expected.url), dexieLookup(db), { generator: GENERATOR });
      const review = REVIEWS[name];
      entries.push({ ...report, timings: { extractMs: 0, analyzeMs: 0, matchMs: 0 }, checkedAt: CHECKED_AT, ...(review ? { review } : {}) });
    }
    return entries;
  } finally {
    db.close();
  }
}

export function goldenContext(entries: HistoryEntry[]): ExportContext {
  return { generator: GENERATOR, lists: entries[0]!.lists, exportedAt: '2026-11-23T14:30:00.000Z' };
}

/** The output must equal the committed file; with UPDATE_GOLDEN=1 the file is rewritten instead. */
export function expectGolden(file: string, actual: string): void {
  const path = join(GOLDEN_DIR, file);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(GOLDEN_DIR, { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  expect(existsSync(path), `${path} is missing: run with UPDATE_GOLDEN=1 to write it`).toBe(true);
  expect(actual, `${file} differs from the golden file; if the change is intended, run with UPDATE_GOLDEN=1`).toBe(readFileSync(path, 'utf8'));
}

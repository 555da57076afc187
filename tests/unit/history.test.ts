import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openNodeDb } from '../../scripts/lib/node-db';
import type { SourcecheckDB } from '../../utils/db/schema';
import { corroborations } from '../../utils/history/corroboration';
import { entryOf, historyIndexes, textWindows } from '../../utils/history/history-row';
import { clearHistory, pruneHistory, readRetention, setRetention } from '../../utils/history/retention';
import { importEntries, saveChecked, setReview } from '../../utils/history/save-entry';
import type { Report } from '../../utils/report';
import { reportFor } from '../helpers/report';

const QUOTE = 'We will not let a single bad actor set the rules for the whole industry';

/** An article quoting QUOTE, its speaker unknown. */
function report(url: string, extra: Partial<Report> = {}): Report {
  return reportFor(url, {
    summary: 'Mixed.',
    article: { title: `Title of ${url}`, wordCount: 400, published: '2024-05-13T09:00:00Z' },
    outlet: { status: 'known', name: 'CyberScoop', list: 'Starter list' },
    flags: [{ kind: 'unknown-speaker', severity: 'medium', message: 'Not known.', excerpt: `"${QUOTE}," said Ana Ruiz.` }],
    attributions: [{ speaker: 'Ana Ruiz', anonymous: false, quote: QUOTE, status: 'unknown', excerpt: `"${QUOTE}," said Ana Ruiz.` }],
    ...extra,
  });
}

let db: SourcecheckDB;
beforeEach(() => {
  db = openNodeDb();
});
afterEach(() => db.close());

describe('history rows', () => {
  it('index flag kinds, words of the title and quotes, and quotation windows', () => {
    const keys = historyIndexes(report('https://a.example/1'));
    expect(keys.flagKinds).toEqual(['unknown-speaker']);
    expect(keys.words).toEqual(expect.arrayContaining(['title', 'single', 'industry', 'ruiz']));
    expect(keys.quoteKeys).toContain('will not let single bad actor');
  });

  it('cut texts without spaces into character windows', () => {
    expect(textWindows('中国人工智能专家表示将加强国际合作与交流')).toHaveLength(20 - 12 + 1);
    expect(textWindows('Too short to share')).toEqual([]);
  });

  it('give back the entry without its index keys', () => {
    const entry = { ...report('https://a.example/1'), checkedAt: '2026-11-23T10:00:00.000Z' };
    expect(entryOf({ ...entry, ...historyIndexes(entry) })).toEqual(entry);
  });
});

describe('saving checked articles', () => {
  it('replaces a re-check of the same address and keeps the review', async () => {
    await saveChecked(db, report('https://a.example/1'), new Date('2026-11-20T10:00:00Z'));
    expect(await setReview(db, 'https://a.example/1', { reviewed: true, note: 'Called the desk.' }, new Date('2026-11-21T10:00:00Z'))).toBe(true);
    await saveChecked(db, report('https://a.example/1', { verdict: 'verified' }), new Date('2026-11-22T10:00:00Z'));
    const row = (await db.reports.get('https://a.example/1'))!;
    expect(row.verdict).toBe('verified');
    expect(row.checkedAt).toBe('2026-11-22T10:00:00.000Z');
    expect(row.review).toEqual({ reviewed: true, note: 'Called the desk.', reviewedAt: '2026-11-21T10:00:00.000Z' });
    expect(await db.reports.count()).toBe(1);
  });

  it('imports entries without rolling back a newer check', async () => {
    await saveChecked(db, report('https://a.example/1', { verdict: 'verified' }), new Date('2026-11-22T10:00:00Z'));
    const older = { ...report('https://a.example/1'), checkedAt: '2026-11-01T10:00:00.000Z' };
    const other = { ...report('https://b.example/2'), checkedAt: '2026-11-01T10:00:00.000Z' };
    expect(await importEntries(db, [older, other])).toEqual({ added: 1, replaced: 0, kept: 1 });
    expect((await db.reports.get('https://a.example/1'))!.verdict).toBe('verified');
    expect(entryOf((await db.reports.get('https://b.example/2'))!)).toEqual(other);
  });
});

describe('retention', () => {
  it('keeps everything by default, and what is recent enough once set', async () => {
    await saveChecked(db, report('https://a.example/old'), new Date('2026-07-01T00:00:00Z'));
    await saveChecked(db, report('https://a.example/new'), new Date('2026-11-20T00:00:00Z'));
    const now = new Date('2026-11-23T00:00:00Z');
    expect(await readRetention(db)).toBe('forever');
    expect(await pruneHistory(db, now)).toBe(0);
    expect(await setRetention(db, '90', now)).toBe(1);
    expect((await db.reports.toCollection().primaryKeys()).sort()).toEqual(['https://a.example/new']);
    await clearHistory(db);
    expect(await db.reports.count()).toBe(0);
  });
});

describe('corroboration', () => {
  it('names other checked articles that quote the same words, not the page itself or unrelated ones', async () => {
    const here = await saveChecked(db, report('https://here.example/story'), new Date('2026-11-23T10:00:00Z'));
    await saveChecked(db, report('https://cyberscoop.example/original', { article: { title: 'Original', wordCount: 500, published: '2024-05-13T09:00:00Z' } }), new Date('2026-11-22T10:00:00Z'));
    await saveChecked(
      db,
      report('https://unrelated.example/x', { attributions: [], flags: [{ kind: 'unknown-author', severity: 'low', message: 'm', excerpt: 'A different sentence entirely about weather and rain today.' }] }),
      new Date('2026-11-22T10:00:00Z'),
    );
    const found = await corroborations(db, here);
    expect(found).toEqual([{ url: 'https://cyberscoop.example/original', title: 'Original', outlet: 'CyberScoop', date: '2024-05-13T09:00:00Z', shared: QUOTE }]);
  });
});

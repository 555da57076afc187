/**
 * Writing a checked article into the history: a re-check of the same address replaces the
 * report and keeps the user's review, since the note is about the article, not one reading of it.
 */
import type { SourcecheckDB } from '../db/schema';
import type { Report } from '../report';
import type { HistoryEntry, Review } from './entry';
import { historyRow, type HistoryRow } from './history-row';

export async function saveChecked(db: SourcecheckDB, report: Report, checkedAt: Date): Promise<HistoryRow> {
  return db.transaction('rw', db.reports, async () => {
    const review = (await db.reports.get(report.url))?.review;
    const row = historyRow({ ...report, checkedAt: checkedAt.toISOString(), ...(review ? { review } : {}) });
    await db.reports.put(row);
    return row;
  });
}

/** Marks an entry reviewed (or not) with the user's note; false when there is no such entry. */
export async function setReview(db: SourcecheckDB, url: string, review: Omit<Review, 'reviewedAt'>, now = new Date()): Promise<boolean> {
  const updated = await db.reports.update(url, { review: { ...review, reviewedAt: now.toISOString() } });
  return updated > 0;
}

/**
 * Entries from an exported file (parseJsonExport has validated them) into this history: an entry
 * for an address already here replaces it only if it was checked later, so importing an old
 * export never rolls back a newer check.
 */
export async function importEntries(db: SourcecheckDB, entries: HistoryEntry[]): Promise<{ added: number; replaced: number; kept: number }> {
  return db.transaction('rw', db.reports, async () => {
    const counts = { added: 0, replaced: 0, kept: 0 };
    const existing = await db.reports.bulkGet(entries.map((e) => e.url));
    const rows: HistoryRow[] = [];
    entries.forEach((entry, i) => {
      const here = existing[i];
      if (here && here.checkedAt >= entry.checkedAt) counts.kept += 1;
      else {
        counts[here ? 'replaced' : 'added'] += 1;
        rows.push(historyRow(entry));
      }
    });
    await db.reports.bulkPut(rows);
    return counts;
  });
}

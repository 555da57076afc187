/**
 * How long the history keeps checked articles: forever (the default: a research file should not
 * empty itself), or 30 or 90 days since an article was last checked. Kept in the meta table, so
 * a backup carries it; applied by the background after every check and at every start.
 */
import { z } from 'zod';
import type { SourcecheckDB } from '../db/schema';

export const RETENTIONS = ['forever', '30', '90'] as const;
export type Retention = (typeof RETENTIONS)[number];

const RETENTION_KEY = 'history-retention';
const DAY_MS = 86_400_000;

export async function readRetention(db: SourcecheckDB): Promise<Retention> {
  const parsed = z.enum(RETENTIONS).safeParse((await db.meta.get(RETENTION_KEY))?.value);
  return parsed.success ? parsed.data : 'forever';
}

/** Sets the retention and applies it at once. */
export async function setRetention(db: SourcecheckDB, retention: Retention, now = new Date()): Promise<number> {
  await db.meta.put({ key: RETENTION_KEY, value: retention });
  return pruneHistory(db, now);
}

/** Deletes what the retention no longer keeps (by the checkedAt index); how many went. */
export async function pruneHistory(db: SourcecheckDB, now = new Date()): Promise<number> {
  const retention = await readRetention(db);
  if (retention === 'forever') return 0;
  const cutoff = new Date(now.getTime() - Number(retention) * DAY_MS).toISOString();
  return db.reports.where('checkedAt').below(cutoff).delete();
}

/** "Clear history": every checked article goes; the open tabs' badges stay until their next check. */
export async function clearHistory(db: SourcecheckDB): Promise<void> {
  await db.reports.clear();
}

/**
 * Corroboration across the history: other checked articles that quote the same words as this
 * one, found by the quotation windows both share (history-row.ts quoteKeys) through an index. It
 * is a cross-check no remote service gives, and it stays on the machine: only articles this
 * browser has checked are compared.
 */
import type { SourcecheckDB } from '../db/schema';
import { sharedTexts, textWindows, type HistoryRow } from './history-row';

export type Corroboration = {
  url: string;
  title?: string;
  /** The other article's outlet as its report names it, else its site name, else its host. */
  outlet: string;
  /** When it was published, if the page said; else when it was checked. */
  date: string;
  /** The sentence of this page whose words the other article also has. */
  shared: string;
};

/** Other articles shown at most: the few a reader can follow up, not a search engine. */
const MAX_SHOWN = 5;

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** The articles of the history that share a quotation with `row`, the earliest published first. */
export async function corroborations(db: SourcecheckDB, row: HistoryRow): Promise<Corroboration[]> {
  if (row.quoteKeys.length === 0) return [];
  const others = (await db.reports.where('quoteKeys').anyOf(row.quoteKeys).distinct().toArray()).filter(
    (other) => other.url !== row.url && (!row.canonicalUrl || other.canonicalUrl !== row.canonicalUrl),
  );
  const texts = sharedTexts(row).map((text) => ({ text, windows: textWindows(text) }));
  const found = others.flatMap((other): Corroboration[] => {
    const theirs = new Set(other.quoteKeys);
    const shared = texts.find((t) => t.windows.some((w) => theirs.has(w)));
    if (!shared) return [];
    return [
      {
        url: other.url,
        title: other.article.title,
        outlet: other.outlet.name ?? other.article.siteName ?? hostOf(other.url),
        date: other.article.published ?? other.checkedAt,
        shared: shared.text,
      },
    ];
  });
  return found.sort((a, b) => a.date.localeCompare(b.date)).slice(0, MAX_SHOWN);
}

/**
 * The history view's query over the reports table: filters by verdict, flag kind, outlet, list,
 * time checked, review and words of the text. Each query reads one index (the most selective
 * the filters allow), then checks every filter on the rows it read, so a filter on a word or a
 * rare flag kind never reads the whole history; the matches come newest first.
 */
import Dexie from 'dexie';
import { searchWords } from '../db/compiled-list';
import type { SourcecheckDB } from '../db/schema';
import type { FlagKind, Verdict } from '../report';
import { isFlagged } from './entry';
import type { HistoryRow } from './history-row';

export type ReviewedFilter = 'yes' | 'no';

export type HistoryFilters = {
  verdict?: Verdict;
  flagKind?: FlagKind;
  /** The outlet's name as the lists know it (`outlet.name`). */
  outlet?: string;
  /** The list the outlet is known from (`outlet.list`). */
  list?: string;
  /** Checked at or after this ISO time. */
  from?: string;
  /** Checked before this ISO time (exclusive: the start of the day after the last one wanted). */
  to?: string;
  /** Every word of it, folded as the index folds words, must start a word of the title or of a quoted or flagged sentence. */
  search?: string;
  /** Only articles with a high or medium flag (isFlagged). */
  flaggedOnly?: boolean;
  reviewed?: ReviewedFilter;
};

/** The index a query starts from: the first of these its filters allow. */
export type QueryStart = 'words' | 'flagKinds' | 'verdict' | 'outlet.name' | 'outlet.list' | 'checkedAt';

/** The search's folded words, each once, longest first: the first is the one the index is asked about. */
export function searchTerms(search: string | undefined): string[] {
  return [...new Set(searchWords(search ?? ''))].sort((a, b) => b.length - a.length || a.localeCompare(b));
}

/**
 * Which index a query reads. A search word is the most selective (its prefix names few
 * articles), then a flag kind (most kinds are rare), then the verdict, outlet and list (a few
 * values each), else the time checked, which a date range narrows and which is already in order.
 */
export function queryStart(filters: HistoryFilters): QueryStart {
  if (searchTerms(filters.search).length > 0) return 'words';
  if (filters.flagKind) return 'flagKinds';
  if (filters.verdict) return 'verdict';
  if (filters.outlet) return 'outlet.name';
  if (filters.list) return 'outlet.list';
  return 'checkedAt';
}

/** Whether a row passes every filter (the index read decides nothing on its own). Pure. */
export function matchesFilters(row: HistoryRow, filters: HistoryFilters): boolean {
  if (filters.verdict && row.verdict !== filters.verdict) return false;
  if (filters.flagKind && !row.flagKinds.includes(filters.flagKind)) return false;
  if (filters.outlet && row.outlet.name !== filters.outlet) return false;
  if (filters.list && row.outlet.list !== filters.list) return false;
  if (filters.from && row.checkedAt < filters.from) return false;
  if (filters.to && row.checkedAt >= filters.to) return false;
  if (filters.flaggedOnly && !isFlagged(row)) return false;
  if (filters.reviewed) {
    const reviewed = row.review?.reviewed === true;
    if (reviewed !== (filters.reviewed === 'yes')) return false;
  }
  const terms = searchTerms(filters.search);
  return terms.every((term) => row.words.some((word) => word.startsWith(term)));
}

function startingCollection(db: SourcecheckDB, filters: HistoryFilters) {
  switch (queryStart(filters)) {
    case 'words':
      // A word index is multi-entry: a row with several words starting so comes once.
      return db.reports.where('words').startsWith(searchTerms(filters.search)[0]!).distinct();
    case 'flagKinds':
      return db.reports.where('flagKinds').equals(filters.flagKind!).distinct();
    case 'verdict':
      return db.reports.where('verdict').equals(filters.verdict!);
    case 'outlet.name':
      return db.reports.where('outlet.name').equals(filters.outlet!);
    case 'outlet.list':
      return db.reports.where('outlet.list').equals(filters.list!);
    case 'checkedAt':
      return db.reports.where('checkedAt').between(filters.from ?? Dexie.minKey, filters.to ?? Dexie.maxKey, true, false).reverse();
  }
}

const newestFirst = (a: HistoryRow, b: HistoryRow) => b.checkedAt.localeCompare(a.checkedAt) || a.url.localeCompare(b.url);

/** The history's articles that pass every filter, newest first. */
export async function queryHistory(db: SourcecheckDB, filters: HistoryFilters = {}): Promise<HistoryRow[]> {
  const rows = await startingCollection(db, filters)
    .filter((row) => matchesFilters(row, filters))
    .toArray();
  return rows.sort(newestFirst);
}

export type HistoryFacets = {
  /** Outlet names present in the history (an unknown outlet has none), in the index's order. */
  outlets: string[];
  /** Lists that some checked article's outlet is known from. */
  lists: string[];
  /** Flag kinds some checked article raised. */
  flagKinds: FlagKind[];
  /** Verdicts present. */
  verdicts: Verdict[];
};

/** The values the filters can take, read off the indexes' keys alone (no row is read). */
export async function historyFacets(db: SourcecheckDB): Promise<HistoryFacets> {
  return db.transaction('r', db.reports, async () => {
    const [outlets, lists, flagKinds, verdicts] = await Promise.all([
      db.reports.orderBy('outlet.name').uniqueKeys(),
      db.reports.orderBy('outlet.list').uniqueKeys(),
      db.reports.orderBy('flagKinds').uniqueKeys(),
      db.reports.orderBy('verdict').uniqueKeys(),
    ]);
    return {
      outlets: outlets.map(String),
      lists: lists.map(String),
      flagKinds: flagKinds.map(String) as FlagKind[],
      verdicts: verdicts.map(String) as Verdict[],
    };
  });
}

/** Entries by address, in the order given (an address no longer in the history is left out). */
export async function rowsByUrl(db: SourcecheckDB, urls: string[]): Promise<HistoryRow[]> {
  return (await db.reports.bulkGet(urls)).filter((row): row is HistoryRow => row !== undefined);
}

/** Deletes the entries at these addresses; how many there were. */
export async function deleteEntries(db: SourcecheckDB, urls: string[]): Promise<number> {
  return db.transaction('rw', db.reports, async () => {
    const present = (await db.reports.bulkGet(urls)).filter(Boolean).length;
    await db.reports.bulkDelete(urls);
    return present;
  });
}

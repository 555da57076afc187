/**
 * Browsing and searching the known-sources tables for the manager page, one page at a time and
 * always through an index, so that a keystroke costs about a page of reads whether a table holds
 * a hundred records or a hundred thousand.
 *
 * Query strategy. A query is read as one or more *stages*, each a key range of one index read in
 * key order with a Dexie cursor:
 * - No search: the primary key. Keys are `${listId}:${id}` (storedRow), so one list's records
 *   are the primary-key range from "listId:" up to "listId;" (";" follows ":"), and a list filter
 *   is a key range, not a filter: records come in list, then id, order.
 * - Names (outlets, people, organizations): first the `nameKeys` index by prefix (a name or alias
 *   that starts with the search, normalised by nameKey as the index is), then `tokens` by the
 *   longest word of the search (names with a distinctive word that starts with it: "okafor" finds
 *   Jane Okafor), keeping names in which every word of the search starts a word; then, for outlets
 *   and organizations, `domains` by prefix ("reuters.c").
 * - Articles: `urlKey` by prefix, the search read as a URL is by urlKey (no scheme, no "www.").
 * - Claim reviews: `tokens` by the longest content word of the search (claimTokens, stemmed as
 *   the index is), keeping reviews that have a token starting with every content word.
 * A record is listed once: in a multi-entry index only at the first of its keys in the range,
 * and in a later stage only if no earlier stage lists it (both are tests on the row itself, so
 * the cursor carries no set of seen keys). The list filter (when searching) and the outlet-kind
 * filter have no index to use and are tests on the rows a stage reads.
 *
 * Paging is by key, not offset: a page ends with the position of the last entry read (stage,
 * index key, primary key), and the next page starts right after it — the rest of the entries
 * with that same index key (a name shared by a few lists), then the range above it. A page reads
 * at most `limit` matching rows and `budget` entries in all; when the budget runs out first (a
 * rare kind or a small list among many names with the search's prefix), the page comes back
 * short with a cursor, and the next fetch goes on from there. So a call costs an index seek and
 * at most `limit` + `budget` entries, never a whole table, and following the cursors to the end
 * reads each entry of the ranges once (and the resume key's few entries again).
 *
 * Counts come from indexes without reading rows: `table.count()`, and per list
 * `where('listId').equals(id).count()`.
 *
 * What the schema has no index for, and so costs reads: the outlet kind (an index on `kind`, or
 * `[listId+kind]`, would make that filter a range); a list together with a name (IndexedDB has no
 * compound multi-entry index, so that would take name keys stored with their list's id in front);
 * article titles (articles are found by address only); and the generic words of names ("news",
 * "times") that `tokens` leaves out, so "times" finds "The Times" by its start but not "New York
 * Times".
 */
import type { IndexableType, Table } from 'dexie';
import { claimTokens } from '../analysis/claims';
import { nameKey } from '../analysis/names';
import type { OutletKind } from '../report';
import { normalizeDomain } from './index-keys';
import type { RecordCounts } from './remove-list';
import type { SourcecheckDB } from './schema';
import { RECORD_KINDS, type RecordKind, type StoredRowOf } from './stored-rows';

export type BrowseQuery = {
  kind: RecordKind;
  search?: string;
  listId?: string;
  /** Outlets only: the outlet kind. */
  outletKind?: OutletKind;
};

/** Where the next page starts: after this entry of this stage. */
export type BrowseCursor = { stage: number; key: string; primaryKey: string };

export type BrowsePage<K extends RecordKind = RecordKind> = { rows: StoredRowOf[K][]; next: BrowseCursor | null };

export const PAGE_SIZE = 100;
/** Index entries one page may read, matching or not. */
const READ_BUDGET = 2_000;

type Row = StoredRowOf[RecordKind];
type Fields = Record<string, unknown>;

/** One index range read in key order; `extra` is what a row must also have to be listed by it. */
type Stage = { index: string; lower: string; upper: string; extra?: (row: Fields) => boolean };

/** Above every string that starts with the prefix, as Dexie's startsWith bounds it. */
const MAX_CHAR = '\uffff';

function indexValues(row: Fields, index: string): string[] {
  const value = row[index];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return typeof value === 'string' ? [value] : [];
}

/** The row's first key in the stage's range: where the stage lists it. */
function firstKeyInRange(stage: Stage, row: Fields): string | undefined {
  let first: string | undefined;
  for (const value of indexValues(row, stage.index)) {
    if (value >= stage.lower && value < stage.upper && (first === undefined || value < first)) first = value;
  }
  return first;
}

function listedBy(stage: Stage, row: Fields): boolean {
  return firstKeyInRange(stage, row) !== undefined && (stage.extra?.(row) ?? true);
}

const prefixStage = (index: string, prefix: string, extra?: Stage['extra']): Stage => ({ index, lower: prefix, upper: prefix + MAX_CHAR, extra });

/** By the longest word's prefix, keeping rows where every word starts one of `wordsOf(row)`. */
function wordsStage(index: string, words: string[], wordsOf: (row: Fields) => string[]): Stage | null {
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a), '');
  if (!longest) return null;
  return prefixStage(index, longest, (row) => {
    const have = wordsOf(row);
    return words.every((word) => have.some((w) => w.startsWith(word)));
  });
}

/** "https://www.Reuters.com/world?x" → "reuters.com/world": the search as urlKey writes a URL. */
function urlPrefix(search: string): string {
  const bare = search.replace(/^[a-z][a-z\d+.-]*:\/\//i, '').replace(/[?#].*$/, '');
  const slash = bare.indexOf('/');
  const host = slash < 0 ? bare : bare.slice(0, slash);
  return normalizeDomain(host) + (slash < 0 ? '' : bare.slice(slash));
}

/** The host of a search typed as a domain or address; empty when it cannot be one (it has spaces). */
function domainPrefix(search: string): string {
  if (/\s/.test(search)) return '';
  return normalizeDomain(search.replace(/^[a-z][a-z\d+.-]*:\/\//i, '').replace(/[/?#].*$/, ''));
}

const nameWords = (row: Fields) => indexValues(row, 'nameKeys').flatMap((key) => key.split(' '));

function searchStages(kind: RecordKind, search: string): Stage[] {
  const stages: (Stage | null)[] = [];
  if (kind === 'articles') stages.push(prefixStage('urlKey', urlPrefix(search)));
  else if (kind === 'claimReviews') stages.push(wordsStage('tokens', claimTokens(search), (row) => indexValues(row, 'tokens')));
  else {
    const name = nameKey(search);
    stages.push(name ? prefixStage('nameKeys', name) : null, wordsStage('tokens', name.split(' ').filter(Boolean), nameWords));
    if (kind !== 'people') {
      const domain = domainPrefix(search);
      stages.push(domain ? prefixStage('domains', domain) : null);
    }
  }
  // An empty prefix would be the whole index: a search that normalises to nothing finds nothing.
  return stages.filter((stage): stage is Stage => stage !== null && stage.lower !== '');
}

function stagesFor(query: BrowseQuery): Stage[] {
  const search = query.search?.trim() ?? '';
  if (search) return searchStages(query.kind, search);
  const { listId } = query;
  return [listId ? { index: 'key', lower: `${listId}:`, upper: `${listId};` } : { index: 'key', lower: '', upper: MAX_CHAR }];
}

type Read = { rows: Row[]; last: { key: string; primaryKey: string } | null; entries: number };

/**
 * Reads one stage after `after` (or from its start) until `limit` rows are kept or `budget`
 * entries are read. `last` is the last entry read, where the next read resumes.
 */
async function readStage(table: Table<Row, string>, stage: Stage, after: BrowseCursor | null, limit: number, budget: number, keep: (row: Row) => boolean): Promise<Read> {
  const read: Read = { rows: [], last: null, entries: 0 };
  const full = () => read.rows.length >= limit || read.entries >= budget;
  const visit = (row: Row, cursor: { key: IndexableType; primaryKey: string }) => {
    const key = String(cursor.key);
    // What the last page read is passed over uncounted, so that every page moves on.
    if (after && key === after.key && cursor.primaryKey <= after.primaryKey) return;
    read.entries += 1;
    read.last = { key, primaryKey: cursor.primaryKey };
    if (firstKeyInRange(stage, row as Fields) === key && keep(row)) read.rows.push(row);
  };
  // Entries sharing the resume key come in primary-key order: read that key's group, skipping
  // what the last page read, then the range above it.
  if (after) await table.where(stage.index).equals(after.key).until(full).each(visit);
  if (!full()) await table.where(stage.index).between(after?.key ?? stage.lower, stage.upper, !after, false).until(full).each(visit);
  return read;
}

/** One page of the records the query matches, and where the next page starts (null at the end). */
export async function browsePage<K extends RecordKind>(
  db: SourcecheckDB,
  query: BrowseQuery & { kind: K },
  options: { after?: BrowseCursor | null; limit?: number; budget?: number } = {},
): Promise<BrowsePage<K>> {
  const { after = null, limit = PAGE_SIZE } = options;
  const budget = Math.max(1, options.budget ?? READ_BUDGET);
  const table = db.table<Row, string>(query.kind);
  const stages = stagesFor(query);
  const passes = (row: Row) =>
    (!query.listId || row.listId === query.listId) && (!query.outletKind || (row as Fields).kind === query.outletKind);

  return db.transaction('r', table, async () => {
    const rows: Row[] = [];
    let entries = 0;
    for (let s = after?.stage ?? 0; s < stages.length; s++) {
      const stage = stages[s]!;
      const earlier = stages.slice(0, s);
      const keep = (row: Row) => (stage.extra?.(row as Fields) ?? true) && passes(row) && !earlier.some((e) => listedBy(e, row as Fields));
      const read = await readStage(table, stage, after?.stage === s ? after : null, limit - rows.length, budget - entries, keep);
      rows.push(...read.rows);
      entries += read.entries;
      if ((rows.length >= limit || entries >= budget) && read.last) {
        return { rows: rows as StoredRowOf[K][], next: { stage: s, ...read.last } };
      }
    }
    return { rows: rows as StoredRowOf[K][], next: null };
  });
}

/**
 * How many records the query matches, when an index can count them without reading rows: the
 * table, or a list by the listId index. Null for searches and the outlet-kind filter.
 */
export async function browseTotal(db: SourcecheckDB, query: BrowseQuery): Promise<number | null> {
  if (query.search?.trim() || query.outletKind) return null;
  const table = db.table(query.kind);
  return query.listId ? table.where('listId').equals(query.listId).count() : table.count();
}

/** Records of each kind in one list, counted on the listId index. */
export async function listCounts(db: SourcecheckDB, listId: string): Promise<RecordCounts> {
  const counts = await Promise.all(RECORD_KINDS.map((kind) => db.table(kind).where('listId').equals(listId).count()));
  return Object.fromEntries(RECORD_KINDS.map((kind, i) => [kind, counts[i]!])) as RecordCounts;
}

/** Records of each kind in all lists. */
export async function tableCounts(db: SourcecheckDB): Promise<RecordCounts> {
  const counts = await Promise.all(RECORD_KINDS.map((kind) => db.table(kind).count()));
  return Object.fromEntries(RECORD_KINDS.map((kind, i) => [kind, counts[i]!])) as RecordCounts;
}

/**
 * Browsing and searching the known-sources lists for the manager page, one page at a time and
 * always by primary key, so that a keystroke costs about a page of reads whether a list holds a
 * hundred records or a hundred thousand. The lists are compiled (compiled-list.ts): records in
 * chunks of CHUNK_SIZE in the list's order, an `id` index (and for outlets a `kind` index) in
 * hashed posting buckets, and every search word in word shards keyed by its first SHARD_LENGTH
 * letters.
 *
 * Order. Records come list by list, the lists in precedence order (precedence() in lookup.ts:
 * My sources, imported files the latest first, bundled lists in the manifest's order), and within
 * a list in the list's own order (its positions). A list filter keeps to one list; lists without
 * records of the kind are passed over without a read (the list rows' `counts`).
 *
 * What a page reads, per list it reaches (the page stops at the list where it fills):
 * - No search, no kind filter: the records at the next `limit` positions, about limit / CHUNK_SIZE
 *   chunk rows (bulkGet). Nothing else.
 * - Outlet kind: the one bucket row of `outlets.kind` that holds the kind (positionsByKey); its
 *   positions are the matches, so the page reads only the chunks of the records it shows.
 * - Search: the search is split as records' words are (searchWords, folded by nameKey; an address
 *   loses its scheme, "www." and query first). Each word of SHARD_LENGTH letters or more reads
 *   the one shard row its first letters name; the positions kept are those with a word that starts
 *   with it, and a record must be kept by every such word (the sets are intersected). A search
 *   whose words are all shorter reads, for its longest word, the key range of shards that start
 *   with it: the only read that grows with the list (a one-letter search in a 100,000-record list
 *   is a few dozen to about 240 rows, some thousands of words — a tenth of that kind's words at
 *   most, never the records). The candidates' records are then read (recordsAt) and kept when every
 *   word of the search starts some search word of the record (recordSearchWords: the words the
 *   shards were built from), which settles the short words no shard was read for. A kind filter
 *   intersects the candidates with the kind's positions first.
 * So a page costs: the list rows (a handful), one shard row per search word of three letters or
 * more per list reached (or one short word's shard range), one posting row for a kind filter, and
 * the chunks of at most `budget` candidate records (READ_BUDGET, 1,000 by default, and never less
 * than `limit`). When the budget runs out before `limit` records are kept (a short word that most
 * candidates fail), the page comes back short with a cursor, and the next fetch goes on from there.
 *
 * Paging is by place, not offset: a cursor is a list and a position in it, where the next page
 * starts. Following the cursors to the end lists every match once, whatever the page size.
 *
 * Counts read no record: each list row keeps its records' `counts` per kind (browseTotal,
 * listCounts, tableCounts); a kind filter's total is its positions in the `outlets.kind` index.
 */
import type { OutletKind } from '../report';
import { prefixRange, recordSearchWords, SHARD_LENGTH, shardOf, searchWords, wordKey, type RecordCounts, type WordRow } from './compiled-list';
import { listTables, NO_RECORDS, positionsByKey, recordsAt } from './list-store';
import { precedence } from './lookup';
import type { SourcecheckDB, StoredList } from './schema';
import { RECORD_KINDS, type ListedRecord, type RecordKind } from './stored-rows';

export type BrowseQuery = {
  kind: RecordKind;
  search?: string;
  listId?: string;
  /** Outlets only: the outlet kind. */
  outletKind?: OutletKind;
};

/** Where the next page starts: this position of this list, then the lists after it. */
export type BrowseCursor = { listId: string; position: number };

export type BrowsePage<K extends RecordKind = RecordKind> = { rows: ListedRecord<K>[]; next: BrowseCursor | null };

export const PAGE_SIZE = 100;
/** Candidate records one page may read, kept or not. */
export const READ_BUDGET = 1_000;

/**
 * The search as words the shards hold: "https://www.Reuters.com/world?x" → reuters, com, world.
 * An address's scheme, "www." and query are no word of any record (urlKey and the stored domains
 * drop them), so they are dropped from the search too, and so is its path except for articles:
 * an outlet or organisation is found by its domain from any page of its site.
 */
export function browseWords(kind: RecordKind, search: string): string[] {
  const bare = search
    .split(/\s+/)
    .map((part) => {
      const address = part.replace(/^[a-z][a-z\d+.-]*:\/\/([^?#]*).*$/i, '$1').replace(/^www\./i, '');
      return kind === 'articles' ? address : address.replace(/^([^/]+\.[^/]+)\/.*$/, '$1');
    })
    .join(' ');
  return [...new Set(searchWords(bare))];
}

/** The lists a query reads, in precedence order, with records of its kind. */
async function listsFor(db: SourcecheckDB, query: BrowseQuery): Promise<StoredList[]> {
  const stored = await db.lists.toArray();
  const byId = new Map(stored.map((list) => [list.id, list]));
  return precedence(stored)
    .map((info) => byId.get(info.id)!)
    .filter((list) => (!query.listId || list.id === query.listId) && list.counts[query.kind] > 0);
}

/** First index of a sorted array whose value is at least `value`. */
function lowerBound<T>(sorted: readonly T[], value: T): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Positions of a shard row whose word starts with `prefix`: a run of its sorted words. */
function positionsStarting(row: WordRow, prefix: string, into: Set<number>): void {
  for (let i = lowerBound(row.words, prefix); i < row.words.length && row.words[i]!.startsWith(prefix); i++) into.add(row.positions[i]!);
}

/**
 * The positions of one list that can match the search, ascending: those kept by every word of
 * SHARD_LENGTH letters or more (one shard row each), or when there is none, by the longest word
 * (the shard rows that start with it).
 */
async function searchCandidates(db: SourcecheckDB, list: StoredList, kind: RecordKind, words: string[]): Promise<number[]> {
  const long = words.filter((word) => word.length >= SHARD_LENGTH);
  let sets: Set<number>[];
  if (long.length > 0) {
    const rows = await db.words.bulkGet(long.map((word) => wordKey(list.id, kind, shardOf(word))));
    sets = long.map((word, i) => {
      const found = new Set<number>();
      if (rows[i]) positionsStarting(rows[i], word, found);
      return found;
    });
  } else {
    const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
    const rows = await db.words.where('key').between(...prefixRange(wordKey(list.id, kind, longest))).toArray();
    const found = new Set<number>();
    for (const row of rows) positionsStarting(row, longest, found);
    sets = [found];
  }
  sets.sort((a, b) => a.size - b.size);
  const [smallest, ...others] = sets;
  return [...smallest!].filter((p) => others.every((set) => set.has(p))).sort((a, b) => a - b);
}

/** Where a list's matches may be: every position below `count`, or these positions (ascending). */
type Places = { count: number } | { positions: number[] };

/** Up to `n` places from `from` on. */
function placesFrom(places: Places, from: number, n: number): number[] {
  if ('count' in places) return Array.from({ length: Math.max(0, Math.min(n, places.count - from)) }, (_, i) => from + i);
  const at = lowerBound(places.positions, from);
  return places.positions.slice(at, at + n);
}

async function placesOf(db: SourcecheckDB, list: StoredList, query: BrowseQuery, words: string[] | null): Promise<Places> {
  const byKind = query.kind === 'outlets' && query.outletKind ? ((await positionsByKey(db, list, 'outlets.kind', [query.outletKind])).get(query.outletKind) ?? []) : null;
  if (!words) return byKind ? { positions: byKind } : { count: list.counts[query.kind] };
  if (byKind?.length === 0) return { positions: [] };
  const candidates = await searchCandidates(db, list, query.kind, words);
  if (!byKind) return { positions: candidates };
  const ofKind = new Set(byKind);
  return { positions: candidates.filter((p) => ofKind.has(p)) };
}

/** One page of the records the query matches, and where the next page starts (null at the end). */
export async function browsePage<K extends RecordKind>(
  db: SourcecheckDB,
  query: BrowseQuery & { kind: K },
  options: { after?: BrowseCursor | null; limit?: number; budget?: number } = {},
): Promise<BrowsePage<K>> {
  const { after = null } = options;
  const limit = Math.max(1, options.limit ?? PAGE_SIZE);
  const budget = Math.max(1, options.budget ?? Math.max(READ_BUDGET, limit));
  const search = query.search?.trim() ?? '';
  const words = search ? browseWords(query.kind, search) : null;
  // A search that folds to nothing (punctuation only) finds nothing, rather than everything.
  if (words?.length === 0) return { rows: [], next: null };
  const matches = (record: ListedRecord<K>) => {
    if (!words) return true;
    const have = recordSearchWords(query.kind, record);
    return words.every((word) => have.some((w) => w.startsWith(word)));
  };

  return db.transaction('r', listTables(db), async () => {
    const lists = await listsFor(db, query);
    let at = after ? lists.findIndex((list) => list.id === after.listId) : 0;
    // The cursor's list is gone (removed since the last page): nothing more to follow.
    if (at < 0) return { rows: [], next: null };
    const rows: ListedRecord<K>[] = [];
    let read = 0;
    for (; at < lists.length; at++) {
      const list = lists[at]!;
      const places = await placesOf(db, list, query, words);
      let from = after && list.id === after.listId ? after.position : 0;
      for (;;) {
        const batch = placesFrom(places, from, Math.min(limit - rows.length, budget - read));
        if (batch.length === 0) break;
        read += batch.length;
        from = batch.at(-1)! + 1;
        rows.push(...(await recordsAt(db, list.id, query.kind, batch)).filter(matches));
        if (rows.length >= limit || read >= budget) {
          if (placesFrom(places, from, 1).length > 0) return { rows, next: { listId: list.id, position: from } };
          const later = lists[at + 1];
          return { rows, next: later ? { listId: later.id, position: 0 } : null };
        }
      }
    }
    return { rows, next: null };
  });
}

/**
 * How many records the query matches, when that is known without reading a record: the lists'
 * counts, or the positions of an outlet kind. Null for searches.
 */
export async function browseTotal(db: SourcecheckDB, query: BrowseQuery): Promise<number | null> {
  if (query.search?.trim()) return null;
  return db.transaction('r', listTables(db), async () => {
    const lists = await listsFor(db, query);
    if (query.kind !== 'outlets' || !query.outletKind) return lists.reduce((sum, list) => sum + list.counts[query.kind], 0);
    const outletKind = query.outletKind;
    const found = await Promise.all(lists.map((list) => positionsByKey(db, list, 'outlets.kind', [outletKind])));
    return found.reduce((sum, map) => sum + (map.get(outletKind)?.length ?? 0), 0);
  });
}

/** Records of each kind in one list, from its list row. */
export async function listCounts(db: SourcecheckDB, listId: string): Promise<RecordCounts> {
  return (await db.lists.get(listId))?.counts ?? NO_RECORDS;
}

/** Records of each kind in all lists, from the list rows. */
export async function tableCounts(db: SourcecheckDB): Promise<RecordCounts> {
  const lists = await db.lists.toArray();
  return Object.fromEntries(RECORD_KINDS.map((kind) => [kind, lists.reduce((sum, list) => sum + list.counts[kind], 0)])) as RecordCounts;
}

/**
 * The one database module: every table, its indexes and its upgrades. Known sources are kept
 * per list (bundled, imported or the user's own) so that a list can be replaced or removed
 * without touching any other; reports and tab state are the extension's own data.
 */
import Dexie, { type DexieOptions, type EntityTable, type Table, type Transaction } from 'dexie';
import type { ExtractedArticle } from '../extracted-article';
import { historyIndexes, type HistoryRow } from '../history/history-row';
import { compileList, type ChunkRow, type CompiledMeta, type ListRecords, type PostingRow, type WordRow } from './compiled-list';
import { RECORD_KINDS, recordOf, type RecordKind, type RecordOf } from './stored-rows';

export const DB_NAME = 'sourcecheck';

export type ListOrigin = 'bundled' | 'file' | 'user';

export type StoredList = {
  id: string;
  name: string;
  origin: ListOrigin;
  version?: string;
  license?: string;
  homepage?: string;
  description?: string;
  updated?: string;
  importedAt: string;
  /** A bundled list's place in public/lists/bundled.json: where lists disagree, the earlier one speaks for the site. */
  rank?: number;
} & CompiledMeta;

/** A checked article as the history keeps it (history-row.ts): report, time, review, and its index keys. */
export type StoredReport = HistoryRow;
/**
 * Which page each open tab shows, so the popup and the badge survive a worker restart, and the
 * article read from it, so a change to My sources can check it again without reading the page.
 */
export type TabState = { tabId: number; url: string; article?: ExtractedArticle };
export type MetaEntry = { key: string; value: string };

/**
 * Versions 1 to 3 kept a table per kind of record (named as the kind), a row per record keyed
 * `${listId}:${id}`; version 3 compiled them into chunks, postings and words (COMPILED_SINCE),
 * version 4 dropped them (RECORD_TABLES_DROPPED). A backup from before may hold them.
 */
export const COMPILED_SINCE = 3;
export const RECORD_TABLES_DROPPED = 4;
/** The primary key of every record table, as Dexie names it. */
export const RECORD_TABLE_KEY = 'key';

/** A row of a record table: a record of the list format with its list, its key and the index keys of its day (dropped). */
export type RecordTableRow = Record<string, unknown> & { key: string; listId: string };
/** A list row of versions 1 and 2: what a StoredList is without its compiled counts and buckets. */
export type UncompiledList = Omit<StoredList, keyof CompiledMeta>;
/** What a database's lists compile to: the list rows with counts and buckets, and their compiled rows. */
export type CompiledRows = { lists: StoredList[]; chunks: ChunkRow[]; postings: PostingRow[]; words: WordRow[] };

const byRowKey = (a: RecordTableRow, b: RecordTableRow) => a.key.localeCompare(b.key, 'en', { numeric: true });

/**
 * Lists compiled from the rows of the record tables, as version 3's upgrade and the restore of
 * an older backup both do: each list's records in its order (rows were keyed `${listId}:${id}`,
 * and an article's or review's id was its place in the list, `article-12`, so keys sort by their
 * numbers), each read back through its kind's schema, which drops the key, the list and the
 * index keys. Rows of a list that is not among `lists` are dropped. Pure.
 */
export function compileRecordRows(lists: UncompiledList[], rowsByKind: Partial<Record<RecordKind, RecordTableRow[]>>): CompiledRows {
  const compiled: CompiledRows = { lists: [], chunks: [], postings: [], words: [] };
  const grouped = new Map(lists.map((list) => [list.id, new Map<RecordKind, RecordTableRow[]>()]));
  for (const kind of RECORD_KINDS) {
    for (const row of rowsByKind[kind] ?? []) {
      const of = grouped.get(row.listId);
      if (!of) continue;
      const rows = of.get(kind);
      if (rows) rows.push(row);
      else of.set(kind, [row]);
    }
  }
  for (const list of lists) {
    const records: ListRecords = {};
    for (const kind of RECORD_KINDS) {
      const rows = [...(grouped.get(list.id)!.get(kind) ?? [])].sort(byRowKey);
      Object.assign(records, { [kind]: rows.map((row) => recordOf(kind, row as unknown as RecordOf[typeof kind])) });
    }
    const { meta, chunks, postings, words } = compileList(list.id, records);
    compiled.lists.push({ ...list, ...meta });
    for (const row of chunks) compiled.chunks.push(row);
    for (const row of postings) compiled.postings.push(row);
    for (const row of words) compiled.words.push(row);
  }
  return compiled;
}

/** Version 3's upgrade: every list compiled from the record tables of versions 1 and 2, one list at a time. */
async function compileStoredLists(tx: Transaction): Promise<void> {
  const lists = tx.table<UncompiledList, string>('lists');
  for (const list of await lists.toArray()) {
    const rowsByKind: Partial<Record<RecordKind, RecordTableRow[]>> = {};
    for (const kind of RECORD_KINDS) rowsByKind[kind] = await tx.table<RecordTableRow, string>(kind).where('listId').equals(list.id).toArray();
    const compiled = compileRecordRows([list], rowsByKind);
    await tx.table<ChunkRow, string>('chunks').bulkAdd(compiled.chunks);
    await tx.table<PostingRow, string>('postings').bulkAdd(compiled.postings);
    await tx.table<WordRow, string>('words').bulkAdd(compiled.words);
    await tx.table<StoredList, string>('lists').bulkPut(compiled.lists);
  }
}

/** The first version whose reports carry the history's index keys (history-row.ts). */
export const HISTORY_INDEXED_SINCE = 4;

/** Version 4's upgrade of the reports, which a restore of an older backup runs too: each row gains the history's index keys. */
export async function indexReports(reports: Table<StoredReport, string, unknown>): Promise<void> {
  await reports.toCollection().modify((row) => {
    Object.assign(row, historyIndexes(row));
  });
}

export class SourcecheckDB extends Dexie {
  lists!: EntityTable<StoredList, 'id'>;
  chunks!: EntityTable<ChunkRow, 'key'>;
  postings!: EntityTable<PostingRow, 'key'>;
  words!: EntityTable<WordRow, 'key'>;
  reports!: EntityTable<StoredReport, 'url'>;
  tabs!: EntityTable<TabState, 'tabId'>;
  meta!: EntityTable<MetaEntry, 'key'>;

  constructor(name = DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({
      lists: '&id, origin',
      outlets: '&key, listId, *domains, *nameKeys, *tokens, *domainLabels',
      people: '&key, listId, *nameKeys, *tokens',
      organizations: '&key, listId, *nameKeys, *tokens, *domains',
      articles: '&key, listId, urlKey',
      claimReviews: '&key, listId, *tokens',
      reports: '&url, checkedAt, verdict',
      tabs: '&tabId, url',
      meta: '&key',
    });
    // Version 2 added multi-entry indexes for near misses and claims (fuzzyKeys, labelKeys,
    // claimKeys). Its upgrade filled them; version 3 compiles every list from its records, so a
    // database still at version 1 needs nothing filled on the way.
    this.version(2).stores({
      outlets: '&key, listId, *domains, *nameKeys, *tokens, *domainLabels, *fuzzyKeys, *labelKeys',
      people: '&key, listId, *nameKeys, *tokens, *fuzzyKeys',
      organizations: '&key, listId, *nameKeys, *tokens, *domains, *fuzzyKeys',
      claimReviews: '&key, listId, *tokens, *claimKeys',
    });
    // Version 3: lists compiled into a few large rows (compiled-list.ts), not a row per record,
    // so that 100,000 records import in seconds. Version 4 drops the record tables it read.
    this.version(3)
      .stores({
        chunks: '&key, listId',
        postings: '&key, listId',
        words: '&key, listId',
      })
      .upgrade(compileStoredLists);
    // Version 4 also indexes the history of checked articles (history-row.ts): by time, verdict,
    // outlet, the list that knew the outlet, flag kind, words, and quotation windows shared with
    // other articles. Version 3's reports lack those keys; the upgrade derives them.
    this.version(4)
      .stores({
        outlets: null,
        people: null,
        organizations: null,
        articles: null,
        claimReviews: null,
        reports: '&url, checkedAt, verdict, outlet.name, outlet.list, *flagKinds, *words, *quoteKeys',
      })
      .upgrade((tx) => indexReports(tx.table<StoredReport, string>('reports')));
  }
}

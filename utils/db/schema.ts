/**
 * The one database module: every table, its indexes and its upgrades. Known sources are kept
 * per list (bundled, imported or the user's own) so that a list can be replaced or removed
 * without touching any other; reports and tab state are the extension's own data.
 */
import Dexie, { type DexieOptions, type EntityTable, type Transaction } from 'dexie';
import type { ExtractedArticle } from '../extracted-article';
import type { Report } from '../report';
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

export type StoredReport = Report & { checkedAt: string };
/**
 * Which page each open tab shows, so the popup and the badge survive a worker restart, and the
 * article read from it, so a change to My sources can check it again without reading the page.
 */
export type TabState = { tabId: number; url: string; article?: ExtractedArticle };
export type MetaEntry = { key: string; value: string };

type ListRows = { listId: string; key: string };

/**
 * Version 3's upgrade: every list's records, read from the record tables of versions 1 and 2
 * (one row per record, up to 24 index entries each), compiled into chunks, buckets and word
 * shards. Records keep their list's order: rows were keyed `${listId}:${id}`, and an article's or
 * review's id was its place in the list (`article-12`), so keys sort by their numbers.
 */
async function compileStoredLists(tx: Transaction): Promise<void> {
  const lists = tx.table<StoredList, string>('lists');
  for (const list of await lists.toArray()) {
    const records: ListRecords = {};
    for (const kind of RECORD_KINDS) {
      const rows = await tx.table<RecordOf[RecordKind] & ListRows, string>(kind).where('listId').equals(list.id).toArray();
      rows.sort((a, b) => a.key.localeCompare(b.key, 'en', { numeric: true }));
      Object.assign(records, { [kind]: rows.map((row) => recordOf(kind, row as RecordOf[typeof kind])) });
    }
    const compiled = compileList(list.id, records);
    await tx.table<ChunkRow, string>('chunks').bulkAdd(compiled.chunks);
    await tx.table<PostingRow, string>('postings').bulkAdd(compiled.postings);
    await tx.table<WordRow, string>('words').bulkAdd(compiled.words);
    await lists.put({ ...list, ...compiled.meta });
  }
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
    this.version(4).stores({ outlets: null, people: null, organizations: null, articles: null, claimReviews: null });
  }
}

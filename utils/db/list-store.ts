/**
 * Lists in and out of their compiled rows (compiled-list.ts): writing a list whole, deleting it,
 * and the three reads everything else is made of — the positions under some keys of an index,
 * the records at some positions, and a list's records in order. Each read names its rows by
 * primary key (bulkGet), so what it costs depends on what is asked, not on the list's size.
 */
import { bucketOf, chunkKey, chunkRecords, compileList, CHUNK_SIZE, chunkPrefix, filterPrefix, fingerprint, mayHold, positionsIn, printsIn, postingKey, postingPrefix, prefixRange, type CompiledList, type IndexId, type ListRecords, type RecordCounts } from './compiled-list';
import type { SourcecheckDB, StoredList } from './schema';
import { listed, listOfKey, RECORD_KINDS, type ListedRecord, type RecordKind, type RecordOf } from './stored-rows';

/** The tables a list's data lives in: a transaction that writes a list names all of them. */
export const listTables = (db: SourcecheckDB) => [db.lists, db.chunks, db.postings, db.words];

/** Deletes a list's compiled rows, not its list row; inside the caller's transaction when there is one. */
export async function deleteListRows(db: SourcecheckDB, listId: string): Promise<void> {
  await Promise.all([db.chunks, db.postings, db.words].map((table) => table.where('listId').equals(listId).delete()));
}

/** What compiles a list: compileList itself, or the same in a worker (the options page's, for large files). */
export type Compile = (listId: string, records: ListRecords) => CompiledList | Promise<CompiledList>;
export type WriteOptions = {
  compile?: Compile;
  /** Called between compiling the list and writing it, so a page can show the two steps. */
  onCompiled?: () => void;
};

/**
 * Writes a list whole, replacing what the list held before: `list` is its row without what
 * compiling gives it (counts, buckets, revision).
 */
export async function writeListRows(db: SourcecheckDB, list: Omit<StoredList, 'counts' | 'buckets' | 'revision'>, records: ListRecords, options: WriteOptions = {}): Promise<StoredList> {
  const compiling = (options.compile ?? compileList)(list.id, records);
  // Awaited only when it is a promise (a worker's): inside the caller's transaction (My sources),
  // awaiting anything but Dexie's own work would let the transaction commit under it.
  const compiled = compiling instanceof Promise ? await compiling : compiling;
  options.onCompiled?.();
  const row: StoredList = { ...list, ...compiled.meta };
  await db.transaction('rw', listTables(db), async () => {
    await deleteListRows(db, list.id);
    await db.chunks.bulkAdd(compiled.chunks);
    await db.postings.bulkAdd(compiled.postings);
    await db.words.bulkAdd(compiled.words);
    await db.lists.put(row);
  });
  return row;
}

/** A list's index filters (mayHold), by index: one key range read. */
export async function listFilters(db: SourcecheckDB, listId: string): Promise<Map<IndexId, string>> {
  const prefix = filterPrefix(listId);
  const rows = await db.postings.where('key').between(...prefixRange(prefix)).toArray();
  return new Map(rows.map((row) => [row.key.slice(prefix.length) as IndexId, row.entries]));
}

/**
 * Positions under each asked key of one list's index: one bucket row read per distinct bucket.
 * With the index's filter, keys it rules out are not read at all.
 */
export async function positionsByKey(db: SourcecheckDB, list: StoredList, index: IndexId, keys: string[], filter?: string): Promise<Map<string, number[]>> {
  const found = new Map<string, number[]>();
  const buckets = list.buckets[index];
  if (!buckets || keys.length === 0) return found;
  const byBucket = new Map<number, string[]>();
  for (const key of keys) {
    if (filter !== undefined && !mayHold(filter, key)) continue;
    const bucket = bucketOf(fingerprint(key), buckets);
    const inBucket = byBucket.get(bucket);
    if (inBucket) inBucket.push(key);
    else byBucket.set(bucket, [key]);
  }
  const wanted = [...byBucket.keys()];
  const rows = await db.postings.bulkGet(wanted.map((bucket) => postingKey(list.id, index, bucket)));
  rows.forEach((row, i) => {
    if (!row) return;
    for (const key of byBucket.get(wanted[i]!)!) {
      const positions = positionsIn(row, key);
      if (positions.length > 0) found.set(key, positions);
    }
  });
  return found;
}

/** The records at these positions of one list, in the order asked; one chunk read per distinct chunk. */
export async function recordsAt<K extends RecordKind>(db: SourcecheckDB, listId: string, kind: K, positions: number[]): Promise<ListedRecord<K>[]> {
  if (positions.length === 0) return [];
  const seqs = [...new Set(positions.map((p) => Math.floor(p / CHUNK_SIZE)))];
  const chunks = await db.chunks.bulkGet(seqs.map((seq) => chunkKey(listId, kind, seq)));
  const bySeq = new Map(seqs.map((seq, i) => [seq, chunks[i] && chunkRecords<K>(chunks[i])]));
  return positions.flatMap((p) => {
    const record = bySeq.get(Math.floor(p / CHUNK_SIZE))?.[p % CHUNK_SIZE];
    return record ? [listed(kind, record, listId)] : [];
  });
}

/** A list's records of one kind, in the list's order. */
export async function allRecords<K extends RecordKind>(db: SourcecheckDB, listId: string, kind: K): Promise<RecordOf[K][]> {
  const chunks = await db.chunks.where('key').between(...prefixRange(chunkPrefix(listId, kind))).toArray();
  return chunks.flatMap((chunk) => chunkRecords<K>(chunk));
}

/** A list's records of every kind, as the list format holds them. */
export async function listRecords(db: SourcecheckDB, listId: string): Promise<Required<ListRecords>> {
  const all = await Promise.all(RECORD_KINDS.map((kind) => allRecords(db, listId, kind)));
  return Object.fromEntries(RECORD_KINDS.map((kind, i) => [kind, all[i]])) as Required<ListRecords>;
}

/** The fingerprints (fingerprintText) of a list's record ids of one kind, read from its id index: no record is read. */
export async function recordIdPrints(db: SourcecheckDB, listId: string, kind: RecordKind): Promise<Set<string>> {
  const rows = await db.postings.where('key').between(...prefixRange(postingPrefix(listId, `${kind}.id`))).toArray();
  return new Set(rows.flatMap((row) => printsIn(row)));
}

/** The record stored under a key (`${listId}:${recordId}`), found by its list's id index. */
export async function recordByKey<K extends RecordKind>(db: SourcecheckDB, kind: K, key: string): Promise<ListedRecord<K> | undefined> {
  const listId = listOfKey(key);
  const list = await db.lists.get(listId);
  if (!list) return undefined;
  const id = key.slice(listId.length + 1);
  const positions = (await positionsByKey(db, list, `${kind}.id` as IndexId, [id])).get(id) ?? [];
  return (await recordsAt(db, listId, kind, positions.slice(0, 1)))[0];
}

export const NO_RECORDS: RecordCounts = { outlets: 0, people: 0, organizations: 0, articles: 0, claimReviews: 0 };

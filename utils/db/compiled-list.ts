/**
 * A known-sources list compiled for storage, as uBlock Origin compiles its filter lists: written
 * once as a few thousand large rows, never as one row per record. Real Chromium writes a row in
 * about 55 µs whatever its size, so 100,000 records as 100,000 rows take 5.5 s before the first
 * index entry; as chunks they take a fraction of a second (README, "Scale").
 *
 * - Records sit in chunks of CHUNK_SIZE, in the list's order: a record is its list's
 *   `position`, read from chunk `position / CHUNK_SIZE`.
 * - Each index the analysis asks (INDEXES) is a hash table of key fingerprint → positions,
 *   split into buckets of about KEYS_PER_BUCKET entries, one row each: a key is found by reading
 *   the one row its hash names, whatever the list's size; a Bloom filter per index, one row,
 *   says which keys are worth that read.
 * - The words of every record's names (and an article's title and address, a review's claim)
 *   are sorted into shards by their first SHARD_LENGTH letters, so the manager finds records by
 *   the start of any word with a key range over a few rows.
 *
 * Everything here is pure: the same list gives the same rows, so a test can compare them.
 */
import { nameKey } from '../analysis/names';
import { urlKey } from '../analysis/urls';
import type { ClaimReviewRecord } from '../sources-list';
import { claimReviewIndexKeys, normalizeDomain, organizationIndexKeys, outletIndexKeys, personIndexKeys } from './index-keys';
import { RECORD_KINDS, recordId, type RecordKind, type RecordOf } from './stored-rows';

/**
 * Records per chunk row: a lookup reads (and parses) a whole chunk for one record, so chunks stay
 * small. Measured on 100,000 records: 32 a row, matching 1.24× the time of 1,000 records and
 * import 7.5 s in Chromium; 16, 1.17–1.21× and 8.1–8.5 s; 8, 1.12–1.19× and 8.8–9.0 s.
 */
export const CHUNK_SIZE = 8;
/** Entries per bucket row, about (a few kilobytes): fewer rows to write, one small row to read per asked key. */
export const KEYS_PER_BUCKET = 256;
/** Letters of a word that name its shard: three keep a shard to a few hundred words in a 100,000-record list. */
export const SHARD_LENGTH = 3;

/** The indexes of each kind of record: what the analysis and the manager look records up by. */
export const INDEXES = {
  outlets: ['id', 'domains', 'nameKeys', 'tokens', 'domainLabels', 'fuzzyKeys', 'labelKeys', 'kind'],
  people: ['id', 'nameKeys', 'tokens', 'fuzzyKeys'],
  organizations: ['id', 'nameKeys', 'tokens', 'fuzzyKeys'],
  articles: ['id', 'urlKey', 'outlet'],
  claimReviews: ['id', 'claimKeys'],
} as const satisfies Record<RecordKind, readonly string[]>;

export type IndexName<K extends RecordKind> = (typeof INDEXES)[K][number];
/** "outlets.domains": an index of one kind of record. */
export type IndexId = { [K in RecordKind]: `${K}.${IndexName<K>}` }[RecordKind];

export type RecordCounts = Record<RecordKind, number>;

/*
 * Records and keys are stored as text, not as arrays of objects and strings: IndexedDB copies a
 * value on every read and write (the structured clone), and one string copies far faster than
 * hundreds of small values. Reading one bucket of a 100,000-record list went from most of a
 * page's matching time to a small part of it.
 */
/** A chunk of records: `records` is their JSON array. */
export type ChunkRow = { key: string; listId: string; records: string };
/** One bucket of an index (or its filter, filterKey): `entries` holds a line per key, "\nfingerprint\tpositions" (fingerprintText; positions in decimal, comma-separated), and ends with "\n". */
export type PostingRow = { key: string; listId: string; entries: string };
/** One shard of a kind's words, sorted by word then position. */
export type WordRow = { key: string; listId: string; words: string[]; positions: number[] };

/*
 * Row keys are strings, "list part part", not arrays: IndexedDB compares keys at every step of
 * a lookup, and comparing two strings is cheaper than comparing two arrays. A space cannot occur
 * in a list id (slugId), a kind, an index id or a word, so it separates the parts unambiguously,
 * and the keys of one list, or of one kind in a list, are a key range.
 */
/** Seq numbers padded so that a list's chunks sort in order. */
const SEQ_DIGITS = 8;
/** The keys of a list's chunks of one kind all start so. */
export const chunkPrefix = (listId: string, kind: RecordKind) => `${listId} ${kind} `;
export const chunkKey = (listId: string, kind: RecordKind, seq: number) => chunkPrefix(listId, kind) + String(seq).padStart(SEQ_DIGITS, '0');
/** The keys of an index's buckets all start so. */
export const postingPrefix = (listId: string, index: IndexId) => `${listId} ${index} `;
export const postingKey = (listId: string, index: IndexId, bucket: number) => postingPrefix(listId, index) + bucket;
/** An index's filter is a row of the postings table too ("filter" is no index id), so every path that writes, deletes, backs up or restores a list's postings carries it. */
export const filterPrefix = (listId: string) => `${listId} filter `;
export const filterKey = (listId: string, index: IndexId) => filterPrefix(listId) + index;
export const wordKey = (listId: string, kind: RecordKind, shard: string) => `${listId} ${kind} ${shard}`;
/** Every key that starts with `prefix`, as a range: from it up to it followed by the last code unit. */
export const prefixRange = (prefix: string): [string, string] => [prefix, `${prefix}\uffff`];

/** What a list row must know to read its compiled rows: how many records, and each index's bucket count. */
export type CompiledMeta = {
  counts: RecordCounts;
  buckets: Partial<Record<IndexId, number>>;
  /**
   * A fingerprint of the list's records: what a reader may cache the list's rows under (the
   * lookup keeps its filters), since the same records always compile to the same rows.
   */
  revision: string;
};
export type CompiledList = { meta: CompiledMeta; chunks: ChunkRow[]; postings: PostingRow[]; words: WordRow[] };

export type ListRecords = { [K in RecordKind]?: RecordOf[K][] };

/**
 * A key's fingerprint: 52 bits from two independent hashes of its UTF-16 code units (FNV-1a and a
 * MurmurHash2-style mix). Buckets store fingerprints, not keys, as uBlock Origin stores token
 * hashes: a list's millions of index keys then live as numbers while it compiles, not as
 * strings kept alive for the garbage collector to trace, which cost more than the compilation
 * itself. Two keys share a fingerprint with odds of 1 in 2^52; a page asks a few thousand keys
 * of buckets of a few hundred, so a wrong match comes about once in 10^9 pages.
 */
export function fingerprint(key: string): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 13;
  }
  h2 = Math.imul(h2 ^ (h2 >>> 15), 0x5bd1e995);
  // 32 bits of one and 20 of the other: the most a double holds exactly.
  return (h1 >>> 0) * 0x100000 + ((h2 >>> 0) >>> 12);
}

/**
 * Bloom filters over each index's fingerprints, so that a lookup reads a bucket row only for a
 * key the list may hold: of the thousands of keys a page asks (every near-miss variant of every
 * name on it), a list holds a handful, and without a filter each costs a row read in a large list.
 * Ten bits and seven probes a key give about 1% false positives. A list's filters are a few
 * megabytes at 100,000 records, read once and kept by the lookup for as long as the list is
 * unchanged, as uBlock Origin keeps its compiled lists in memory.
 */
export const FILTER_BITS_PER_KEY = 10;
export const FILTER_PROBES = 7;

/**
 * Calls `each` with the bit positions a fingerprint sets in a filter of `bits` bits (double
 * hashing on its two parts), and stops when it returns false. A callback, not an array: a large
 * list has millions of keys, and an array for each would keep the garbage collector busy.
 */
function probe(print: number, bits: number, each: (bit: number) => boolean): boolean {
  const h1 = Math.floor(print / 0x100000);
  // Odd, so that the probes step through every bit; unsigned, so that no probe is negative.
  const h2 = (Math.imul((print % 0x100000) + 1, 0x9e3779b1) | 1) >>> 0;
  for (let i = 0; i < FILTER_PROBES; i++) if (!each((h1 + i * h2) % bits)) return false;
  return true;
}

/** A filter's bits as text, eight to a character (0–255): text, as every value stored here is. */
function filterText(prints: number[]): string {
  const bytes = new Uint8Array(Math.max(8, Math.ceil((prints.length * FILTER_BITS_PER_KEY) / 8)));
  const bits = bytes.length * 8;
  const set = (bit: number) => {
    bytes[bit >>> 3]! |= 1 << (bit & 7);
    return true;
  };
  for (const print of prints) probe(print, bits, set);
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 8_192) parts.push(String.fromCharCode(...bytes.subarray(i, i + 8_192)));
  return parts.join('');
}

/** Whether the filter may hold the key: false means the list has no record under it. */
export function mayHold(filter: string, key: string): boolean {
  return probe(fingerprint(key), filter.length * 8, (bit) => (filter.charCodeAt(bit >>> 3) & (1 << (bit & 7))) !== 0);
}

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_';

/**
 * A fingerprint as a bucket line names it: nine characters of six bits, written by hand because
 * Number#toString(36) on a 52-bit number takes V8's slow path, and a large list has millions.
 */
function printText(print: number): string {
  const hi = Math.floor(print / 0x100000);
  const lo = print % 0x100000;
  return (
    DIGITS[hi >>> 26]! +
    DIGITS[(hi >>> 20) & 63]! +
    DIGITS[(hi >>> 14) & 63]! +
    DIGITS[(hi >>> 8) & 63]! +
    DIGITS[(hi >>> 2) & 63]! +
    DIGITS[((hi & 3) << 4) | (lo >>> 16)]! +
    DIGITS[(lo >>> 10) & 63]! +
    DIGITS[(lo >>> 4) & 63]! +
    DIGITS[lo & 15]!
  );
}

export const fingerprintText = (key: string) => printText(fingerprint(key));

/** The bucket of a fingerprint, from its high (FNV-1a) bits. */
export const bucketOf = (print: number, buckets: number) => Math.floor(print / 0x100000) % buckets;

/** The shard a word (or a searched prefix of SHARD_LENGTH letters or more) is in. */
export const shardOf = (word: string) => word.slice(0, SHARD_LENGTH);

/** A record as it is stored: an outlet's domains as lookups match them (lowercase, no "www."). */
function normalized<K extends RecordKind>(kind: K, record: RecordOf[K]): RecordOf[K] {
  if (kind !== 'outlets') return record;
  const outlet = record as RecordOf['outlets'];
  return { ...outlet, domains: outlet.domains.map(normalizeDomain) } as RecordOf[K];
}

type Keys<K extends RecordKind> = Record<IndexName<K>, string[]>;

const indexKeys: { [K in RecordKind]: (record: RecordOf[K]) => Keys<K> } = {
  outlets: (o) => ({ id: [o.id], domains: o.domains, kind: [o.kind], ...outletIndexKeys(o) }),
  people: (p) => ({ id: [p.id], ...personIndexKeys(p) }),
  organizations: (o) => ({ id: [o.id], ...organizationIndexKeys(o) }),
  articles: (a) => ({ id: [recordId('articles', a)], urlKey: [urlKey(a.url) ?? a.url], outlet: [a.outlet] }),
  claimReviews: (c: ClaimReviewRecord) => ({ id: [recordId('claimReviews', c)], claimKeys: claimReviewIndexKeys(c).claimKeys }),
};

const names = (r: { name: string; aliases?: string[] }) => [r.name, ...(r.aliases ?? [])];

/** The texts the manager's search finds a record by, word by word. */
const searchTexts: { [K in RecordKind]: (record: RecordOf[K]) => string[] } = {
  outlets: (o) => [...names(o), ...o.domains],
  people: (p) => names(p),
  organizations: (o) => [...names(o), ...(o.domains ?? [])],
  articles: (a) => [a.title ?? '', urlKey(a.url) ?? a.url],
  claimReviews: (c) => [c.claim, c.reviewer],
};

/** Search words of a text, folded as names are (nameKey): lowercase, no accents, no punctuation. */
export function searchWords(text: string): string[] {
  return nameKey(text).split(' ').filter(Boolean);
}

/** Every search word of a record as stored (outlet domains normalised), once each: what its word shards hold for it. */
export function recordSearchWords<K extends RecordKind>(kind: K, record: RecordOf[K]): string[] {
  return [...new Set(searchTexts[kind](record).flatMap(searchWords))];
}

/** An index's entries as they are read off the records: the key fingerprinted prints[i] is at positions[i]. */
type Entries = { prints: number[]; positions: number[] };

/**
 * An index's entries in buckets, each bucket's keys sorted with their positions, as rows. The
 * bucket count comes from the number of entries, so no table of every distinct key is built: a
 * large list has millions of entries, and a Map that large costs more than the rest of the
 * compilation. Entries are sorted into buckets (a counting sort), then each bucket is grouped
 * by key on its own, a few hundred keys at a time.
 */
function postingRows(listId: string, index: IndexId, entries: Entries): { buckets: number; rows: PostingRow[] } {
  const { prints, positions } = entries;
  const buckets = Math.ceil(prints.length / KEYS_PER_BUCKET);
  const bucketOfEntry = new Uint32Array(prints.length);
  const starts = new Uint32Array(buckets + 1);
  prints.forEach((print, i) => {
    bucketOfEntry[i] = bucketOf(print, buckets);
    starts[bucketOfEntry[i]! + 1]! += 1;
  });
  for (let b = 0; b < buckets; b++) starts[b + 1]! += starts[b]!;
  const order = new Uint32Array(prints.length);
  const next = starts.slice(0, buckets);
  bucketOfEntry.forEach((bucket, i) => {
    order[next[bucket]!++] = i;
  });
  const rows: PostingRow[] = [];
  for (let bucket = 0; bucket < buckets; bucket++) {
    if (starts[bucket] === starts[bucket + 1]) continue;
    const byPrint = new Map<number, number[]>();
    for (let j = starts[bucket]!; j < starts[bucket + 1]!; j++) {
      const i = order[j]!;
      post(byPrint, prints[i]!, positions[i]!);
    }
    const lines = [...byPrint.keys()].sort((a, b) => a - b).map((print) => `\n${printText(print)}\t${byPrint.get(print)!.join(',')}`);
    rows.push({ key: postingKey(listId, index, bucket), listId, entries: `${lines.join('')}\n` });
  }
  return { buckets, rows };
}

/** Word shards from each word's positions (ascending, as records were read): words sorted, then cut by shard. */
function wordRows(listId: string, kind: RecordKind, table: Map<string, number[]>): WordRow[] {
  const rows: WordRow[] = [];
  // The default sort compares strings natively, with no call per comparison: the list's words are many.
  for (const word of [...table.keys()].sort()) {
    const key = wordKey(listId, kind, shardOf(word));
    let row = rows.at(-1);
    if (row?.key !== key) rows.push((row = { key, listId, words: [], positions: [] }));
    for (const position of table.get(word)!) {
      row.words.push(word);
      row.positions.push(position);
    }
  }
  return rows;
}

/** Adds a position under a key, once: a record's keys may repeat, and its positions come in order. */
function post<T>(table: Map<T, number[]>, key: T, position: number): void {
  const positions = table.get(key);
  if (!positions) table.set(key, [position]);
  else if (positions[positions.length - 1] !== position) positions.push(position);
}

function compileKind<K extends RecordKind>(listId: string, kind: K, records: RecordOf[K][], into: CompiledList): void {
  into.meta.counts[kind] = records.length;
  const tables = new Map<IndexName<K>, Entries>(INDEXES[kind].map((index) => [index as IndexName<K>, { prints: [], positions: [] }]));
  const words = new Map<string, number[]>();
  records.forEach((record, position) => {
    const keys = indexKeys[kind](record);
    for (const [index, table] of tables) {
      for (const key of keys[index]) if (key) table.prints.push(fingerprint(key)), table.positions.push(position);
    }
    for (const text of searchTexts[kind](record)) for (const word of searchWords(text)) post(words, word, position);
  });
  for (let seq = 0; seq * CHUNK_SIZE < records.length; seq++) {
    into.chunks.push({ key: chunkKey(listId, kind, seq), listId, records: JSON.stringify(records.slice(seq * CHUNK_SIZE, (seq + 1) * CHUNK_SIZE)) });
  }
  for (const [name, table] of tables) {
    if (table.prints.length === 0) continue;
    const index = `${kind}.${name}` as IndexId;
    const { buckets, rows } = postingRows(listId, index, table);
    into.meta.buckets[index] = buckets;
    into.postings.push(...rows, { key: filterKey(listId, index), listId, entries: filterText(table.prints) });
  }
  into.words.push(...wordRows(listId, kind, words));
}

/** The rows of a validated list: records in the list's order, every index, every search word. */
export function compileList(listId: string, records: ListRecords): CompiledList {
  const compiled: CompiledList = {
    meta: { counts: { outlets: 0, people: 0, organizations: 0, articles: 0, claimReviews: 0 }, buckets: {}, revision: '' },
    chunks: [],
    postings: [],
    words: [],
  };
  for (const kind of RECORD_KINDS) {
    const of = (records[kind] ?? []) as RecordOf[typeof kind][];
    compileKind(listId, kind, of.map((r) => normalized(kind, r)), compiled);
  }
  // The chunks hold every record in order, keyed by list and kind: their text is the list's content.
  compiled.meta.revision = printText(fingerprint(compiled.chunks.map((chunk) => `${chunk.key}\n${chunk.records}`).join('\n')));
  return compiled;
}

/** The positions under `key` in a bucket row; none when the row does not hold the key. */
export function positionsIn(row: PostingRow, key: string): number[] {
  const line = `\n${fingerprintText(key)}\t`;
  const at = row.entries.indexOf(line);
  if (at < 0) return [];
  const from = at + line.length;
  return row.entries
    .slice(from, row.entries.indexOf('\n', from))
    .split(',')
    .map(Number);
}

/** The fingerprints (fingerprintText) of every key a bucket row holds. */
export function printsIn(row: PostingRow): string[] {
  return row.entries
    .split('\n')
    .filter(Boolean)
    .map((line) => line.slice(0, line.indexOf('\t')));
}

/** A chunk's records. */
export const chunkRecords = <K extends RecordKind>(chunk: ChunkRow) => JSON.parse(chunk.records) as RecordOf[K][];

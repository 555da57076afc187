/**
 * Compiled lists (compiled-list.ts): the same list compiles to the same rows; every record sits
 * at its position and comes back from there; every index finds each of its keys, and only those,
 * at the right positions; buckets stay near their size on a large list; a key with a tab or a
 * line break cannot break a bucket's lines (buckets hold fingerprints); word shards are sorted.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { urlKey } from '../../utils/analysis/urls';
import {
  bucketOf,
  chunkKey,
  chunkRecords,
  CHUNK_SIZE,
  compileList,
  fingerprint,
  filterKey,
  fingerprintText,
  mayHold,
  INDEXES,
  KEYS_PER_BUCKET,
  positionsIn,
  postingKey,
  printsIn,
  searchWords,
  shardOf,
  wordKey,
  type CompiledList,
  type IndexId,
  type ListRecords,
  type PostingRow,
} from '../../utils/db/compiled-list';
import { claimReviewIndexKeys, normalizeDomain, organizationIndexKeys, outletIndexKeys, personIndexKeys } from '../../utils/db/index-keys';
import { allRecords, listRecords, positionsByKey, recordByKey, recordIdPrints, recordsAt, writeListRows } from '../../utils/db/list-store';
import type { SourcecheckDB } from '../../utils/db/schema';
import { RECORD_KINDS, recordId, type RecordKind, type RecordOf } from '../../utils/db/stored-rows';
import { openNodeDb } from '../../scripts/lib/node-db';
import { generateList } from '../../scripts/bench/generate-list';

const LIST = 'test-list';

/** A generated list with articles and claim reviews added (the generator makes neither), and records that repeat keys. */
function sampleList(count: number): Required<ListRecords> {
  const { outlets = [], people = [], organizations = [] } = generateList({ count, seed: 7 });
  const articles = Array.from({ length: 150 }, (_, i) => ({
    url: `https://www.${outlets[i % outlets.length]!.domains[0]}/news/story-${i}?ref=home`,
    title: `Harbor story number ${i}`,
    outlet: outlets[i % outlets.length]!.id,
    ...(i % 3 ? {} : { authors: [people[i]!.name] }),
  }));
  const claimReviews = Array.from({ length: 120 }, (_, i) => ({
    claim: `Wind turbines caused ${i % 7} blackouts in ${organizations[i % organizations.length]!.name} territory`,
    rating: 'False',
    ratingValue: 'false' as const,
    reviewer: i % 2 ? 'Factline' : 'Checkdesk',
    url: `https://factline.example/r/${i}`,
  }));
  // Two outlets sharing a domain and a name, and one listing a domain twice, in upper case.
  outlets.push(
    { id: 'twin-a', name: 'Twin Herald', domains: ['twinherald.example'], kind: 'news' },
    { id: 'twin-b', name: 'Twin Herald', domains: ['WWW.TwinHerald.example', 'twinherald.example'], kind: 'blog' },
  );
  return { outlets, people, organizations, articles, claimReviews };
}

/** What each index should hold, worked out from the records with index-keys.ts: key → positions. */
function expectedIndexes(records: Required<ListRecords>): Map<IndexId, Map<string, number[]>> {
  const keysOf: { [K in RecordKind]: (r: RecordOf[K]) => Record<string, string[]> } = {
    outlets: (o) => ({ id: [o.id], domains: o.domains.map(normalizeDomain), kind: [o.kind], ...outletIndexKeys(o) }),
    people: (p) => ({ id: [p.id], ...personIndexKeys(p) }),
    organizations: (o) => ({ id: [o.id], ...organizationIndexKeys(o) }),
    articles: (a) => ({ id: [recordId('articles', a)], urlKey: [urlKey(a.url) ?? a.url], outlet: [a.outlet] }),
    claimReviews: (c) => ({ id: [recordId('claimReviews', c)], claimKeys: claimReviewIndexKeys(c).claimKeys }),
  };
  const indexes = new Map<IndexId, Map<string, number[]>>();
  for (const kind of RECORD_KINDS) {
    (records[kind] as RecordOf[typeof kind][]).forEach((record, position) => {
      const keys = (keysOf[kind] as (r: RecordOf[typeof kind]) => Record<string, string[]>)(record);
      for (const name of INDEXES[kind]) {
        const index = `${kind}.${name}` as IndexId;
        const table = indexes.get(index) ?? indexes.set(index, new Map()).get(index)!;
        for (const key of new Set(keys[name])) if (key) table.set(key, [...(table.get(key) ?? []), position]);
      }
    });
  }
  return indexes;
}

/** The texts a record is searched by, as the manager's search documents them. */
function searchTexts(kind: RecordKind, record: RecordOf[RecordKind]): string[] {
  const r = record as Partial<RecordOf['outlets'] & RecordOf['organizations'] & RecordOf['articles'] & RecordOf['claimReviews']>;
  const names = r.name ? [r.name, ...(r.aliases ?? [])] : [];
  switch (kind) {
    case 'outlets':
      return [...names, ...(r.domains ?? []).map(normalizeDomain)];
    case 'people':
      return names;
    case 'organizations':
      return [...names, ...(r.domains ?? [])];
    case 'articles':
      return [r.title ?? '', urlKey(r.url!) ?? r.url!];
    case 'claimReviews':
      return [r.claim!, r.reviewer!];
  }
}

/** The bucket row a key is in, by its fingerprint. */
const bucketKeyOf = (index: IndexId, key: string, buckets: number) => postingKey(LIST, index, bucketOf(fingerprint(key), buckets));
const isFilterRow = (row: { key: string }) => row.key.startsWith(`${LIST} filter `);
const postingsOf = (compiled: CompiledList, index: IndexId) => compiled.postings.filter((row) => row.key.startsWith(`${LIST} ${index} `));
const normalized = (records: Required<ListRecords>): Required<ListRecords> => ({ ...records, outlets: records.outlets.map((o) => ({ ...o, domains: o.domains.map(normalizeDomain) })) });

const opened: SourcecheckDB[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

describe('compileList', () => {
  const records = sampleList(2_000);
  const compiled = compileList(LIST, records);

  it('is deterministic: the same list, or a copy of it, compiles to the same rows', () => {
    expect(compileList(LIST, records)).toEqual(compiled);
    expect(JSON.stringify(compileList(LIST, structuredClone(records)))).toBe(JSON.stringify(compiled));
    // The records compiled are not changed by it.
    expect(records.outlets.at(-1)!.domains).toEqual(['WWW.TwinHerald.example', 'twinherald.example']);
  });

  it('counts every kind, and names every row once', () => {
    expect(compiled.meta.counts).toEqual(Object.fromEntries(RECORD_KINDS.map((kind) => [kind, records[kind].length])));
    const keys = [...compiled.chunks, ...compiled.postings, ...compiled.words].map((row) => row.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const row of [...compiled.chunks, ...compiled.postings, ...compiled.words]) expect(row.listId).toBe(LIST);
  });

  it('puts every record at its position: chunk position / CHUNK_SIZE, place position % CHUNK_SIZE', () => {
    const chunks = new Map(compiled.chunks.map((row) => [row.key, chunkRecords(row)]));
    const expected = normalized(records);
    for (const kind of RECORD_KINDS) {
      expect(compiled.chunks.filter((c) => c.key.startsWith(`${LIST} ${kind} `))).toHaveLength(Math.ceil(records[kind].length / CHUNK_SIZE));
      (expected[kind] as RecordOf[RecordKind][]).forEach((record, position) => {
        expect(chunks.get(chunkKey(LIST, kind, Math.floor(position / CHUNK_SIZE)))![position % CHUNK_SIZE]).toEqual(record);
      });
    }
  });

  it('finds every key of every index at its positions through the bucket its hash names, and nothing else', () => {
    const expected = expectedIndexes(records);
    const indexes = [...expected.keys()].filter((index) => expected.get(index)!.size > 0);
    expect(Object.keys(compiled.meta.buckets).sort()).toEqual([...indexes].sort());
    for (const index of indexes) {
      const table = expected.get(index)!;
      const buckets = compiled.meta.buckets[index]!;
      const rows = new Map(postingsOf(compiled, index).map((row) => [row.key, row]));
      expect(rows.size, index).toBeLessThanOrEqual(buckets);
      for (const [key, positions] of table) {
        const row = rows.get(bucketKeyOf(index, key, buckets));
        expect(row && positionsIn(row, key), `${index} ${key}`).toEqual(positions);
      }
      // Nothing else: the rows hold exactly the expected keys' fingerprints, each in one row, the row its hash names.
      const keyOfPrint = new Map([...table.keys()].map((key) => [fingerprintText(key), key]));
      expect(keyOfPrint.size, `${index}: no two keys share a fingerprint`).toBe(table.size);
      const held = [...rows.values()].flatMap((row) => printsIn(row).map((print) => [print, row.key] as const));
      expect(held.length, index).toBe(table.size);
      for (const [print, rowKey] of held) {
        const key = keyOfPrint.get(print);
        expect(key, `${index} holds ${print}`).toBeDefined();
        expect(rowKey).toBe(bucketKeyOf(index, key!, buckets));
      }
    }
    // Outlets share a name and a domain, listed twice by one of them: each position once.
    expect(expected.get('outlets.domains')!.get('twinherald.example')).toEqual([records.outlets.length - 2, records.outlets.length - 1]);
  });

  it('reads a bucket line by the asked key’s fingerprint only', () => {
    const row: PostingRow = { key: 'k', listId: LIST, entries: `\n${fingerprintText('abc news')}\t1,10\n${fingerprintText('news')}\t2\n` };
    expect(positionsIn(row, 'abc news')).toEqual([1, 10]);
    expect(positionsIn(row, 'news')).toEqual([2]);
    expect(positionsIn(row, 'abc')).toEqual([]);
    expect(positionsIn(row, 'ews')).toEqual([]);
    expect(positionsIn(row, '')).toEqual([]);
    expect(printsIn(row)).toEqual([fingerprintText('abc news'), fingerprintText('news')]);
    // A fingerprint is 52 bits, a whole number a double holds exactly, the same for the same key.
    const print = fingerprint('abc news');
    expect(Number.isSafeInteger(print) && print >= 0 && print < 2 ** 52).toBe(true);
    expect(fingerprint('abc news')).toBe(print);
    expect(fingerprint('abc newt')).not.toBe(print);
  });

  it('sorts each kind’s words into shards by their first letters, sorted by word, then position', () => {
    for (const kind of RECORD_KINDS) {
      const rows = compiled.words.filter((row) => row.key.startsWith(`${LIST} ${kind} `));
      const pairs = rows.flatMap((row) => {
        expect(row.words).toHaveLength(row.positions.length);
        row.words.forEach((word) => expect(row.key).toBe(wordKey(LIST, kind, shardOf(word))));
        return row.words.map((word, i) => [word, row.positions[i]!] as const);
      });
      for (let i = 1; i < pairs.length; i++) {
        const [a, p] = pairs[i - 1]!;
        const [b, q] = pairs[i]!;
        expect(a < b || (a === b && p < q), `${kind}: ${a}@${p} before ${b}@${q}`).toBe(true);
      }
      const expected = (records[kind] as RecordOf[RecordKind][]).flatMap((record, position) => [...new Set(searchTexts(kind, record).flatMap(searchWords))].map((word) => `${word}@${position}`));
      expect(pairs.map(([word, position]) => `${word}@${position}`).sort()).toEqual(expected.sort());
    }
  });

  it('keeps a bucket’s lines whole when keys hold a tab or a line break, and finds those keys', () => {
    const odd: Required<ListRecords> = {
      outlets: [
        { id: 'fine', name: 'Fine Daily', domains: ['fine.example'], kind: 'news' },
        { id: 'tab\tid', name: 'Tabbed Herald', domains: ['line\nbreak.example', 'tabbed.example'], kind: 'news' },
      ],
      people: [{ id: 'line\nperson', name: 'Lina Break' }],
      organizations: [],
      articles: [{ url: 'https://tabbed.example/a', title: 'A', outlet: 'tab\tid' }],
      claimReviews: [],
    };
    const out = compileList(LIST, odd);
    for (const row of out.postings.filter((r) => !isFilterRow(r))) {
      for (const line of row.entries.split('\n').filter(Boolean)) expect(line.split('\t'), row.key).toHaveLength(2);
    }
    const find = (index: IndexId, key: string) => {
      const row = out.postings.find((r) => r.key === bucketKeyOf(index, key, out.meta.buckets[index]!));
      return row ? positionsIn(row, key) : [];
    };
    expect(find('outlets.domains', 'tabbed.example')).toEqual([1]);
    expect(find('outlets.domains', 'line\nbreak.example')).toEqual([1]);
    expect(find('outlets.domains', 'line')).toEqual([]);
    expect(find('outlets.id', 'tab\tid')).toEqual([1]);
    expect(find('outlets.id', 'tab')).toEqual([]);
    expect(find('outlets.id', 'fine')).toEqual([0]);
    expect(find('outlets.nameKeys', 'tabbed herald')).toEqual([1]);
    expect(find('people.id', 'line\nperson')).toEqual([0]);
    expect(find('people.nameKeys', 'lina break')).toEqual([0]);
    expect(find('articles.outlet', 'tab\tid')).toEqual([0]);
    expect(find('articles.urlKey', 'tabbed.example/a')).toEqual([0]);
    expect(chunkRecords(out.chunks.find((c) => c.key === chunkKey(LIST, 'outlets', 0))!)[1]).toEqual(odd.outlets[1]);
  });
});

describe('compiled lists in the database', () => {
  it('gives every record back from its position, by key, in order, and by id', async () => {
    const db = openNodeDb();
    opened.push(db);
    const records = sampleList(600);
    const list = await writeListRows(db, { id: LIST, name: 'Test list', origin: 'file', importedAt: '2026-01-01T00:00:00.000Z' }, records);
    const expected = normalized(records);
    expect(await listRecords(db, LIST)).toEqual(expected);
    for (const kind of RECORD_KINDS) {
      const all = expected[kind] as RecordOf[RecordKind][];
      const positions = all.map((_, i) => i);
      const listed = all.map((record) => ({ ...record, key: `${LIST}:${recordId(kind, record)}`, listId: LIST }));
      expect(await recordsAt(db, LIST, kind, positions)).toEqual(listed);
      // Asked out of order, twice, or past the end: in the order asked, and nothing for what is not there.
      const asked = [...positions].reverse().concat([0, all.length, all.length + CHUNK_SIZE]);
      expect(await recordsAt(db, LIST, kind, asked)).toEqual([...listed].reverse().concat([listed[0]!]));
      expect(await allRecords(db, LIST, kind)).toEqual(all);
      expect(await recordIdPrints(db, LIST, kind)).toEqual(new Set(all.map((record) => fingerprintText(recordId(kind, record)))));
      for (const record of listed.filter((_, i) => i % 37 === 0)) expect(await recordByKey(db, kind, record.key)).toEqual(record);
    }
    const byDomain = await positionsByKey(db, list, 'outlets.domains', ['twinherald.example', 'nowhere.example']);
    expect([...byDomain]).toEqual([['twinherald.example', [records.outlets.length - 2, records.outlets.length - 1]]]);
    expect(await recordByKey(db, 'people', `${LIST}:nobody`)).toBeUndefined();
    expect(await recordByKey(db, 'people', `other-list:${records.people[0]!.id}`)).toBeUndefined();
  });
});

describe('bucket spread', () => {
  it('keeps every bucket of a 20,000-record list under four times KEYS_PER_BUCKET keys', () => {
    const list = generateList({ count: 20_000 });
    const compiled = compileList(LIST, list);
    const indexes = Object.keys(compiled.meta.buckets) as IndexId[];
    expect(indexes.length).toBeGreaterThan(10);
    for (const index of indexes) {
      const sizes = postingsOf(compiled, index).map((row) => printsIn(row).length);
      const keys = sizes.reduce((a, b) => a + b, 0);
      expect(Math.max(...sizes), `${index}: ${keys} keys in ${sizes.length} rows`).toBeLessThanOrEqual(4 * KEYS_PER_BUCKET);
      expect(sizes.length, index).toBeLessThanOrEqual(compiled.meta.buckets[index]!);
    }
    const people = postingsOf(compiled, 'people.nameKeys');
    expect(people.length).toBeGreaterThan(10);
  }, 60_000);

  it('filters every index: every key passes its filter, and few keys the list lacks do', () => {
    const list = generateList({ count: 5_000, seed: 7 }) as Required<ListRecords>;
    const out = compileList(LIST, list);
    const filter = out.postings.find((row) => row.key === filterKey(LIST, 'people.fuzzyKeys'))!.entries;
    const held = [...new Set(list.people.flatMap((p) => personIndexKeys(p).fuzzyKeys))];
    expect(held.every((key) => mayHold(filter, key))).toBe(true);
    const absent = Array.from({ length: 20_000 }, (_, i) => `nobody ${i} zq`);
    const passed = absent.filter((key) => mayHold(filter, key)).length;
    expect(passed / absent.length).toBeLessThan(0.03);
  });

  it('fingerprints a list by its records: the same records, the same revision; a changed record, another', () => {
    const list = generateList({ count: 200, seed: 3 }) as Required<ListRecords>;
    const revision = compileList(LIST, list).meta.revision;
    expect(compileList(LIST, structuredClone(list)).meta.revision).toBe(revision);
    const changed = structuredClone(list);
    changed.people[0]!.name = `${changed.people[0]!.name}x`;
    expect(compileList(LIST, changed).meta.revision).not.toBe(revision);
  });
});

/**
 * Paged browsing for the manager page over the compiled lists: pages follow one another without
 * gaps or repeats (lists in precedence order, then each list's order), searches find records by
 * the start of any word (names, aliases, domains, an article's title and address, a claim and its
 * reviewer), filters keep only what they name, and a page reads about a page of rows, never a
 * whole list.
 */
import type { DBCore } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { generateList } from '../../scripts/bench/generate-list';
import { openNodeDb } from '../../scripts/lib/node-db';
import { browsePage, browseTotal, browseWords, listCounts, tableCounts, type BrowseCursor, type BrowseQuery } from '../../utils/db/browse';
import { CHUNK_SIZE } from '../../utils/db/compiled-list';
import { importList } from '../../utils/db/import-list';
import { MY_SOURCES_ID, saveRecord } from '../../utils/db/my-sources';
import type { SourcecheckDB } from '../../utils/db/schema';
import type { ListedRecord, RecordKind } from '../../utils/db/stored-rows';

let db: SourcecheckDB;
afterEach(() => db?.close());

/** Rows the database handed out since the last reset, by table: gets, bulkGets, toArrays and cursor steps. */
let reads: Record<string, number> = {};
const rowsRead = () => Object.values(reads).reduce((a, b) => a + b, 0);
const count = (table: string, n: number) => void (reads[table] = (reads[table] ?? 0) + n);

/** A fresh database that counts the rows it reads, so tests can tell a page's reads from a scan. */
function open(): SourcecheckDB {
  db = openNodeDb();
  db.use({
    stack: 'dbcore',
    name: 'read-counter',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          get: async (req) => {
            const row: unknown = await table.get(req);
            if (row !== undefined) count(name, 1);
            return row;
          },
          getMany: async (req) => {
            const rows: unknown[] = await table.getMany(req);
            count(name, rows.filter((row) => row !== undefined).length);
            return rows;
          },
          query: async (req) => {
            const result = await table.query(req);
            count(name, result.result.length);
            return result;
          },
          openCursor: async (req) => {
            const cursor = await table.openCursor(req);
            if (cursor) count(name, 1);
            return cursor;
          },
        };
      },
    }),
  });
  return db;
}

const list = (name: string, records: Record<string, unknown[]>) => ({ format: 'sourcecheck.sources/1', name, ...records });
/** Imported files speak latest first: dates make the order certain. */
const on = (day: number) => ({ now: new Date(Date.UTC(2026, 0, day)) });

const desk = list('Harbor desk list', {
  outlets: [
    { id: 'reuters', name: 'Reuters', domains: ['reuters.com', 'reuters.co.uk'], kind: 'wire' },
    { id: 'ledger', name: 'Harbor Ledger', aliases: ['The Ledger'], domains: ['www.harborledger.example'], kind: 'news' },
    { id: 'onion', name: 'The Onion', domains: ['theonion.com'], kind: 'satire' },
    { id: 'reuters-fan', name: 'Reuters Fan Blog', domains: ['fanblog.example'], kind: 'blog' },
  ],
  people: [
    { id: 'jane', name: 'Jane Q. Okafor', aliases: ['J. Okafor'] },
    { id: 'mary', name: 'Mary Janeway' },
    { id: 'zoe', name: 'Zoë Brandt' },
    { id: 'okafor-t', name: 'Tunde Okafor' },
  ],
  articles: [
    { url: 'https://www.reuters.com/world/grid-2026', title: 'Grid operators brace for the winter peak', outlet: 'reuters' },
    { url: 'https://harborledger.example/local/gulls', title: 'Gulls return to the old pier', outlet: 'ledger' },
  ],
  claimReviews: [
    { claim: 'Wind turbines caused the March blackout', rating: 'False', ratingValue: 'false', reviewer: 'Factline', url: 'https://factline.example/1' },
    { claim: 'Gulls carry the flu', rating: 'Unproven', ratingValue: 'unproven', reviewer: 'Factline', url: 'https://factline.example/2' },
  ],
});
const valley = list('Valley list', {
  outlets: [{ id: 'reuters', name: 'Reuters', domains: ['reuters.com'], kind: 'wire' }],
  people: [{ id: 'jane', name: 'Jane Okafor' }],
});

/** Both lists, Valley imported later so that it speaks first. */
async function openBoth(): Promise<void> {
  open();
  await importList(db, desk, 'file', on(1));
  await importList(db, valley, 'file', on(2));
}

type Page<K extends RecordKind> = { rows: ListedRecord<K>[]; next: BrowseCursor | null };

/** Follows the cursors to the end, `limit` rows a page. */
async function allPages<K extends RecordKind>(query: BrowseQuery & { kind: K }, limit: number, budget?: number): Promise<ListedRecord<K>[][]> {
  const pages: ListedRecord<K>[][] = [];
  let after: BrowseCursor | null = null;
  do {
    const page: Page<K> = await browsePage(db, query, { after, limit, budget });
    pages.push(page.rows);
    after = page.next;
  } while (after && pages.length < 10_000);
  return pages;
}

const keysOf = (rows: { key: string }[]) => rows.map((row) => row.key);
const search = async (kind: RecordKind, text: string, extra: Partial<BrowseQuery> = {}) => keysOf((await browsePage(db, { kind, search: text, ...extra }, { limit: 50 })).rows);

describe('browsePage without a search', () => {
  it('pages through every list in precedence order, then each list’s order, each record once whatever the page size', async () => {
    await openBoth();
    await saveRecord(db, 'people', { id: 'mine', name: 'Mina Okafor' });
    const all = ['my-sources:mine', 'valley-list:jane', 'harbor-desk-list:jane', 'harbor-desk-list:mary', 'harbor-desk-list:zoe', 'harbor-desk-list:okafor-t'];
    for (const limit of [1, 2, 3, 4, 5, 6, 100]) expect(keysOf((await allPages({ kind: 'people' }, limit)).flat())).toEqual(all);
    expect((await allPages({ kind: 'people' }, 2)).map((page) => page.length)).toEqual([2, 2, 2]);
    const first = await browsePage(db, { kind: 'people' }, { limit: 3 });
    expect(first.next).toEqual({ listId: 'harbor-desk-list', position: 1 });
    // Records come with their list and their key.
    expect(first.rows[1]).toEqual({ id: 'jane', name: 'Jane Okafor', listId: 'valley-list', key: 'valley-list:jane' });
  });

  it('keeps to one list, and counts from the list rows', async () => {
    await openBoth();
    await saveRecord(db, 'outlets', { id: 'mine', name: 'Mine', domains: ['mine.example'], kind: 'blog' });
    expect(keysOf((await allPages({ kind: 'outlets', listId: 'valley-list' }, 10)).flat())).toEqual(['valley-list:reuters']);
    expect(keysOf((await allPages({ kind: 'outlets', listId: MY_SOURCES_ID }, 10)).flat())).toEqual(['my-sources:mine']);
    expect(keysOf((await allPages({ kind: 'outlets', listId: 'harbor-desk-list' }, 3)).flat())).toEqual(['reuters', 'ledger', 'onion', 'reuters-fan'].map((id) => `harbor-desk-list:${id}`));
    expect(keysOf((await allPages({ kind: 'outlets', listId: 'no-such-list' }, 3)).flat())).toEqual([]);
    expect(await browseTotal(db, { kind: 'outlets', listId: 'harbor-desk-list' })).toBe(4);
    expect(await browseTotal(db, { kind: 'outlets' })).toBe(6);
    expect(await browseTotal(db, { kind: 'outlets', search: 'r' })).toBeNull();
  });

  it('filters outlets by kind through the kind index', async () => {
    await openBoth();
    expect(keysOf((await allPages({ kind: 'outlets', outletKind: 'wire' }, 1)).flat())).toEqual(['valley-list:reuters', 'harbor-desk-list:reuters']);
    expect(keysOf((await allPages({ kind: 'outlets', outletKind: 'satire' }, 1)).flat())).toEqual(['harbor-desk-list:onion']);
    expect(keysOf((await allPages({ kind: 'outlets', outletKind: 'satire', listId: 'valley-list' }, 10)).flat())).toEqual([]);
    expect(await browseTotal(db, { kind: 'outlets', outletKind: 'wire' })).toBe(2);
    expect(await browseTotal(db, { kind: 'outlets', outletKind: 'wire', listId: 'harbor-desk-list' })).toBe(1);
  });

  it('goes on after a cursor whose list is gone as at the end', async () => {
    await openBoth();
    expect(await browsePage(db, { kind: 'people' }, { after: { listId: 'removed-list', position: 3 } })).toEqual({ rows: [], next: null });
  });
});

describe('browsePage with a search', () => {
  it('finds names, aliases and domains by the start of any word, every word of the search', async () => {
    open();
    await importList(db, desk, 'file');
    expect(await search('outlets', 'Reuters')).toEqual(['harbor-desk-list:reuters', 'harbor-desk-list:reuters-fan']);
    expect(await search('outlets', 'ledger')).toEqual(['harbor-desk-list:ledger']);
    expect(await search('outlets', 'the onion')).toEqual(['harbor-desk-list:onion']);
    expect(await search('outlets', 'reuters.co')).toEqual(['harbor-desk-list:reuters']);
    expect(await search('outlets', 'reuters.co.u')).toEqual(['harbor-desk-list:reuters']);
    expect(await search('outlets', 'fan bl')).toEqual(['harbor-desk-list:reuters-fan']);
    // An address: scheme, "www." and query are no word of any record.
    expect(await search('outlets', 'https://www.TheOnion.com/x?y=1')).toEqual(['harbor-desk-list:onion']);
    expect(await search('outlets', 'www.harborledger')).toEqual(['harbor-desk-list:ledger']);
    expect(await search('people', 'jan')).toEqual(['harbor-desk-list:jane', 'harbor-desk-list:mary']);
    expect(await search('people', 'okafor')).toEqual(['harbor-desk-list:jane', 'harbor-desk-list:okafor-t']);
    expect(await search('people', 'okafor tu')).toEqual(['harbor-desk-list:okafor-t']);
    expect(await search('people', 'TUNDE   okaf')).toEqual(['harbor-desk-list:okafor-t']);
    expect(await search('people', 'j')).toEqual(['harbor-desk-list:jane', 'harbor-desk-list:mary']);
    expect(await search('people', 'zoe')).toEqual(['harbor-desk-list:zoe']);
    expect(await search('people', 'Zoë B')).toEqual(['harbor-desk-list:zoe']);
    expect(await search('people', 'okafor x')).toEqual([]);
    expect(await search('people', '  ...  ')).toEqual([]);
  });

  it('finds articles by title as well as address, and claim reviews by claim and reviewer', async () => {
    open();
    await importList(db, desk, 'file');
    expect(await search('articles', 'grid operators')).toEqual(['harbor-desk-list:reuters.com/world/grid-2026']);
    expect(await search('articles', 'winter')).toEqual(['harbor-desk-list:reuters.com/world/grid-2026']);
    expect(await search('articles', 'pier gull')).toEqual(['harbor-desk-list:harborledger.example/local/gulls']);
    expect(await search('articles', 'reuters.com/world')).toEqual(['harbor-desk-list:reuters.com/world/grid-2026']);
    expect(await search('articles', 'http://harborledger.example/')).toEqual(['harbor-desk-list:harborledger.example/local/gulls']);
    expect(await search('articles', 'reuters.com/local')).toEqual([]);
    expect(await search('claimReviews', 'turbines caus')).toEqual(['harbor-desk-list:factline|wind turbines caused the march blackout']);
    expect(await search('claimReviews', 'gull')).toEqual(['harbor-desk-list:factline|gulls carry the flu']);
    expect(await search('claimReviews', 'factline')).toHaveLength(2);
    expect(await search('claimReviews', 'snow')).toEqual([]);
  });

  it('searches across lists in precedence order, and keeps to the list and outlet kind asked for', async () => {
    await openBoth();
    expect(await search('people', 'jane')).toEqual(['valley-list:jane', 'harbor-desk-list:jane', 'harbor-desk-list:mary']);
    expect(await search('people', 'jane', { listId: 'harbor-desk-list' })).toEqual(['harbor-desk-list:jane', 'harbor-desk-list:mary']);
    expect(await search('outlets', 'reuters')).toEqual(['valley-list:reuters', 'harbor-desk-list:reuters', 'harbor-desk-list:reuters-fan']);
    expect(await search('outlets', 'reuters', { outletKind: 'blog' })).toEqual(['harbor-desk-list:reuters-fan']);
    expect(await search('outlets', 'reuters', { outletKind: 'wire', listId: 'valley-list' })).toEqual(['valley-list:reuters']);
    expect(await search('outlets', 'onion', { outletKind: 'wire' })).toEqual([]);
  });

  it('pages a search without gaps or repeats, whatever the page size and budget', async () => {
    open();
    const people = Array.from({ length: 60 }, (_, i) => ({ id: `p${i}`, name: i % 3 ? `Anna Okafor ${i}` : `Okafor Bello ${i}`, aliases: [`Okafor Anna-Maria ${i}`] }));
    await importList(db, list('Big', { people }), 'file', on(1));
    await importList(db, list('Other', { people: people.slice(0, 10) }), 'file', on(2));
    const whole = keysOf((await browsePage(db, { kind: 'people', search: 'okafor' }, { limit: 1000 })).rows);
    expect(whole).toHaveLength(70);
    expect(new Set(whole).size).toBe(70);
    expect(whole.slice(9, 11)).toEqual(['other:p9', 'big:p0']);
    for (const [limit, budget] of [[1, undefined], [7, undefined], [7, 3], [50, 1]]) {
      expect(keysOf((await allPages({ kind: 'people', search: 'okafor' }, limit!, budget)).flat())).toEqual(whole);
    }
    // "be" is checked on each record: a small budget gives short pages, and the cursors still find every match.
    const bello = people.filter((_, i) => i % 3 === 0).map((p) => p.id);
    const expected = [...bello.filter((id) => Number(id.slice(1)) < 10).map((id) => `other:${id}`), ...bello.map((id) => `big:${id}`)];
    for (const [limit, budget] of [[100, undefined], [3, 5], [2, 1]]) {
      expect(keysOf((await allPages({ kind: 'people', search: 'okafor be' }, limit!, budget)).flat())).toEqual(expected);
    }
  });

  it('splits a search into the words records are stored under', () => {
    expect(browseWords('articles', 'https://www.Reuters.com/world?x=1#top')).toEqual(['reuters', 'com', 'world']);
    expect(browseWords('outlets', 'https://www.Reuters.com/world?x=1#top')).toEqual(['reuters', 'com']);
    expect(browseWords('outlets', 'reuters.com/world')).toEqual(['reuters', 'com']);
    expect(browseWords('people', 'The Onion')).toEqual(['onion']);
    expect(browseWords('people', '  Zoë   Brandt zoe ')).toEqual(['zoe', 'brandt']);
  });
});

describe('cost', () => {
  it('reads about a page of rows for a page or a search of a 20,000-record list, never the list', async () => {
    open();
    const big = generateList({ count: 20_000, name: 'Scale' });
    await importList(db, big, 'file');
    const tableRows = (await db.chunks.count()) + (await db.words.count()) + (await db.postings.count());
    expect(tableRows).toBeGreaterThan(5_000);
    const measured: Record<string, number> = {};
    const measure = async <T>(what: string, run: () => Promise<T>): Promise<T> => {
      reads = {};
      const result = await run();
      measured[what] = rowsRead();
      return result;
    };

    // A page of 100 people: the list rows and the chunks that hold them.
    const pageRows = 1 + Math.ceil(100 / CHUNK_SIZE) + 1;
    const first = await measure('first page', () => browsePage(db, { kind: 'people' }, { limit: 100 }));
    expect(first.rows).toHaveLength(100);
    const second = await measure('second page', () => browsePage(db, { kind: 'people' }, { limit: 100, after: first.next }));
    expect(second.rows[0]!.key).toBe(`scale:${big.people![100]!.id}`);
    expect(reads.words ?? 0).toBe(0);

    // A page deep in the list costs what the first one does.
    const deep = await measure('page at 11,000', () => browsePage(db, { kind: 'people' }, { limit: 100, after: { listId: 'scale', position: 11_000 } }));
    expect(deep.rows[0]!.key).toBe(`scale:${big.people![11_000]!.id}`);

    // A full name: one shard row per word, then the chunks of the records found.
    const person = big.people![12_345 % big.people!.length]!;
    const byName = await measure('full name', () => browsePage(db, { kind: 'people', search: person.name }, { limit: 100 }));
    expect(keysOf(byName.rows)).toContain(`scale:${person.id}`);

    // A common word of organisation names: a page of 100 of them, and a cursor.
    const common = await measure('common word', () => browsePage(db, { kind: 'organizations', search: 'institute' }, { limit: 100 }));
    expect(common.rows).toHaveLength(100);
    expect(common.next).not.toBeNull();

    // One letter reads the shards that start with it, not the records.
    const letter = await measure('one letter', () => browsePage(db, { kind: 'organizations', search: 'c' }, { limit: 100 }));
    expect(letter.rows).toHaveLength(100);

    // Outlets of one kind: a posting row, then the page's chunks.
    const kind = big.outlets![0]!.kind;
    const byKind = await measure('outlet kind', () => browsePage(db, { kind: 'outlets', outletKind: kind }, { limit: 100 }));
    expect(byKind.rows.every((o) => o.kind === kind)).toBe(true);

    const nothing = await measure('no match', () => browsePage(db, { kind: 'people', search: 'qqzzy' }, { limit: 100 }));
    expect(nothing).toEqual({ rows: [], next: null });

    // A short word most candidates fail stops at the budget with a cursor.
    const budgeted = await measure('budget 200', () => browsePage(db, { kind: 'organizations', search: 'institute zq' }, { limit: 100, budget: 200 }));
    expect(budgeted.rows.length).toBeLessThan(100);
    expect(budgeted.next).not.toBeNull();

    const counts = await measure('counts', async () => [await tableCounts(db), await browseTotal(db, { kind: 'people' })]);
    expect(counts[1]).toBe(big.people!.length);

    console.log('rows read:', JSON.stringify(measured), 'of', tableRows);
    expect(measured['first page']).toBeLessThanOrEqual(pageRows);
    expect(measured['second page']).toBeLessThanOrEqual(pageRows);
    expect(measured['page at 11,000']).toBeLessThanOrEqual(pageRows);
    expect(measured['full name']).toBeLessThan(30);
    expect(measured['common word']).toBeLessThanOrEqual(105);
    expect(measured['one letter']).toBeLessThan(250);
    expect(measured['outlet kind']).toBeLessThanOrEqual(105);
    expect(measured['no match']).toBeLessThanOrEqual(3);
    expect(measured['budget 200']).toBeLessThanOrEqual(205);
    expect(measured.counts).toBeLessThanOrEqual(4);
  });
});

describe('counts', () => {
  it('counts each list and all lists from the list rows', async () => {
    await openBoth();
    reads = {};
    expect(await listCounts(db, 'harbor-desk-list')).toEqual({ outlets: 4, people: 4, organizations: 0, articles: 2, claimReviews: 2 });
    expect(await listCounts(db, 'valley-list')).toEqual({ outlets: 1, people: 1, organizations: 0, articles: 0, claimReviews: 0 });
    expect(await listCounts(db, 'no-such-list')).toEqual({ outlets: 0, people: 0, organizations: 0, articles: 0, claimReviews: 0 });
    expect(await tableCounts(db)).toEqual({ outlets: 5, people: 5, organizations: 0, articles: 2, claimReviews: 2 });
    expect(Object.keys(reads)).toEqual(['lists']);
  });
});

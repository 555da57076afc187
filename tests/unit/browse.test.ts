/**
 * Paged, indexed browsing for the manager page: pages follow one another without gaps or
 * repeats, searches find names by their start, their words and their domains, filters keep
 * only what they name, and a page reads about a page of index entries, never a whole table.
 */
import type { DBCore, DBCoreCursor } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { browsePage, browseTotal, listCounts, tableCounts, type BrowseQuery, type BrowseCursor } from '../../utils/db/browse';
import { importList } from '../../utils/db/import-list';
import { MY_SOURCES_ID, saveRecord } from '../../utils/db/my-sources';
import type { SourcecheckDB } from '../../utils/db/schema';
import type { RecordKind, StoredRowOf } from '../../utils/db/stored-rows';
import { openNodeDb } from '../../scripts/lib/node-db';

let db: SourcecheckDB;
afterEach(() => db?.close());

/** Index and table entries the database handed out since the last reset: cursor steps and rows of bulk reads. */
const reads = { entries: 0 };

/** A fresh database that counts what it reads, so tests can tell an indexed read from a scan. */
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
          query: async (req) => {
            const result = await table.query(req);
            reads.entries += result.result.length;
            return result;
          },
          openCursor: async (req) => {
            const cursor = await table.openCursor(req);
            if (!cursor) return cursor;
            return new Proxy(cursor, {
              get(target, prop) {
                if (prop === 'start') return (onNext: () => void) => target.start(() => (reads.entries++, onNext()));
                const value = Reflect.get(target, prop, target) as unknown;
                return typeof value === 'function' ? value.bind(target) : value;
              },
            }) as DBCoreCursor;
          },
        };
      },
    }),
  });
  return db;
}

const list = (name: string, records: Record<string, unknown[]>) => ({ format: 'sourcecheck.sources/1', name, ...records });

const desk = list('Harbor desk list', {
  outlets: [
    { id: 'reuters', name: 'Reuters', domains: ['reuters.com', 'reuters.co.uk'], kind: 'wire' },
    { id: 'ledger', name: 'Harbor Ledger', aliases: ['The Ledger'], domains: ['harborledger.example'], kind: 'news' },
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
    { url: 'https://www.reuters.com/world/grid-2026', title: 'Grid', outlet: 'reuters' },
    { url: 'https://harborledger.example/local/gulls', title: 'Gulls', outlet: 'ledger' },
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

/** Follows the cursors to the end, `limit` rows a page. */
async function allPages<K extends RecordKind>(query: BrowseQuery & { kind: K }, limit: number, budget?: number): Promise<StoredRowOf[K][][]> {
  const pages: StoredRowOf[K][][] = [];
  let after: BrowseCursor | null = null;
  do {
    const page: { rows: StoredRowOf[K][]; next: BrowseCursor | null } = await browsePage(db, query, { after, limit, budget });
    pages.push(page.rows);
    after = page.next;
  } while (after && pages.length < 1000);
  return pages;
}

const keysOf = (rows: { key: string }[]) => rows.map((row) => row.key);
const search = async (kind: RecordKind, text: string, extra: Partial<BrowseQuery> = {}) => keysOf((await browsePage(db, { kind, search: text, ...extra }, { limit: 50 })).rows);

describe('browsePage without a search', () => {
  it('pages through a table in key order, each record once, whatever the page size', async () => {
    open();
    await importList(db, desk, 'file');
    await importList(db, valley, 'file');
    const all = (await db.people.orderBy('key').toArray()).map((p) => p.key);
    for (const limit of [1, 2, 3, 100]) expect(keysOf((await allPages({ kind: 'people' }, limit)).flat())).toEqual(all);
    expect((await allPages({ kind: 'people' }, 2)).map((page) => page.length)).toEqual([2, 2, 1]);
  });

  it('reads one list as a range of the primary key, and counts it on the listId index', async () => {
    open();
    await importList(db, desk, 'file');
    await importList(db, valley, 'file');
    await saveRecord(db, 'outlets', { id: 'mine', name: 'Mine', domains: ['mine.example'], kind: 'blog' });
    expect(keysOf((await allPages({ kind: 'outlets', listId: 'valley-list' }, 10)).flat())).toEqual(['valley-list:reuters']);
    expect(keysOf((await allPages({ kind: 'outlets', listId: MY_SOURCES_ID }, 10)).flat())).toEqual(['my-sources:mine']);
    expect(await browseTotal(db, { kind: 'outlets', listId: 'harbor-desk-list' })).toBe(4);
    expect(await browseTotal(db, { kind: 'outlets' })).toBe(6);
    expect(await browseTotal(db, { kind: 'outlets', search: 'r' })).toBeNull();
  });

  it('filters outlets by kind', async () => {
    open();
    await importList(db, desk, 'file');
    await importList(db, valley, 'file');
    expect(keysOf((await allPages({ kind: 'outlets', outletKind: 'wire' }, 1)).flat())).toEqual(['harbor-desk-list:reuters', 'valley-list:reuters']);
    expect(keysOf((await allPages({ kind: 'outlets', outletKind: 'satire', listId: 'valley-list' }, 10)).flat())).toEqual([]);
  });
});

describe('browsePage with a search', () => {
  it('finds names by their start first, then by a word, then outlets by domain', async () => {
    open();
    await importList(db, desk, 'file');
    // Name prefix ("reuters", "reuters fan blog"), then domain prefix: none new.
    expect(await search('outlets', 'Reuters')).toEqual(['harbor-desk-list:reuters', 'harbor-desk-list:reuters-fan']);
    // A word of the name (tokens), with a leading "The" folded away as nameKey does.
    expect(await search('outlets', 'ledger')).toEqual(['harbor-desk-list:ledger']);
    expect(await search('outlets', 'the onion')).toEqual(['harbor-desk-list:onion']);
    expect(await search('outlets', 'reuters.co')).toEqual(['harbor-desk-list:reuters']);
    expect(await search('outlets', 'https://www.TheOnion.com/x')).toEqual(['harbor-desk-list:onion']);
    // "jan": names starting with it (Jane Q. Okafor, once though two of her keys start so), then Mary Janeway by a word.
    expect(await search('people', 'jan')).toEqual(['harbor-desk-list:jane', 'harbor-desk-list:mary']);
    expect(await search('people', 'okafor')).toEqual(['harbor-desk-list:jane', 'harbor-desk-list:okafor-t']);
    expect(await search('people', 'okafor tu')).toEqual(['harbor-desk-list:okafor-t']);
    expect(await search('people', 'zoe')).toEqual(['harbor-desk-list:zoe']);
    expect(await search('people', '  ...  ')).toEqual([]);
  });

  it('finds articles by address and claim reviews by their words', async () => {
    open();
    await importList(db, desk, 'file');
    expect(await search('articles', 'reuters.com/world')).toEqual(['harbor-desk-list:article-0']);
    expect(await search('articles', 'http://harborledger.example/')).toEqual(['harbor-desk-list:article-1']);
    expect(await search('claimReviews', 'turbines caus')).toEqual(['harbor-desk-list:review-0']);
    expect(await search('claimReviews', 'gull')).toEqual(['harbor-desk-list:review-1']);
    expect(await search('claimReviews', 'the')).toEqual([]);
  });

  it('keeps to the list and outlet kind asked for', async () => {
    open();
    await importList(db, desk, 'file');
    await importList(db, valley, 'file');
    expect(await search('people', 'jane')).toEqual(['harbor-desk-list:jane', 'valley-list:jane', 'harbor-desk-list:mary']);
    expect(await search('people', 'jane', { listId: 'valley-list' })).toEqual(['valley-list:jane']);
    expect(await search('outlets', 'reuters', { outletKind: 'blog' })).toEqual(['harbor-desk-list:reuters-fan']);
  });

  it('pages a search across its stages without gaps or repeats', async () => {
    open();
    const people = Array.from({ length: 60 }, (_, i) => ({ id: `p${i}`, name: i % 2 ? `Anna Okafor ${i}` : `Okafor Anna ${i}`, aliases: [`Okafor Anna-Maria ${i}`] }));
    await importList(db, list('Big', { people }), 'file');
    await importList(db, list('Other', { people: people.slice(0, 10) }), 'file');
    const whole = keysOf((await browsePage(db, { kind: 'people', search: 'okafor' }, { limit: 1000 })).rows);
    expect(whole).toHaveLength(70);
    expect(new Set(whole).size).toBe(70);
    for (const [limit, budget] of [[1, 1000], [7, 1000], [7, 3], [50, 1]]) {
      expect(keysOf((await allPages({ kind: 'people', search: 'okafor' }, limit!, budget)).flat())).toEqual(whole);
    }
  });
});

describe('cost', () => {
  it('reads about a page of entries for a search or a page, never the table', async () => {
    open();
    const people = Array.from({ length: 3000 }, (_, i) => ({ id: `p${String(i).padStart(4, '0')}`, name: `Person ${i} Example${i % 50}` }));
    people.push({ id: 'target', name: 'Quentin Zylberstein' });
    await importList(db, list('Big', { people }), 'file');

    reads.entries = 0;
    expect(await search('people', 'zylb')).toEqual(['big:target']);
    expect(reads.entries).toBeLessThan(10);

    reads.entries = 0;
    const first = await browsePage(db, { kind: 'people' }, { limit: 100 });
    const second = await browsePage(db, { kind: 'people' }, { limit: 100, after: first.next });
    expect(second.rows[0]!.key > first.rows[99]!.key).toBe(true);
    expect(reads.entries).toBeLessThan(210);

    // A filter that matches nothing stops at the budget and says where to go on.
    reads.entries = 0;
    const none = await browsePage(db, { kind: 'people', search: 'person', listId: 'no-such-list' }, { budget: 500 });
    expect(none.rows).toEqual([]);
    expect(none.next).not.toBeNull();
    expect(reads.entries).toBeLessThanOrEqual(502);
  });
});

describe('counts', () => {
  it('counts each list and each table by index', async () => {
    open();
    await importList(db, desk, 'file');
    await importList(db, valley, 'file');
    expect(await listCounts(db, 'harbor-desk-list')).toEqual({ outlets: 4, people: 4, organizations: 0, articles: 2, claimReviews: 2 });
    expect(await listCounts(db, 'valley-list')).toEqual({ outlets: 1, people: 1, organizations: 0, articles: 0, claimReviews: 0 });
    expect(await tableCounts(db)).toEqual({ outlets: 5, people: 5, organizations: 0, articles: 2, claimReviews: 2 });
  });
});

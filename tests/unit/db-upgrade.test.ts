/**
 * The schema upgrades: a database with data in it, from the first released schema (and from
 * version 2) to the current one, loses nothing. Version 3 compiles every list from the record
 * tables of versions 1 and 2 and version 4 drops those tables; every record comes back, in its
 * list's order, and the lookups find records by name, domain, near miss and claim. The importer
 * writes every index key; and the lookups grow with the page, not with the list.
 */
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { sentenceClaimKeys } from '../../utils/analysis/claims';
import { bodyFuzzyKeys, nameKey, personFuzzyKeys, personKeys } from '../../utils/analysis/names';
import { labelFuzzyKeys } from '../../utils/analysis/urls';
import { compileList, INDEXES, type IndexId } from '../../utils/db/compiled-list';
import { importList } from '../../utils/db/import-list';
import { claimReviewIndexKeys, organizationIndexKeys, outletIndexKeys, personIndexKeys } from '../../utils/db/index-keys';
import { listRecords, positionsByKey, recordByKey } from '../../utils/db/list-store';
import { dexieLookup } from '../../utils/db/lookup';
import { MY_SOURCES_ID, saveRecord } from '../../utils/db/my-sources';
import { compileRecordRows, SourcecheckDB } from '../../utils/db/schema';
import { RECORD_KINDS } from '../../utils/db/stored-rows';
import { historyIndexes } from '../../utils/history/history-row';
import type { Report } from '../../utils/report';
import { openNodeDb } from '../../scripts/lib/node-db';
import { CLAIM, OLD_LISTS, OLD_OTHER_ROWS, oldRows, writeOldDb } from '../helpers/old-db';

/** Rows in primary-key order, as a table gives them back. */
const byKey = <T extends { key: string }>(rows: T[]) => [...rows].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

let counter = 0;
const open: Dexie[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

/** A database written at `version`, closed, then opened with the current schema. */
async function upgradedFrom(version: 1 | 2): Promise<SourcecheckDB> {
  const name = `sourcecheck-upgrade-${process.pid}-${++counter}`;
  const options = { indexedDB: new IDBFactory(), IDBKeyRange };
  (await writeOldDb(version, name, options)).close();
  const db = new SourcecheckDB(name, options);
  open.push(db);
  await db.open();
  return db;
}

describe.each([1, 2] as const)('schema upgrade from version %i', (version) => {
  it('is at the latest version, without the record tables, and keeps every other row, reports gaining the history’s keys', async () => {
    const db = await upgradedFrom(version);
    expect(db.verno).toBe(4);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['chunks', 'lists', 'meta', 'postings', 'reports', 'tabs', 'words']);
    expect(await db.reports.toArray()).toEqual(OLD_OTHER_ROWS.reports.map((report) => ({ ...report, ...historyIndexes(report as Report) })));
    expect((await db.reports.where('flagKinds').equals('self-disclosed-fabrication').primaryKeys()).length).toBeGreaterThan(0);
    expect(await db.tabs.toArray()).toEqual(OLD_OTHER_ROWS.tabs);
    expect(await db.meta.toArray()).toEqual(OLD_OTHER_ROWS.meta);
  });

  it('gives back every record of every list, identical and in the list’s order', async () => {
    const db = await upgradedFrom(version);
    for (const { row, records } of OLD_LISTS) expect(await listRecords(db, row.id), row.id).toEqual(records);
    const tenth = 'harbor-desk-list:reuters.com/world/story-10';
    expect(await recordByKey(db, 'articles', tenth)).toEqual({ ...OLD_LISTS[0]!.records.articles[10], key: tenth, listId: 'harbor-desk-list' });
    expect(await recordByKey(db, 'people', 'harbor-desk-list:kw')).toEqual({ ...OLD_LISTS[0]!.records.people[1], key: 'harbor-desk-list:kw', listId: 'harbor-desk-list' });
  });

  it('keeps every list row’s fields and adds its counts, its rows compiled as an import compiles them', async () => {
    const db = await upgradedFrom(version);
    expect(await db.lists.count()).toBe(OLD_LISTS.length);
    for (const { row, records } of OLD_LISTS) {
      const compiled = compileList(row.id, records);
      const stored = (await db.lists.get(row.id))!;
      expect(stored).toEqual({ ...row, ...compiled.meta });
      // The fields the old importer left undefined are still there, undefined, as they were.
      expect(Object.keys(stored).sort()).toEqual([...Object.keys(row), 'counts', 'buckets', 'revision'].sort());
      expect(stored.counts).toEqual(Object.fromEntries(RECORD_KINDS.map((kind) => [kind, records[kind].length])));
      expect(await db.chunks.where('listId').equals(row.id).toArray()).toEqual(byKey(compiled.chunks));
      expect(await db.postings.where('listId').equals(row.id).toArray()).toEqual(byKey(compiled.postings));
      expect(await db.words.where('listId').equals(row.id).toArray()).toEqual(byKey(compiled.words));
    }
  });

  it('finds records by name, domain, near miss, address and claim', async () => {
    const lookup = dexieLookup(await upgradedFrom(version));
    expect((await lookup.outletsByDomains(['reuters.co.uk', 'harborledger.example', 'valleygazette.example'])).map((o) => [o.id, o.listName])).toEqual([
      ['ledger', 'My sources'],
      ['reuters', 'Harbor desk list'],
      ['valley-gazette', 'Starter list'],
    ]);
    expect((await lookup.outletsByNameKeys([nameKey('Thomson Reuters')])).map((o) => o.id)).toEqual(['reuters']);
    expect((await lookup.peopleByNameKeys(personKeys('Katarzyna Wilczek'))).map((p) => [p.id, p.listName])).toEqual([['kw', 'Harbor desk list']]);
    expect((await lookup.peopleByNameKeys(personKeys('Ines Calloway'))).map((p) => [p.id, p.listName])).toEqual([['ines', 'Starter list']]);
    expect((await lookup.organizationsByNameKeys([nameKey('CGR')])).map((o) => o.id)).toEqual(['cgr']);
    expect((await lookup.peopleByFuzzyKeys(personFuzzyKeys('Katarzyna Wilczeck'))).map((p) => p.id)).toEqual(['kw']);
    expect((await lookup.organizationsByFuzzyKeys(bodyFuzzyKeys('Shanghai Jia Tong University'))).map((o) => o.id)).toEqual(['sjtu']);
    expect((await lookup.outletsByLabelKeys(labelFuzzyKeys('reutres'))).map((o) => o.id)).toEqual(['reuters']);
    expect((await lookup.outletsByDomainLabels(['abcnews'])).map((o) => o.id)).toEqual(['abc']);
    expect((await lookup.articlesByUrlKeys(['reuters.com/world/story-3'])).map((a) => [a.title, a.authors])).toEqual([['Story 3', ['Daniel Ortiz']]]);
    const reviews = await lookup.claimReviewsByKeys(sentenceClaimKeys(['The March 2026 power outage in Harbor City was triggered by wind turbines.']));
    expect(reviews.map((r) => r.reviewer)).toEqual(['Factline']);
    expect(await lookup.knownNameWords(['wilczek', 'reuters', 'nobody'])).toEqual({ person: ['wilczek'], body: ['reuters'] });
    expect((await lookup.lists()).map((l) => [l.id, l.rank])).toEqual([
      ['my-sources', 0],
      ['harbor-desk-list', 1],
      ['starter', 2],
    ]);
  });

  it('keeps My sources editable, the user’s records with it', async () => {
    const db = await upgradedFrom(version);
    await saveRecord(db, 'people', { id: 'me', name: 'Mara Eliot' });
    const mine = await listRecords(db, MY_SOURCES_ID);
    expect(mine.outlets).toEqual(OLD_LISTS[1]!.records.outlets);
    expect(mine.articles).toEqual(OLD_LISTS[1]!.records.articles);
    expect(mine.people).toEqual([{ id: 'me', name: 'Mara Eliot' }]);
    expect(await listRecords(db, 'harbor-desk-list')).toEqual(OLD_LISTS[0]!.records);
  });
});

describe('compileRecordRows', () => {
  it('compiles what the upgrade compiles, dropping rows of lists that are not there', () => {
    const rows = oldRows(2);
    const orphan = { id: 'lost', name: 'Lost', domains: ['lost.example'], kind: 'news', key: 'gone:lost', listId: 'gone' };
    const compiled = compileRecordRows(OLD_LISTS.map((l) => l.row), {
      outlets: [...(rows.outlets as never[]), orphan as never],
      people: rows.people as never[],
      organizations: rows.organizations as never[],
      articles: rows.articles as never[],
      claimReviews: rows.claimReviews as never[],
    });
    expect(compiled.lists.map((l) => l.id)).toEqual(OLD_LISTS.map((l) => l.row.id));
    const each = OLD_LISTS.map(({ row, records }) => compileList(row.id, records));
    expect(compiled.chunks).toEqual(each.flatMap((c) => c.chunks));
    expect(compiled.postings).toEqual(each.flatMap((c) => c.postings));
    expect(compiled.words).toEqual(each.flatMap((c) => c.words));
    expect(compiled.chunks.some((c) => c.listId === 'gone')).toBe(false);
  });
});

describe('importList writes every index key', () => {
  it('finds each record under the keys index-keys.ts computes for it', async () => {
    const db = openNodeDb();
    open.push(db);
    const { listId } = await importList(
      db,
      {
        format: 'sourcecheck.sources/1',
        name: 'Keys list',
        outlets: [{ id: 'ft', name: 'Financial Times', domains: ['WWW.FT.com', 'financialtimes.example'], kind: 'news' }],
        people: [{ id: 'jo', name: 'Jane Okafor', aliases: ['J. Okafor'] }],
        organizations: [{ id: 'cgr', name: 'Center for Grid Resilience', aliases: ['CGR'] }],
        claimReviews: [{ claim: CLAIM, rating: 'False', ratingValue: 'false', reviewer: 'Factline', url: 'https://factline.example.org/r' }],
      },
      'file',
    );
    const list = (await db.lists.get(listId))!;
    const expectAt0 = async (index: IndexId, keys: string[]) => {
      expect(keys.length, index).toBeGreaterThan(0);
      const found = await positionsByKey(db, list, index, keys);
      for (const key of keys) expect(found.get(key), `${index} ${key}`).toEqual([0]);
    };
    const outlet = { name: 'Financial Times', domains: ['ft.com', 'financialtimes.example'] };
    const outletKeys = outletIndexKeys(outlet);
    await expectAt0('outlets.domains', ['ft.com', 'financialtimes.example']);
    for (const index of ['nameKeys', 'tokens', 'domainLabels', 'fuzzyKeys', 'labelKeys'] as const) await expectAt0(`outlets.${index}`, outletKeys[index]);
    const personKeys_ = personIndexKeys({ name: 'Jane Okafor', aliases: ['J. Okafor'] });
    for (const index of ['nameKeys', 'tokens', 'fuzzyKeys'] as const) await expectAt0(`people.${index}`, personKeys_[index]);
    const orgKeys = organizationIndexKeys({ name: 'Center for Grid Resilience', aliases: ['CGR'] });
    for (const index of ['nameKeys', 'tokens', 'fuzzyKeys'] as const) await expectAt0(`organizations.${index}`, orgKeys[index]);
    expect(orgKeys.fuzzyKeys).toEqual(expect.arrayContaining(['center for grid resilence', 'center for grd resilience']));
    await expectAt0('claimReviews.claimKeys', claimReviewIndexKeys({ claim: CLAIM }).claimKeys);
    // Every index of every kind that has records has buckets, and only those.
    expect(Object.keys(list.buckets).sort()).toEqual(
      [...INDEXES.outlets.map((i) => `outlets.${i}`), ...INDEXES.people.map((i) => `people.${i}`), ...INDEXES.organizations.map((i) => `organizations.${i}`), 'claimReviews.claimKeys', 'claimReviews.id']
        .filter((index) => index !== 'outlets.labelKeys' || outletKeys.labelKeys.length > 0)
        .sort(),
    );
  });
});

describe('lookups grow with the page, not with the list', () => {
  /** Unrelated people and bodies: many records that share no key with the page's names. */
  function filler(n: number) {
    const people = Array.from({ length: n }, (_, i) => ({ id: `p${i}`, name: `Person${i} Filler${i % 97}` }));
    const organizations = Array.from({ length: n }, (_, i) => ({ id: `o${i}`, name: `Filler${i} Research Council` }));
    return { format: 'sourcecheck.sources/1', name: `Filler ${n}`, people, organizations };
  }

  it.each([200, 3_000])('finds the same candidates among %i unrelated records', async (n) => {
    const db = openNodeDb();
    open.push(db);
    await importList(db, { format: 'sourcecheck.sources/1', name: 'Known', people: [{ id: 'kw', name: 'Katarzyna Wilczek' }], organizations: [{ id: 'bpi', name: 'Bremerton Polytechnic Institute' }] }, 'file');
    await importList(db, filler(n), 'file');
    const lookup = dexieLookup(db);
    expect((await lookup.peopleByFuzzyKeys(personFuzzyKeys('Katarzyna Wilczeck'))).map((p) => p.id)).toEqual(['kw']);
    expect((await lookup.organizationsByFuzzyKeys(bodyFuzzyKeys('Bremmerton Polytechnic Institute'))).map((o) => o.id)).toEqual(['bpi']);
    expect(await lookup.knownNameWords(['wilczeck', 'filler7'])).toEqual({ person: ['filler7'], body: ['filler7'] });
  });
});

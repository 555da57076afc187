/**
 * The schema upgrade from version 1 (rows without fuzzy and claim keys) fills the new index keys
 * for every existing row and loses nothing; the importer fills them too; and the lookups answer
 * near misses and claims through those indexes with candidates that do not grow with the list.
 */
import Dexie from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { sentenceClaimKeys } from '../../utils/analysis/claims';
import { bodyFuzzyKeys, nameKey, nameTokens, personFuzzyKeys, personKeys } from '../../utils/analysis/names';
import { labelFuzzyKeys } from '../../utils/analysis/urls';
import { importList } from '../../utils/db/import-list';
import { claimReviewIndexKeys, organizationIndexKeys, outletIndexKeys, personIndexKeys } from '../../utils/db/index-keys';
import { dexieLookup } from '../../utils/db/lookup';
import { SourcecheckDB } from '../../utils/db/schema';
import { openNodeDb } from '../../scripts/lib/node-db';
import { V1_STORES } from '../helpers/schema-v1';

const CLAIM = 'Wind turbines caused the March 2026 blackout in Harbor City';

/** Rows as the version 1 importer wrote them (its own key rules, no fuzzy or claim keys). */
const v1Rows = {
  lists: [{ id: 'harbor-desk-list', name: 'Harbor desk list', origin: 'file', version: '3', importedAt: '2026-05-01T00:00:00.000Z' }],
  outlets: [
    { id: 'reuters', name: 'Reuters', domains: ['reuters.com'], kind: 'wire', key: 'harbor-desk-list:reuters', listId: 'harbor-desk-list', nameKeys: ['reuters'], tokens: ['reuters'], domainLabels: ['reuters'] },
    { id: 'abc', name: 'ABC News', domains: ['abcnews.go.com'], kind: 'broadcaster', key: 'harbor-desk-list:abc', listId: 'harbor-desk-list', nameKeys: ['abc news'], tokens: ['abc'], domainLabels: ['go'], notes: 'kept as is' },
  ],
  people: [
    { id: 'kw', name: 'Katarzyna Wilczek', aliases: ['K. Wilczek'], affiliations: [{ organization: 'Harbor Flood Board', title: 'chair' }], key: 'harbor-desk-list:kw', listId: 'harbor-desk-list', nameKeys: ['katarzyna wilczek', 'k wilczek'], tokens: ['katarzyna', 'wilczek'] },
  ],
  organizations: [
    { id: 'sjtu', name: 'Shanghai Jiao Tong University', country: 'CN', key: 'harbor-desk-list:sjtu', listId: 'harbor-desk-list', nameKeys: ['shanghai jiao tong university'], tokens: ['shanghai', 'jiao', 'tong'] },
  ],
  articles: [{ url: 'https://www.reuters.com/world/x', title: 'X', outlet: 'reuters', key: 'harbor-desk-list:article-0', listId: 'harbor-desk-list', urlKey: 'reuters.com/world/x' }],
  claimReviews: [
    { claim: CLAIM, rating: 'False', ratingValue: 'false', reviewer: 'Factline', url: 'https://factline.example.org/r', key: 'harbor-desk-list:review-0', listId: 'harbor-desk-list', tokens: ['wind', 'turbin', 'caus', 'march', '2026', 'blackout', 'harbor', 'city'] },
  ],
  reports: [{ url: 'https://www.reuters.com/world/x', verdict: 'verified', checkedAt: '2026-05-01T00:00:00.000Z', flags: [] }],
  tabs: [{ tabId: 7, url: 'https://www.reuters.com/world/x' }],
  meta: [{ key: 'starter-version', value: '2026-05-01' }],
};

let counter = 0;
const open: Dexie[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

async function upgradedFromV1(): Promise<SourcecheckDB> {
  const name = `sourcecheck-upgrade-${process.pid}-${++counter}`;
  const v1 = new Dexie(name, { indexedDB, IDBKeyRange });
  v1.version(1).stores(V1_STORES);
  for (const [table, rows] of Object.entries(v1Rows)) await v1.table(table).bulkAdd(rows);
  v1.close();
  const db = new SourcecheckDB(name, { indexedDB, IDBKeyRange });
  open.push(db);
  await db.open();
  return db;
}

describe('schema upgrade from version 1', () => {
  it('is at the latest version and loses no row of any table', async () => {
    const db = await upgradedFromV1();
    expect(db.verno).toBe(2);
    for (const [table, rows] of Object.entries(v1Rows)) expect(await db.table(table).count(), table).toBe(rows.length);
    expect(await db.reports.toArray()).toEqual(v1Rows.reports);
    expect(await db.tabs.toArray()).toEqual(v1Rows.tabs);
    expect(await db.meta.toArray()).toEqual(v1Rows.meta);
    expect(await db.lists.toArray()).toEqual(v1Rows.lists);
    expect(await db.articles.toArray()).toEqual(v1Rows.articles);
  });

  it('keeps every record field and fills the new keys as the importer computes them', async () => {
    const db = await upgradedFromV1();
    for (const before of v1Rows.outlets) {
      const after = (await db.outlets.get(before.key))!;
      const { domainLabels: _labels, ...rest } = before;
      expect(after).toMatchObject(rest);
      expect(after).toEqual({ ...before, ...outletIndexKeys(before) });
      expect(after.fuzzyKeys.length).toBeGreaterThan(0);
    }
    // The portal's label ("go") was nobody's name; the outlet's own label is.
    expect((await db.outlets.get('harbor-desk-list:abc'))!.domainLabels).toEqual(['abcnews']);
    expect((await db.outlets.get('harbor-desk-list:reuters'))!.labelKeys).toEqual(expect.arrayContaining(['reuters', 'reuter', 'euters']));
    const person = (await db.people.get('harbor-desk-list:kw'))!;
    expect(person).toEqual({ ...v1Rows.people[0], ...personIndexKeys(v1Rows.people[0]!) });
    expect(person.fuzzyKeys).toEqual(expect.arrayContaining(['katarzyna wilczek', 'katarzyna wilcek', 'k wilczek']));
    const org = (await db.organizations.get('harbor-desk-list:sjtu'))!;
    expect(org).toEqual({ ...v1Rows.organizations[0], ...organizationIndexKeys(v1Rows.organizations[0]!) });
    expect(org.fuzzyKeys).toContain('shanghai jia tong university');
    const review = (await db.claimReviews.get('harbor-desk-list:review-0'))!;
    expect(review).toMatchObject({ claim: CLAIM, rating: 'False', reviewer: 'Factline', url: 'https://factline.example.org/r' });
    expect(review).toEqual({ ...v1Rows.claimReviews[0], ...claimReviewIndexKeys({ claim: CLAIM }) });
    expect(review.claimKeys.length).toBeGreaterThan(0);
  });

  it('answers near misses and claims through the new indexes', async () => {
    const lookup = dexieLookup(await upgradedFromV1());
    expect((await lookup.peopleByFuzzyKeys(personFuzzyKeys('Katarzyna Wilczeck'))).map((p) => p.id)).toEqual(['kw']);
    expect((await lookup.organizationsByFuzzyKeys(bodyFuzzyKeys('Shanghai Jia Tong University'))).map((o) => o.id)).toEqual(['sjtu']);
    expect((await lookup.outletsByLabelKeys(labelFuzzyKeys('reutres'))).map((o) => o.id)).toEqual(['reuters']);
    expect((await lookup.outletsByDomainLabels(['abcnews'])).map((o) => o.id)).toEqual(['abc']);
    const reviews = await lookup.claimReviewsByKeys(sentenceClaimKeys(['The March 2026 power outage in Harbor City was triggered by wind turbines.']));
    expect(reviews.map((r) => r.reviewer)).toEqual(['Factline']);
    expect((await lookup.peopleByNameKeys(personKeys('Katarzyna Wilczek'))).map((p) => [p.id, p.listName])).toEqual([['kw', 'Harbor desk list']]);
  });
});

describe('importList fills the index keys', () => {
  it('stores fuzzy, label and claim keys for every record', async () => {
    const db = openNodeDb();
    open.push(db);
    await importList(
      db,
      {
        format: 'sourcecheck.sources/1',
        name: 'Keys list',
        outlets: [{ id: 'ft', name: 'Financial Times', domains: ['WWW.FT.com'], kind: 'news' }],
        people: [{ id: 'jo', name: 'Jane Okafor', aliases: ['J. Okafor'] }],
        organizations: [{ id: 'cgr', name: 'Center for Grid Resilience', aliases: ['CGR'] }],
        claimReviews: [{ claim: CLAIM, rating: 'False', ratingValue: 'false', reviewer: 'Factline', url: 'https://factline.example.org/r' }],
      },
      'file',
    );
    const outlet = (await db.outlets.toArray())[0]!;
    expect(outlet.domains).toEqual(['ft.com']);
    expect(outlet.fuzzyKeys).toEqual(bodyFuzzyKeys('Financial Times'));
    expect(outlet.labelKeys).toEqual([]);
    const person = (await db.people.toArray())[0]!;
    expect(person.fuzzyKeys).toEqual([...new Set([...personFuzzyKeys('Jane Okafor'), ...personFuzzyKeys('J. Okafor')])]);
    expect(person.tokens).toEqual(nameTokens('Jane Okafor'));
    const org = (await db.organizations.toArray())[0]!;
    expect(org.fuzzyKeys).toEqual(expect.arrayContaining(['center for grid resilence', 'center for grd resilience']));
    expect(org.nameKeys).toEqual(['center for grid resilience', nameKey('CGR')]);
    const review = (await db.claimReviews.toArray())[0]!;
    expect(review.claimKeys).toEqual(claimReviewIndexKeys({ claim: CLAIM }).claimKeys);
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

import { compileList } from '../../utils/db/compiled-list';
import { afterEach, describe, expect, it } from 'vitest';
import { importList } from '../../utils/db/import-list';
import { allRecords, listRecords, recordByKey } from '../../utils/db/list-store';
import { dexieLookup } from '../../utils/db/lookup';
import { deleteRecord, ensureMySources, MY_SOURCES_ID, MySourcesError, saveRecord, setOutletKind } from '../../utils/db/my-sources';
import { removeList } from '../../utils/db/remove-list';
import type { SourcecheckDB } from '../../utils/db/schema';
import type { RecordKind } from '../../utils/db/stored-rows';
import { openNodeDb } from '../../scripts/lib/node-db';

let db: SourcecheckDB;
const open = () => (db = openNodeDb());
afterEach(() => db?.close());

const ledger = { id: 'ledger', name: 'Harbor Ledger', domains: ['www.HarborLedger.example'], kind: 'news' };
const deskList = (outlets: unknown[] = [{ id: 'reuters', name: 'Reuters', aliases: ['Thomson Reuters'], domains: ['reuters.com', 'reuters.co.uk'], kind: 'wire', notes: 'theirs' }]) => ({
  format: 'sourcecheck.sources/1',
  name: 'Harbor desk list',
  outlets,
});
const review = { claim: 'Wind turbines caused the blackout', rating: 'False', ratingValue: 'false', reviewer: 'Factline', url: 'https://factline.example/r1' };

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(MySourcesError);
  return (error as Error).message;
}

/** My sources' records of a kind, in the list's order. */
const mine = <K extends RecordKind>(kind: K) => allRecords(db, MY_SOURCES_ID, kind);
/** Outlets in every list, by the lists' counts. */
const outletCount = async () => (await db.lists.toArray()).reduce((sum, list) => sum + list.counts.outlets, 0);

describe('ensureMySources', () => {
  it('makes the user’s list once', async () => {
    open();
    const list = await ensureMySources(db, new Date('2026-05-01T00:00:00Z'));
    expect(list).toEqual({
      id: 'my-sources',
      name: 'My sources',
      origin: 'user',
      importedAt: '2026-05-01T00:00:00.000Z',
      counts: { outlets: 0, people: 0, organizations: 0, articles: 0, claimReviews: 0 },
      buckets: {},
      revision: compileList('my-sources', {}).meta.revision,
    });
    expect(await listRecords(db, MY_SOURCES_ID)).toEqual({ outlets: [], people: [], organizations: [], articles: [], claimReviews: [] });
    expect(await ensureMySources(db)).toEqual(list);
    expect(await db.lists.count()).toBe(1);
  });
});

describe('saveRecord', () => {
  it('validates as the list format does, naming the list, the record and the field', async () => {
    open();
    expect(await refusal(saveRecord(db, 'outlets', { ...ledger, kind: 'tabloid' }))).toMatch(/^My sources: outlets \(id "ledger"\), field kind: /);
    expect(await refusal(saveRecord(db, 'people', { id: 'p', name: 'P Q', affiliations: [{ title: 'reporter' }] }))).toContain('people (id "p"), field affiliations.0.organization');
    expect(await refusal(saveRecord(db, 'outlets', { name: 'No id', domains: ['x.example'], kind: 'news' }))).toContain('outlets, field id');
    expect(await refusal(saveRecord(db, 'claimReviews', { ...review, ratingValue: 'pants-on-fire' }))).toContain(`claimReviews (claim "${review.claim}"), field ratingValue`);
    expect(await db.lists.count()).toBe(0);
    expect(await mine('outlets')).toEqual([]);
  });

  it('stores a record as an import would, and replaces it by id', async () => {
    open();
    const row = await saveRecord(db, 'outlets', ledger);
    expect(row.key).toBe('my-sources:ledger');
    expect((await db.lists.get(MY_SOURCES_ID))?.origin).toBe('user');
    await importList(db, deskList([ledger]), 'file');
    const imported = (await recordByKey(db, 'outlets', 'harbor-desk-list:ledger'))!;
    expect(await recordByKey(db, 'outlets', row.key)).toEqual({ ...imported, key: row.key, listId: MY_SOURCES_ID });
    expect(row).toEqual({ ...imported, key: row.key, listId: MY_SOURCES_ID });
    expect(row.domains).toEqual(['harborledger.example']);
    // Found as an imported record is: by domain, with its list.
    expect((await dexieLookup(db).outletsByDomains(['harborledger.example'])).map((o) => o.listName)).toEqual(['My sources', 'Harbor desk list']);

    await saveRecord(db, 'outlets', { ...ledger, kind: 'blog', extra: 'dropped' });
    expect((await mine('outlets')).map((o) => [o.id, o.kind])).toEqual([['ledger', 'blog']]);
    expect(await recordByKey(db, 'outlets', row.key)).not.toHaveProperty('extra');
    expect((await db.lists.get(MY_SOURCES_ID))?.counts.outlets).toBe(1);
  });

  it('gives articles and claim reviews an id from what identifies them', async () => {
    open();
    await saveRecord(db, 'outlets', ledger);
    const article = await saveRecord(db, 'articles', { url: 'https://www.harborledger.example/city/blackout/', title: 'Blackout', outlet: 'ledger' });
    expect(article.key).toBe('my-sources:harborledger.example/city/blackout');
    await saveRecord(db, 'articles', { url: 'https://harborledger.example/city/blackout', title: 'Blackout, updated', outlet: 'ledger' });
    expect((await mine('articles')).map((a) => a.title)).toEqual(['Blackout, updated']);

    const saved = await saveRecord(db, 'claimReviews', review);
    expect(saved.key).toBe('my-sources:factline|wind turbines caused the blackout');
    await saveRecord(db, 'claimReviews', { ...review, claim: 'Wind turbines caused the  blackout.', rating: 'Pants on fire' });
    await saveRecord(db, 'claimReviews', { ...review, reviewer: 'Other Checker' });
    expect((await mine('claimReviews')).map((c) => [c.reviewer, c.rating])).toEqual([
      ['Factline', 'Pants on fire'],
      ['Other Checker', 'False'],
    ]);
    expect((await dexieLookup(db).articlesByUrlKeys(['harborledger.example/city/blackout'])).map((a) => a.title)).toEqual(['Blackout, updated']);
  });

  it('requires an article’s outlet to be in My sources', async () => {
    open();
    await importList(db, deskList(), 'file');
    const message = await refusal(saveRecord(db, 'articles', { url: 'https://reuters.com/a', title: 'A', outlet: 'reuters' }));
    expect(message).toBe('My sources: articles (url "https://reuters.com/a"), field outlet: no outlet with id "reuters" in this list');
  });
});

describe('deleteRecord', () => {
  it('deletes records of My sources only', async () => {
    open();
    await importList(db, deskList(), 'file');
    const { key } = await saveRecord(db, 'outlets', ledger);
    const message = await refusal(deleteRecord(db, 'outlets', 'harbor-desk-list:reuters'));
    expect(message).toContain('outlets record "harbor-desk-list:reuters" belongs to the list "Harbor desk list"; only records of My sources can be deleted');
    expect(await recordByKey(db, 'outlets', 'harbor-desk-list:reuters')).toBeDefined();
    expect(await deleteRecord(db, 'outlets', key)).toBe(true);
    expect(await deleteRecord(db, 'outlets', key)).toBe(false);
    expect(await recordByKey(db, 'outlets', key)).toBeUndefined();
    expect(await mine('outlets')).toEqual([]);
    expect(await outletCount()).toBe(1);
    expect(await dexieLookup(db).outletsByDomains(['harborledger.example'])).toEqual([]);
  });

  it('keeps an outlet that articles of My sources name', async () => {
    open();
    const { key } = await saveRecord(db, 'outlets', ledger);
    const article = await saveRecord(db, 'articles', { url: 'https://harborledger.example/a', title: 'A', outlet: 'ledger' });
    expect(await refusal(deleteRecord(db, 'outlets', key))).toContain('outlets (id "ledger") is the outlet of 1 article(s) in this list');
    expect(await deleteRecord(db, 'articles', article.key)).toBe(true);
    expect(await deleteRecord(db, 'outlets', key)).toBe(true);
  });
});

describe('setOutletKind', () => {
  it('copies a known outlet of another list, then changes only the kind of the user’s own', async () => {
    open();
    await importList(db, deskList(), 'file');
    const outlet = await setOutletKind(db, 'www.Reuters.com', 'state-media');
    expect(outlet).toMatchObject({ id: 'reuters-com', name: 'Reuters', aliases: ['Thomson Reuters'], domains: ['reuters.com', 'reuters.co.uk'], kind: 'state-media', listId: MY_SOURCES_ID });
    expect(outlet).not.toHaveProperty('notes');
    expect((await recordByKey(db, 'outlets', 'harbor-desk-list:reuters'))?.kind).toBe('wire');

    await saveRecord(db, 'outlets', { ...(await recordByKey(db, 'outlets', outlet.key))!, notes: 'mine' });
    // Another of the outlet's domains finds the same record of My sources.
    const again = await setOutletKind(db, 'reuters.co.uk', 'wire');
    expect(again).toMatchObject({ key: outlet.key, kind: 'wire', notes: 'mine' });
    expect(await mine('outlets')).toHaveLength(1);
  });

  it('makes an outlet named by the domain when no list knows it', async () => {
    open();
    await saveRecord(db, 'outlets', { id: 'example-org', name: 'Someone else', domains: ['other.example'], kind: 'news' });
    const outlet = await setOutletKind(db, 'example.org', 'satire');
    expect(outlet).toMatchObject({ id: 'example-org-2', name: 'example.org', domains: ['example.org'], kind: 'satire' });
    expect(await refusal(setOutletKind(db, 'https://example.org/page', 'news'))).toContain('outlets (domain "https://example.org/page"), field domains: not a domain name');
  });
});

describe('My sources and the other lists', () => {
  it('survives every import and removal of other lists, and a file named "My sources"', async () => {
    open();
    await saveRecord(db, 'outlets', ledger);
    await saveRecord(db, 'claimReviews', review);
    const before = { outlets: await mine('outlets'), claimReviews: await mine('claimReviews'), list: await db.lists.get(MY_SOURCES_ID) };

    await importList(db, deskList(), 'file');
    await importList(db, deskList([{ ...ledger, kind: 'blog' }]), 'file');
    const file = await importList(db, { ...deskList([{ id: 'ledger', name: 'Not mine', domains: ['notmine.example'], kind: 'satire' }]), name: 'My sources' }, 'file');
    expect(file.listId).toBe('my-sources-file');
    await removeList(db, 'harbor-desk-list');

    expect(await mine('outlets')).toEqual(before.outlets);
    expect(await mine('claimReviews')).toEqual(before.claimReviews);
    expect(await db.lists.get(MY_SOURCES_ID)).toEqual(before.list);
    expect((await db.lists.get('my-sources-file'))?.origin).toBe('file');
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importList } from '../../utils/db/import-list';
import { listRecords, recordByKey } from '../../utils/db/list-store';
import { dexieLookup } from '../../utils/db/lookup';
import { ensureMySources, MY_SOURCES_ID, saveRecord } from '../../utils/db/my-sources';
import { removeList } from '../../utils/db/remove-list';
import type { SourcecheckDB } from '../../utils/db/schema';
import { ensureStarterList, STARTER_LIST_ID, STARTER_LIST_PATH } from '../../utils/db/bundled-lists';
import { openNodeDb, ROOT } from '../../scripts/lib/node-db';

let db: SourcecheckDB;
const open = () => (db = openNodeDb());
afterEach(() => db?.close());

/** Rows of a list in each table that holds lists' rows. */
const rowCounts = (listId: string) => Promise.all([db.chunks, db.postings, db.words].map((table) => table.where('listId').equals(listId).count()));
/** Every list's row and records: what removing another list must leave as it was. */
async function everything() {
  const lists = await db.lists.toArray();
  return { lists, records: await Promise.all(lists.map((list) => listRecords(db, list.id))) };
}
/** Outlets in every list, by the lists' counts. */
const outletCount = async () => (await db.lists.toArray()).reduce((sum, list) => sum + list.counts.outlets, 0);

const outlet = (id: string, domain: string) => ({ id, name: `Outlet ${id}`, domains: [domain], kind: 'news' });
const harbor = {
  format: 'sourcecheck.sources/1',
  name: 'Harbor desk list',
  outlets: [outlet('ledger', 'harborledger.example'), outlet('gazette', 'harborgazette.example')],
  people: [{ id: 'ines', name: 'Ines Calloway' }],
  articles: [{ url: 'https://harborledger.example/a', title: 'A', outlet: 'ledger' }],
  claimReviews: [{ claim: 'Gulls caused it', rating: 'False', ratingValue: 'false', reviewer: 'Factline', url: 'https://factline.example/r' }],
};
const valley = { format: 'sourcecheck.sources/1', name: 'Valley list', outlets: [outlet('ledger', 'valleyledger.example')], people: [{ id: 'ines', name: 'Ines Calloway' }] };

describe('removeList', () => {
  it('removes the list and its records only, in every table', async () => {
    open();
    const a = await importList(db, harbor, 'file');
    const b = await importList(db, valley, 'file');
    await saveRecord(db, 'outlets', outlet('mine', 'mine.example'));
    expect((await rowCounts(a.listId)).every((n) => n > 0)).toBe(true);
    const others = await everything().then(({ lists, records }) => ({ lists: lists.filter((l) => l.id !== a.listId), records: records.filter((_, i) => lists[i]!.id !== a.listId) }));
    expect(await removeList(db, a.listId)).toEqual({ outlets: 2, people: 1, organizations: 0, articles: 1, claimReviews: 1 });

    expect(await db.lists.get(a.listId)).toBeUndefined();
    expect(await rowCounts(a.listId)).toEqual([0, 0, 0]);
    expect(await everything()).toEqual(others);
    expect((await db.lists.toArray()).map((l) => l.id)).toEqual(['my-sources', 'valley-list']);
    expect((await listRecords(db, b.listId)).people.map((p) => p.id)).toEqual(['ines']);
    expect(await recordByKey(db, 'outlets', `${a.listId}:ledger`)).toBeUndefined();
    expect(await dexieLookup(db).outletsByDomains(['harborledger.example'])).toEqual([]);
    expect((await dexieLookup(db).outletsByDomains(['valleyledger.example', 'mine.example'])).map((o) => [o.id, o.listName])).toEqual([
      ['mine', 'My sources'],
      ['ledger', 'Valley list'],
    ]);
  });

  it('answers 0 for a list that is not there', async () => {
    open();
    await importList(db, valley, 'file');
    const before = await everything();
    expect(await removeList(db, 'no-such-list')).toEqual({ outlets: 0, people: 0, organizations: 0, articles: 0, claimReviews: 0 });
    expect(await everything()).toEqual(before);
  });

  it('empties My sources, which ensureMySources makes again, empty', async () => {
    open();
    await saveRecord(db, 'outlets', outlet('mine', 'mine.example'));
    expect((await removeList(db, MY_SOURCES_ID)).outlets).toBe(1);
    expect(await db.lists.get(MY_SOURCES_ID)).toBeUndefined();
    expect(await rowCounts(MY_SOURCES_ID)).toEqual([0, 0, 0]);
    expect((await ensureMySources(db)).name).toBe('My sources');
    expect((await listRecords(db, MY_SOURCES_ID)).outlets).toEqual([]);
    expect(await outletCount()).toBe(0);
  });

  it('removes the starter list until the next start imports it again', async () => {
    open();
    const starter = JSON.parse(readFileSync(join(ROOT, 'public', STARTER_LIST_PATH), 'utf8')) as { outlets: unknown[] };
    await ensureStarterList(db, starter);
    await removeList(db, STARTER_LIST_ID);
    expect(await outletCount()).toBe(0);
    expect(await rowCounts(STARTER_LIST_ID)).toEqual([0, 0, 0]);
    expect(await ensureStarterList(db, starter)).toBe('imported');
    expect(await outletCount()).toBe(starter.outlets.length);
    expect((await listRecords(db, STARTER_LIST_ID)).outlets).toHaveLength(starter.outlets.length);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importList } from '../../utils/db/import-list';
import { dexieLookup } from '../../utils/db/lookup';
import { ensureMySources, MY_SOURCES_ID, saveRecord } from '../../utils/db/my-sources';
import { removeList } from '../../utils/db/remove-list';
import type { SourcecheckDB } from '../../utils/db/schema';
import { ensureStarterList, STARTER_LIST_ID, STARTER_LIST_PATH } from '../../utils/db/bundled-lists';
import { openNodeDb, ROOT } from '../../scripts/lib/node-db';

let db: SourcecheckDB;
const open = () => (db = openNodeDb());
afterEach(() => db?.close());

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
    expect(await removeList(db, a.listId)).toEqual({ outlets: 2, people: 1, organizations: 0, articles: 1, claimReviews: 1 });

    expect(await db.lists.get(a.listId)).toBeUndefined();
    for (const table of [db.outlets, db.people, db.organizations, db.articles, db.claimReviews]) {
      expect(await table.where('listId').equals(a.listId).count()).toBe(0);
    }
    expect((await db.outlets.orderBy('key').primaryKeys()).sort()).toEqual(['my-sources:mine', 'valley-list:ledger']);
    expect(await db.people.where('listId').equals(b.listId).count()).toBe(1);
    expect(await dexieLookup(db).outletsByDomains(['harborledger.example'])).toEqual([]);
  });

  it('answers 0 for a list that is not there', async () => {
    open();
    await importList(db, valley, 'file');
    expect(await removeList(db, 'no-such-list')).toEqual({ outlets: 0, people: 0, organizations: 0, articles: 0, claimReviews: 0 });
    expect(await db.outlets.count()).toBe(1);
  });

  it('empties My sources, which ensureMySources makes again, empty', async () => {
    open();
    await saveRecord(db, 'outlets', outlet('mine', 'mine.example'));
    expect((await removeList(db, MY_SOURCES_ID)).outlets).toBe(1);
    expect(await db.lists.get(MY_SOURCES_ID)).toBeUndefined();
    expect((await ensureMySources(db)).name).toBe('My sources');
    expect(await db.outlets.count()).toBe(0);
  });

  it('removes the starter list until the next start imports it again', async () => {
    open();
    const starter = JSON.parse(readFileSync(join(ROOT, 'public', STARTER_LIST_PATH), 'utf8')) as { outlets: unknown[] };
    await ensureStarterList(db, starter);
    await removeList(db, STARTER_LIST_ID);
    expect(await db.outlets.count()).toBe(0);
    expect(await ensureStarterList(db, starter)).toBe('imported');
    expect(await db.outlets.count()).toBe(starter.outlets.length);
  });
});

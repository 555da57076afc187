/**
 * Backup and restore: a backup restored into a fresh database backs up to the same bytes, a file
 * that is not a backup of this database (or is from a newer version) changes nothing, and a
 * backup from version 1 comes back with the index keys version 2 added.
 *
 * A backup names its database and a restore requires the same name, so these tests open every
 * database under the extension's own name, each in a fresh fake-indexeddb factory of its own
 * (openNodeDb gives each database another name, which is right everywhere but here).
 */
import Dexie from 'dexie';
import { exportDB } from 'dexie-export-import';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { personFuzzyKeys } from '../../utils/analysis/names';
import { BackupError, exportBackup, restoreBackup } from '../../utils/db/backup';
import { importList } from '../../utils/db/import-list';
import { claimReviewIndexKeys, outletIndexKeys, personIndexKeys } from '../../utils/db/index-keys';
import { dexieLookup } from '../../utils/db/lookup';
import { MY_SOURCES_ID, saveRecord } from '../../utils/db/my-sources';
import { DB_NAME, SourcecheckDB, type StoredReport } from '../../utils/db/schema';
import { ensureStarterList, STARTER_LIST_PATH } from '../../utils/db/bundled-lists';
import { openNodeDb, readJson, ROOT } from '../../scripts/lib/node-db';
import { V1_STORES } from '../helpers/schema-v1';

// What dexie-export-import takes from the browser and Node 20 lacks: `self`, read when it loads
// (hoisted, so it is there before the imports above run), and FileReader, which it calls after
// every export to read its list of pending blobs, empty here as no row holds a Blob.
vi.hoisted(() => {
  const node = globalThis as { self?: unknown; FileReader?: unknown };
  node.self ??= globalThis;
  node.FileReader ??= class {
    result: ArrayBuffer | null = null;
    onload: ((event: { target: unknown }) => void) | null = null;
    onerror: ((event: { target: { error: unknown } }) => void) | null = null;
    readAsArrayBuffer(blob: Blob) {
      blob.arrayBuffer().then(
        (buffer) => {
          this.result = buffer;
          this.onload?.({ target: this });
        },
        (error: unknown) => this.onerror?.({ target: { error } }),
      );
    }
  };
});

const opened: Dexie[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

function freshDb(name = DB_NAME): SourcecheckDB {
  const db = new SourcecheckDB(name, { indexedDB: new IDBFactory(), IDBKeyRange });
  opened.push(db);
  return db;
}

const report = { url: 'https://www.reuters.com/world/x', verdict: 'verified', checkedAt: '2026-05-01T00:00:00.000Z', flags: [] } as unknown as StoredReport;

const valleyList = {
  format: 'sourcecheck.sources/1',
  name: 'Valley list',
  outlets: [{ id: 'gazette', name: 'Valley Gazette', domains: ['valleygazette.example'], kind: 'news' }],
  claimReviews: [{ claim: 'Gulls caused the blackout', rating: 'False', ratingValue: 'false', reviewer: 'Factline', url: 'https://factline.example/r' }],
};

async function loaded(db: SourcecheckDB): Promise<SourcecheckDB> {
  await ensureStarterList(db, readJson(`${ROOT}public/${STARTER_LIST_PATH}`));
  await importList(db, valleyList, 'file', { now: new Date('2026-05-02T00:00:00Z') });
  await saveRecord(db, 'outlets', { id: 'harbor-ledger', name: 'Harbor Ledger', domains: ['harborledger.example'], kind: 'blog', notes: 'my own call' });
  await db.reports.put(report);
  await db.tabs.put({ tabId: 7, url: report.url });
  return db;
}

const text = async (db: SourcecheckDB) => (await exportBackup(db)).text();

async function refusal(db: SourcecheckDB, blob: Blob): Promise<BackupError> {
  const error = await restoreBackup(db, blob).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BackupError);
  return error as BackupError;
}

describe('backup and restore', () => {
  it('restores into a fresh database, which backs up to the same bytes', async () => {
    const source = await loaded(freshDb());
    const backup = await exportBackup(source);
    const first = await backup.text();
    // Nothing in the file depends on when it was made: the same database backs up the same.
    expect(await text(source)).toBe(first);

    const target = freshDb();
    await restoreBackup(target, backup);
    expect(await text(target)).toBe(first);
    expect(await target.outlets.count()).toBe(await source.outlets.count());
    expect(await target.lists.get(MY_SOURCES_ID)).toEqual(await source.lists.get(MY_SOURCES_ID));
    expect(await target.reports.get(report.url)).toEqual(report);
    const found = await dexieLookup(target).outletsByDomains(['harborledger.example', 'valleygazette.example']);
    expect(found.map((o) => [o.id, o.listName]).sort()).toEqual([
      ['gazette', 'Valley list'],
      ['harbor-ledger', 'My sources'],
    ]);
  });

  it('replaces what was there, keeping only this session’s tab states', async () => {
    const backup = await exportBackup(await loaded(freshDb()));
    expect(await backup.text()).not.toContain('"tabs"');
    const target = freshDb();
    await importList(target, { format: 'sourcecheck.sources/1', name: 'Old list', outlets: [{ id: 'old', name: 'Old', domains: ['old.example'], kind: 'news' }] }, 'file');
    await target.tabs.put({ tabId: 3, url: 'https://old.example/a' });
    await restoreBackup(target, backup);
    expect(await target.lists.get('old-list')).toBeUndefined();
    expect(await target.outlets.where('listId').equals('old-list').count()).toBe(0);
    expect(await target.tabs.toArray()).toEqual([{ tabId: 3, url: 'https://old.example/a' }]);
  });

  it('refuses what is not a Sourcecheck backup of this version and changes nothing', async () => {
    const db = await loaded(freshDb());
    const before = await text(db);
    const good = await exportBackup(db);
    const goodJson = JSON.parse(await good.text()) as { data: { databaseVersion: number } };
    const otherDb = await loaded(openNodeDb());
    opened.push(otherDb);

    const cases: [Blob, RegExp][] = [
      [new Blob(['name,domain\nReuters,reuters.com\n']), /not JSON/],
      [new Blob([JSON.stringify({ hello: 'world' })]), /not a database backup/],
      [new Blob([JSON.stringify(valleyList)]), /not a database backup.*imported, not restored/],
      [await exportBackup(otherDb), new RegExp(`backup of the database "${otherDb.name}", not of Sourcecheck's \\("${DB_NAME}"\\)`)],
      [new Blob([JSON.stringify({ ...goodJson, data: { ...goodJson.data, databaseVersion: 3 } })]), /newer Sourcecheck \(database version 3; this one has 2\)/],
    ];
    for (const [blob, message] of cases) {
      const error = await refusal(db, blob);
      expect(error.message).toMatch(/^Not restored, nothing was changed: /);
      expect(error.message).toMatch(message);
      expect(await text(db)).toBe(before);
    }
  });

  it('leaves the old contents when writing the backup fails halfway', async () => {
    const db = await loaded(freshDb());
    const before = await text(db);
    const file = JSON.parse(before) as { data: { data: { tableName: string; rows: Record<string, unknown>[] }[] } };
    // A row without its primary key passes every check of the file and fails only when written.
    const people = file.data.data.find((t) => t.tableName === 'people')!;
    delete people.rows[0]!.key;
    await expect(restoreBackup(db, new Blob([JSON.stringify(file)]))).rejects.toThrow();
    expect(await text(db)).toBe(before);
  });
});

describe('restoring a version 1 backup', () => {
  const CLAIM = 'Wind turbines caused the March 2026 blackout in Harbor City';
  const v1Rows = {
    lists: [{ id: 'harbor-desk-list', name: 'Harbor desk list', origin: 'file', version: '3', importedAt: '2026-05-01T00:00:00.000Z' }],
    outlets: [
      { id: 'reuters', name: 'Reuters', domains: ['reuters.com'], kind: 'wire', key: 'harbor-desk-list:reuters', listId: 'harbor-desk-list', nameKeys: ['reuters'], tokens: ['reuters'], domainLabels: ['reuters'] },
    ],
    people: [{ id: 'kw', name: 'Katarzyna Wilczek', key: 'harbor-desk-list:kw', listId: 'harbor-desk-list', nameKeys: ['katarzyna wilczek'], tokens: ['katarzyna', 'wilczek'] }],
    claimReviews: [
      { claim: CLAIM, rating: 'False', ratingValue: 'false', reviewer: 'Factline', url: 'https://factline.example.org/r', key: 'harbor-desk-list:review-0', listId: 'harbor-desk-list', tokens: ['wind'] },
    ],
  };

  it('takes it and fills the index keys later versions added', async () => {
    const v1 = new Dexie(DB_NAME, { indexedDB: new IDBFactory(), IDBKeyRange });
    opened.push(v1);
    v1.version(1).stores(V1_STORES);
    for (const [table, rows] of Object.entries(v1Rows)) await v1.table(table).bulkAdd(rows);
    const backup = await exportDB(v1);

    const db = freshDb();
    await restoreBackup(db, backup);
    const outlet = (await db.outlets.get('harbor-desk-list:reuters'))!;
    expect(outlet).toEqual({ ...v1Rows.outlets[0], ...outletIndexKeys(v1Rows.outlets[0]!) });
    expect((await db.people.get('harbor-desk-list:kw'))!).toEqual({ ...v1Rows.people[0], ...personIndexKeys(v1Rows.people[0]!) });
    expect((await db.claimReviews.get('harbor-desk-list:review-0'))!).toEqual({ ...v1Rows.claimReviews[0], ...claimReviewIndexKeys({ claim: CLAIM }) });
    const lookup = dexieLookup(db);
    expect((await lookup.peopleByFuzzyKeys(personFuzzyKeys('Katarzyna Wilczeck'))).map((p) => p.id)).toEqual(['kw']);
  });
});

/**
 * Backup and restore: a backup restored into a fresh database backs up to the same bytes, a file
 * that is not a backup of this database (or is from a newer version) changes nothing, a restore
 * that fails halfway leaves the old contents, and a backup from version 1 or 2 (a row per record)
 * comes back compiled exactly as the schema upgrade compiles the same database.
 *
 * A backup names its database and a restore requires the same name, so these tests open every
 * database under the extension's own name, each in a fresh fake-indexeddb factory of its own
 * (openNodeDb gives each database another name, which is right everywhere but here).
 */
import Dexie from 'dexie';
import { exportDB } from 'dexie-export-import';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sentenceClaimKeys } from '../../utils/analysis/claims';
import { personFuzzyKeys } from '../../utils/analysis/names';
import { BackupError, exportBackup, restoreBackup } from '../../utils/db/backup';
import { importList } from '../../utils/db/import-list';
import { listRecords } from '../../utils/db/list-store';
import { dexieLookup } from '../../utils/db/lookup';
import { MY_SOURCES_ID, saveRecord } from '../../utils/db/my-sources';
import { DB_NAME, SourcecheckDB, type StoredReport } from '../../utils/db/schema';
import { ensureStarterList, STARTER_LIST_ID, STARTER_LIST_PATH } from '../../utils/db/bundled-lists';
import type { HistoryEntry } from '../../utils/history/entry';
import { historyIndexes, historyRow } from '../../utils/history/history-row';
import type { Report } from '../../utils/report';
import { openNodeDb, readJson, ROOT } from '../../scripts/lib/node-db';
import { OLD_LISTS, OLD_OTHER_ROWS, writeOldDb } from '../helpers/old-db';

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

const fresh = () => ({ indexedDB: new IDBFactory(), IDBKeyRange });

function freshDb(name = DB_NAME): SourcecheckDB {
  const db = new SourcecheckDB(name, fresh());
  opened.push(db);
  return db;
}

/** A checked article as the history stores it, index keys and all. */
const report: StoredReport = historyRow(OLD_OTHER_ROWS.reports[1] as HistoryEntry);

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

/** Every list's records and every list row: what a restore must give back. */
async function contents(db: SourcecheckDB) {
  const lists = await db.lists.toArray();
  return { lists, records: await Promise.all(lists.map((list) => listRecords(db, list.id))) };
}

async function refusal(db: SourcecheckDB, blob: Blob): Promise<BackupError> {
  const error = await restoreBackup(db, blob).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BackupError);
  return error as BackupError;
}

type BackupJson = { data: { databaseVersion: number; tables: { name: string; schema: string; rowCount: number }[]; data: { tableName: string; inbound: boolean; rows: Record<string, unknown>[] }[] } };
const blobOf = (json: unknown) => new Blob([JSON.stringify(json)]);

describe('backup and restore', () => {
  it('restores into a fresh database, which backs up to the same bytes', async () => {
    const source = await loaded(freshDb());
    const backup = await exportBackup(source);
    const first = await backup.text();
    // Nothing in the file depends on when it was made: the same database backs up the same.
    expect(await text(source)).toBe(first);
    expect(first).not.toMatch(/"tableName":"(outlets|people|organizations|articles|claimReviews)"/);

    const target = freshDb();
    await restoreBackup(target, backup);
    expect(await text(target)).toBe(first);
    expect(await contents(target)).toEqual(await contents(source));
    expect((await listRecords(target, STARTER_LIST_ID)).outlets.length).toBeGreaterThan(10);
    expect(await target.lists.get(MY_SOURCES_ID)).toEqual(await source.lists.get(MY_SOURCES_ID));
    expect(await target.reports.get(report.url)).toEqual(report);
    const found = await dexieLookup(target).outletsByDomains(['harborledger.example', 'valleygazette.example']);
    expect(found.map((o) => [o.id, o.listName]).sort()).toEqual([
      ['gazette', 'Valley list'],
      ['harbor-ledger', 'My sources'],
    ]);
    // My sources stays editable after a restore.
    await saveRecord(target, 'outlets', { id: 'second', name: 'Second', domains: ['second.example'], kind: 'news' });
    expect((await listRecords(target, MY_SOURCES_ID)).outlets.map((o) => o.id)).toEqual(['harbor-ledger', 'second']);
  });

  it('replaces what was there, keeping only this session’s tab states', async () => {
    const backup = await exportBackup(await loaded(freshDb()));
    expect(await backup.text()).not.toContain('"tabs"');
    const target = freshDb();
    await importList(target, { format: 'sourcecheck.sources/1', name: 'Old list', outlets: [{ id: 'old', name: 'Old', domains: ['old.example'], kind: 'news' }] }, 'file');
    await target.tabs.put({ tabId: 3, url: 'https://old.example/a' });
    await restoreBackup(target, backup);
    expect(await target.lists.get('old-list')).toBeUndefined();
    expect((await listRecords(target, 'old-list')).outlets).toEqual([]);
    for (const table of [target.chunks, target.postings, target.words]) expect(await table.where('listId').equals('old-list').count()).toBe(0);
    expect(await dexieLookup(target).outletsByDomains(['old.example'])).toEqual([]);
    expect(await target.tabs.toArray()).toEqual([{ tabId: 3, url: 'https://old.example/a' }]);
  });

  it('refuses what is not a Sourcecheck backup of this version and changes nothing', async () => {
    const db = await loaded(freshDb());
    const before = await text(db);
    const goodJson = JSON.parse(before) as BackupJson;
    const otherDb = await loaded(openNodeDb());
    opened.push(otherDb);
    const withTable = (name: string, schema: string, rows: Record<string, unknown>[]) => ({
      ...goodJson,
      data: { ...goodJson.data, tables: [...goodJson.data.tables, { name, schema, rowCount: rows.length }], data: [...goodJson.data.data, { tableName: name, inbound: true, rows }] },
    });

    const cases: [Blob, RegExp][] = [
      [new Blob(['name,domain\nReuters,reuters.com\n']), /not JSON/],
      [blobOf({ hello: 'world' }), /not a database backup/],
      [blobOf(valleyList), /not a database backup.*imported, not restored/],
      [await exportBackup(otherDb), new RegExp(`backup of the database "${otherDb.name}", not of Sourcecheck's \\("${DB_NAME}"\\)`)],
      [blobOf({ ...goodJson, data: { ...goodJson.data, databaseVersion: 5 } }), /newer Sourcecheck \(database version 5; this one has 4\)/],
      // The record tables belong to versions before 4: a backup of version 4 has none.
      [blobOf(withTable('outlets', 'key,listId', [])), /a table Sourcecheck does not: "outlets"/],
      [blobOf(withTable('chunks2', 'key', [])), /a table Sourcecheck does not: "chunks2"/],
      [blobOf({ ...goodJson, data: { ...goodJson.data, tables: goodJson.data.tables.map((t) => (t.name === 'chunks' ? { ...t, schema: '++id,listId' } : t)) } }), /table "chunks" is keyed differently/],
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
    const file = JSON.parse(before) as BackupJson;
    // A row without its primary key passes every check of the file and fails only when written.
    const words = file.data.data.find((t) => t.tableName === 'words')!;
    delete words.rows.at(-1)!.key;
    await expect(restoreBackup(db, blobOf(file))).rejects.toThrow();
    expect(await text(db)).toBe(before);
  });
});

describe.each([1, 2] as const)('restoring a version %i backup', (version) => {
  /** The old database's backup, and the backup of the same database after the schema upgrade. */
  async function oldAndUpgraded(): Promise<{ old: Blob; upgraded: string }> {
    const options = fresh();
    const old = await writeOldDb(version, DB_NAME, options);
    const blob = await exportDB(old);
    old.close();
    const db = new SourcecheckDB(DB_NAME, options);
    opened.push(db);
    return { old: blob, upgraded: await text(db) };
  }

  it('compiles its records as the schema upgrade does: the same database, byte for byte', async () => {
    const { old, upgraded } = await oldAndUpgraded();
    expect(JSON.parse(await old.text())).toMatchObject({ data: { databaseVersion: version } });
    const db = freshDb();
    await restoreBackup(db, old);
    expect(await text(db)).toBe(upgraded);

    for (const { row, records } of OLD_LISTS) {
      expect(await listRecords(db, row.id)).toEqual(records);
      expect(await db.lists.get(row.id)).toMatchObject({ ...row, counts: { outlets: records.outlets.length, articles: records.articles.length } });
    }
    expect(await db.reports.toArray()).toEqual(OLD_OTHER_ROWS.reports.map((report) => ({ ...report, ...historyIndexes(report as Report) })));
    expect(await db.meta.toArray()).toEqual(OLD_OTHER_ROWS.meta);
    expect(await db.tabs.count()).toBe(0);
    const lookup = dexieLookup(db);
    expect((await lookup.peopleByFuzzyKeys(personFuzzyKeys('Katarzyna Wilczeck'))).map((p) => p.id)).toEqual(['kw']);
    expect((await lookup.outletsByDomains(['reuters.co.uk'])).map((o) => o.id)).toEqual(['reuters']);
    const reviews = await lookup.claimReviewsByKeys(sentenceClaimKeys(['The March 2026 power outage in Harbor City was triggered by wind turbines.']));
    expect(reviews.map((r) => r.reviewer)).toEqual(['Factline']);
  });

  it('replaces what was there, and backs up again to what it restores', async () => {
    const { old, upgraded } = await oldAndUpgraded();
    const db = await loaded(freshDb());
    await restoreBackup(db, old);
    expect(await text(db)).toBe(upgraded);
    expect(await db.lists.get('valley-list')).toBeUndefined();
    const again = freshDb();
    await restoreBackup(again, await exportBackup(db));
    expect(await text(again)).toBe(upgraded);
  });

  it('reads a version 3 backup’s compiled lists and leaves its record tables, which version 4 dropped', async () => {
    const { old, upgraded } = await oldAndUpgraded();
    const current = JSON.parse(upgraded) as BackupJson;
    const legacy = JSON.parse(await old.text()) as BackupJson;
    const recordTables = ['outlets', 'people', 'organizations', 'articles', 'claimReviews'];
    const v3 = {
      ...current,
      data: {
        ...current.data,
        databaseVersion: 3,
        tables: [...current.data.tables, ...legacy.data.tables.filter((t) => recordTables.includes(t.name))],
        data: [...current.data.data, ...legacy.data.data.filter((t) => recordTables.includes(t.tableName))],
      },
    };
    const db = freshDb();
    await restoreBackup(db, blobOf(v3));
    expect(await text(db)).toBe(upgraded);
  });

  it('refuses one whose records are not valid, or that it cannot read, and changes nothing', async () => {
    const { old } = await oldAndUpgraded();
    const json = JSON.parse(await old.text()) as BackupJson;
    const db = await loaded(freshDb());
    const before = await text(db);
    const changed = (table: string, change: (row: Record<string, unknown>) => void) => {
      const copy = structuredClone(json);
      change(copy.data.data.find((t) => t.tableName === table)!.rows[0]!);
      return blobOf(copy);
    };
    const cases: [Blob, RegExp][] = [
      [changed('outlets', (row) => (row.kind = 'tabloid')), /a record of the backup is not a valid known-sources record \(field kind: /],
      [changed('people', (row) => delete row.listId), /a row of the backup's people has no key or no list/],
      [changed('lists', (row) => delete row.id), /a list of the backup has no id/],
      [changed('outlets', (row) => Object.assign(row, { when: 0, $types: { when: 'date' } })), /a value of type "date"/],
    ];
    for (const [blob, message] of cases) {
      const error = await refusal(db, blob);
      expect(error.message).toMatch(/^Not restored, nothing was changed: /);
      expect(error.message).toMatch(message);
      expect(await text(db)).toBe(before);
    }
  });

  it('leaves the old contents when writing its compiled lists fails halfway', async () => {
    const { old } = await oldAndUpgraded();
    const json = JSON.parse(await old.text()) as BackupJson;
    // Two lists under one id compile, and fail only when the second is written.
    const lists = json.data.data.find((t) => t.tableName === 'lists')!;
    lists.rows.push({ ...lists.rows[0]! });
    const db = await loaded(freshDb());
    const before = await text(db);
    await expect(restoreBackup(db, blobOf(json))).rejects.toThrow();
    expect(await text(db)).toBe(before);
  });
});

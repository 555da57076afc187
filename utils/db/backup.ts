/**
 * Full backup and restore of the database (every list, My sources, reports, settings) as one
 * dexie-export-import file. A restore checks the whole file first and refuses anything that is
 * not a backup of this database from this or an older version, changing nothing; then it
 * replaces the contents in one transaction, so a failure halfway leaves the old contents.
 *
 * dexie-export-import reads the global `self` when it loads: extension pages and workers have
 * it, Node does not (tests define it).
 */
import { exportDB, importInto } from 'dexie-export-import';
import type { SourcecheckDB } from './schema';
import { RECORD_KINDS, storedRow, type StoredRowOf } from './stored-rows';

/** Which tab shows which page belongs to this browser session: tab ids mean nothing in another. */
const SESSION_TABLES = ['tabs'];

type ExportStream = Exclude<Parameters<typeof importInto>[1], Blob>;
type BackupFile = NonNullable<ExportStream['result']>;

export class BackupError extends Error {
  constructor(reason: string) {
    super(`Not restored, nothing was changed: ${reason}`);
    this.name = 'BackupError';
  }
}

export function exportBackup(db: SourcecheckDB): Promise<Blob> {
  return exportDB(db, { skipTables: SESSION_TABLES });
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** The parsed file if it is a backup this database can take, else a BackupError saying why not. */
async function readBackup(db: SourcecheckDB, blob: Blob): Promise<BackupFile & { data: { databaseVersion: number } }> {
  let file: unknown;
  try {
    file = JSON.parse(await blob.text());
  } catch {
    throw new BackupError('the file is not JSON, so not a Sourcecheck backup');
  }
  if (!isObject(file) || file.formatName !== 'dexie' || !isObject(file.data)) {
    throw new BackupError('the file is JSON but not a database backup (a known-sources list is imported, not restored)');
  }
  if (file.formatVersion !== 1) throw new BackupError(`the backup format version ${String(file.formatVersion)} is not one this version reads`);
  const { databaseName, databaseVersion, tables, data } = file.data;
  if (databaseName !== db.name) throw new BackupError(`the file is a backup of the database "${String(databaseName)}", not of Sourcecheck's ("${db.name}")`);
  if (typeof databaseVersion !== 'number' || !(databaseVersion >= 1)) throw new BackupError('the backup does not say its database version');
  if (databaseVersion > db.verno) {
    throw new BackupError(`the backup was made by a newer Sourcecheck (database version ${databaseVersion}; this one has ${db.verno})`);
  }
  if (!Array.isArray(tables) || !Array.isArray(data)) throw new BackupError('the backup has no table list or no data');
  const names = new Set<string>();
  for (const table of tables as unknown[]) {
    const name = isObject(table) ? table.name : table;
    const ours = db.tables.find((t) => t.name === name);
    if (!isObject(table) || !ours || typeof table.schema !== 'string') throw new BackupError(`the backup has a table Sourcecheck does not: ${JSON.stringify(name)}`);
    if (table.schema.split(',')[0] !== ours.schema.primKey.src) throw new BackupError(`table "${ours.name}" is keyed differently in the backup`);
    names.add(ours.name);
  }
  for (const part of data as unknown[]) {
    if (!isObject(part) || typeof part.tableName !== 'string' || !names.has(part.tableName) || !Array.isArray(part.rows)) {
      throw new BackupError(`the backup's data names a table it does not list: ${JSON.stringify(isObject(part) ? part.tableName : part)}`);
    }
  }
  return file as BackupFile & { data: { databaseVersion: number } };
}

/**
 * The parsed file as the stream importInto reads, all of it already there: importInto then
 * waits on no file read, which would let the transaction commit between clearing and writing.
 */
function parsedStream(file: BackupFile): ExportStream {
  return { result: file, eof: () => true, done: () => true, pullAsync: async () => file, pullSync: () => file };
}

/**
 * Rows restored from an older version are written as the backup has them and no schema upgrade
 * runs on them, so they lack the index keys later versions added: rebuild every known-sources
 * row with storedRow, as an import would write it today.
 */
async function rebuildIndexKeys(db: SourcecheckDB): Promise<void> {
  for (const kind of RECORD_KINDS) {
    await db.table<StoredRowOf[typeof kind], string>(kind).toCollection().modify((row) => {
      Object.assign(row, storedRow(kind, row, row.listId, row.key.slice(row.listId.length + 1)));
    });
  }
}

/** Replaces the database's contents (all but this session's tab states) with the backup's. */
export async function restoreBackup(db: SourcecheckDB, blob: Blob): Promise<void> {
  const file = await readBackup(db, blob);
  const older = file.data.databaseVersion < db.verno;
  const tables = db.tables.filter((table) => !SESSION_TABLES.includes(table.name));
  await db.transaction('rw', tables, async () => {
    for (const table of tables) await table.clear();
    await importInto(db, parsedStream(file), { noTransaction: true, acceptVersionDiff: older, skipTables: SESSION_TABLES });
    if (older) await rebuildIndexKeys(db);
  });
}

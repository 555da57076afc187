/**
 * Full backup and restore of the database (every list, My sources, reports, settings) as one
 * dexie-export-import file. A restore checks the whole file first and refuses anything that is
 * not a backup of this database from this or an older version, changing nothing; then it
 * replaces the contents in one transaction, so a failure halfway leaves the old contents.
 *
 * A backup from before version 3 holds a row per record in tables of their own: a restore
 * compiles those records into lists as version 3's upgrade does (compileRecordRows), before it
 * changes anything, so a backup whose records do not compile is refused too; and its reports
 * gain the history's index keys, as version 4's upgrade gives them (indexReports).
 *
 * dexie-export-import reads the global `self` when it loads: extension pages and workers have
 * it, Node does not (tests define it).
 */
import { exportDB, importInto } from 'dexie-export-import';
import {
  COMPILED_SINCE,
  compileRecordRows,
  HISTORY_INDEXED_SINCE,
  indexReports,
  RECORD_TABLE_KEY,
  RECORD_TABLES_DROPPED,
  type CompiledRows,
  type RecordTableRow,
  type SourcecheckDB,
  type UncompiledList,
} from './schema';
import { RECORD_KINDS, type RecordKind } from './stored-rows';

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
  // The record tables of versions before RECORD_TABLES_DROPPED, which this schema no longer has.
  const recordTables = databaseVersion < RECORD_TABLES_DROPPED ? new Map<string, string>(RECORD_KINDS.map((kind) => [kind, RECORD_TABLE_KEY])) : new Map<string, string>();
  const names = new Set<string>();
  for (const table of tables as unknown[]) {
    const name = isObject(table) ? table.name : table;
    const ours = db.tables.find((t) => t.name === name);
    const key = ours ? ours.schema.primKey.src : typeof name === 'string' ? recordTables.get(name) : undefined;
    if (!isObject(table) || key === undefined || typeof table.schema !== 'string') throw new BackupError(`the backup has a table Sourcecheck does not: ${JSON.stringify(name)}`);
    if (table.schema.split(',')[0] !== key) throw new BackupError(`table "${String(name)}" is keyed differently in the backup`);
    names.add(name as string);
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
 * A row as dexie-export-import wrote it, as a plain value again. It names the type of a value
 * JSON has not in `$types`, by key path ("." escaped "~1", "~" "~0"): an optional field stored
 * as undefined ("undef", written as a stand-in) is the only such value in a list or a record.
 * It marks every array too ("arrayNonindexKeys", for arrays with other keys), which stays as it is.
 */
function revived(row: unknown): Record<string, unknown> {
  if (!isObject(row) || Array.isArray(row)) throw new BackupError('a row of the backup is not an object');
  if (!('$types' in row)) return row;
  const { $types: types, ...value } = structuredClone(row);
  if (!isObject(types)) throw new BackupError('a row of the backup holds values Sourcecheck never stores');
  for (const [path, type] of Object.entries(types)) {
    const parts = path.split('.').map((part) => part.replace(/~1/g, '.').replace(/~0/g, '~'));
    let parent: unknown = value;
    for (const part of parts.slice(0, -1)) parent = isObject(parent) ? parent[part] : undefined;
    const field = parts.at(-1)!;
    if (!isObject(parent) || !(field in parent)) throw new BackupError('a row of the backup names a field it does not have');
    if (type === 'undef') parent[field] = undefined;
    else if (type !== 'arrayNonindexKeys' || !Array.isArray(parent[field])) {
      throw new BackupError(`a row of the backup holds a value of type ${JSON.stringify(type)}, which Sourcecheck never stores`);
    }
  }
  return value;
}

type BackupData = { data: { data: { tableName: string; rows: unknown[] }[] } };

const rowsOf = (file: BackupData, table: string) => file.data.data.filter((part) => part.tableName === table).flatMap((part) => part.rows.map(revived));

/** A backup from before version 3: its lists compiled from its record tables, as version 3's upgrade compiles them. */
function compiledLists(file: BackupData): CompiledRows {
  const lists = rowsOf(file, 'lists');
  if (lists.some((list) => typeof list.id !== 'string')) throw new BackupError('a list of the backup has no id');
  const rowsByKind: Partial<Record<RecordKind, RecordTableRow[]>> = {};
  for (const kind of RECORD_KINDS) {
    const rows = rowsOf(file, kind);
    if (rows.some((row) => typeof row.key !== 'string' || typeof row.listId !== 'string')) throw new BackupError(`a row of the backup's ${kind} has no key or no list`);
    rowsByKind[kind] = rows as RecordTableRow[];
  }
  try {
    return compileRecordRows(lists as UncompiledList[], rowsByKind);
  } catch (error) {
    const issues = isObject(error) && Array.isArray(error.issues) ? (error.issues as { path: unknown[]; message: string }[]) : undefined;
    const why = issues ? issues.map((issue) => `field ${issue.path.join('.') || '(record)'}: ${issue.message}`).join('; ') : String(error);
    throw new BackupError(`a record of the backup is not a valid known-sources record (${why})`);
  }
}

/** Replaces the database's contents (all but this session's tab states) with the backup's. */
export async function restoreBackup(db: SourcecheckDB, blob: Blob): Promise<void> {
  const file = await readBackup(db, blob);
  const { databaseVersion } = file.data;
  // Lists before COMPILED_SINCE are compiled here, before anything changes, and written whole.
  const compiled = databaseVersion < COMPILED_SINCE ? compiledLists(file) : undefined;
  const skipTables = [...SESSION_TABLES, ...(databaseVersion < RECORD_TABLES_DROPPED ? RECORD_KINDS : []), ...(compiled ? ['lists'] : [])];
  const tables = db.tables.filter((table) => !SESSION_TABLES.includes(table.name));
  await db.transaction('rw', tables, async () => {
    for (const table of tables) await table.clear();
    await importInto(db, parsedStream(file), { noTransaction: true, acceptVersionDiff: databaseVersion < db.verno, skipTables });
    if (compiled) {
      await db.lists.bulkAdd(compiled.lists);
      await db.chunks.bulkAdd(compiled.chunks);
      await db.postings.bulkAdd(compiled.postings);
      await db.words.bulkAdd(compiled.words);
    }
    if (databaseVersion < HISTORY_INDEXED_SINCE) await indexReports(db.reports);
  });
}

/**
 * The bundled starter list: compiled into the extension, reloaded whenever its version changes
 * (never through Dexie's populate, which runs only once), and kept apart from user lists.
 */
import { importList, validateList } from './import-list';
import type { SourcecheckDB } from './schema';

export const STARTER_LIST_ID = 'starter';
export const STARTER_LIST_PATH = 'lists/starter.json';
const VERSION_KEY = 'starter-version';

/** Imports the starter list unless this exact version is already in the database. */
export async function ensureStarterList(db: SourcecheckDB, data: unknown): Promise<'imported' | 'current'> {
  const list = validateList(data, 'starter list');
  const version = list.version ?? list.updated ?? 'unversioned';
  const stored = await db.meta.get(VERSION_KEY);
  if (stored?.value === version && (await db.lists.get(STARTER_LIST_ID))) return 'current';
  await importList(db, list, 'bundled', { listId: STARTER_LIST_ID });
  await db.meta.put({ key: VERSION_KEY, value: version });
  return 'imported';
}

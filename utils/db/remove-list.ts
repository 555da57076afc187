/**
 * Removing a known-sources list: the list and its records go in one transaction, every other
 * list stays as it was. Any list may be removed. My sources too, which empties it: ensureMySources
 * makes it again, empty, when the user next needs it. The bundled starter list comes back at the
 * next start (ensureStarterList imports it whenever it is missing).
 */
import type { SourcecheckDB } from './schema';
import { RECORD_KINDS, type RecordKind } from './stored-rows';

export type RecordCounts = Record<RecordKind, number>;

/** Deletes a list's records, not the list; inside the caller's transaction when there is one. */
export async function deleteListRecords(db: SourcecheckDB, listId: string): Promise<RecordCounts> {
  const counts = {} as RecordCounts;
  for (const kind of RECORD_KINDS) counts[kind] = await db.table(kind).where('listId').equals(listId).delete();
  return counts;
}

/** Removes the list and its records; the counts say how many of each went (all 0 for an unknown list). */
export async function removeList(db: SourcecheckDB, listId: string): Promise<RecordCounts> {
  const tables = [db.lists, ...RECORD_KINDS.map((kind) => db.table(kind))];
  return db.transaction('rw', tables, async () => {
    const counts = await deleteListRecords(db, listId);
    await db.lists.delete(listId);
    return counts;
  });
}

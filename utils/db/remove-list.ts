/**
 * Removing a known-sources list: the list and its rows go in one transaction, every other list
 * stays as it was. Any list may be removed. My sources too, which empties it: ensureMySources
 * makes it again, empty, when the user next needs it. A bundled list comes back at the next
 * start (ensureBundledLists imports whatever is missing).
 */
import type { RecordCounts } from './compiled-list';
import { deleteListRows, listTables, NO_RECORDS } from './list-store';
import type { SourcecheckDB } from './schema';

/** Removes the list and its records; the counts say how many of each went (all 0 for an unknown list). */
export async function removeList(db: SourcecheckDB, listId: string): Promise<RecordCounts> {
  return db.transaction('rw', listTables(db), async () => {
    const list = await db.lists.get(listId);
    await deleteListRows(db, listId);
    await db.lists.delete(listId);
    return list?.counts ?? NO_RECORDS;
  });
}

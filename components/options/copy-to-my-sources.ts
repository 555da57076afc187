/**
 * Copying a record of another list into My sources, where the user can edit it. An article needs
 * its outlet in the same list, so the outlet comes along when My sources lacks it.
 */
import { MY_SOURCES_ID, saveRecord } from '../../utils/db/my-sources';
import type { SourcecheckDB } from '../../utils/db/schema';
import { recordId, recordOf, type RecordKind, type StoredRowOf } from '../../utils/db/stored-rows';

/** The key the copy gets in My sources: a record already there under it would be replaced. */
export function myCopyKey<K extends RecordKind>(kind: K, row: StoredRowOf[K]): string {
  return `${MY_SOURCES_ID}:${recordId(kind, recordOf(kind, row))}`;
}

export async function copyToMySources<K extends RecordKind>(db: SourcecheckDB, kind: K, row: StoredRowOf[K]): Promise<StoredRowOf[K]> {
  return db.transaction('rw', [db.lists, db.outlets, db.table(kind)], async () => {
    if (kind === 'articles') {
      const { outlet } = row as StoredRowOf['articles'];
      const theirs = await db.outlets.get(`${row.listId}:${outlet}`);
      if (theirs && !(await db.outlets.get(`${MY_SOURCES_ID}:${outlet}`))) await saveRecord(db, 'outlets', recordOf('outlets', theirs));
    }
    return saveRecord(db, kind, recordOf(kind, row));
  });
}

/**
 * Copying a record of another list into My sources, where the user can edit it. An article needs
 * its outlet in the same list, so the outlet comes along when My sources lacks it.
 */
import { listTables, recordByKey } from '../../utils/db/list-store';
import { MY_SOURCES_ID, saveRecord } from '../../utils/db/my-sources';
import type { SourcecheckDB } from '../../utils/db/schema';
import { recordId, recordKey, recordOf, type ListedRecord, type RecordKind } from '../../utils/db/stored-rows';

/** The key the copy gets in My sources: a record already there under it would be replaced. */
export function myCopyKey<K extends RecordKind>(kind: K, record: ListedRecord<K>): string {
  return recordKey(MY_SOURCES_ID, recordId(kind, recordOf(kind, record)));
}

export async function copyToMySources<K extends RecordKind>(db: SourcecheckDB, kind: K, record: ListedRecord<K>): Promise<ListedRecord<K>> {
  return db.transaction('rw', listTables(db), async () => {
    if (kind === 'articles') {
      const { outlet } = record as ListedRecord<'articles'>;
      const theirs = await recordByKey(db, 'outlets', recordKey(record.listId, outlet));
      if (theirs && !(await recordByKey(db, 'outlets', recordKey(MY_SOURCES_ID, outlet)))) await saveRecord(db, 'outlets', recordOf('outlets', theirs));
    }
    return saveRecord(db, kind, recordOf(kind, record));
  });
}

/**
 * Exporting a stored list as a file in the list format, which imports back to the same records:
 * only the format's fields, records in id order and nothing else varying, so that exporting the
 * same list twice gives the same bytes and two exports diff cleanly.
 */
import { LIST_FORMAT, type SourcesList } from '../sources-list';
import { listRecords, listTables } from './list-store';
import type { SourcecheckDB, StoredList } from './schema';
import { RECORD_KINDS, recordId, type RecordKind, type RecordOf } from './stored-rows';

export class ListExportError extends Error {
  constructor(listId: string) {
    super(`List "${listId}" was not exported: there is no list with that id`);
    this.name = 'ListExportError';
  }
}

/** The list's own fields, in the format's order, without those it does not have. */
function listFields(stored: StoredList): SourcesList {
  const { name, version, description, license, updated, homepage } = stored;
  return {
    format: LIST_FORMAT,
    name,
    // The importer stores `updated` as the version of a list that has none; leave it out again.
    ...(version !== undefined && version !== updated ? { version } : {}),
    ...(description !== undefined ? { description } : {}),
    ...(license !== undefined ? { license } : {}),
    ...(updated !== undefined ? { updated } : {}),
    ...(homepage !== undefined ? { homepage } : {}),
  };
}

/** Records as the format has them, sorted by what identifies them (ids compared code unit by code unit, not by locale). */
function sorted<K extends RecordKind>(kind: K, records: RecordOf[K][]): RecordOf[K][] {
  const withIds = records.map((record) => ({ id: recordId(kind, record), record }));
  return withIds.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map(({ record }) => record);
}

/**
 * The stored list as a list file. Articles name their outlet by its id in the list, as stored:
 * the importer and My sources both require that outlet to be in the same list. Unknown top-level
 * fields of the imported file were not stored, so they are not exported.
 */
export async function exportList(db: SourcecheckDB, listId: string): Promise<SourcesList> {
  const [stored, records] = await db.transaction('r', listTables(db), () => Promise.all([db.lists.get(listId), listRecords(db, listId)]));
  if (!stored) throw new ListExportError(listId);
  const arrays = {
    outlets: sorted('outlets', records.outlets),
    people: sorted('people', records.people),
    organizations: sorted('organizations', records.organizations),
    articles: sorted('articles', records.articles),
    claimReviews: sorted('claimReviews', records.claimReviews),
  };
  const list = listFields(stored);
  // Every array is optional in the format; an empty one says nothing.
  for (const kind of RECORD_KINDS) if (arrays[kind].length > 0) Object.assign(list, { [kind]: arrays[kind] });
  return list;
}

/** The file's text: two-space JSON ending with a newline, as a text editor would save it. */
export function serializeList(list: SourcesList): string {
  return `${JSON.stringify(list, null, 2)}\n`;
}

import { useLiveQuery } from 'dexie-react-hooks';
import type { ListOrigin, StoredList } from '../../utils/db/schema';
import { RECORD_KINDS } from '../../utils/db/stored-rows';
import { db } from '../db';

/** A list row with its records in all: `counts` per kind come with the row, counted when the list was written. */
export type ListInfo = StoredList & { total: number };

/** The user's list first, then imported files by name, then bundled lists in their order of precedence. */
const ORIGIN_ORDER: Record<ListOrigin, number> = { user: 0, file: 1, bundled: 2 };

function byPlace(a: StoredList, b: StoredList): number {
  return ORIGIN_ORDER[a.origin] - ORIGIN_ORDER[b.origin] || (a.rank ?? 0) - (b.rank ?? 0) || a.name.localeCompare(b.name);
}

/** Every list with its record counts (from the list rows, no record read), kept current as lists are imported, edited or removed. */
export function useLists(): ListInfo[] | undefined {
  return useLiveQuery(async () => {
    const lists = await db.lists.toArray();
    return lists.map((list) => ({ ...list, total: RECORD_KINDS.reduce((sum, kind) => sum + list.counts[kind], 0) })).sort(byPlace);
  });
}

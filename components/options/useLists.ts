import { useLiveQuery } from 'dexie-react-hooks';
import { listCounts } from '../../utils/db/browse';
import type { RecordCounts } from '../../utils/db/remove-list';
import type { ListOrigin, StoredList } from '../../utils/db/schema';
import { db } from '../db';

export type ListInfo = StoredList & { counts: RecordCounts; total: number };

/** The user's list first, then imported files by name, then bundled lists in their order of precedence. */
const ORIGIN_ORDER: Record<ListOrigin, number> = { user: 0, file: 1, bundled: 2 };

function byPlace(a: StoredList, b: StoredList): number {
  return ORIGIN_ORDER[a.origin] - ORIGIN_ORDER[b.origin] || (a.rank ?? 0) - (b.rank ?? 0) || a.name.localeCompare(b.name);
}

/** Every list with its record counts (by index), kept current as lists are imported, edited or removed. */
export function useLists(): ListInfo[] | undefined {
  return useLiveQuery(async () => {
    const lists = await db.lists.toArray();
    const withCounts = await Promise.all(
      lists.map(async (list) => {
        const counts = await listCounts(db, list.id);
        return { ...list, counts, total: Object.values(counts).reduce((a, b) => a + b, 0) };
      }),
    );
    return withCounts.sort(byPlace);
  });
}

/** Names that are close to, but not, a known one: the finder shared by the checks that need it. */
import type { Knowledge } from './knowledge';
import { isNearMiss, nameKey } from './names';

export type NearMiss = { seen: string; known: string; kind: 'person' | 'organization' | 'outlet'; listName: string };

export function nearMissFor(known: Knowledge, name: string, kind: 'person' | 'body'): NearMiss | null {
  const key = nameKey(name);
  const records =
    kind === 'person'
      ? known.people.map((p) => ({ names: [p.name, ...(p.aliases ?? [])], kind: 'person' as const, listName: p.listName, name: p.name }))
      : [
          ...known.organizations.map((o) => ({ names: [o.name, ...(o.aliases ?? [])], kind: 'organization' as const, listName: o.listName, name: o.name })),
          ...known.outlets.map((o) => ({ names: [o.name, ...(o.aliases ?? [])], kind: 'outlet' as const, listName: o.listName, name: o.name })),
        ];
  // A name that is itself known is never a near miss of another.
  if (records.some((r) => r.names.some((n) => nameKey(n) === key))) return null;
  for (const r of records) {
    const match = r.names.find((n) => isNearMiss(name, n));
    if (match) return { seen: name, known: r.name, kind: r.kind, listName: r.listName };
  }
  return null;
}

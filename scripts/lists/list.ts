/** What every generated list shares: record ids, the list's shape and its bytes on disk. */
import { LIST_FORMAT, type OutletRecord, type SourcesList } from '../../utils/sources-list';

/** A source entry left out of a list, and why: printed by the build so nothing goes silently. */
export type Dropped = { entry: string; reason: string };

/** The list, the entries it could not use, and how many it leaves out by design (by label). */
export type BuiltList = { list: SourcesList; dropped: Dropped[]; leftOut: Record<string, number> };

/** The list's own fields: where the data comes from, under which licence, which snapshot. */
export type ListMeta = Required<Pick<SourcesList, 'name' | 'description' | 'license' | 'homepage' | 'version' | 'updated'>>;

export type Outlet = Omit<OutletRecord, 'id'>;

/** "Agence France-Presse" → "agence-france-presse", "infowars.com" → "infowars-com". */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The list with ids given in source order (a second "Metro" becomes "metro-2") and records sorted
 * by id, so that the same data always gives the same file.
 */
export function makeList(meta: ListMeta, outlets: { idFrom: string; outlet: Outlet }[]): SourcesList {
  const taken = new Set<string>();
  const records = outlets.map(({ idFrom, outlet }) => {
    const base = slug(idFrom) || 'outlet';
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return { id, ...outlet };
  });
  records.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { format: LIST_FORMAT, ...meta, outlets: records };
}

/** The file's exact text: pretty-printed, one trailing newline. */
export function renderJson(data: unknown): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

export function countsByKind(list: SourcesList): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const outlet of list.outlets ?? []) counts[outlet.kind] = (counts[outlet.kind] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}

/** Cuts a long text at a sentence end (or, failing that, a word) so that notes stay readable in the popup. */
export function trimText(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  // A sentence ends after a lower-case letter or digit, so "U.S. News" and "The A.V. Club" stay whole.
  const sentences = flat.split(/(?<=[a-z0-9)"'”’][.!?])\s+(?=[A-Z"“‘(])/);
  let kept = '';
  for (const sentence of sentences) {
    const next = kept ? `${kept} ${sentence}` : sentence;
    if (next.length > max) break;
    kept = next;
  }
  if (kept) return kept;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > 0 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
}

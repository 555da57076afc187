import type { ListInfo } from './lookup';

/** Lists named in a message at most; the rest are counted, so five lists do not drown the evidence. */
const NAMED_LISTS = 3;

/** "My sources", "Sourcecheck starter list" and 2 other lists — the lists a lookup searched, in order of precedence. */
export function listsNamed(lists: ListInfo[], none: string): string {
  if (lists.length === 0) return none;
  const named = lists.slice(0, NAMED_LISTS).map((l) => `"${l.name}"`);
  const rest = lists.length - named.length;
  if (rest === 0) return named.length === 1 ? named[0]! : `${named.slice(0, -1).join(', ')} and ${named.at(-1)}`;
  return `${named.join(', ')} and ${rest} other list${rest === 1 ? '' : 's'}`;
}

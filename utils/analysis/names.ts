/** Name normalisation and similarity, shared by the database indexes and the checks. */

/** Words that say what kind of body a name is, not which one: never enough to link two names. */
const GENERIC_NAME_WORDS = new Set([
  'the', 'of', 'and', 'for', 'in', 'on', 'at', 'de', 'la', 'le', 'du', 'des', 'der', 'die', 'und', 'y', 'el',
  'university', 'universidad', 'université', 'universität', 'college', 'school', 'institute', 'institut', 'center',
  'centre', 'department', 'ministry', 'office', 'bureau', 'agency', 'council', 'association', 'foundation',
  'society', 'academy', 'national', 'international', 'global', 'research', 'group', 'company', 'inc', 'ltd',
  'corporation', 'corp', 'news', 'daily', 'times', 'post', 'press', 'media', 'network', 'online', 'journal',
  'magazine', 'tribune', 'herald', 'organization', 'organisation', 'committee', 'commission', 'us', 'u.s',
]);

/** Lowercase, without diacritics, punctuation or a leading "the": the key two spellings share. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’'`´]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

/** Keys a person is found by: the full name, and the name without middle initials. */
export function personKeys(name: string): string[] {
  const key = nameKey(name);
  const parts = key.split(' ');
  const withoutInitials = parts.filter((p, i) => i === 0 || i === parts.length - 1 || p.length > 1).join(' ');
  return [...new Set([key, withoutInitials])].filter(Boolean);
}

/** Distinctive tokens of a name: the candidates for a near-miss lookup. */
export function nameTokens(name: string): string[] {
  return [...new Set(nameKey(name).split(' ').filter((t) => t.length >= 3 && !GENERIC_NAME_WORDS.has(t)))];
}

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions), bounded. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let best = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
  }
  return rows[a.length]![b.length]!;
}

/**
 * Whether `seen` is a likely misspelling of `known`: the same number of words, all but one
 * identical, and that one a small edit of a word long enough for a typo to be the likelier
 * reading than a different name (Zhang Li / Zhang Xin, Austria / Australia are not).
 */
export function isNearMiss(seen: string, known: string): boolean {
  const a = nameKey(seen);
  const b = nameKey(known);
  if (a === b || a.length < 6 || b.length < 6) return false;
  const wa = a.split(' ');
  const wb = b.split(' ');
  if (wa.length !== wb.length) return false;
  const differing = wa.map((w, i) => [w, wb[i]!] as const).filter(([x, y]) => x !== y);
  if (differing.length !== 1) return false;
  const [x, y] = differing[0]!;
  // One-word names need a long word: a single edit turns many short words into other real words.
  const minLength = wa.length === 1 ? 7 : 3;
  if (Math.min(x.length, y.length) < minLength) return false;
  // A short word may only gain or lose a letter ("Jia"/"Jiao"), never swap one (Li/Lu, Xin/Xia).
  if (Math.min(x.length, y.length) <= 4) return Math.abs(x.length - y.length) === 1 && editDistance(x, y, 1) === 1;
  // Two edits only in long words, and never at both ends: "Massachussets", not "Austria"/"Australia".
  const allowed = Math.min(x.length, y.length) >= 10 && x[0] === y[0] && x.at(-1) === y.at(-1) ? 2 : 1;
  return editDistance(x, y, allowed) <= allowed;
}

/** Name normalisation, similarity and fuzzy index keys, shared by the database indexes and the checks. */

/** Words that say what kind of body a name is, not which one: never enough to link two names. */
const GENERIC_NAME_WORDS = new Set([
  'the', 'of', 'and', 'for', 'in', 'on', 'at', 'de', 'la', 'le', 'du', 'des', 'der', 'die', 'und', 'y', 'el',
  'university', 'universidad', 'université', 'universität', 'college', 'school', 'institute', 'institut', 'center',
  'centre', 'department', 'ministry', 'office', 'bureau', 'agency', 'council', 'association', 'foundation',
  'society', 'academy', 'national', 'international', 'global', 'research', 'group', 'company', 'inc', 'ltd',
  'corporation', 'corp', 'news', 'daily', 'times', 'post', 'press', 'media', 'network', 'online', 'journal',
  'magazine', 'tribune', 'herald', 'organization', 'organisation', 'committee', 'commission', 'us', 'u.s',
]);

/**
 * Countries of the world (and the words of their multi-word names): distinct real places that
 * often differ by a letter or two (Austria/Australia, Slovenia/Slovakia, Gambia/Zambia,
 * Iran/Iraq, Niger/Nigeria). Two of them are two places, never a misspelling of one another.
 */
const PLACE_NAMES =
  'afghanistan albania algeria andorra angola antigua barbuda argentina armenia australia austria azerbaijan bahamas ' +
  'bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia herzegovina botswana brazil brunei ' +
  'bulgaria burkina faso burundi cambodia cameroon canada cape verde chad chile china colombia comoros congo costa rica ' +
  'croatia cuba cyprus czechia czech denmark djibouti dominica dominican ecuador egypt salvador equatorial guinea eritrea ' +
  'estonia eswatini ethiopia fiji finland france gabon gambia georgia germany ghana greece grenada guatemala bissau ' +
  'guyana haiti honduras hungary iceland india indonesia iran iraq ireland israel italy ivory jamaica japan jordan ' +
  'kazakhstan kenya kiribati korea kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein ' +
  'lithuania luxembourg madagascar malawi malaysia maldives mali malta marshall mauritania mauritius mexico micronesia ' +
  'moldova monaco mongolia montenegro morocco mozambique myanmar burma namibia nauru nepal netherlands holland zealand ' +
  'nicaragua niger nigeria macedonia norway oman pakistan palau palestine panama papua paraguay peru philippines poland ' +
  'portugal qatar romania russia rwanda kitts nevis lucia vincent grenadines samoa marino sao tome principe saudi arabia ' +
  'senegal serbia seychelles sierra leone singapore slovakia slovenia solomon somalia sudan spain lanka suriname sweden ' +
  'switzerland syria taiwan tajikistan tanzania thailand timor togo tonga trinidad tobago tunisia turkey turkiye ' +
  'turkmenistan tuvalu uganda ukraine emirates britain england scotland wales uruguay uzbekistan vanuatu vatican ' +
  'venezuela vietnam yemen zambia zimbabwe europe asia africa america antarctica oceania arctic';
const PLACES = new Set(PLACE_NAMES.split(' '));
/** Endings that turn a place into its people or language: Korea/Korean, China/Chinese, Austria/Austrian. */
const DEMONYM_ENDINGS = /^(?:n|an|ian|ese|i|ish|ic|ns|ans|ians)$/;

function isPlace(word: string): boolean {
  if (PLACES.has(word)) return true;
  for (let cut = 3; cut >= 1; cut--) {
    const base = word.slice(0, -cut);
    if (PLACES.has(base) && DEMONYM_ENDINGS.test(word.slice(-cut))) return true;
    // China → Chinese, Japan → Japanese drop or keep a final vowel.
    if (PLACES.has(`${base}a`) && DEMONYM_ENDINGS.test(word.slice(-cut))) return true;
  }
  return false;
}

function fold(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’'`´][sS]\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /i, '');
}

/** Lowercase, without diacritics, punctuation or a leading "the": the key two spellings share. */
export function nameKey(name: string): string {
  return fold(name.toLowerCase());
}

/** The words of a name as written (case kept), aligned with the words of its nameKey. */
function surfaceWords(name: string): string[] {
  const key = nameKey(name);
  const words = fold(name).split(' ');
  // A leading "The" dropped by nameKey is dropped here too; anything else keeps the alignment.
  return words.length === key.split(' ').length ? words : key.split(' ');
}

/** Keys a person is found by: the full name, and the name without middle initials. */
export function personKeys(name: string): string[] {
  return personKeysOfKey(nameKey(name));
}

/** personKeys of a name already folded by nameKey. */
export function personKeysOfKey(key: string): string[] {
  const parts = key.split(' ');
  const withoutInitials = parts.filter((p, i) => i === 0 || i === parts.length - 1 || p.length > 1).join(' ');
  return [...new Set([key, withoutInitials])].filter(Boolean);
}

/** A word that says what kind of body or outlet a name is (news, university, times), not which one. */
export function isGenericNameWord(word: string): boolean {
  return GENERIC_NAME_WORDS.has(word.toLowerCase());
}

function isDistinctive(word: string): boolean {
  return word.length >= 3 && !GENERIC_NAME_WORDS.has(word) && !/^\p{N}+$/u.test(word);
}

/** Distinctive tokens of a name: the words that tell one name from another. */
export function nameTokens(name: string): string[] {
  return tokensOfKey(nameKey(name));
}

/** nameTokens of a name already folded by nameKey. */
export function tokensOfKey(key: string): string[] {
  return [...new Set(key.split(' ').filter(isDistinctive))];
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** The word itself and every form with one letter deleted ("jiao" → jiao, iao, jao, jio, jia). */
export function deletionVariants(word: string): string[] {
  // Most words have no character beyond the 16-bit plane: a code unit is then a letter, and slicing is enough.
  if (!SURROGATE.test(word)) {
    const variants = new Set([word]);
    for (let i = 0; i < word.length; i++) variants.add(word.slice(0, i) + word.slice(i + 1));
    return [...variants];
  }
  const letters = Array.from(word);
  const variants = new Set([word]);
  for (let i = 0; i < letters.length; i++) variants.add([...letters.slice(0, i), ...letters.slice(i + 1)].join(''));
  return [...variants];
}

/** Names longer than this are not indexed for near misses: they are descriptions, not names. */
const MAX_FUZZY_WORDS = 8;
/** Varied words per name at most, so one long alias cannot flood the index. */
const MAX_VARIED_WORDS = 5;

/**
 * Fuzzy index keys of a name key ("symmetric deletion"): the whole name with one distinctive
 * word replaced by itself or by that word less one letter. Two names that differ in one word by
 * a dropped, added, changed or swapped letter (or a dropped and an added one) share a key, so
 * near-miss candidates are found by an exact index lookup, never by a scan: the number of keys
 * depends on the name, not on the size of the list.
 */
export function fuzzyKeys(key: string): string[] {
  const words = key.split(' ').filter(Boolean);
  if (words.length === 0 || words.length > MAX_FUZZY_WORDS) return [];
  const keys = new Set<string>();
  let varied = 0;
  words.forEach((word, i) => {
    if (!isDistinctive(word) || varied >= MAX_VARIED_WORDS) return;
    varied += 1;
    const before = words.slice(0, i).join(' ');
    const after = words.slice(i + 1).join(' ');
    for (const variant of deletionVariants(word)) keys.add([before, variant, after].filter(Boolean).join(' '));
  });
  return [...keys];
}

/** Fuzzy keys of a person's name, with and without middle initials. */
export function personFuzzyKeys(name: string): string[] {
  return personFuzzyKeysOfKey(nameKey(name));
}

/** personFuzzyKeys of a name already folded by nameKey. */
export function personFuzzyKeysOfKey(key: string): string[] {
  return [...new Set(personKeysOfKey(key).flatMap(fuzzyKeys))];
}

/** Fuzzy keys of an organisation's or outlet's name. */
export function bodyFuzzyKeys(name: string): string[] {
  return fuzzyKeys(nameKey(name));
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

export type EditKind = 'transposition' | 'doubled-letter' | 'added-letter' | 'dropped-letter' | 'changed-letter' | 'two-edits';
export type Edit = { kind: EditKind; /** The edit touches the word's last letter (Jia/Jiao, Maria/Mario). */ atEnd: boolean };

/** How `seen` differs from `known` when it is one or two edits away; null when further or equal. */
export function classifyEdit(seen: string, known: string): Edit | null {
  if (seen === known) return null;
  const a = Array.from(seen);
  const b = Array.from(known);
  if (a.length === b.length) {
    const diff = a.flatMap((c, i) => (c === b[i] ? [] : [i]));
    if (diff.length === 1) return { kind: 'changed-letter', atEnd: diff[0] === a.length - 1 };
    if (diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!]) {
      return { kind: 'transposition', atEnd: diff[1] === a.length - 1 };
    }
  } else if (Math.abs(a.length - b.length) === 1) {
    const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
    let i = 0;
    while (i < shorter.length && longer[i] === shorter[i]) i++;
    if (longer.slice(i + 1).join('') === shorter.slice(i).join('')) {
      // The extra letter may be reported anywhere in a run of equal letters; a run means a doubled letter.
      const doubled = longer[i] === longer[i - 1] || longer[i] === longer[i + 1];
      const kind: EditKind = doubled ? 'doubled-letter' : a.length > b.length ? 'added-letter' : 'dropped-letter';
      return { kind, atEnd: i === longer.length - 1 };
    }
  }
  return editDistance(seen, known, 2) <= 2 ? { kind: 'two-edits', atEnd: false } : null;
}

/** British and American spellings (Labour/Labor, Centre/Center, Organisation/Organization): not typos. */
function spellingForm(word: string): string {
  return word
    .replace(/our/g, 'or')
    .replace(/([^aeiou])re$/, '$1er')
    .replace(/is(e|ed|es|ing|ation|ations)$/, 'iz$1')
    .replace(/yse$/, 'yze')
    .replace(/ll(ed|ing|er|or)$/, 'l$1')
    .replace(/ae/g, 'e')
    .replace(/oe/g, 'e');
}

function sameEnds(x: string, y: string): boolean {
  return x[0] === y[0] && x.at(-1) === y.at(-1);
}

/** An acronym or initialism as written: MIT, NASA, WHO. Short acronyms are never near misses. */
function isAcronym(word: string | undefined): boolean {
  return !!word && /^\p{Lu}{2,6}$/u.test(word);
}

export type NameKind = 'person' | 'body';

export type NearMissContext = {
  /**
   * What the page ties the name to, against what is known of the record: a stated affiliation
   * that matches the known person's is strong evidence of the same person misspelt; one that
   * names another known body says it is somebody else.
   */
  affiliation?: 'agrees' | 'contradicts' | 'unknown';
  /** The seen word is a word of some other known name: a real name, not a typo. */
  isKnownWord?: (word: string) => boolean;
};

export type NearMissEvidence = { seenWord: string; knownWord: string; edit: Edit; affiliationAgrees: boolean };

const EDIT_WORDS: Record<EditKind, string> = {
  transposition: 'two letters swapped',
  'doubled-letter': 'a doubled or undoubled letter',
  'added-letter': 'an added letter',
  'dropped-letter': 'a dropped letter',
  'changed-letter': 'one letter changed',
  'two-edits': 'two letters off',
};

export function describeEdit(e: NearMissEvidence): string {
  return `"${e.seenWord}" for "${e.knownWord}", ${EDIT_WORDS[e.edit.kind]}`;
}

/** Letters (without spaces) a name needs before it can be a near miss, or have one. */
const MIN_NEAR_MISS_LETTERS = 6;
/** Letters the word of a one-word organisation or outlet name needs before it can be a near miss. */
const MIN_ONE_WORD_BODY = 7;

/**
 * Why `seen` is a likely misspelling of `known`, or null. The whole names must have the same
 * words but one, and that one must be a small edit that a typo explains better than a different
 * name does:
 * - never between short names or acronyms (MIT/MITRE), two places (Austria/Australia,
 *   Slovenia/Slovakia), two spellings of one word (Labour/Labor), names with different numbers,
 *   or when the seen word is itself a word of another known name;
 * - organisations and outlets: one edit in a word of five letters or more (two in a long word
 *   with the same first and last letter); a short word may only gain or lose a letter, and only
 *   beside another distinctive word that matches (Shanghai Jia Tong University); a one-word name
 *   needs seven letters;
 * - people: distinct people share surnames and have given names a letter apart (Zhang Li/Zhang
 *   Xin, Wang Jin/Wang Jun, Philip/Phillip, Maria/Mario). Without a stated affiliation that
 *   matches the known person's, only a dropped, added, doubled or swapped letter inside (not at
 *   the end of) a later word of five letters or more counts; with one, any single edit does. A
 *   stated affiliation at another known body rules it out.
 */
export function nearMissEvidence(seen: string, known: string, kind: NameKind = 'body', context: NearMissContext = {}): NearMissEvidence | null {
  const a = nameKey(seen);
  const b = nameKey(known);
  if (!a || !b || a === b) return null;
  if (a.replace(/ /g, '').length < MIN_NEAR_MISS_LETTERS || b.replace(/ /g, '').length < MIN_NEAR_MISS_LETTERS) return null;
  const wa = a.split(' ');
  const wb = b.split(' ');
  if (wa.length !== wb.length) return null;
  const differing = wa.flatMap((w, i) => (w === wb[i] ? [] : [i]));
  if (differing.length !== 1) return null;
  const i = differing[0]!;
  const x = wa[i]!;
  const y = wb[i]!;
  if (isAcronym(surfaceWords(seen)[i]) || isAcronym(surfaceWords(known)[i])) return null;
  if (/\p{N}/u.test(x) || /\p{N}/u.test(y)) return null;
  if (isPlace(x) && isPlace(y)) return null;
  if (spellingForm(x) === spellingForm(y)) return null;
  if (context.affiliation === 'contradicts') return null;
  if (context.isKnownWord?.(x)) return null;
  const edit = classifyEdit(x, y);
  if (!edit) return null;
  const m = Math.min(x.length, y.length);
  const agrees = context.affiliation === 'agrees';
  let likely: boolean;
  if (kind === 'person') {
    if (edit.kind === 'two-edits') likely = agrees && m >= 7 && sameEnds(x, y);
    else if (agrees) likely = m >= 3;
    else likely = wa.length >= 2 && i > 0 && m >= 5 && !edit.atEnd && edit.kind !== 'changed-letter';
  } else if (edit.kind === 'two-edits') {
    likely = m >= 10 && sameEnds(x, y);
  } else if (wa.length === 1) {
    likely = m >= MIN_ONE_WORD_BODY;
  } else if (m >= 5) {
    likely = true;
  } else {
    const gainsOrLoses = edit.kind === 'added-letter' || edit.kind === 'dropped-letter' || edit.kind === 'doubled-letter';
    likely = m >= 3 && gainsOrLoses && wa.some((w, j) => j !== i && isDistinctive(w));
  }
  return likely ? { seenWord: x, knownWord: y, edit, affiliationAgrees: agrees } : null;
}

/**
 * Whether a fuzzy key asked for an organisation's or outlet's name (bodyFuzzyKeys of a name on
 * the page) can find a near miss under nearMissEvidence's rules. A key is the seen name or the
 * seen name less one letter (at most two UTF-16 units), so a one-word key of four units or
 * fewer comes from a one-word name under MIN_ONE_WORD_BODY letters, and a key of three or fewer
 * from a name under MIN_NEAR_MISS_LETTERS: neither can be a near miss. The keys stored for a
 * record are not affected; this only spares the reads that cannot matter — "MIT" and its "mi",
 * "mt", "it", which hundreds of acronyms share in a large list.
 */
export function isUsefulBodyFuzzyKey(key: string): boolean {
  const letters = key.replace(/ /g, '').length;
  if (letters + 2 < MIN_NEAR_MISS_LETTERS) return false;
  return key.includes(' ') || letters + 2 >= MIN_ONE_WORD_BODY;
}

/** Whether `seen` is a likely misspelling of `known` (see nearMissEvidence). */
export function isNearMiss(seen: string, known: string, kind: NameKind = 'body', context: NearMissContext = {}): boolean {
  return nearMissEvidence(seen, known, kind, context) !== null;
}

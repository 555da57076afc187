/**
 * Shared by the two integrity checks (self-disclosed-fabrication, generation-artifact): Unicode
 * word boundaries, a pattern builder, and the word classes both read — first person, verbs of
 * saying, the names of chatbots. Every pattern is built once, at module load.
 *
 * JavaScript's `\b` only knows ASCII letters, so `\bübersetz` or `\bé` never match; every
 * pattern here marks word edges with WB / WE and is compiled with the `u` flag.
 */

/** Start of a word: no letter or digit before. */
export const WB = String.raw`(?<![\p{L}\p{N}])`;
/** End of a word: no letter or digit after. */
export const WE = String.raw`(?![\p{L}\p{N}])`;
/** Space between two words of a phrase (a non-breaking space included). */
export const SP = String.raw`[\s\u00a0]+`;
/** An apostrophe, straight or curly. */
export const AP = `['’]`;

/** A non-capturing alternation of pattern sources. */
export const alt = (...parts: string[]): string => `(?:${parts.join('|')})`;

/**
 * A case-insensitive Unicode pattern from a source in which a space means "any run of spaces"
 * (" ?" : optional spaces; inside a character class, any space).
 */
export function re(source: string, flags = 'iu'): RegExp {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i++;
    } else if (c === '[' && !inClass) {
      inClass = true;
      out += c;
    } else if (c === ']' && inClass) {
      inClass = false;
      out += c;
    } else if (c === ' ') {
      if (inClass) out += String.raw`\s\u00a0`;
      else if (source[i + 1] === '?') {
        out += String.raw`[\s\u00a0]*`;
        i++;
      } else out += SP;
    } else out += c;
  }
  return new RegExp(out, flags);
}

/** Whole words: an alternation bounded on both sides. */
export const words = (...list: string[]): string => `${WB}${alt(...list)}${WE}`;

/** The first match of any pattern, as evidence. */
export function firstMatch(patterns: readonly RegExp[], text: string): string | null {
  for (const p of patterns) {
    const m = p.exec(text);
    if (m) return m[0].trim();
  }
  return null;
}

/**
 * Verbs of saying in the languages read: a sentence built on one reports what someone else said,
 * so it is not the page's own voice even without quotation marks.
 */
export const SAY_VERB = words(
  'said', 'says', 'told', 'tells', 'claimed', 'claims', 'insisted', 'insists', 'argued', 'argues', 'alleged', 'alleges', 'wrote', 'writes',
  'admitted', 'admits', 'confessed', 'denied', 'denies', 'stated', 'states', 'added', 'replied', 'responded', 'answered', 'according to',
  'dijo', 'dice', 'afirmó', 'afirma', 'aseguró', 'asegura', 'declaró', 'señaló', 'escribió', 'admitió', 'respondió', 'según',
  'a déclaré', 'a dit', 'affirme', 'a affirmé', 'assure', 'a assuré', 'a écrit', 'a répondu', 'selon', 'estime',
  'sagte', 'sagt', 'erklärte', 'erklärt', 'schrieb', 'behauptete', 'behauptet', 'antwortete', 'laut', 'räumte',
  'disse', 'diz', 'afirmou', 'declarou', 'escreveu', 'respondeu', 'segundo', 'admitiu',
) + '|表示|声称|宣称|回答说|回应称|据[^。！？]{1,12}(?:报道|称)';

/** First-person subjects: the writer speaking of themself. */
export const FIRST_PERSON = words('I', 'we', 'yo', 'nosotros', 'je', 'nous', 'ich', 'wir', 'eu', 'nós') + '|我们|我|笔者';

const SAY_PATTERN = re(SAY_VERB, 'giu');
/** "An AI wrote this article": writing the piece itself is authorship, not reported speech. */
const WRITES_THE_PIECE = re(`^(?:wrote|writes|escribió|a écrit|schrieb|escreveu) (?:this|all of this|esto|este|esta|ceci|cet|ce|diesen|dieses|diese|isto|este|esta)${WE}`);
const FIRST_PERSON_BEFORE = re(`(?:${FIRST_PERSON})(?: (?:also|have|had|then|later|now|já|ya|déjà|auch|也))?\\s*$`);
const FIRST_PERSON_AFTER = re(`^\\s*(?:${FIRST_PERSON})${WE}`);

/**
 * True when the sentence reports someone else's words: a verb of saying whose subject is not
 * the writer ("…, the mayor said", "according to the ministry"). "I said" is the page's own voice.
 */
export function reportsSomeoneElse(voice: string): boolean {
  for (const m of voice.matchAll(SAY_PATTERN)) {
    const before = voice.slice(Math.max(0, m.index - 24), m.index);
    const after = voice.slice(m.index + m[0].length, m.index + m[0].length + 12);
    if (WRITES_THE_PIECE.test(m[0] + after)) continue;
    if (!FIRST_PERSON_BEFORE.test(before) && !FIRST_PERSON_AFTER.test(after)) return true;
  }
  return false;
}

/** The index sentence, or the sentence right after, in the same block. */
export type Neighbourhood<T extends { block: number }> = { previous?: T; next?: T };
export function neighbours<T extends { block: number }>(sentences: readonly T[], index: number): Neighbourhood<T> {
  const s = sentences[index]!;
  const previous = sentences[index - 1];
  const next = sentences[index + 1];
  return { previous: previous?.block === s.block ? previous : undefined, next: next?.block === s.block ? next : undefined };
}

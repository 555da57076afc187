/** Claims compared by meaning: content words, numbers and negation, not exact text. */

const STOPWORDS = new Set(
  'a an the and or but if of to in on at by for with from as is are was were be been being has have had do does did this that these those it its they their them he she his her we our you your i my me will would could should can may might must shall not no never than then there here which who whom whose what when where why how all any some such more most other into over under about after before during while because so just also only very said says'.split(' '),
);
const NEGATIONS = new Set(['not', 'no', 'never', 'none', 'nobody', 'nothing', "didn't", "don't", "doesn't", "isn't", "wasn't", "weren't", "aren't", "won't", "cannot", "can't"]);

/** A crude stem: enough that "caused"/"causes"/"causing" and "turbines"/"turbine" meet. */
function stem(word: string): string {
  return word.replace(/(?:ing|ed|es|s)$/, '').replace(/(.)\1$/, '$1');
}

function words(text: string): string[] {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().match(/[\p{L}\p{N}'’]+/gu) ?? [];
}

export function claimTokens(text: string): string[] {
  return [...new Set(words(text).filter((w) => w.length > 2 && !STOPWORDS.has(w) && !NEGATIONS.has(w)).map(stem))];
}

function numbers(text: string): string[] {
  return (text.match(/\d[\d,.]*/g) ?? []).map((n) => n.replace(/[,.]$/, '').replace(/,/g, ''));
}

function negated(text: string): boolean {
  return words(text).some((w) => NEGATIONS.has(w) || w.endsWith("n't"));
}

/** Share of the claim's content words the sentence must contain to state the same claim. */
export const CLAIM_COVERAGE = 0.75;

/**
 * Whether a sentence states the reviewed claim: it covers most of the claim's content words,
 * carries every number the claim does, and agrees with it on negation.
 */
export function statesClaim(sentence: string, claim: string): boolean {
  const claimSet = claimTokens(claim);
  if (claimSet.length < 3) return false;
  const sentenceSet = new Set(claimTokens(sentence));
  const covered = claimSet.filter((t) => sentenceSet.has(t)).length / claimSet.length;
  if (covered < CLAIM_COVERAGE) return false;
  const sentenceNumbers = new Set(numbers(sentence));
  if (!numbers(claim).every((n) => sentenceNumbers.has(n))) return false;
  return negated(sentence) === negated(claim);
}

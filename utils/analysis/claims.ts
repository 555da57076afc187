/**
 * Claims compared by meaning, not exact text: words are normalised, stemmed and folded into
 * small general synonym sets (caused/led to/triggered, vaccine/vaccination), numbers are read
 * as values (three = 3, 40,000 = 40000, 50 percent = 50%, half of = 50%), and a sentence states
 * a reviewed claim when it covers most of the claim's content words in any order, carries every
 * number, code (5G, COVID-19) and name the claim does, and agrees with it on negation. Where and
 * how the sentence frames it (in its own voice, reported, disputed, asked) is read separately.
 */

const STOPWORDS = new Set(
  (
    'a an the and or but if of to in on at by for with from as is are was were be been being am has have had having do does did doing ' +
    'this that these those it its itself they their theirs them themselves he him his himself she her hers herself we us our ours ' +
    'you your yours i my me mine will would could should can may might must shall than then there here which who whom whose what ' +
    'when where why how all any some such more most other others into over under about after before during while because so just ' +
    'also only very said says say across through throughout among amongst within upon onto toward towards via per since until till ' +
    'amid amidst despite between beyond near off out up down around along last next ago yet still even ever both each every either ' +
    'own same let lets get gets got really actually indeed already again much many too well one\'s whether'
  ).split(' '),
);
const NEGATIONS = new Set(['not', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'cannot', 'nowhere']);
/** Verbs that deny what follows them in the same clause: "the utility denied that …". */
const DENIALS = new Set(['deny', 'denies', 'denied', 'denying', 'refute', 'refutes', 'refuted', 'rejects', 'rejected', 'disputes', 'disputed', 'dismissed', 'dismisses']);
/** Words that mark a sentence as disputing what it repeats: "…, which is false", "falsely claimed". */
const DEBUNKING = new Set([
  'false', 'falsely', 'untrue', 'myth', 'myths', 'hoax', 'hoaxes', 'debunk', 'debunked', 'debunks', 'debunking', 'baseless',
  'unfounded', 'unsubstantiated', 'unproven', 'discredited', 'misleading', 'misinformation', 'disinformation', 'conspiracy',
  'rumor', 'rumors', 'rumour', 'rumours', 'factcheck', 'factchecked', 'factcheckers', 'inaccurate', 'bogus', 'erroneous',
  'erroneously', 'wrongly', 'disproven', 'disproved',
]);
/** Two-word markers of the same: "without evidence", "fact check". */
const DEBUNKING_PAIRS = [['without', 'evidence'], ['without', 'proof'], ['fact', 'check'], ['fact', 'checked'], ['fact', 'checkers']];
/** Verbs and nouns that put what follows in someone else's mouth: "X claimed that …", "according to X". */
const REPORTING = new Set([
  'said', 'says', 'say', 'saying', 'told', 'tells', 'tell', 'claim', 'claims', 'claimed', 'claiming', 'allege', 'alleges', 'alleged',
  'alleging', 'allegedly', 'allegation', 'allegations', 'assert', 'asserts', 'asserted', 'asserting', 'insist', 'insists', 'insisted',
  'insisting', 'argue', 'argues', 'argued', 'arguing', 'maintain', 'maintains', 'maintained', 'contend', 'contends', 'contended',
  'suggest', 'suggests', 'suggested', 'suggesting', 'believe', 'believes', 'believed', 'think', 'thinks', 'thought', 'wrote',
  'write', 'writes', 'written', 'post', 'posts', 'posted', 'tweet', 'tweets', 'tweeted', 'shared', 'repeated', 'repeats',
  'repeating', 'according', 'reportedly', 'purportedly', 'supposedly', 'theory', 'theories', 'blamed', 'blames', 'accused',
  'accuses', 'speculated', 'speculate', 'speculation', 'posited', 'declared', 'announced', 'stated', 'warned', 'added', 'noted',
  'explained', 'testified',
]);
/** Subjects that make a verb of saying the article's own voice: "we will say it plainly". */
const FIRST_PERSON = new Set(['i', 'we']);
const AUXILIARIES = new Set(['will', 'would', 'can', 'could', 'must', 'should', 'do', 'did', 'have', 'just', 'also', 'now', 'shall', "'ll", 'll', 'it', 'plainly', 'simply', 'clearly']);
/** Words before a claim in its clause that make it a question or a condition, not a statement. */
const HYPOTHETICAL = new Set(['whether', 'if', 'unless', 'suppose', 'supposing', 'imagine']);

/** A word → value table with no prototype: "constructor" is a word, not a key. */
function lookupTable<T>(entries: Record<string, T>): Map<string, T> {
  return new Map(Object.entries(entries));
}

const NUMBER_WORDS = lookupTable<number>({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, dozen: 12,
});
const SCALES = lookupTable<number>({ hundred: 100, thousand: 1e3, million: 1e6, millions: 1e6, billion: 1e9, billions: 1e9, trillion: 1e12, k: 1e3, m: 1e6, mn: 1e6, bn: 1e9, b: 1e9, tn: 1e12 });

/** Irregular forms of common English words, folded to the form the stemmer handles. */
const IRREGULAR = lookupTable<string>({
  children: 'child', men: 'man', women: 'woman', mice: 'mouse', teeth: 'tooth', feet: 'foot', died: 'die', dies: 'die', dying: 'die',
  made: 'make', took: 'take', taken: 'take', gave: 'give', given: 'give', found: 'find', held: 'hold', built: 'build', sold: 'sell',
  bought: 'buy', brought: 'bring', caught: 'catch', knew: 'know', known: 'know', grew: 'grow', grown: 'grow', rose: 'rise',
  risen: 'rise', fell: 'fall', fallen: 'fall', won: 'win', lost: 'lose', paid: 'pay', sent: 'send', spent: 'spend', left: 'leave',
  began: 'begin', begun: 'begin', ran: 'run', stole: 'steal', stolen: 'steal', hid: 'hide', hidden: 'hide', led: 'lead',
  fled: 'flee', fought: 'fight', shot: 'shoot', struck: 'strike', threw: 'throw', thrown: 'throw', drove: 'drive', driven: 'drive',
  ate: 'eat', eaten: 'eat', saw: 'see', seen: 'see', went: 'go', gone: 'go', came: 'come', broke: 'break', broken: 'break',
  chose: 'choose', chosen: 'choose', spoke: 'speak', spoken: 'speak', froze: 'freeze', frozen: 'freeze', bitten: 'bite', bit: 'bite',
  kept: 'keep', meant: 'mean', met: 'meet', sank: 'sink', sunk: 'sink', wore: 'wear', worn: 'wear', flew: 'fly', flown: 'fly',
});

/** Small, general synonym sets: each word is read as the first of its set. */
const SYNONYM_SETS = [
  ['cause', 'trigger', 'spark', 'provoke'],
  ['vaccine', 'vaccination', 'vaccinate', 'jab', 'inoculation', 'immunization', 'immunisation', 'immunize', 'immunise'],
  ['kill', 'die', 'death', 'dead', 'fatal', 'fatality'],
  ['spread', 'transmit', 'transmission'],
  ['increase', 'rise', 'raise', 'grow', 'growth', 'surge', 'soar', 'jump', 'climb'],
  ['decrease', 'fall', 'drop', 'decline', 'reduce', 'reduction', 'cut', 'lower', 'plunge', 'slash'],
  ['ban', 'prohibit', 'outlaw', 'forbid'],
  ['buy', 'purchase', 'acquire'],
  ['blackout', 'outage'],
  ['child', 'kid'],
  ['infertility', 'infertile', 'sterility', 'sterile', 'sterilize', 'sterilise'],
  ['cure', 'heal'],
  ['doctor', 'physician'],
  ['hide', 'conceal'],
  ['poison', 'poisonous', 'toxic', 'toxin'],
  ['contain', 'include'],
  ['fraud', 'fraudulent', 'rig', 'rigged'],
  ['illegal', 'unlawful'],
  ['immigrant', 'migrant'],
  ['fake', 'faked', 'fabricate', 'hoax'],
  ['secret', 'secretly', 'covert', 'covertly'],
  ['microchip', 'chip'],
];

/** Multi-word phrases read as one word: "led to" = caused, "power cut" = blackout, "no one" = nobody. */
const PHRASES: { words: RegExp[]; as: string }[] = [
  { words: [/^(?:lead|leads|led|leading)$/, /^to$/], as: 'cause' },
  { words: [/^(?:result|results|resulted|resulting)$/, /^in$/], as: 'cause' },
  { words: [/^responsible$/, /^for$/], as: 'cause' },
  { words: [/^(?:bring|brings|brought|bringing)$/, /^about$/], as: 'cause' },
  { words: [/^(?:give|gives|gave|given|giving)$/, /^rise$/, /^to$/], as: 'cause' },
  { words: [/^power$/, /^(?:cut|cuts|outage|outages|failure|failures)$/], as: 'blackout' },
  { words: [/^(?:cover|covers|covered|covering)$/, /^up$/], as: 'hide' },
  { words: [/^no$/, /^one$/], as: 'nobody' },
  { words: [/^not$/, /^only$/], as: '' },
];

function stem(word: string): string {
  let w = IRREGULAR.get(word) ?? word;
  if (w.length > 3) {
    if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
    else if (w.endsWith('ied') && w.length > 4) w = `${w.slice(0, -3)}y`;
    else if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
    else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
    else if (/(?:s|x|z|ch|sh)es$/.test(w)) w = w.slice(0, -2);
    else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
    w = w.replace(/(\p{L})\1$/u, '$1').replace(/(?<=..)e$/, '');
  }
  return w;
}

const SYNONYMS = new Map<string, string>();
for (const set of SYNONYM_SETS) for (const word of set) SYNONYMS.set(stem(word), stem(set[0]!));

function canonical(word: string): string {
  const s = stem(word);
  return SYNONYMS.get(s) ?? s;
}

type TokenKind = 'word' | 'number' | 'code' | 'boundary';
type Token = {
  kind: TokenKind;
  /** Lowercase surface form. */
  raw: string;
  /** The canonical form compared: stem and synonym for words, the value for numbers. */
  norm: string;
  capitalised: boolean;
  acronym: boolean;
  content: boolean;
};

const TOKEN = /[$€£]?[\p{L}\p{N}]+(?:[.,'’\-/][\p{L}\p{N}]+)*%?|[,;:()?!—–]|\s[-–]\s/gu;

function numberValue(raw: string): number | null {
  const plain = raw.replace(/^[$€£]/, '').replace(/%$/, '');
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/.test(plain)) return Number(plain.replace(/,/g, ''));
  return null;
}

function formatNumber(value: number, percent: boolean): string {
  const text = Number.isInteger(value) ? String(value) : String(Number(value.toFixed(6)));
  return percent ? `${text}%` : text;
}

/** Words, numbers, codes and clause boundaries of a text, with phrases and numbers already folded. */
function tokenize(text: string): Token[] {
  const folded = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/\b(can)'?t\b/gi, '$1 not')
    .replace(/\b(won)'t\b/gi, 'will not')
    .replace(/\b(\p{L}+)n't\b/giu, '$1 not')
    .replace(/'s\b/g, '')
    .replace(/\bper\s+cent\b/gi, 'percent');
  const pieces: { raw: string; capitalised: boolean; acronym: boolean }[] = [];
  for (const m of folded.matchAll(TOKEN)) {
    const surface = m[0].trim();
    if (/^[,;:()?!—–-]$/.test(surface)) {
      pieces.push({ raw: surface, capitalised: false, acronym: false });
      continue;
    }
    // "COVID-19" and "F-35" are one code; "self-healing" and "wind-farm" are two words.
    const joined = /^\p{L}+-\p{N}+$|^\p{N}+-\p{L}+$/u.test(surface) ? [surface.replace('-', '')] : surface.split(/[-/]/).filter(Boolean);
    for (const part of joined) {
      const clean = part.replace(/[.']+$/, '');
      if (!clean) continue;
      pieces.push({ raw: clean.toLowerCase().replace(/\.(?=\p{L})/gu, ''), capitalised: /^\p{Lu}/u.test(clean), acronym: /^(?:\p{Lu}\.?){2,6}$|^\p{Lu}+\p{N}|^\p{N}+\p{Lu}/u.test(clean) });
    }
  }

  const tokens: Token[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!;
    if (/^[,;:()?!—–-]$/.test(p.raw)) {
      tokens.push({ kind: 'boundary', raw: p.raw, norm: p.raw, capitalised: false, acronym: false, content: false });
      continue;
    }
    const phrase = PHRASES.find((ph) => ph.words.every((re, k) => re.test(pieces[i + k]?.raw ?? '')));
    if (phrase) {
      i += phrase.words.length - 1;
      if (phrase.as) tokens.push({ kind: 'word', raw: phrase.as, norm: canonical(phrase.as), capitalised: false, acronym: false, content: !NEGATIONS.has(phrase.as) && phrase.as !== 'nobody' });
      continue;
    }
    // Numbers: digits or number words, a scale ("3 million", "a dozen"), a percent sign or word.
    let value = numberValue(p.raw);
    let percent = p.raw.endsWith('%');
    let scaled = /^(\d+(?:\.\d+)?)(k|m|mn|bn|b|tn)$/.exec(p.raw);
    if (scaled) value = Number(scaled[1]) * SCALES.get(scaled[2]!)!;
    const ordinal = /^(\d+)(?:st|nd|rd|th)$/.exec(p.raw);
    if (ordinal) value = Number(ordinal[1]);
    if (value === null && NUMBER_WORDS.has(p.raw)) {
      value = NUMBER_WORDS.get(p.raw)!;
      // "twenty-five", "twenty five"
      const next = pieces[i + 1]?.raw ?? '';
      if (value >= 20 && value % 10 === 0 && (NUMBER_WORDS.get(next) ?? 10) < 10) {
        value += NUMBER_WORDS.get(next)!;
        i += 1;
      }
    }
    if (value === null && (p.raw === 'a' || p.raw === 'an') && SCALES.has(pieces[i + 1]?.raw ?? '') && pieces[i + 1]!.raw.length > 2) value = 1;
    if (value === null && (p.raw === 'half' || p.raw === 'quarter') && /^(?:of|the|a|an)$/.test(pieces[i + 1]?.raw ?? '')) {
      value = p.raw === 'half' ? 50 : 25;
      percent = true;
    }
    if (value !== null) {
      while (!percent && SCALES.has(pieces[i + 1]?.raw ?? '') && (pieces[i + 1]!.raw.length > 2 || /^\d/.test(p.raw))) {
        value *= SCALES.get(pieces[i + 1]!.raw)!;
        i += 1;
      }
      if (/^(?:percent|pct)$/.test(pieces[i + 1]?.raw ?? '')) {
        percent = true;
        i += 1;
      }
      tokens.push({ kind: 'number', raw: p.raw, norm: formatNumber(value, percent), capitalised: false, acronym: false, content: true });
      continue;
    }
    if (/^\d+s$/.test(p.raw)) {
      tokens.push({ kind: 'number', raw: p.raw, norm: p.raw, capitalised: false, acronym: false, content: true });
      continue;
    }
    if (/\p{L}/u.test(p.raw) && /\p{N}/u.test(p.raw)) {
      tokens.push({ kind: 'code', raw: p.raw, norm: p.raw, capitalised: p.capitalised, acronym: true, content: true });
      continue;
    }
    const content = !STOPWORDS.has(p.raw) && !NEGATIONS.has(p.raw) && (p.raw.length > 2 || p.acronym);
    tokens.push({ kind: 'word', raw: p.raw, norm: content ? canonical(p.raw) : p.raw, capitalised: p.capitalised, acronym: p.acronym, content });
  }
  return tokens;
}

/** A claim read once: its content words, and which of them are names, numbers and codes. */
export type PreparedClaim = { text: string; tokens: Token[]; content: string[]; required: string[]; negated: boolean; words: number };

const prepared = new Map<string, PreparedClaim>();

export function prepareClaim(claim: string): PreparedClaim {
  const cached = prepared.get(claim);
  if (cached) return cached;
  const tokens = tokenize(claim);
  const words = tokens.filter((t) => t.kind !== 'boundary');
  const contentWords = words.filter((t) => t.content && t.kind === 'word');
  // Title Case claims say nothing about which words are names: only acronyms count then.
  const titleCase = contentWords.length > 1 && contentWords.filter((t) => t.capitalised || t.raw.length < 4).length / contentWords.length >= 0.9;
  const required = words.filter((t, i) => {
    if (!t.content) return false;
    if (t.kind === 'number' || t.kind === 'code' || t.acronym) return true;
    if (titleCase || !t.capitalised) return false;
    // The first word is capitalised anyway: a name only when the next word is one too ("Bill Gates …").
    return i > 0 || (words[1]?.capitalised ?? false);
  });
  const result: PreparedClaim = {
    text: claim,
    tokens,
    content: [...new Set(words.filter((t) => t.content).map((t) => t.norm))],
    required: [...new Set(required.map((t) => t.norm))],
    negated: words.some((t) => NEGATIONS.has(t.raw) || t.raw === 'nobody'),
    words: words.length,
  };
  if (prepared.size > 5_000) prepared.clear();
  prepared.set(claim, result);
  return result;
}

/** The canonical content words of a text: what claims are indexed and compared by. */
export function claimTokens(text: string): string[] {
  return [...new Set(tokenize(text).filter((t) => t.content).map((t) => t.norm))];
}

/** Content words of a claim that form its index keys, at most. */
const MAX_KEY_WORDS = 12;
/** How far apart (in content words) two words of a sentence may be to form a lookup key. */
const KEY_REACH = 3;
/** Lookup keys per article, at most. */
const MAX_ARTICLE_KEYS = 8_000;

function pairKey(a: string, b: string): string {
  return a < b ? `${a} ${b}` : `${b} ${a}`;
}

/**
 * Index keys of a claim review: every pair of its content words. A sentence that states the
 * claim holds most of those words close together, so it holds some pair of them within a few
 * words of each other; a pair is far more selective than a word, so finding candidates costs
 * about the same with any number of reviews.
 */
export function claimIndexKeys(claim: string): string[] {
  const words = claimTokens(claim).slice(0, MAX_KEY_WORDS);
  const keys = new Set<string>();
  for (let i = 0; i < words.length; i++) for (let j = i + 1; j < words.length; j++) if (words[i] !== words[j]) keys.add(pairKey(words[i]!, words[j]!));
  return [...keys];
}

/** Lookup keys of an article's sentences: pairs of content words at most KEY_REACH apart. */
export function sentenceClaimKeys(sentences: string[]): string[] {
  const keys = new Set<string>();
  for (const sentence of sentences) {
    const words = tokenize(sentence).filter((t) => t.content).map((t) => t.norm);
    for (let i = 0; i < words.length; i++) {
      for (let j = i + 1; j <= i + KEY_REACH && j < words.length; j++) {
        if (words[i] === words[j]) continue;
        keys.add(pairKey(words[i]!, words[j]!));
        if (keys.size >= MAX_ARTICLE_KEYS) return [...keys];
      }
    }
  }
  return [...keys];
}

/** Share of the claim's content words the sentence must contain to state the same claim. */
export const CLAIM_COVERAGE = 0.75;

export type ClaimMatch = {
  /** Share of the claim's content words found. */
  coverage: number;
  /** Token positions in the sentence of the first and last claim word found. */
  start: number;
  end: number;
  /** Token positions of the claim words found. */
  positions: Set<number>;
  tokens: Token[];
};

function boundary(t: Token | undefined): boolean {
  return !t || t.kind === 'boundary';
}

/** Negation, denial or a hypothetical in the claim's own clause: within it, or just before it. */
function leadIn(tokens: Token[], start: number): Token[] {
  const before: Token[] = [];
  for (let i = start - 1; i >= 0 && before.length < 8; i--) {
    if (boundary(tokens[i])) break;
    before.unshift(tokens[i]!);
  }
  return before;
}

function negatedAround(tokens: Token[], start: number, end: number): boolean {
  const span = tokens.slice(start, end + 1);
  if (span.some((t) => NEGATIONS.has(t.raw) || t.raw === 'nobody')) return true;
  return leadIn(tokens, start).some((t) => NEGATIONS.has(t.raw) || t.raw === 'nobody' || DENIALS.has(t.raw));
}

type ReadSentence = { tokens: Token[]; /** Position of each content word's first occurrence. */ first: Map<string, number> };
const readSentences = new Map<string, ReadSentence>();

/** A sentence read once however many claims it is compared with. */
function readSentence(sentence: string): ReadSentence {
  const cached = readSentences.get(sentence);
  if (cached) return cached;
  const tokens = tokenize(sentence);
  const first = new Map<string, number>();
  tokens.forEach((t, i) => {
    if (t.content && !first.has(t.norm)) first.set(t.norm, i);
  });
  if (readSentences.size > 2_000) readSentences.clear();
  const read = { tokens, first };
  readSentences.set(sentence, read);
  return read;
}

/**
 * Whether and where a sentence states the claim: most of its content words in any order, every
 * number, code and name it carries, within a stretch of the sentence not much longer than the
 * claim, with the same polarity (a sentence that denies it does not state it).
 */
export function matchClaim(sentence: string, claim: string | PreparedClaim): ClaimMatch | null {
  const c = typeof claim === 'string' ? prepareClaim(claim) : claim;
  if (c.content.length < 3) return null;
  const { tokens, first } = readSentence(sentence);
  if (!c.required.every((r) => first.has(r))) return null;
  const found = c.content.filter((w) => first.has(w));
  const coverage = found.length / c.content.length;
  if (coverage < CLAIM_COVERAGE) return null;
  const positions = new Set(found.map((w) => first.get(w)!));
  const start = Math.min(...positions);
  const end = Math.max(...positions);
  // Claim words scattered over a long sentence are not the claim.
  const spanWords = tokens.slice(start, end + 1).filter((t) => t.kind !== 'boundary').length;
  if (spanWords > Math.ceil(1.5 * c.words) + 4) return null;
  if (negatedAround(tokens, start, end) !== c.negated) return null;
  return { coverage, start, end, positions, tokens };
}

/** Whether a sentence states the reviewed claim (see matchClaim). */
export function statesClaim(sentence: string, claim: string): boolean {
  return matchClaim(sentence, claim) !== null;
}

export type ClaimFrame = 'asserted' | 'reported' | 'disputed' | 'asked';

/**
 * How a sentence that states a claim frames it: `asked` as a question or a condition
 * ("whether …", "if …"), `disputed` when it says the claim is false or unfounded ("…, which is
 * false", "falsely claimed"), `reported` when a verb of saying or "according to" outside the
 * claim puts it in someone else's mouth (the article's own "we say" does not), else `asserted`.
 */
export function claimFrame(sentence: string, match: ClaimMatch): ClaimFrame {
  const { tokens, positions, start } = match;
  if (/\?\s*["”’']?\s*$/.test(sentence.trim())) return 'asked';
  if (leadIn(tokens, start).some((t) => HYPOTHETICAL.has(t.raw))) return 'asked';
  const outside = tokens.map((t, i) => ({ t, i })).filter(({ i }) => !positions.has(i));
  if (outside.some(({ t }) => DEBUNKING.has(t.raw))) return 'disputed';
  if (outside.some(({ t, i }) => DEBUNKING_PAIRS.some(([a, b]) => t.raw === a && tokens[i + 1]?.raw === b))) return 'disputed';
  for (const { t, i } of outside) {
    if (!REPORTING.has(t.raw)) continue;
    let j = i - 1;
    while (j >= 0 && AUXILIARIES.has(tokens[j]!.raw)) j--;
    if (j >= 0 && FIRST_PERSON.has(tokens[j]!.raw)) continue;
    return 'reported';
  }
  return 'asserted';
}

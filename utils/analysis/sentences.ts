/** Sentence splitting and quote spans: the units every check reads. */

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'sgt', 'st', 'jr', 'sr', 'inc',
  'ltd', 'co', 'corp', 'vs', 'etc', 'no', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec', 'u.s', 'u.k', 'u.n', 'e.u', 'd.c', 'a.m', 'p.m', 'e.g', 'i.e', 'approx', 'dept', 'univ', 'sra', 'sr',
  'mme', 'mlle', 'hr', 'fr',
]);

const SENTENCE_END = /[.!?。！？]+["”’»)\]]*(?=\s+["“‘«(\[]?[\p{Lu}\p{N}]|\s*$)|[。！？]/gu;

/** A name and a core verb of saying: what follows a quoted question that the speaker claims. */
const ATTRIBUTION_AFTER = /^\s+\p{Lu}[\p{L}’'.\-]*(?:\s+\p{Lu}[\p{L}’'.\-]*){0,2}\s+(?:said|says|told|tells|asked|asks|added|adds|wrote|writes|replied|recalled|explained|continued|insisted)(?![\p{L}])/u;

export type Span = { start: number; end: number };

/** Splits a block into sentences, returning spans so excerpts stay exact substrings. */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    const before = text.slice(start, match.index);
    const lastWord = /([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase() ?? '';
    // "Derek B. Johnson", "U.S. officials": an initial or an abbreviation is not an ending.
    if (match[0] === '.' && (ABBREVIATIONS.has(lastWord.replace(/\.$/, '')) || /^\p{L}$/u.test(lastWord) || /^(\p{L}\.)+\p{L}$/u.test(lastWord))) continue;
    if (quoteOpenAt(text, start, end)) continue;
    // "“Why not?” Caudevilla told me": a question or exclamation that a named speaker then claims.
    if (/[?!]["”’»]$/.test(match[0]) && ATTRIBUTION_AFTER.test(text.slice(end, end + 80))) continue;
    spans.push({ start, end });
    start = end;
    while (start < text.length && /\s/.test(text[start]!)) start++;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans.filter((s) => s.end > s.start);
}

/** True when a double quote opened in text[start, end) is still open at `end`. */
function quoteOpenAt(text: string, start: number, end: number): boolean {
  const part = text.slice(start, end);
  const curlyOpen = (part.match(/“/g) ?? []).length - (part.match(/”/g) ?? []).length;
  const guillemetOpen = (part.match(/«/g) ?? []).length - (part.match(/»/g) ?? []).length;
  const straight = (part.match(/"/g) ?? []).length % 2;
  // A quote running to the end of the block (multi-paragraph quotes) must not swallow the block.
  const closesLater = /[”»"]/.test(text.slice(end));
  return closesLater && (curlyOpen > 0 || guillemetOpen > 0 || straight === 1);
}

/** Quotation marks, by the pair that opens and closes. Single curly quotes need care: ’ is also an apostrophe. */
const QUOTE_PATTERNS = [
  // German „…“ first: its closing mark is English's opening one.
  /„([^„“”]{2,}?)[“”]/g,
  /“([^“”]{2,}?)(?:”|$)/g,
  /«\s?([^«»]{2,}?)\s?»/g,
  /「([^「」]{2,}?)」/g,
  /(?<=^|[\s(\[—–-])"([^"]{2,}?)"/g,
  // A straight mark closed by a curly one ("Minibars almost always lose money,” Sharon said): a typo pages do print.
  /(?<=^|[\s(\[—–-])"([^"“”]{2,}?)”/g,
  /(?<=^|[\s(\[—–:-])‘([^‘’]{8,}?)’(?=[\s,.;:!?)—–-]|$)/g,
  /(?<=^|[\s(\[—–:-])'([^']{8,}?)'(?=[\s,.;:!?)—–-]|$)/g,
];

export type QuoteSpan = Span & { inner: string };

export function quoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  for (const pattern of QUOTE_PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (spans.some((s) => start < s.end && end > s.start)) continue;
      spans.push({ start, end, inner: m[1]!.trim() });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** The text with every quoted span replaced by spaces of the same length: the writer's own voice. */
export function ownVoice(text: string, quotes: QuoteSpan[] = quoteSpans(text)): string {
  let out = text;
  for (const q of quotes) out = out.slice(0, q.start) + ' '.repeat(q.end - q.start) + out.slice(q.end);
  return out;
}

/**
 * Who said what in Chinese: "卢宇表示：“…”", "“…”李博灏说。", "在X看来，…", reported speech after
 * 表示/认为/指出, unnamed groups ("一些学子表示"), and continuations (他表示, a quotation with no
 * verb of its own). Chinese needs rules of its own: no spaces between words, no capitals to mark
 * a name, so a speaker is the phrase that closes just before the verb of saying.
 */
import type { AttributionCandidate } from './attributions';
import { classifySpeaker } from './speakers';
import {
  ZH_ADVERBS, ZH_ANONYMOUS_HEADS, ZH_BODY_ENDINGS, ZH_COMPOUND_FAMILY_NAMES, ZH_FAMILY_NAMES, ZH_HONORIFICS, ZH_PRONOUNS, ZH_SPEECH_VERBS, ZH_TITLES,
} from './vocabulary-zh';

const longestFirst = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join('|');
const HAN = '\\u3400-\\u9fff';
/** Where a phrase begins: the start of the text, punctuation or a quotation mark. */
const BOUNDARY = '(?<=^|[，。；：！？、“”「」『』（）,.;:!?()\\s])';
/**
 * A subject, its adverbs ("还", "恳切地") and a verb of saying. A one-character verb (说, 称)
 * must be followed by punctuation or 道, or "小说" and "称为" would read as speech.
 */
const CLAUSE = new RegExp(
  `${BOUNDARY}([${HAN}·A-Za-z .&\\-]{1,40}?)(?:[（(][^()（）]{1,60}[)）])?((?:${longestFirst(ZH_ADVERBS)}|[${HAN}]{2}地)*)(${longestFirst(ZH_SPEECH_VERBS.filter((v) => v.length > 1))}|[说称](?=[，,：:。“「]))`,
  'gu',
);
/** "在李博灏看来，…": the view of the one named. */
const IN_VIEW = new RegExp(`${BOUNDARY}在([${HAN}·A-Za-z .]{1,30}?)看来[，,]`, 'gu');
/** A phrase that opens a supposition ("如果人们认为…"): what follows is no one's statement. */
const SUPPOSITION = /^(?:如果|假如|假设|若|要是|即使|倘若)/u;
const LATIN = /^[A-Za-z][A-Za-z .&\-]*$/u;
const QUOTE = /[“「『]([^“”「」『』]{2,})[”」』]/gu;
const SENTENCE_END = /[。！？!?]/u;
/** Words after a verb of saying shorter than this are not a statement. */
const MIN_REPORTED = 4;
/** A quotation with no verb of its own shorter than this, and with no full stop, is a phrase. */
const MIN_UNOWNED_QUOTE = 15;
/** Characters allowed between a verb of saying and the quotation it introduces ("表示：“"). */
const INTRODUCTION_GAP = 2;

const FAMILY = new Set(ZH_FAMILY_NAMES);
const TITLE_AT_END = new RegExp(`(${longestFirst(ZH_TITLES)})([${HAN}·]{2,12})$`, 'u');
const BODY_AT_END = new RegExp(`(?:${longestFirst(ZH_BODY_ENDINGS)})$`, 'u');
const ANONYMOUS_AT_END = new RegExp(`(?:${longestFirst(ZH_ANONYMOUS_HEADS)})$`, 'u');
const HONORIFIC = new RegExp(`^[${ZH_FAMILY_NAMES}](?:${longestFirst(ZH_HONORIFICS)})$`, 'u');
/** Characters that end a transliterated name run into the words after it ("贝尔托尼研究洪水"): common words, never sounds of a foreign name. */
const NOT_TRANSLITERATION = '的是在了和与及说表示认为指出也还曾有对研究将把被从向为等已都就又更称';
/** "戴夫·汉森": a foreign name written in characters, its parts joined by a middle dot. */
const TRANSLITERATED = new RegExp(`([${HAN}]{1,5})·((?:(?![${NOT_TRANSLITERATION}])[${HAN}]){2,8})`, 'gu');
/** What may run into a transliterated given name from before it: "荣誉教授戴夫" is a title and "戴夫", "气象学家玛丽亚" a profession and "玛丽亚". */
const BEFORE_GIVEN_NAME = new RegExp(`^.*(?:${longestFirst(ZH_TITLES)}|家|的)`, 'u');
const transliterated = (m: RegExpMatchArray) => `${m[1]!.replace(BEFORE_GIVEN_NAME, '')}·${m[2]}`;
const TRANSLITERATED_ALONE = new RegExp(`^[${HAN}]{1,5}(?:·[${HAN}]{1,8})+$`, 'u');
/** After these a name is the subject of what follows ("李博灏是…", "剑桥大学的李博灏也有着…"). */
const SUBJECT_FOLLOWS = '(?=是|在|也|还|曾|有|对|则|，)';
/** A paragraph that opens on a person is about them. */
const OPENING_NAME = new RegExp(`^([${ZH_FAMILY_NAMES}][${HAN}]{1,2}?)${SUBJECT_FOLLOWS}`, 'u');
/** A person named in passing after a relative clause: whom a later 他 or 她 may mean. */
const MENTION = new RegExp(`的([${ZH_FAMILY_NAMES}][${HAN}]{1,2}?)${SUBJECT_FOLLOWS}`, 'gu');

type ZhSpeaker =
  | { type: 'person'; name: string; role?: string; affiliation?: string }
  | { type: 'body'; name: string }
  | { type: 'anonymous'; descriptor: string }
  | { type: 'pronoun'; pronoun: 'he' | 'she' | 'they' };

/** A Chinese personal name: a family name and one or two characters, or a transliteration with "·". */
function isName(text: string): boolean {
  if (text.includes('·')) return TRANSLITERATED_ALONE.test(text);
  if (HONORIFIC.test(text)) return true;
  const compound = ZH_COMPOUND_FAMILY_NAMES.some((f) => text.startsWith(f));
  return compound ? text.length >= 3 && text.length <= 4 : FAMILY.has(text[0]!) && text.length >= 2 && text.length <= 3;
}

/**
 * Who the phrase before a verb of saying names, if anyone. `known` holds the last part of
 * transliterated names met before ("汉森" for "戴夫·汉森"): a later "汉森指出" is that person.
 */
function speakerOf(phrase: string, known: Map<string, string>): ZhSpeaker | null {
  if (SUPPOSITION.test(phrase)) return null;
  // "在法国留学的卢宇": a relative clause describes the one named after 的.
  const tail = phrase.slice(phrase.lastIndexOf('的') + 1).trim();
  if (!tail) return null;
  const full = known.get(tail);
  if (full) return { type: 'person', name: full };
  // "DeepMind表示", "Nasa表示": a name in Latin letters is read by the English rules' classifier.
  if (LATIN.test(tail)) {
    const who = classifySpeaker(tail);
    // One Latin word in Chinese text ("DeepMind", "Nasa") is far more often a body than a person.
    if (who?.type === 'surname') return { type: 'body', name: who.name };
    return who?.type === 'named' ? (who.organization ? { type: 'body', name: who.name } : { type: 'person', name: who.name }) : null;
  }
  const pronoun = ZH_PRONOUNS[tail];
  if (pronoun) return { type: 'pronoun', pronoun };
  const titled = TITLE_AT_END.exec(tail);
  if (titled && isName(titled[2]!)) {
    const before = tail.slice(0, titled.index);
    return { type: 'person', name: titled[2]!, role: titled[1], affiliation: BODY_AT_END.test(before) ? before : undefined };
  }
  if (isName(tail)) return { type: 'person', name: tail };
  if (ANONYMOUS_AT_END.test(tail)) return { type: 'anonymous', descriptor: tail };
  if (BODY_AT_END.test(tail) && tail.length >= 2) return { type: 'body', name: tail };
  return null;
}

type Clause = { speaker: ZhSpeaker; start: number; end: number };
type Quote = { start: number; end: number; inner: string };

function clausesIn(text: string, known: Map<string, string>): Clause[] {
  const clauses: Clause[] = [];
  for (const m of text.matchAll(CLAUSE)) {
    const speaker = speakerOf(m[1]!, known);
    if (speaker) clauses.push({ speaker, start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(IN_VIEW)) {
    const speaker = speakerOf(m[1]!, known);
    if (speaker) clauses.push({ speaker, start: m.index, end: m.index + m[0].length });
  }
  return clauses.sort((a, b) => a.start - b.start);
}

const insideQuote = (quotes: Quote[], at: number) => quotes.some((q) => at > q.start && at < q.end);

/** The words a clause reports when no quotation follows it: up to the end of the sentence. */
function reportedAfter(text: string, end: number): { text: string; end: number } | null {
  const rest = text.slice(end).replace(/^[，,：:\s]+/u, '');
  if (rest.startsWith('“') || rest.startsWith('「')) return null;
  const stop = rest.search(SENTENCE_END);
  const words = stop < 0 ? rest : rest.slice(0, stop + 1);
  return words.length >= MIN_REPORTED ? { text: words, end: text.length - rest.length + words.length } : null;
}

export function findChineseAttributions(blocks: { text: string; kind: string }[]): AttributionCandidate[] {
  const found: AttributionCandidate[] = [];
  /** The last part of each transliterated name met so far → the full name. */
  const known = new Map<string, string>();
  /** People named in earlier paragraphs, latest last: what 他 and 她 refer to. */
  const people: string[] = [];
  let previousSpeaker: AttributionCandidate | null = null;
  /** People named in this paragraph, with where: a pronoun means the latest one before it. */
  let named: { name: string; at: number }[] = [];
  const personBefore = (at: number) => named.findLast((n) => n.at < at)?.name ?? people.at(-1);

  const candidate = (speaker: ZhSpeaker, at: number, excerpt: string, block: number, quote: string): AttributionCandidate | null => {
    switch (speaker.type) {
      case 'person':
        return { speaker: speaker.name, anonymous: false, organization: false, statedRole: speaker.role, statedAffiliation: speaker.affiliation, excerpt, block, quote };
      case 'body':
        return { speaker: speaker.name, anonymous: false, organization: true, excerpt, block, quote };
      case 'anonymous':
        return { speaker: null, anonymous: true, organization: false, descriptor: speaker.descriptor, excerpt, block, quote };
      case 'pronoun': {
        const name = personBefore(at);
        return name ? { speaker: name, anonymous: false, organization: false, excerpt, block, quote } : null;
      }
    }
  };

  blocks.forEach((block, index) => {
    if (block.kind !== 'body' && block.kind !== 'notice' && block.kind !== 'quote') return;
    const text = block.text;
    if (!/[\u3400-\u9fff]/u.test(text)) return;
    const quotes: Quote[] = [...text.matchAll(QUOTE)].map((m) => ({ start: m.index, end: m.index + m[0].length, inner: m[1]! }));
    for (const m of text.matchAll(TRANSLITERATED)) known.set(m[2]!, transliterated(m));
    const clauses = clausesIn(text, known).filter((c) => !insideQuote(quotes, c.start));
    const opening = OPENING_NAME.exec(text)?.[1];
    named = [
      ...(opening ? [{ name: opening, at: 0 }] : []),
      ...[...text.matchAll(MENTION)].map((m) => ({ name: m[1]!, at: m.index })),
      ...[...text.matchAll(TRANSLITERATED)].map((m) => ({ name: transliterated(m), at: m.index })),
      ...clauses.flatMap((c) => (c.speaker.type === 'person' ? [{ name: c.speaker.name, at: c.start }] : [])),
    ].sort((a, b) => a.at - b.at);
    /** This paragraph's attributions, each with where it starts. */
    const own: { at: number; attribution: AttributionCandidate }[] = [];
    const add = (at: number, a: AttributionCandidate | null) => {
      if (a) own.push({ at, attribution: a });
    };

    const used = new Set<Clause>();
    const unowned: Quote[] = [];
    for (const quote of quotes) {
      // "“…”卢宇说" — a clause right after the quotation; else "卢宇表示：“…”" — one right before it.
      const afterIt = clauses.find((c) => c.start >= quote.end && c.start - quote.end <= INTRODUCTION_GAP);
      const beforeIt = clauses.findLast((c) => c.end <= quote.start && quote.start - c.end <= INTRODUCTION_GAP);
      const clause = afterIt ?? beforeIt;
      if (!clause) {
        unowned.push(quote);
        continue;
      }
      used.add(clause);
      add(quote.start, candidate(clause.speaker, clause.start, text.slice(Math.min(clause.start, quote.start), Math.max(clause.end, quote.end)), index, quote.inner));
    }
    for (const clause of clauses) {
      if (used.has(clause)) continue;
      const reported = reportedAfter(text, clause.end);
      if (reported) add(clause.start, candidate(clause.speaker, clause.start, text.slice(clause.start, reported.end), index, reported.text));
    }
    // A quotation with no verb of its own: the speaker before it in the paragraph, the paragraph's
    // subject, or — when the paragraph opens with it — the last speaker of the paragraph before;
    // but a few quoted words inside a sentence ("需要“尽早解决”") are a phrase, not a statement.
    for (const quote of unowned.filter((q) => q.inner.length >= MIN_UNOWNED_QUOTE || SENTENCE_END.test(q.inner))) {
      const earlier = own.filter((o) => o.at < quote.start && o.attribution.speaker !== null).sort((a, b) => a.at - b.at).at(-1)?.attribution;
      const owner = earlier ?? (opening ? { speaker: opening, organization: false } : quote.start === 0 ? previousSpeaker : null);
      if (owner?.speaker) add(quote.start, { speaker: owner.speaker, anonymous: false, organization: owner.organization, excerpt: text.slice(quote.start, quote.end), block: index, quote: quote.inner });
    }
    const ordered = own.sort((a, b) => a.at - b.at).map((o) => o.attribution);
    found.push(...ordered);
    const last = ordered.findLast((a) => a.speaker !== null);
    if (last) previousSpeaker = last;
    people.push(...named.map((n) => n.name));
  });
  return found;
}

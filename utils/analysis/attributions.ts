/**
 * Who said what: direct quotes and reported speech, named and unnamed speakers, their stated
 * role and affiliation, and continuations ("she added", "Okafor said") resolved to the speaker
 * named earlier. English rules; the report says when a page is in another language.
 */
import { properNames } from './mentions';
import { ownVoice, quoteSpans, sentenceSpans, type QuoteSpan, type Span } from './sentences';
import { ANONYMOUS_NOUNS, CLAUSE_OPENERS, ORGANIZATION_WORDS, SPEECH_VERBS, TITLES, VERB_PREFIXES } from './vocabulary';

export type AttributionCandidate = {
  speaker: string | null;
  anonymous: boolean;
  /** The speaker is an organisation ("the State Department said"), not a person. */
  organization: boolean;
  descriptor?: string;
  statedRole?: string;
  statedAffiliation?: string;
  quote?: string;
  /** The sentence it was read from, exactly as on the page. */
  excerpt: string;
  block: number;
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const alternation = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
/** Both "experts" and "Experts": a head noun may open the sentence. */
const eitherCase = (words: readonly string[]) => words.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]);

/** JavaScript's \\b only knows ASCII letters: "afirmó" ends a word too. */
const END_OF_WORD = '(?![\\p{L}\\p{N}])';
/** "continued to open", "writes about markets": the verb is not reporting speech. */
const NOT_SPEECH = '(?!\\s+(?:to|about)\\s)';
const VERB = `(?:(?:${VERB_PREFIXES.join('|')})\\s+){0,2}(${alternation(SPEECH_VERBS)})${END_OF_WORD}${NOT_SPEECH}`;
const NAME_WORD = `(?:\\p{Lu}[\\p{Ll}\\p{Lo}’'\\-]+\\.?|\\p{Lu}\\.|\\p{Lu}{2,}(?=\\s+\\p{Lu}))`;
const PARTICLE = `(?:de|da|van|von|der|den|bin|al|del|la|le|di|du|dos|das)`;
/** A capitalised phrase of one to six words: a person, a title and name, or an organisation. */
const PROPER = `${NAME_WORD}(?:\\s+(?:${PARTICLE}\\s+|of\\s+(?:the\\s+)?|for\\s+|and\\s+)?${NAME_WORD}){0,5}`;
const PRONOUN = `(?:he|she|they|He|She|They)`;
/** An unnamed source: optional determiner and modifiers, a head noun, an optional tail. */
const DESCRIPTOR =
  `(?:(?:[\\p{L}.’'\\-]+\\s+){0,5}?)(?:${eitherCase(ANONYMOUS_NOUNS).join('|')})\\b` +
  `(?:\\s+(?:familiar with|close to|briefed on|with knowledge of|in|at|from|with|of|by)\\s+[\\p{L}.’'\\- ]{2,60}?)?` +
  `(?:,?\\s+who\\s+(?:declined|asked|spoke|requested|was not authorized|were not authorized)[^,.;]{0,80})?` +
  `(?:,?\\s+speaking on (?:the )?condition of anonymity)?`;
/** "local man Doug Pelham", "chef Marguerite Olsen": lowercase role words before a name. */
const ROLE_WORDS = `(?:\\p{Ll}[\\p{Ll}\\-]*\\s+){0,3}`;
/** "White House press secretary Josh Earnest": an organisation and a lowercase role before the name. */
const ROLE_PREFIX = `(?:${PROPER}\\s+(?=\\p{Ll}))?${ROLE_WORDS}`;
const SPEAKER = `(${ROLE_PREFIX}${PROPER}|${PRONOUN}|${DESCRIPTOR})`;
/** "X condemned the attack and said …": another verb phrase between the speaker and the verb of saying. */
const OTHER_ACT = `(?:\\s+\\p{Ll}[^,.;:“”"]{0,80}?\\s+(?:and|but)(?:\\s+also)?)?`;
/** An appositive after a name: ", director of the Center for Grid Resilience," */
const APPOSITIVE = `([^,;:“”"]{2,160}?(?:,\\s*[^,;:“”"]{2,120}?)?)`;

const FLAGS = 'u';
/** "…,” said Zeng Yi, director of …" — verb, speaker, optional appositive to the end. */
const VERB_THEN_SPEAKER = new RegExp(`(?:^|[,:;—–]\\s*|\\s{2,})${VERB}\\s+${SPEAKER}(?:,\\s*${APPOSITIVE})?\\s*[.!?]?\\s*$`, FLAGS);
/** "…, the official said." / "…, Zeng added in a statement." */
const SPEAKER_THEN_VERB_END = new RegExp(`(?:^|[,:;—–]\\s*|\\s{2,})${SPEAKER}(?:,\\s*${APPOSITIVE},)?\\s+${VERB}(?:\\s+[^“”"]{0,150}?)?\\s*[.!?,:;]?\\s*$`, FLAGS);
/** "A senior official told reporters that …" / "Lin Yun, a professor at …, expects …" / "As X noted: …" */
const SPEAKER_THEN_VERB_START = new RegExp(`^(?:(?:As|But|And|However,?|Still,?|Yet)\\s+|[^,“”"]{0,60},\\s+|.{0,200}?\\s{3,})?${SPEAKER}(?:,\\s*${APPOSITIVE},)?${OTHER_ACT}\\s+${VERB}`, FLAGS);
/** "According to Zhang Li, a researcher with …, …" / "per an administration official" */
const ACCORDING_TO = new RegExp(`\\b(?:[Aa]ccording to|per|[Ss]egún|[Ss]elon|[Ll]aut|[Ss]egundo)\\s+${SPEAKER}(?:,\\s*([^,;:“”"]{2,160}?)(?=,))?(?:[,.;:]|$)`, FLAGS);

/** Words that make the words after them a group of people or a place, never a person's name. */
const GROUP_OPENER = /^(?:several|some|many|most|few|numerous|various|other|two|three|four|five|dozens|hundreds|thousands)$/i;
const PLACE_LINK = /^(?:along|in|at|from|of|on|near|across|by|for|with|to|the|a|an|around|outside|inside)$/i;
const NAME_WORD_ALONE = new RegExp(`^${NAME_WORD}$`, FLAGS);
const PARTICLE_ALONE = new RegExp(`^(?:${PARTICLE}|of|the|for|and)$`, FLAGS);
const TITLE_INSIDE = new RegExp(`(?:^|\\s)(?:${alternation(TITLES)})\\s+(?=\\p{Lu})`, FLAGS);
const ANONYMOUS_HEAD = new RegExp(`\\b(?:${ANONYMOUS_NOUNS.join('|')})\\b`, 'i');
/** "A study by the IMF", "data from Eurostat": a document with a named author is a named source. */
const NAMED_BY = /\b(?:study|studies|report|reports|survey|surveys|research|data|statistics|figures|estimates|polls?|analysis)\s+(?:by|from|of|published by)\s+(?:the\s+)?(\p{Lu}[\p{L}’'\-]*(?:\s+(?:of\s+(?:the\s+)?|for\s+|and\s+)?\p{Lu}[\p{L}’'\-]*)*)/u;

type Speaker =
  | { type: 'named'; name: string; title?: string; organization: boolean }
  | { type: 'surname'; name: string }
  | { type: 'pronoun'; pronoun: 'he' | 'she' | 'they' }
  | { type: 'anonymous'; descriptor: string }
  | { type: 'organization'; name: string; descriptor: string };

function isOrganizationName(words: string[]): boolean {
  return words.some((w) => ORGANIZATION_WORDS.has(w.toLowerCase().replace(/[’']s$/, ''))) || words.some((w) => /[’']s$/.test(w));
}

function classifySpeaker(raw: string): Speaker | null {
  // A full stop ending the sentence is not part of a name (but "Derek B." keeps its initial's).
  const text = raw.trim().replace(/\s+/g, ' ').replace(/(?<!(?:^|\s)\p{Lu})\.$/u, '');
  const pronoun = /^(he|she|they)$/i.exec(text)?.[1]?.toLowerCase();
  if (pronoun) return { type: 'pronoun', pronoun: pronoun as 'he' | 'she' | 'they' };
  let words = text.split(' ');
  while (words.length > 0 && CLAUSE_OPENERS.has(words[0]!.toLowerCase())) words = words.slice(1);
  if (words.length === 0) return null;
  // Lowercase words before a name state a role: "local man Doug Pelham", "chef Marguerite Olsen".
  // The name is the last run of capitalised words; what stands before it states a role
  // ("local man Doug Pelham", "White House press secretary Josh Earnest").
  let nameStart = words.length;
  while (nameStart > 0 && (NAME_WORD_ALONE.test(words[nameStart - 1]!) || (nameStart < words.length && PARTICLE_ALONE.test(words[nameStart - 1]!)))) nameStart--;
  const hasLowercase = words.slice(0, nameStart).some((w) => /^\p{Ll}/u.test(w));
  const roleWords = nameStart > 0 && nameStart < words.length && hasLowercase ? words.slice(0, nameStart) : [];
  const nameWords = words.slice(roleWords.length);
  // "Several business owners along Pier Avenue": a group named by a place, not a person.
  if (roleWords.length > 0 && (GROUP_OPENER.test(roleWords[0]!) || PLACE_LINK.test(roleWords.at(-1)!))) return { type: 'anonymous', descriptor: text };
  const proper = nameWords.every((w) => NAME_WORD_ALONE.test(w) || PARTICLE_ALONE.test(w));
  if (proper && !ANONYMOUS_HEAD.test(nameWords.at(-1)!)) {
    let rest = nameWords.join(' ');
    // A title may follow other capitalised words: "Tunisian Prime Minister Habib Essid".
    const inner = TITLE_INSIDE.exec(rest);
    const title = inner ? rest.slice(0, inner.index + inner[0].length).trim() : roleWords.length > 0 ? roleWords.join(' ') : undefined;
    if (inner) rest = rest.slice(inner.index + inner[0].length).trim();
    const parts = rest.split(' ').filter(Boolean);
    if (parts.length === 0) return null;
    if (isOrganizationName(parts)) return parts.length === 1 && /[’']s$/.test(parts[0]!) ? null : { type: 'named', name: rest, organization: true };
    if (parts.length === 1) return { type: 'surname', name: rest };
    // "Washington and Beijing": two subjects, not one person.
    if (parts.length > 4 || parts.includes('and')) return null;
    return { type: 'named', name: rest, title, organization: false };
  }
  if (!ANONYMOUS_HEAD.test(text)) return null;
  const named = NAMED_BY.exec(text);
  if (named) return { type: 'organization', name: named[1]!, descriptor: text };
  return { type: 'anonymous', descriptor: text };
}

/** A role is a noun phrase: a finite verb means the words are a clause ("the ramp is wider now"). */
const FINITE_VERB = /\b(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|does|did)\b/i;

/** Longer than this, the words after a name are a clause, not a role. */
const MAX_APPOSITIVE_WORDS = 30;

/** Role and affiliation from an appositive: "a professor at Shanghai Jiao Tong University who …". */
export function parseAppositive(raw: string | undefined): { role?: string; affiliation?: string } {
  if (!raw || /^(?:who|which|whose|where)\b/i.test(raw.trim())) return {};
  const text = raw
    .replace(/\s+(?:who|which|where|whose|and who)\b.*$/i, '')
    .replace(/^(?:a|an|the|now|then|also|former)\s+/i, '')
    .trim();
  if (!text || text.split(' ').length > MAX_APPOSITIVE_WORDS || FINITE_VERB.test(text)) return {};
  const split = /^(.*?)\s+(?:at|of|with|for|from|in)\s+(?:the\s+)?(\p{Lu}.*)$/u.exec(text);
  if (split && split[1] && /^[\p{Ll}\p{Lu}]/u.test(split[1]) && split[1].split(' ').length <= 6) {
    const affiliation = split[2]!.split(/,\s*/)[0]!.replace(/[’']s\s+.*$/, '').trim();
    return { role: split[1].trim(), affiliation };
  }
  // "Reuters reporter", "MIT economist": an organisation before a lowercase role noun.
  const preposed = /^(\p{Lu}[\p{L}&.’'\- ]*?)\s+(\p{Ll}[\p{Ll} -]+)$/u.exec(text);
  if (preposed && preposed[2]!.split(' ').length <= 4) return { role: preposed[2]!.trim(), affiliation: preposed[1]!.trim() };
  return text.split(' ').length <= 8 && /^\p{Ll}/u.test(text) ? { role: text } : {};
}

function quotesIn(quotes: QuoteSpan[], span: Span): QuoteSpan[] {
  return quotes.filter((q) => q.start < span.end && q.end > span.start);
}

type Match = { speaker: string; appositive?: string; reported?: string };

function matchSentence(voice: string): Match | null {
  const according = ACCORDING_TO.exec(voice);
  if (according) return { speaker: according[1]!, appositive: according[2], reported: voice.slice(according.index + according[0].length).trim() };
  const verbFirst = VERB_THEN_SPEAKER.exec(voice);
  if (verbFirst) return { speaker: verbFirst[2]!, appositive: verbFirst[3], reported: voice.slice(0, verbFirst.index).trim() };
  const end = SPEAKER_THEN_VERB_END.exec(voice);
  if (end) return { speaker: end[1]!, appositive: end[2], reported: voice.slice(0, end.index).trim() };
  const start = SPEAKER_THEN_VERB_START.exec(voice);
  if (start) return { speaker: start[1]!, appositive: start[2], reported: voice.slice(start.index + start[0].length).replace(/^\s*(?:that|:)\s*/, '').trim() };
  return null;
}

/** Longer than this, a paragraph after "X said:" is the article's own text again, not an item of what X said. */
const MAX_LIST_ITEM_WORDS = 40;

/** People named in passing ("Rosa Delgado, a nurse, stood…"): later pronouns and surnames may refer to them. */
const PERSON_MENTION = new RegExp(`(?:^|[,;]\\s+|\\b\\p{Ll}+\\s+)((?:${NAME_WORD})(?:\\s+${NAME_WORD}){1,2})(?=,\\s+(?:a|an|the|who|\\d)\\b|\\s+(?:stood|was|is|has|had|opened|said|runs|ran|leads|lives|lived|works|worked|owns)\\b)`, 'gu');

type Referent = { attribution: AttributionCandidate; pronoun?: 'he' | 'she' };

/** Reads every block in order, so continuations resolve to the speaker named before them. */
export function findAttributions(blocks: { text: string; kind: string }[]): AttributionCandidate[] {
  const found: AttributionCandidate[] = [];
  /** Named people in order of appearance, with the pronoun the page has used for them. */
  const referents: Referent[] = [];
  let previousQuoted: AttributionCandidate | null = null;
  /** An attribution ending in a colon: the short paragraphs after it are what was said. */
  let introducer: AttributionCandidate | null = null;

  const remember = (candidate: AttributionCandidate) => {
    const existing = referents.findIndex((r) => r.attribution.speaker === candidate.speaker);
    const pronoun = existing >= 0 ? referents[existing]!.pronoun : undefined;
    if (existing >= 0) referents.splice(existing, 1);
    referents.push({ attribution: candidate, pronoun });
  };

  /** Every person-like name seen so far, latest last: where a lone surname finds its full name. */
  const names: string[] = [];

  const resolve = (speaker: Extract<Speaker, { type: 'surname' | 'pronoun' }>, excerpt: string, block: number): AttributionCandidate | undefined => {
    const people = [...referents].reverse().filter((r) => !r.attribution.organization);
    if (speaker.type === 'surname') {
      const referent = people.find((r) => r.attribution.speaker?.split(' ').includes(speaker.name))?.attribution;
      if (referent) return referent;
      const full = names.findLast((n) => n.split(' ').at(-1) === speaker.name);
      return full ? { speaker: full, anonymous: false, organization: false, excerpt, block } : undefined;
    }
    if (speaker.pronoun === 'they') return found.at(-1);
    const referent = people.find((r) => r.pronoun === undefined || r.pronoun === speaker.pronoun);
    if (referent) referent.pronoun = speaker.pronoun;
    return referent?.attribution;
  };

  blocks.forEach((block, blockIndex) => {
    if (block.kind !== 'body' && block.kind !== 'notice') return;
    const quotes = quoteSpans(block.text);
    const voice = ownVoice(block.text, quotes);
    let blockHadAttribution = false;

    for (const span of sentenceSpans(block.text)) {
      const excerpt = block.text.slice(span.start, span.end);
      const sentenceVoice = voice.slice(span.start, span.end);
      for (const mention of properNames(excerpt)) {
        const person = mention.organization ? null : classifySpeaker(mention.name);
        if (person?.type === 'named' && !person.organization) names.push(person.name);
      }
      const sentenceQuotes = quotesIn(quotes, span);
      const match = matchSentence(sentenceVoice);
      const speaker = match ? classifySpeaker(match.speaker) : null;
      if (!match || !speaker) {
        // A quoted sentence with no attribution of its own continues the paragraph's speaker.
        const current = found.at(-1);
        if (sentenceQuotes.length > 0 && current?.block === blockIndex && current.quote) {
          found.push({ ...current, excerpt, quote: sentenceQuotes.map((q) => q.inner).join(' … ') });
          continue;
        }
        for (const m of sentenceVoice.matchAll(PERSON_MENTION)) {
          const mentioned = classifySpeaker(m[1]!);
          if (mentioned?.type === 'named' && !mentioned.organization) remember({ speaker: mentioned.name, anonymous: false, organization: false, excerpt, block: blockIndex });
        }
        continue;
      }
      const quote = sentenceQuotes.length > 0 ? sentenceQuotes.map((q) => q.inner).join(' … ') : match.reported || undefined;
      const { role, affiliation } = parseAppositive(match.appositive);
      const base = { excerpt, block: blockIndex, quote };

      let candidate: AttributionCandidate | null = null;
      if (speaker.type === 'named') {
        candidate = { ...base, speaker: speaker.name, anonymous: false, organization: speaker.organization, statedRole: role ?? speaker.title, statedAffiliation: affiliation };
      } else if (speaker.type === 'surname' || speaker.type === 'pronoun') {
        const earlier = resolve(speaker, excerpt, blockIndex);
        if (earlier) candidate = { ...earlier, ...base, statedRole: earlier.statedRole, statedAffiliation: earlier.statedAffiliation };
      } else if (speaker.type === 'organization') {
        candidate = { ...base, speaker: speaker.name, anonymous: false, organization: true, descriptor: speaker.descriptor };
      } else {
        candidate = { ...base, speaker: null, anonymous: true, organization: false, descriptor: speaker.descriptor.replace(/^(?:as|but|and)\s+/i, '') };
      }
      if (!candidate) continue;
      found.push(candidate);
      blockHadAttribution = true;
      if (candidate.speaker && !candidate.anonymous) remember(candidate);
    }

    // A paragraph that is only a quote continues the speaker of the quote before it.
    if (!blockHadAttribution && quotes.length > 0 && previousQuoted && voice.replace(/[\s.,;:—–-]/g, '').length < 20) {
      found.push({ ...previousQuoted, excerpt: block.text, block: blockIndex, quote: quotes.map((q) => q.inner).join(' … ') });
    } else if (!blockHadAttribution && introducer && block.text.split(' ').length <= MAX_LIST_ITEM_WORDS) {
      // "In the interview, Obama also said:" followed by short items: each item is what was said.
      found.push({ ...introducer, excerpt: block.text, block: blockIndex, quote: block.text });
    } else {
      introducer = null;
    }
    const last = found.at(-1);
    previousQuoted = last && last.block === blockIndex && last.quote ? last : blockHadAttribution ? null : previousQuoted;
    if (blockHadAttribution) introducer = last && last.block === blockIndex && /[:：]\s*$/.test(block.text) ? last : null;
  });
  return found;
}

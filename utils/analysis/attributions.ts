/**
 * Who said what: direct quotes and reported speech, named and unnamed speakers, their stated
 * role and affiliation, and continuations ("she added", "Okafor said") resolved to the speaker
 * named earlier. English rules; the report says when a page is in another language.
 */
import { properNames } from './mentions';
import { ownVoice, quoteSpans, sentenceSpans, type QuoteSpan, type Span } from './sentences';
import { ANONYMOUS_NOUNS, BODY_NOUNS, CLAUSE_OPENERS, DOCUMENT_NOUNS, KIN_NOUNS, ORGANIZATION_WORDS, PARTICIPLES, SPEECH_VERBS, STATEMENT_NOUNS, TITLES, VERB_PREFIXES } from './vocabulary';

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
/** "continued to open", "writes about markets", "reports on climate": the verb is not reporting speech. */
const NOT_SPEECH = '(?!\\s+(?:to|about)\\s)(?!(?<=reports)\\s+(?:on|for)\\s)';
const VERB = `(?:(?:${VERB_PREFIXES.join('|')})\\s+){0,2}(${alternation(SPEECH_VERBS)})${END_OF_WORD}${NOT_SPEECH}`;
/** "Okafor", "McHugh", "O'Brien", "DeSantis", an initial "B.", or an acronym before another name. */
const NAME_WORD = `(?:\\p{Lu}[\\p{Ll}\\p{Lo}’'\\-]+(?:\\p{Lu}[\\p{Ll}\\p{Lo}’'\\-]+)*\\.?|\\p{Lu}\\.|\\p{Lu}{2,}(?:[’']s)?(?=\\s+\\p{Lu}|[\\s,.;:!?)]|$))`;
const PARTICLE = `(?:de|da|van|von|der|den|bin|al|del|la|le|di|du|dos|das)`;
/** A capitalised phrase of one to six words: a person, a title and name, or an organisation. */
const PROPER = `${NAME_WORD}(?:\\s+(?:${PARTICLE}\\s+|of\\s+(?:the\\s+)?|for\\s+|and\\s+)?${NAME_WORD}){0,5}`;
const PRONOUN = `(?:he|she|they|it|He|She|They|It)`;
/** "her mother", "the boy's father": a person described by a relation to someone named. */
const KIN = `(?:(?:his|her|their|His|Her|Their)|(?:the\\s+)?${NAME_WORD}[’']s)\\s+(?:\\p{Ll}+\\s+){0,2}?(?:${alternation(KIN_NOUNS)})${END_OF_WORD}`;
/** "Norvane’s chief executive, Ilse Brandvold," / "The head of the dockworkers’ union, Casimir Lutkens,": a role, then the name in apposition. */
const ROLE_BEFORE_NAME = `(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|${NAME_WORD}(?:\\s+${NAME_WORD}){0,3}[’']s)\\s+[^,;:“”"]{1,80}?(?=,\\s*${NAME_WORD}(?:\\s+${NAME_WORD}){1,3},)`;
/** "West Mercia police", "the Tuva government": a named body with a lowercase head noun. */
const NAMED_BODY = `${PROPER}\\s+(?:${alternation(BODY_NOUNS)})${END_OF_WORD}`;
/** "the company", "the report": a body or document named earlier in the article. */
const DEFINITE_BODY = `(?:[Tt]he|[Ii]ts)\\s+(?:${alternation([...BODY_NOUNS, ...DOCUMENT_NOUNS])})${END_OF_WORD}`;
/** "many of them", "some of them": unnamed members of a group named before. */
const PART_OF_GROUP = `(?:[Mm]any|[Ss]ome|[Mm]ost|[Ss]everal|[Oo]ne|[Tt]wo|[Oo]thers?|[Aa]ll)\\s+of\\s+(?:them|those)`;
/** An unnamed source: optional determiner and modifiers, a head noun, an optional tail. */
const DESCRIPTOR =
  `(?:(?:[\\p{L}.’'\\-]+\\s+){0,5}?)(?:${eitherCase(ANONYMOUS_NOUNS).join('|')})${END_OF_WORD}` +
  // Romance languages put adjectives after the noun: "un conseiller ministériel".
  `(?:\\s+(?!(?:can|could|will|would|may|might|must|should|shall|also|then|now|still|often)\\s)\\p{Ll}[\\p{L}’'\\-]*){0,2}?` +
  `(?:\\s+(?:familiar with|close to|briefed on|with knowledge of|in|at|from|with|of|by)\\s+[\\p{L}.’'\\- ]{2,60}?)?` +
  `(?:,?\\s+who\\s+(?:declined|asked|spoke|requested|was not authorized|were not authorized)[^,.;]{0,80}|,\\s+(?:who|qui|quien|que|che|der|die)\\s+[^,.;]{2,80},)?` +
  `(?:,?\\s+speaking on (?:the )?condition of anonymity)?`;
/** "local man Doug Pelham", "chef Marguerite Olsen": lowercase role words before a name. */
const ROLE_WORDS = `(?:\\p{Ll}[\\p{L}’'\\-]*\\s+){0,3}`;
/** "White House press secretary Josh Earnest": an organisation and a lowercase role before the name. */
const ROLE_PREFIX = `(?:(?:the\\s+)?${PROPER}\\s+(?=\\p{Ll}))?${ROLE_WORDS}`;
const SPEAKER = `(${ROLE_BEFORE_NAME}|${KIN}|${NAMED_BODY}|${ROLE_PREFIX}${PROPER}|${DEFINITE_BODY}|${PART_OF_GROUP}|${PRONOUN}|${DESCRIPTOR})`;
/** "X condemned the attack and said …": another verb phrase between the speaker and the verb of saying. */
const OTHER_ACT = `(?:\\s+\\p{Ll}[^,.;:“”"]{0,80}?\\s+(?:and|but)(?:\\s+also)?)?`;
/** A character of the writer's own voice that never runs across a blanked-out quotation. */
const VOICE_CHAR = `(?:(?!\\s{3})[^“”"])`;
/** A character of an appositive: commas inside numbers ("90,000 miles") do not end it. */
const APPOSITIVE_CHAR = `(?:[^,;:“”"]|,(?=\\d))`;
/** An appositive after a name: ", director of the Center for Grid Resilience," */
const APPOSITIVE = `(${APPOSITIVE_CHAR}{2,160}?(?:,\\s*${APPOSITIVE_CHAR}{2,120}?)?)`;
/** What may follow a name that ends the sentence: an appositive, "from the West Mercia police", or "as she cut the ribbon". */
const TRAILING = `(?:,\\s*(${VOICE_CHAR}{2,300}?)|\\s+((?:from|of|at|with)\\s+(?:the\\s+)?\\p{Lu}${VOICE_CHAR}{1,120}?)|\\s+(?:as|while|when|after|before|in|on|at|during|ao|à|al|au|nel|alla|dans|en|em|no|na)\\s+${VOICE_CHAR}{1,150}?)?`;
/** Sentence openers before a subject: "As", "But", a short introductory phrase and its comma. */
const OPENER = `(?:(?:As|But|And|However,?|Still,?|Yet)\\s+|[^,“”"]{0,60},\\s+)`;

const FLAGS = 'u';
/** "…,” said Zeng Yi, director of …" — verb, speaker, optional appositive to the end ("…, told Reuters" names the listener). */
const VERB_THEN_SPEAKER = new RegExp(`(?:^|[,:;—–]\\s*|\\s{2,})(?!(?:told|tells|tell)\\s)${VERB}\\s+${SPEAKER}${TRAILING}\\s*[.!?]?\\s*$`, FLAGS);
/** "…, the official said." / "…, Zeng added in a statement." / "…, Yoon continued, speaking for two minutes." */
const SPEAKER_THEN_VERB_END = new RegExp(`(?:^|[,:;—–]\\s*|\\s{2,}|\\s(?:and|but|while|whereas)\\s+)${SPEAKER}(?:,\\s*${APPOSITIVE},)?\\s+${VERB}(?:[\\s,]+(?<tail>${VOICE_CHAR}{0,150}?))?\\s*[.!?,:;]?\\s*$`, FLAGS);
/** "A senior official told reporters that …" / "Lin Yun, a professor at …, expects …" / "As X noted: …" */
const SPEAKER_THEN_VERB_START = new RegExp(`^(?:${OPENER}|.{0,200}?\\s{3,}|${VOICE_CHAR}{0,200}?[,;]\\s+(?:and|but|while|whereas)\\s+)?${SPEAKER}(?:,\\s*${APPOSITIVE},|\\s*\\([^()]{1,160}\\))?${OTHER_ACT}\\s+${VERB}`, FLAGS);
/** "…his defence minister Kim Yong-hyun, who said he took full responsibility." */
const RELATIVE_SPEAKER = new RegExp(`(?:^|[\\s,;(])${SPEAKER},\\s+who\\s+${VERB}`, FLAGS);
/** "Yoon apologised in a televised address, saying …": a participle hangs the words on the subject. */
const PARTICIPLE_CLAUSE = new RegExp(`^${OPENER}?${SPEAKER}(?:,\\s*${APPOSITIVE},)?\\s+\\p{Ll}${VOICE_CHAR}{0,200}?,\\s+(?:${PARTICIPLES.join('|')})${END_OF_WORD}`, FLAGS);
/** "Alverson summed up the journey: “…”": a named subject introducing the quotation after a colon. */
const COLON_INTRODUCTION = new RegExp(`^${OPENER}?${SPEAKER}(?:,\\s*${APPOSITIVE},)?\\s+\\p{Ll}${VOICE_CHAR}{0,160}?:\\s{3,}`, FLAGS);
/** "attack code he said exploits the flaw": a pronoun or a name and a core verb of saying inside a clause. */
const EMBEDDED = new RegExp(`(?<=\\p{Ll}\\s)(${PRONOUN}|${NAME_WORD}(?:\\s+${NAME_WORD}){0,2})\\s+(?:(?:${VERB_PREFIXES.join('|')})\\s+)?(?:said|says|told|wrote|added)(?=\\s+\\p{Ll})`, FLAGS);
/** "Netanyahu’s declaration that …", "his vow on Monday that …": a statement named by a noun, and whose it is. */
const NOMINAL_STATEMENT = new RegExp(`(?:^|\\s)(${PROPER}(?=[’']s\\s)|his|her|their|His|Her|Their)(?:[’']s)?\\s+(?:\\p{Ll}+\\s+){0,2}?(?:${alternation(STATEMENT_NOUNS)})${END_OF_WORD}(?:\\s+(?:on|in|at|last|this)\\s+${VOICE_CHAR}{1,40}?)?\\s+that\\s`, FLAGS);
/** "«…», contou." — languages that drop the subject: the verb alone, after the quotation. */
const BARE_VERB_END = new RegExp(`(?:^|[,:;—–]\\s*|\\s{2,})${VERB}\\s*[.!?]?\\s*$`, FLAGS);
/** "Il problema, spiega Matteo Dallapè, idrologo …, è la neve": a verb and its speaker set inside the sentence. */
const INCISE = new RegExp(`[,—–]\\s*${VERB}\\s+${SPEAKER}(?:,\\s*${APPOSITIVE})?[,—–]\\s+\\p{Ll}`, FLAGS);
/** "…», explique-t-elle." / "a-t-il ajouté": French puts the pronoun after the verb. */
const FRENCH_INVERSION = /(?:^|[,\s])(?:[\p{L}éèêû]+-t-(il|elle|ils|elles)|a-t-(il|elle)\s+[\p{L}éè]+|(?:dit|explique|ajoute|précise|souligne|estime|affirme|assure|raconte|poursuit|insiste|confie)-(il|elle|ils|elles))(?![\p{L}])/u;
/** "Pour Hélène Caradec, …", "Para los vecinos, …": the view of the one named first. */
const FOR_SPEAKER = new RegExp(`^(?:Pour|Para|Per|Für|Selon|Secondo|D’après|D'après)\\s+${SPEAKER},`, FLAGS);
/** "In Dr. Shadlen's words, …", "In the words of X, …". */
const IN_WORDS = new RegExp(`^(?:In\\s+(${ROLE_PREFIX}${PROPER})[’']s?\\s+words|In\\s+the\\s+words\\s+of\\s+(${ROLE_PREFIX}${PROPER}))\\s*,`, FLAGS);
/** "According to Zhang Li, a researcher with …, …" / "per an administration official" — but not "he said according to a transcript". */
const ACCORDING_TO = new RegExp(`(?<!\\b(?:said|says|told|added|wrote)\\s+)\\b(?:[Aa]ccording to|per|[Ss]egún|[Ss]elon|[Ll]aut|[Ss]egundo)\\s+${SPEAKER}(?:,\\s*([^,;:“”"]{2,160}?)(?=,))?(?:[,.;:]|$)`, FLAGS);

/** Words that make the words after them a group of people or a place, never a person's name. */
const GROUP_OPENER = /^(?:several|some|many|most|few|numerous|various|other|two|three|four|five|dozens|hundreds|thousands)$/i;
const PLACE_LINK = /^(?:along|in|at|from|of|on|near|across|by|for|with|to|the|a|an|around|outside|inside)$/i;
const NAME_WORD_ALONE = new RegExp(`^${NAME_WORD}$`, FLAGS);
const PARTICLE_ALONE = new RegExp(`^(?:${PARTICLE}|of|the|for|and)$`, FLAGS);
/** A title before a name; a one-letter title ("M.") only opens a name, or "Robert M. Danin" would lose his first name. */
const TITLE_INSIDE = new RegExp(`(?:^(?:${alternation(TITLES)})|\\s(?:${alternation(TITLES.filter((t) => !/^\p{Lu}\.$/u.test(t)))}))\\s+(?=\\p{Lu})`, FLAGS);
const ANONYMOUS_HEAD = new RegExp(`\\b(?:${ANONYMOUS_NOUNS.join('|')})\\b`, 'i');
/** Months and days, written out: "Wang Jun" and "Theresa May" keep their names, so only a third word is dropped. */
const CALENDAR_WORDS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const SPEECH_VERB_WORDS = new Set<string>(SPEECH_VERBS.filter((v) => !v.includes(' ')));
const KIN_ALONE = new RegExp(`^${KIN}$`, FLAGS);
const ROLE_BEFORE_NAME_ALONE = new RegExp(`^(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|${NAME_WORD}(?:\\s+${NAME_WORD}){0,3}[’']s)\\s+\\p{Ll}[^,;:“”"]{0,80}$`, FLAGS);
const NAMED_BODY_ALONE = new RegExp(`^(?:[Tt]he\\s+)?${NAMED_BODY}$`, FLAGS);
const DEFINITE_ALONE = new RegExp(`^${DEFINITE_BODY}$`, FLAGS);
const PART_OF_GROUP_ALONE = new RegExp(`^${PART_OF_GROUP}$`, FLAGS);
const PROPER_ALONE = new RegExp(`^${PROPER}$`, FLAGS);
/** "A study by the IMF", "data from Eurostat": a document with a named author is a named source. */
const NAMED_BY = /\b(?:study|studies|report|reports|survey|surveys|research|data|statistics|figures|estimates|polls?|analysis)\s+(?:by|from|of|published by)\s+(?:the\s+)?(\p{Lu}[\p{L}’'\-]*(?:\s+(?:of\s+(?:the\s+)?|for\s+|and\s+)?\p{Lu}[\p{L}’'\-]*)*)/u;
/** "a new report released on Monday by Stanford University's Center on Poverty", "the IMF's latest survey". */
const DOCUMENT_AUTHOR = new RegExp(
  `\\b(${alternation(DOCUMENT_NOUNS)})\\b[^.;“”"]{0,60}?\\bby\\s+(?:the\\s+)?(${PROPER}(?:\\s+on\\s+${PROPER})?)|(${PROPER})[’']s\\s+(?:\\p{Ll}+\\s+){0,2}(${alternation(DOCUMENT_NOUNS)})\\b`,
  'gu',
);

type Speaker =
  | { type: 'named'; name: string; title?: string; organization: boolean }
  /** One name; `titled` when a title stood before it ("Ms. Varga-Holm"), which makes it a name for sure. */
  | { type: 'surname'; name: string; titled?: boolean }
  /** "someone": a verb with no subject at all, the person the paragraph is about. */
  | { type: 'pronoun'; pronoun: 'he' | 'she' | 'they' | 'it' | 'someone' }
  | { type: 'kin'; descriptor: string }
  /** A role that only a name in apposition completes: "the head of the union, Casimir Lutkens,". */
  | { type: 'described'; descriptor: string }
  | { type: 'definite'; noun: string }
  | { type: 'anonymous'; descriptor: string }
  | { type: 'organization'; name: string; descriptor: string };

function isOrganizationName(words: string[]): boolean {
  return words.some((w) => ORGANIZATION_WORDS.has(w.toLowerCase().replace(/[’']s$/, ''))) || words.some((w) => /[’']s$/.test(w));
}

function classifySpeaker(raw: string): Speaker | null {
  // A full stop ending the sentence is not part of a name (but "Derek B." keeps its initial's).
  const text = raw.trim().replace(/\s+/g, ' ').replace(/(?<!(?:^|\s)\p{Lu})\.$/u, '');
  const pronoun = /^(he|she|they|it|someone)$/i.exec(text)?.[1]?.toLowerCase();
  if (pronoun) return { type: 'pronoun', pronoun: pronoun as 'he' | 'she' | 'they' | 'it' | 'someone' };
  if (KIN_ALONE.test(text)) return { type: 'kin', descriptor: text };
  if (ROLE_BEFORE_NAME_ALONE.test(text) && !ANONYMOUS_HEAD.test(text) && !DEFINITE_ALONE.test(text)) return { type: 'described', descriptor: text };
  if (DEFINITE_ALONE.test(text)) return { type: 'definite', noun: text.split(' ').at(-1)!.toLowerCase() };
  if (PART_OF_GROUP_ALONE.test(text)) return { type: 'anonymous', descriptor: text };
  if (NAMED_BODY_ALONE.test(text)) return { type: 'named', name: text.replace(/^the\s+/i, ''), organization: true };
  let words = text.split(' ');
  while (words.length > 0 && CLAUSE_OPENERS.has(words[0]!.toLowerCase())) words = words.slice(1);
  if (words.length === 0) return null;
  // The name is the last run of capitalised words; lowercase words before it state a role
  // ("local man Doug Pelham", "White House press secretary Josh Earnest").
  let nameStart = words.length;
  while (nameStart > 0 && (NAME_WORD_ALONE.test(words[nameStart - 1]!) || (nameStart < words.length && PARTICLE_ALONE.test(words[nameStart - 1]!)))) nameStart--;
  const hasLowercase = words.slice(0, nameStart).some((w) => /^\p{Ll}/u.test(w));
  // "The leader of Ennahda": "of" belongs to the role, not to a name.
  while (nameStart < words.length && PARTICLE_ALONE.test(words[nameStart]!)) nameStart++;
  const roleWords = nameStart > 0 && nameStart < words.length && hasLowercase ? words.slice(0, nameStart) : [];
  // A verb of saying is never part of a role: "South Africa said Mr Mugabe …" is two clauses.
  if (roleWords.some((w) => SPEECH_VERB_WORDS.has(w))) return null;
  const nameWords = words.slice(roleWords.length);
  // "Several business owners along Pier Avenue": a group named by a place, not a person.
  if (roleWords.length > 0 && (GROUP_OPENER.test(roleWords[0]!) || PLACE_LINK.test(roleWords.at(-1)!))) return { type: 'anonymous', descriptor: text };
  const proper = nameWords.every((w) => NAME_WORD_ALONE.test(w) || PARTICLE_ALONE.test(w));
  // "Officials said" opens a sentence with a capital; "Coresight Research" is a name.
  if (proper && !(nameWords.length === 1 && ANONYMOUS_HEAD.test(nameWords[0]!))) {
    let rest = nameWords.join(' ');
    // A title may follow other capitalised words: "Tunisian Prime Minister Habib Essid".
    const inner = TITLE_INSIDE.exec(rest);
    const title = inner ? rest.slice(0, inner.index + inner[0].length).trim() : roleWords.length > 0 ? roleWords.join(' ') : undefined;
    if (inner) rest = rest.slice(inner.index + inner[0].length).trim();
    // "By Amara Lindqvist April 7": a date after a name is not part of it.
    const parts = rest.split(' ').filter(Boolean);
    while (parts.length > 2 && CALENDAR_WORDS.has(parts.at(-1)!.toLowerCase())) parts.pop();
    rest = parts.join(' ');
    if (parts.length === 0) return null;
    if (isOrganizationName(parts)) return parts.length === 1 && /[’']s$/.test(parts[0]!) ? null : { type: 'named', name: rest, organization: true };
    // "the CDC", "AP": an acronym names a body.
    if (parts.length === 1 && /^\p{Lu}{2,}$/u.test(rest)) return { type: 'named', name: rest, organization: true };
    if (parts.length === 1) return { type: 'surname', name: rest, titled: inner !== null };
    // "Washington and Beijing": two subjects, not one person.
    if (parts.length > 4 || parts.includes('and')) return null;
    // "Jamie Werner of Ngātiwai": a person and where they are from.
    const of = parts.findIndex((w) => w === 'of' || w === 'for');
    if (of === 1) return null;
    if (of > 1) return { type: 'named', name: parts.slice(0, of).join(' '), title, organization: false };
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
  const bare = /^(?:from|of|at|with)\s+(?:the\s+)?(\p{Lu}.*)$/u.exec(text);
  if (bare) return { affiliation: bare[1]!.trim() };
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

/** An attribution clause in a sentence: who, what stands beside them, where the clause lies. */
type Match = { speaker: string; appositive?: string; reported?: string; at: number; end: number };

const after = (voice: string, end: number) => voice.slice(end).replace(/^\s*(?:that|que|qu’|qu'|dass|che|:)\s*/u, '').trim();

type Reader = (voice: string) => Match | null;

/** A pattern whose speaker and appositive sit in the given groups, the reported words after it. */
const clause =
  (pattern: RegExp, speaker: number, appositive: number): Reader =>
  (voice) => {
    const m = pattern.exec(voice);
    return m ? { speaker: m[speaker]!, appositive: appositive ? m[appositive] : undefined, reported: after(voice, m.index + m[0].length), at: m.index, end: m.index + m[0].length } : null;
  };

/** A pattern that ends the sentence: the reported words are the ones before it. */
const ending =
  (pattern: RegExp, speaker: number, appositives: number[]): Reader =>
  (voice) => {
    const m = pattern.exec(voice);
    // "the officials said, the district closed two schools": words after the verb are reported too.
    return m ? { speaker: m[speaker]!, appositive: appositives.map((i) => m[i]).find(Boolean), reported: `${voice.slice(0, m.index)} ${m.groups?.tail ?? ''}`.trim(), at: m.index, end: voice.length } : null;
  };

/** The sentence shapes, most specific first. */
const READERS: Reader[] = [
  clause(FOR_SPEAKER, 1, 0),
  (voice) => {
    const m = IN_WORDS.exec(voice);
    return m ? { speaker: (m[1] ?? m[2])!, reported: voice.slice(m[0].length).trim(), at: 0, end: m[0].length } : null;
  },
  (voice) => {
    const m = FRENCH_INVERSION.exec(voice);
    if (!m) return null;
    const pronoun = (m[1] ?? m[2] ?? m[3])!.toLowerCase();
    return { speaker: pronoun.startsWith('elle') ? 'she' : pronoun === 'il' ? 'he' : 'they', reported: voice.slice(0, m.index).trim(), at: m.index, end: m.index + m[0].length };
  },
  (voice) => {
    const m = BARE_VERB_END.exec(voice);
    return m && !/\p{L}/u.test(voice.slice(0, m.index)) ? { speaker: 'someone', reported: '', at: m.index, end: voice.length } : null;
  },
  (voice) => {
    const m = ACCORDING_TO.exec(voice);
    if (!m) return null;
    const end = m.index + m[0].length;
    return { speaker: m[1]!, appositive: m[2], reported: (voice.slice(0, m.index) + voice.slice(end)).trim(), at: m.index, end };
  },
  ending(VERB_THEN_SPEAKER, 2, [3, 4]),
  ending(SPEAKER_THEN_VERB_END, 1, [2]),
  clause(INCISE, 2, 3),
  clause(SPEAKER_THEN_VERB_START, 1, 2),
  clause(RELATIVE_SPEAKER, 1, 0),
  clause(PARTICIPLE_CLAUSE, 1, 2),
  clause(COLON_INTRODUCTION, 1, 2),
  clause(EMBEDDED, 1, 0),
  (voice) => {
    const m = NOMINAL_STATEMENT.exec(voice);
    if (!m) return null;
    const owner = m[1]!;
    const speaker = /^(?:his|her|their)$/i.test(owner) ? (/^their$/i.test(owner) ? 'they' : /^his$/i.test(owner) ? 'he' : 'she') : owner;
    return { speaker, reported: voice.slice(m.index + m[0].length).trim(), at: m.index, end: m.index + m[0].length };
  },
];

/** The first shape that reads the sentence and names someone: "called for China and Russia to …" names no speaker. */
function matchSentence(voice: string): (Match & { who: Speaker }) | null {
  for (const read of READERS) {
    const match = read(voice);
    const who = match ? classifySpeaker(match.speaker) : null;
    if (match && who) return { ...match, who };
  }
  return null;
}

/**
 * Every attribution clause of a sentence, nearest the end first: "To cut the risk, the officials
 * said, the utility vented its covers, “so gas cannot build up,” Mr. McHugh said." holds two.
 */
function matchesInSentence(voice: string): (Match & { who: Speaker })[] {
  const found: (Match & { who: Speaker })[] = [];
  let rest = voice;
  while (found.length < 3) {
    const match = matchSentence(rest);
    if (!match) break;
    found.push(match);
    if (match.at === 0 || !/\p{L}{3}/u.test(rest.slice(0, match.at))) break;
    rest = rest.slice(0, match.at);
  }
  return found;
}

/** Characters between a quotation and a clause: a quotation belongs to the clause nearest it. */
function gap(quote: Span, clause: Match): number {
  return quote.end <= clause.at ? clause.at - quote.end : quote.start >= clause.end ? quote.start - clause.end : 0;
}

/** A quotation that ends a sentence: its last mark follows a full stop, a question or an exclamation. */
const QUOTED_SENTENCE_END = /[.!?…]\s*[”"’»]?\s*$|[.!?…][”"’»]/u;

/** Longer than this, a paragraph after "X said:" is the article's own text again, not an item of what X said. */
const MAX_LIST_ITEM_WORDS = 40;

/** "The company", "the firm": nouns any body may be called, whatever its name. */
const GENERIC_BODY_NOUNS = new Set(['company', 'firm', 'group', 'agency', 'organization', 'organisation']);

/** A body, or a one-word name the page never calls he or she ("Roscosmos said …", "Vidyard announced …"). */
const isBodyLike = (r: Referent) => r.attribution.organization || (r.pronoun === undefined && !r.attribution.speaker?.includes(' '));

/** The capitalised name a paragraph opens on, before a comma or a verb. */
const PARAGRAPH_SUBJECT = new RegExp(`^\\s*(${NAME_WORD}(?:\\s+${NAME_WORD}){0,3})(?=,|\\s+\\p{Ll})`, FLAGS);

/** People named in passing ("Rosa Delgado, a nurse, stood…"): later pronouns and surnames may refer to them. */
const PERSON_MENTION = new RegExp(`(?:^|[,;]\\s+|\\b\\p{Ll}+\\s+)((?:${NAME_WORD})(?:\\s+${NAME_WORD}){1,2})(?=,\\s+(?:a|an|the|who|de|que|qui|di|\\d)\\b|\\s+(?:stood|was|is|has|had|opened|said|runs|ran|leads|lives|lived|works|worked|owns)\\b)`, 'gu');

type Referent = { attribution: AttributionCandidate; pronoun?: 'he' | 'she' };
/** While reading: a speaker named by one name that no full name has completed yet. */
type Found = AttributionCandidate & { unresolved?: boolean };

const MID_SENTENCE_CAPITAL = /(?<=[\p{Ll},;”"’)]\s+)\p{Lu}[\p{L}’'\-]+/gu;

/** Words the page capitalises where no sentence starts: names, not sentence openers. */
function capitalisedMidSentence(blocks: { text: string }[]): Set<string> {
  const words = new Set<string>();
  for (const block of blocks) for (const m of block.text.matchAll(MID_SENTENCE_CAPITAL)) words.add(m[0]);
  return words;
}

/** "Te Kaurinui" after "Te Kaurinui Robert Parata": a shortened form of a name given in full before. */
function longerName(name: string, names: string[]): string {
  const words = name.split(' ');
  if (words.length < 2) return name;
  const longer = names.findLast((n) => {
    const full = n.split(' ');
    if (full.length <= words.length) return false;
    const head = full.slice(0, words.length).join(' ');
    const tail = full.slice(-words.length).join(' ');
    return head === name || tail === name;
  });
  return longer ?? name;
}

/** A speaker first named by surname and only later in full ("Mr Ashworth said" … "Tom Ashworth, chief engineer"). */
function completeSurnames(found: Found[], names: string[]): AttributionCandidate[] {
  return found.map(({ unresolved, ...candidate }) => {
    if (!unresolved || !candidate.speaker) return candidate;
    const full = names.find((n) => n.split(' ').at(-1) === candidate.speaker) ?? names.find((n) => n.split(' ')[0] === candidate.speaker);
    return full ? { ...candidate, speaker: full } : candidate;
  });
}

/** Reads every block in order, so continuations resolve to the speaker named before them. */
export function findAttributions(blocks: { text: string; kind: string }[]): AttributionCandidate[] {
  const found: Found[] = [];
  /** Named people and bodies in order of appearance, with the pronoun the page has used for them. */
  const referents: Referent[] = [];
  let previousQuoted: AttributionCandidate | null = null;
  /** An attribution ending in a colon: the short paragraphs after it are what was said. */
  let introducer: AttributionCandidate | null = null;
  /** Who a block quotation belongs to: the last speaker of the paragraph before it. */
  let quotationOwner: AttributionCandidate | null = null;
  /** "the report" → who wrote it, from "a report by X" or "X's report" earlier. */
  const documentAuthors = new Map<string, string>();

  const remember = (candidate: AttributionCandidate) => {
    const existing = referents.findIndex((r) => r.attribution.speaker === candidate.speaker);
    const pronoun = existing >= 0 ? referents[existing]!.pronoun : undefined;
    if (existing >= 0) referents.splice(existing, 1);
    referents.push({ attribution: candidate, pronoun });
  };

  /** Every person-like name seen so far, latest last: where a lone surname finds its full name. */
  const names: string[] = [];
  const properWords = capitalisedMidSentence(blocks);

  const resolve = (speaker: Extract<Speaker, { type: 'surname' | 'pronoun' | 'definite' }>, excerpt: string, block: number): Found | undefined => {
    const latest = [...referents].reverse();
    const people = latest.filter((r) => !r.attribution.organization);
    const bodies = latest.filter((r) => r.attribution.organization);
    const bare = (name: string) => ({ speaker: name, anonymous: false, organization: false, excerpt, block });
    if (speaker.type === 'surname') {
      const referent = people.find((r) => r.attribution.speaker?.split(' ').includes(speaker.name))?.attribution;
      if (referent) return referent;
      // Family names come last in some names and first in others ("Yoon Suk Yeol").
      const full = names.findLast((n) => n.split(' ').at(-1) === speaker.name) ?? names.findLast((n) => n.split(' ')[0] === speaker.name);
      if (full) return bare(full);
      // Named by one name only: the page's own name for them, if the page writes it as a name
      // mid-sentence too ("Several urged …" and "Independent engineers …" are not names).
      return speaker.titled || properWords.has(speaker.name) ? { ...bare(speaker.name), unresolved: true } : undefined;
    }
    if (speaker.type === 'definite') {
      const author = documentAuthors.get(speaker.noun);
      if (author) return { ...bare(author), organization: true };
      // "The company said" with no company named as a speaker before: the article's subject, which
      // these rules cannot name; calling it an unnamed source would be a false alarm.
      return (
        bodies.find((r) => r.attribution.speaker?.toLowerCase().includes(speaker.noun)) ??
        (GENERIC_BODY_NOUNS.has(speaker.noun) ? latest.find(isBodyLike) : undefined)
      )?.attribution;
    }
    // "It said …": the latest body, or a one-word name the page never calls he or she ("Roscosmos said …").
    if (speaker.pronoun === 'it') return latest.find(isBodyLike)?.attribution;
    if (speaker.pronoun === 'they') return found.at(-1);
    if (speaker.pronoun === 'someone') return people[0]?.attribution;
    const referent = people.find((r) => r.pronoun === undefined || r.pronoun === speaker.pronoun);
    if (referent) referent.pronoun = speaker.pronoun;
    return referent?.attribution;
  };

  /** "Fetter, for her part, continued …": a paragraph that opens on a person is about them; its "she" is likely theirs. */
  const rememberSubject = (voice: string, block: number) => {
    const subject = PARAGRAPH_SUBJECT.exec(voice)?.[1];
    const who = subject ? classifySpeaker(subject) : null;
    if (!who || (who.type !== 'named' && who.type !== 'surname') || (who.type === 'named' && who.organization)) return;
    const full = who.type === 'named' ? longerName(who.name, names) : names.findLast((n) => n.split(' ').at(-1) === who.name);
    if (full) remember({ speaker: full, anonymous: false, organization: false, excerpt: voice, block });
  };

  const candidateFor = (match: Match, speaker: Speaker, base: { excerpt: string; block: number; quote?: string }): Found | null => {
    // "The leader of Ennahda, Rachid Ghannouchi, said": a described role, then the name in apposition.
    const apposedName = match.appositive?.trim();
    if (apposedName && /^(?:(?:the|a|an|his|her|their|its)\s|\p{Lu}\S*[’']s\s)/iu.test(match.speaker.trim()) && PROPER_ALONE.test(apposedName) && apposedName.includes(' ')) {
      const person = classifySpeaker(apposedName);
      if (person?.type === 'named' && !person.organization) {
        const { role, affiliation } = parseAppositive(match.speaker);
        return { ...base, speaker: longerName(person.name, names), anonymous: false, organization: false, statedRole: role ?? match.speaker.trim(), statedAffiliation: affiliation };
      }
    }
    const { role, affiliation } = parseAppositive(match.appositive);
    switch (speaker.type) {
      case 'named':
        if (!speaker.organization) speaker = { ...speaker, name: longerName(speaker.name, names) };
        return { ...base, speaker: speaker.name, anonymous: false, organization: speaker.organization, statedRole: role ?? speaker.title, statedAffiliation: affiliation };
      case 'surname':
      case 'pronoun':
      case 'definite': {
        const earlier = resolve(speaker, base.excerpt, base.block);
        // "Solheim, a senior scientist at X, said": what this sentence states beats what an earlier one did.
        return earlier ? { ...earlier, ...base, statedRole: role ?? earlier.statedRole, statedAffiliation: affiliation ?? earlier.statedAffiliation } : null;
      }
      case 'described': {
        const name = match.appositive?.trim();
        return name && PROPER_ALONE.test(name) ? { ...base, speaker: name, anonymous: false, organization: false, statedRole: speaker.descriptor } : null;
      }
      case 'kin': {
        // "her mother, Fiona Parry, said": the appositive is the name, the relation is the role.
        const name = match.appositive?.trim();
        if (name && PROPER_ALONE.test(name)) return { ...base, speaker: name, anonymous: false, organization: false, statedRole: speaker.descriptor };
        return { ...base, speaker: null, anonymous: true, organization: false, descriptor: speaker.descriptor };
      }
      case 'organization':
        return { ...base, speaker: speaker.name, anonymous: false, organization: true, descriptor: speaker.descriptor };
      case 'anonymous':
        return { ...base, speaker: null, anonymous: true, organization: false, descriptor: speaker.descriptor.replace(/^(?:as|but|and)\s+/i, '') };
    }
  };

  blocks.forEach((block, blockIndex) => {
    if (block.kind === 'quote') {
      if (quotationOwner) found.push({ ...quotationOwner, excerpt: block.text, block: blockIndex, quote: block.text });
      return;
    }
    if (block.kind !== 'body' && block.kind !== 'notice') return;
    const quotes = quoteSpans(block.text);
    const voice = ownVoice(block.text, quotes);
    rememberSubject(voice, blockIndex);
    let blockHadAttribution = false;
    /** The paragraph names a speaker, even one it does not resolve: it is not a bare continuation. */
    let blockHadClause = false;
    /** The quotation of the sentence before, while no clause has claimed it. */
    let pendingQuote: { inner: string } | null = null;

    for (const span of sentenceSpans(block.text)) {
      const excerpt = block.text.slice(span.start, span.end);
      const sentenceVoice = voice.slice(span.start, span.end);
      for (const mention of properNames(excerpt)) {
        const person = mention.organization ? null : classifySpeaker(mention.name);
        if (person?.type === 'named' && !person.organization) names.push(person.name);
      }
      for (const m of sentenceVoice.matchAll(DOCUMENT_AUTHOR)) {
        const noun = (m[1] ?? m[4])!.toLowerCase();
        // "Stanford University's Center on Poverty": the body after the possessive wrote it.
        const author = (m[2] ?? m[3])!.replace(/[’']s$/, '').replace(/^.*[’']s\s+(?=\p{Lu})/u, '');
        documentAuthors.set(noun, author);
      }
      const sentenceQuotes = quotesIn(quotes, span);
      const matches = matchesInSentence(sentenceVoice).map((match) => ({ match, speaker: match.who }));
      if (matches.length === 0) {
        pendingQuote = sentenceQuotes.length > 0 ? { inner: sentenceQuotes.map((q) => q.inner).join(' … ') } : null;
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
      blockHadClause = true;
      // Each quotation belongs to the clause nearest it; a clause with none owns its reported words.
      const owners = sentenceQuotes.map((q) => {
        const local = { start: q.start - span.start, end: q.end - span.start };
        return matches.reduce((best, m, i) => (gap(local, m.match) < gap(local, matches[best]!.match) ? i : best), 0);
      });
      // "“Do they take the profit …?” Forte said." is split after the question mark: the quotation before is Forte's.
      const carried = sentenceQuotes.length === 0 && !matches[0]!.match.reported ? pendingQuote : null;
      matches.forEach(({ match, speaker }, index) => {
        const owned = sentenceQuotes.filter((_, i) => owners[i] === index);
        const quote = owned.length > 0 ? owned.map((q) => q.inner).join(' … ') : (match.reported || carried?.inner) || undefined;
        const candidate = candidateFor(match, speaker, { excerpt, block: blockIndex, quote });
        if (!candidate) return;
        found.push(candidate);
        blockHadAttribution = true;
        if (candidate.speaker && !candidate.anonymous) remember(candidate);
      });
      pendingQuote = null;
    }

    const last = found.at(-1);
    const shortItem = block.text.split(' ').length <= MAX_LIST_ITEM_WORDS;
    // A paragraph that is only a quoted sentence continues the speaker of the quote before it
    // (a quoted heading such as "‘Unprecedented’ strandings" ends in no full stop and does not).
    if (!blockHadClause && quotes.length > 0 && previousQuoted && voice.replace(/[\s.,;:—–-]/g, '').length < 20 && QUOTED_SENTENCE_END.test(block.text)) {
      found.push({ ...previousQuoted, excerpt: block.text, block: blockIndex, quote: quotes.map((q) => q.inner).join(' … ') });
    } else if (!blockHadClause && introducer && shortItem) {
      // "In the interview, Obama also said:" followed by short items: each item is what was said.
      found.push({ ...introducer, excerpt: block.text, block: blockIndex, quote: block.text });
    } else if (!(introducer && shortItem && last?.block === blockIndex && last.speaker === introducer.speaker)) {
      // An item that names the list's speaker again ("He is confident …") keeps the list going; anything else ends it.
      introducer = blockHadAttribution && last?.block === blockIndex && /[:：]\s*$/.test(block.text) ? last : null;
    }
    const latest = found.at(-1);
    previousQuoted = latest && latest.block === blockIndex && latest.quote ? latest : blockHadClause ? null : previousQuoted;
    quotationOwner = latest && latest.block === blockIndex && !latest.anonymous ? latest : null;
  });
  return once(completeSurnames(found, names));
}

/** A page that prints a passage twice (a live blog's summary and its entry) states it once. */
function once(found: AttributionCandidate[]): AttributionCandidate[] {
  const seen = new Set<string>();
  return found.filter((a) => {
    const key = `${a.speaker ?? a.descriptor}\u0000${(a.quote ?? a.excerpt).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

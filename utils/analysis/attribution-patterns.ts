/**
 * The sentence shapes of who-said-what as regular expressions, built once from the word classes
 * in vocabulary.ts: the pieces (a name, a speaker, an appositive, a verb of saying) and the
 * clauses made of them. attributions.ts reads sentences with them.
 */
import { ANONYMOUS_NOUNS, BODY_NOUNS, DOCUMENT_NOUNS, KIN_NOUNS, PARTICIPLES, SPEECH_VERBS, STATEMENT_NOUNS, TITLES, VERB_PREFIXES } from './vocabulary';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const alternation = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
/** Both "experts" and "Experts": a head noun may open the sentence. */
const eitherCase = (words: readonly string[]) => words.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]);

/** JavaScript's \\b only knows ASCII letters: "afirmó" ends a word too. */
const END_OF_WORD = '(?![\\p{L}\\p{N}])';
/** "continued to open", "writes about markets", "reports on climate": the verb is not reporting speech. */
const NOT_SPEECH = '(?!\\s+(?:to|about)\\s)(?!(?<=reports)\\s+(?:on|for)\\s)';
/** Reflexive pronouns some languages put after the verb ("přidává se", "pozastavil se"): part of it. */
const REFLEXIVE = `(?:\\s+(?:se|si)${END_OF_WORD})?`;
/**
 * "has consistently argued that": an -ly adverb before a verb of saying, when "that" follows it —
 * "China explicitly emphasizes a people-centred approach" is what someone else said, not a clause.
 */
const ADVERB = `\\p{Ll}{3,}ly(?=\\s+(?:${alternation(SPEECH_VERBS)})\\s+that\\s)`;
const VERB = `(?:(?:${VERB_PREFIXES.join('|')}|${ADVERB})\\s+){0,2}(${alternation(SPEECH_VERBS)})${END_OF_WORD}${REFLEXIVE}${NOT_SPEECH}`;
/** "Okafor", "McHugh", "O'Brien", "DeSantis", an initial "B.", or an acronym before another name. */
export const NAME_WORD = `(?:\\p{Lu}[\\p{Ll}\\p{Lo}’'\\-]+(?:\\p{Lu}[\\p{Ll}\\p{Lo}’'\\-]+)*\\.?|\\p{Lu}\\.|\\p{Lu}{2,}(?:[’']s)?(?=\\s+\\p{Lu}|[\\s,.;:!?)]|$))`;
const PARTICLE = `(?:de|da|van|von|der|den|bin|al|del|la|le|di|du|dos|das)`;
/** A capitalised phrase of one to six words: a person, a title and name, or an organisation. */
const PROPER = `${NAME_WORD}(?:\\s+(?:${PARTICLE}\\s+|of\\s+(?:the\\s+)?|for\\s+|and\\s+)?${NAME_WORD}){0,5}`;
const PRONOUN = `(?:he|she|they|it|He|She|They|It)`;
/** "her mother", "the boy's father": a person described by a relation to someone named. */
const KIN = `(?:(?:his|her|their|His|Her|Their)|(?:the\\s+)?${NAME_WORD}[’']s)\\s+(?:\\p{Ll}+\\s+){0,2}?(?:${alternation(KIN_NOUNS)})${END_OF_WORD}`;
/** "Norvane’s chief executive, Ilse Brandvold," / "The head of the dockworkers’ union, Casimir Lutkens,": a role, then the name in apposition. */
/** What opens a described role: a determiner, a possessive, or a name's possessive. */
const ROLE_OPENER = `(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|${NAME_WORD}(?:\\s+${NAME_WORD}){0,3}[’']s)`;
const ROLE_BEFORE_NAME = `${ROLE_OPENER}\\s+[^,;:“”"]{1,80}?(?=,\\s*${NAME_WORD}(?:\\s+${NAME_WORD}){1,3},)`;
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
/** "local man Doug Pelham", "chef Marguerite Olsen": lowercase role words before a name — never a verb of saying ("Banzi claims that Martino"). */
const ROLE_WORDS = `(?:(?!(?:${alternation(SPEECH_VERBS)}|that)${END_OF_WORD})\\p{Ll}[\\p{L}’'\\-]*\\s+){0,3}`;
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

export const FLAGS = 'u';
/** "…,” said Zeng Yi, director of …" — verb, speaker, optional appositive to the end ("…, told Reuters" names the listener). */
export const VERB_THEN_SPEAKER = new RegExp(`(?:^|[,:;—–]\\s*|\\s{2,})(?!(?:told|tells|tell)\\s)${VERB}\\s+${SPEAKER}${TRAILING}\\s*[.!?]?\\s*$`, FLAGS);
/** "…, the official said." / "…, Zeng added in a statement." / "…, Yoon continued, speaking for two minutes." */
export const SPEAKER_THEN_VERB_END = new RegExp(`(?:^|[,:;—–]\\s*|\\s{2,}|\\s(?:and|but|while|whereas)\\s+)${SPEAKER}(?:,\\s*${APPOSITIVE},)?\\s+${VERB}(?:[\\s,]+(?<tail>${VOICE_CHAR}{0,150}?))?\\s*[.!?,:;]?\\s*$`, FLAGS);
/** "A senior official told reporters that …" / "Lin Yun, a professor at …, expects …" / "As X noted: …" */
export const SPEAKER_THEN_VERB_START = new RegExp(`^(?:${OPENER}|.{0,200}?\\s{3,}|${VOICE_CHAR}{0,200}?[,;]\\s+(?:and|but|while|whereas)\\s+)?${SPEAKER}(?:,\\s*${APPOSITIVE},|\\s*\\([^()]{1,160}\\))?${OTHER_ACT}\\s+${VERB}`, FLAGS);
/** "…his defence minister Kim Yong-hyun, who said he took full responsibility." */
export const RELATIVE_SPEAKER = new RegExp(`(?:^|[\\s,;(])${SPEAKER},\\s+who\\s+${VERB}`, FLAGS);
/** "Yoon apologised in a televised address, saying …": a participle hangs the words on the subject. */
export const PARTICIPLE_CLAUSE = new RegExp(`^${OPENER}?${SPEAKER}(?:,\\s*${APPOSITIVE},)?\\s+\\p{Ll}${VOICE_CHAR}{0,200}?,\\s+(?:${PARTICIPLES.join('|')})${END_OF_WORD}`, FLAGS);
/** "Alverson summed up the journey: “…”": a named subject introducing the quotation after a colon. */
export const COLON_INTRODUCTION = new RegExp(`^${OPENER}?${SPEAKER}(?:,\\s*${APPOSITIVE},)?\\s+\\p{Ll}${VOICE_CHAR}{0,160}?:\\s{3,}`, FLAGS);
/** "attack code he said exploits the flaw": a pronoun or a name and a core verb of saying inside a clause. */
export const EMBEDDED = new RegExp(`(?<=\\p{Ll}\\s)(${PRONOUN}|${NAME_WORD}(?:\\s+${NAME_WORD}){0,2})\\s+(?:(?:${VERB_PREFIXES.join('|')})\\s+)?(?:said|says|told|wrote|added)(?=\\s+\\p{Ll})`, FLAGS);
/** "Netanyahu’s declaration that …", "his vow on Monday that …": a statement named by a noun, and whose it is. */
export const NOMINAL_STATEMENT = new RegExp(`(?:^|\\s)(${PROPER}(?=[’']s\\s)|his|her|their|His|Her|Their)(?:[’']s)?\\s+(?:\\p{Ll}+\\s+){0,2}?(?:${alternation(STATEMENT_NOUNS)})${END_OF_WORD}(?:\\s+(?:on|in|at|last|this)\\s+${VOICE_CHAR}{1,40}?)?\\s+that\\s`, FLAGS);
/** "«…», contou." — languages that drop the subject: the verb alone, after the quotation. */
export const BARE_VERB_END = new RegExp(`(?:^|[,:;—–]\\s*|\\s{2,})${VERB}\\s*[.!?]?\\s*$`, FLAGS);
/** "Il problema, spiega Matteo Dallapè, idrologo …, è la neve": a verb and its speaker set inside the sentence. */
export const INCISE = new RegExp(`[,—–]\\s*${VERB}\\s+${SPEAKER}(?:,\\s*${APPOSITIVE})?[,—–]\\s+\\p{Ll}`, FLAGS);
/** "…», explique-t-elle." / "a-t-il ajouté": French puts the pronoun after the verb. */
export const FRENCH_INVERSION = /(?:^|[,\s])(?:[\p{L}éèêû]+-t-(il|elle|ils|elles)|a-t-(il|elle)\s+[\p{L}éè]+|(?:dit|explique|ajoute|précise|souligne|estime|affirme|assure|raconte|poursuit|insiste|confie)-(il|elle|ils|elles))(?![\p{L}])/u;
/** "Pour Hélène Caradec, …", "Para los vecinos, …": the view of the one named first. */
export const FOR_SPEAKER = new RegExp(`^(?:Pour|Para|Per|Für|Selon|Secondo|D’après|D'après)\\s+${SPEAKER},`, FLAGS);
/** "In Dr. Shadlen's words, …", "In the words of X, …". */
export const IN_WORDS = new RegExp(`^(?:In\\s+(${ROLE_PREFIX}${PROPER})[’']s?\\s+words|In\\s+the\\s+words\\s+of\\s+(${ROLE_PREFIX}${PROPER}))\\s*,`, FLAGS);
/** "According to Zhang Li, a researcher with …, …" / "per an administration official" — but not "he said according to a transcript". */
export const ACCORDING_TO = new RegExp(`(?<!\\b(?:said|says|told|added|wrote)\\s+)\\b(?:[Aa]ccording to|per|[Ss]egún|[Ss]elon|[Ll]aut|[Ss]egundo)\\s+${SPEAKER}(?:,\\s*([^,;:“”"]{2,160}?)(?=,))?(?:[,.;:]|$)`, FLAGS);

/** Words that make the words after them a group of people or a place, never a person's name. */
export const GROUP_OPENER = /^(?:several|some|many|most|few|numerous|various|other|two|three|four|five|dozens|hundreds|thousands)$/i;
export const PLACE_LINK = /^(?:along|in|at|from|of|on|near|across|by|for|with|to|the|a|an|around|outside|inside)$/i;
export const NAME_WORD_ALONE = new RegExp(`^${NAME_WORD}$`, FLAGS);
export const PARTICLE_ALONE = new RegExp(`^(?:${PARTICLE}|of|the|for|and)$`, FLAGS);
/** A title before a name; a one-letter title ("M.") only opens a name, or "Robert M. Danin" would lose his first name. */
export const TITLE_INSIDE = new RegExp(`(?:^(?:${alternation(TITLES)})|\\s(?:${alternation(TITLES.filter((t) => !/^\p{Lu}\.$/u.test(t)))}))\\s+(?=\\p{Lu})`, FLAGS);
export const ANONYMOUS_HEAD = new RegExp(`\\b(?:${ANONYMOUS_NOUNS.join('|')})\\b`, 'i');
/** Months and days, written out: "Wang Jun" and "Theresa May" keep their names, so only a third word is dropped. */
export const CALENDAR_WORDS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
export const SPEECH_VERB_WORDS = new Set<string>(SPEECH_VERBS.filter((v) => !v.includes(' ')));
export const KIN_ALONE = new RegExp(`^${KIN}$`, FLAGS);
export const ROLE_BEFORE_NAME_ALONE = new RegExp(`^${ROLE_OPENER}\\s+\\p{Ll}[^,;:“”"]{0,80}$`, FLAGS);
export const NAMED_BODY_ALONE = new RegExp(`^(?:[Tt]he\\s+)?${NAMED_BODY}$`, FLAGS);
export const DEFINITE_ALONE = new RegExp(`^${DEFINITE_BODY}$`, FLAGS);
export const PART_OF_GROUP_ALONE = new RegExp(`^${PART_OF_GROUP}$`, FLAGS);
export const PROPER_ALONE = new RegExp(`^${PROPER}$`, FLAGS);
/** "A study by the IMF", "data from Eurostat": a document with a named author is a named source. */
export const NAMED_BY = /\b(?:study|studies|report|reports|survey|surveys|research|data|statistics|figures|estimates|polls?|analysis)\s+(?:by|from|of|published by)\s+(?:the\s+)?(\p{Lu}[\p{L}’'\-]*(?:\s+(?:of\s+(?:the\s+)?|for\s+|and\s+)?\p{Lu}[\p{L}’'\-]*)*)/u;
/** "a new report released on Monday by Stanford University's Center on Poverty", "the IMF's latest survey". */
export const DOCUMENT_AUTHOR = new RegExp(
  `\\b(${alternation(DOCUMENT_NOUNS)})\\b[^.;“”"]{0,60}?\\bby\\s+(?:the\\s+)?(${PROPER}(?:\\s+on\\s+${PROPER})?)|(${PROPER})[’']s\\s+(?:\\p{Ll}+\\s+){0,2}(${alternation(DOCUMENT_NOUNS)})\\b`,
  'gu',
);

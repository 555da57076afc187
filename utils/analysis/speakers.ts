/**
 * Who a matched speaker phrase names: a person, a body, a pronoun or relation to resolve, or an
 * unnamed source; and the role and affiliation an appositive states.
 */
import { GROUP_OPENER, PLACE_LINK, NAME_WORD_ALONE, PARTICLE_ALONE, TITLE_INSIDE, ANONYMOUS_HEAD, CALENDAR_WORDS, SPEECH_VERB_WORDS, KIN_ALONE, ROLE_BEFORE_NAME_ALONE, NAMED_BODY_ALONE, DEFINITE_ALONE, PART_OF_GROUP_ALONE, NAMED_BY } from './attribution-patterns';
import { CLAUSE_OPENERS, ORGANIZATION_WORDS } from './vocabulary';

export type Speaker =
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

export function classifySpeaker(raw: string): Speaker | null {
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

/**
 * Who said what: direct quotes and reported speech, named and unnamed speakers, their stated
 * role and affiliation, and continuations ("she added", "Okafor said") resolved to the speaker
 * named earlier. Sentence shapes are in attribution-patterns.ts, who a phrase names in
 * speakers.ts; this module reads blocks in order and resolves continuations. Every English shape,
 * and the common ones of French, Spanish, Italian, Portuguese and German (language.ts says which).
 */
import { properNames } from './mentions';
import { ownVoice, quoteSpans, sentenceSpans, type QuoteSpan, type Span } from './sentences';
import {
  NAME_WORD, FLAGS, VERB_THEN_SPEAKER, SPEAKER_THEN_VERB_END, SPEAKER_THEN_VERB_START, RELATIVE_SPEAKER, PARTICIPLE_CLAUSE, COLON_INTRODUCTION, EMBEDDED, NOMINAL_STATEMENT, BARE_VERB_END, INCISE, FRENCH_INVERSION, FOR_SPEAKER, IN_WORDS, ACCORDING_TO, PROPER_ALONE, DOCUMENT_AUTHOR,
} from './attribution-patterns';
import { classifySpeaker, parseAppositive, type Speaker } from './speakers';

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

/** A name and its comma just before a role: "Rachel Stephens, " in "Rachel Stephens, senior analyst at RedMonk, said". */
const NAME_BEFORE_ROLE = new RegExp(`(?:^|[,;:]\\s+|^\\s*\\p{Lu}\\p{Ll}+\\s+)(${NAME_WORD}(?:\\s+${NAME_WORD}){1,3}),\\s*$`, FLAGS);

/** "RedMonk’s Stephens" — but not "Mozilla’s CTO": the second part is a name, not an acronym or a title. */
const OWNER_AND_NAME = new RegExp(`^(${NAME_WORD}(?:\\s+${NAME_WORD}){0,3})[’']s\\s+(\\p{Lu}\\p{Ll}[\\p{L}’'\\-]*(?:\\s+\\p{Lu}\\p{Ll}[\\p{L}’'\\-]*){0,2})$`, FLAGS);

/** Three spaces or more: where ownVoice blanked a quotation out. */
const BLANKED = /\s{3,}/u;

/** The first shape that reads the sentence and names someone: "called for China and Russia to …" names no speaker. */
function matchSentence(voice: string): (Match & { who: Speaker }) | null {
  for (const read of READERS) {
    const found = read(voice);
    // A speaker never runs across a blanked-out quotation ("The attack is “…,” Azzouz said"): the words after it are the speaker.
    const unblanked = found && BLANKED.test(found.speaker) ? { ...found, speaker: found.speaker.split(BLANKED).at(-1)! } : found;
    // "RedMonk’s Stephens": the person, and the body the possessive names as their affiliation.
    const owned = unblanked && !unblanked.appositive ? OWNER_AND_NAME.exec(unblanked.speaker.trim()) : null;
    const match = owned && unblanked ? { ...unblanked, speaker: owned[2]!, appositive: unblanked.appositive ?? `of ${owned[1]}` } : unblanked;
    const who = match ? classifySpeaker(match.speaker) : null;
    if (match && who?.type === 'anonymous') {
      // "Rachel Stephens, senior analyst at RedMonk, shared …": the role read as an unnamed source belongs to the name before it.
      const named = NAME_BEFORE_ROLE.exec(voice.slice(match.at, voice.indexOf(match.speaker, match.at)))?.[1];
      const person = named ? classifySpeaker(named) : null;
      if (person?.type === 'named' && !person.organization) return { ...match, speaker: named!, appositive: match.speaker, who: person };
    }
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
  // "(Alibaba says it has no plans …)": an aside reads as a sentence; a space keeps every offset.
  let rest = voice.replace(/^(\s*)[([]/u, '$1 ');
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

/** Fewer letters than this outside its quotation marks: the text is a quotation, not the writer's sentence. */
const MAX_OWN_LETTERS = 20;
const onlyQuoted = (voice: string) => voice.replace(/[\s.,;:—–-]/g, '').length < MAX_OWN_LETTERS;

/** A paragraph that ends in a colon introduces what follows it. */
const INTRODUCES = /[:：]\s*$/u;

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

/**
 * "Yoon" for "Yoon Suk Yeol": a family name written first, in a name of at most three words — a
 * longer capitalised run is a headline ("Vidyard Launches New Tools"), not a name.
 */
const familyNameFirst = (full: string, single: string) => {
  const words = full.split(' ');
  return words[0] === single && words.length <= 3 && words.every((w) => PLAIN_NAME_WORD.test(w));
};
/** The one name meant, or none when the page has several ("Mozilla Persona", "Mozilla Foundation"). */
const onlyOne = (names: string[]) => (new Set(names).size === 1 ? names[0] : undefined);
/** A word of a personal name: a capital, then lowercase ("Suk"), never an acronym or a title ("Eich CEO"). */
const PLAIN_NAME_WORD = /^\p{Lu}\p{Ll}[\p{L}’'\-]*$/u;

/** A speaker first named by surname and only later in full ("Mr Ashworth said" … "Tom Ashworth, chief engineer"). */
function completeSurnames(found: Found[], names: string[]): AttributionCandidate[] {
  return found.map(({ unresolved, ...candidate }) => {
    if (!unresolved || !candidate.speaker) return candidate;
    const full = names.find((n) => n.split(' ').at(-1) === candidate.speaker) ?? onlyOne(names.filter((n) => familyNameFirst(n, candidate.speaker!)));
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
  /** Every name the page mentions, people's and bodies': where an acronym finds what it stands for. */
  const allNames = new Set<string>();
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
      const full = names.findLast((n) => n.split(' ').at(-1) === speaker.name) ?? onlyOne(names.filter((n) => familyNameFirst(n, speaker.name)));
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
      // An embedded post signs itself ("— Jane Doe (@jane) May 1, 2024", "@jane: …"): its author speaks.
      const signed = postAuthor(block.text);
      if (signed) {
        found.push({ speaker: signed, anonymous: false, organization: false, excerpt: block.text, block: blockIndex, quote: block.text });
        return;
      }
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
        allNames.add(mention.name);
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
      const matches = matchesInSentence(sentenceVoice);
      if (matches.length === 0) {
        pendingQuote = sentenceQuotes.length > 0 ? { inner: sentenceQuotes.map((q) => q.inner).join(' … ') } : null;
        // A quoted sentence with no attribution of its own continues the paragraph's speaker; one
        // that opens a paragraph continues the quoted speaker of the paragraph before.
        const current = found.at(-1);
        const opensParagraph = span.start === 0 && sentenceQuotes[0]?.start === 0 && onlyQuoted(sentenceVoice) && QUOTED_SENTENCE_END.test(excerpt);
        const continued = current?.block === blockIndex && current.quote ? current : opensParagraph && previousQuoted && !previousQuoted.anonymous ? previousQuoted : null;
        if (sentenceQuotes.length > 0 && continued) {
          found.push({ ...continued, excerpt, block: blockIndex, quote: sentenceQuotes.map((q) => q.inner).join(' … ') });
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
        return matches.reduce((best, m, i) => (gap(local, m) < gap(local, matches[best]!) ? i : best), 0);
      });
      // "“Do they take the profit …?” Forte said." is split after the question mark: the quotation before is Forte's.
      const carried = sentenceQuotes.length === 0 && !matches[0]!.reported ? pendingQuote : null;
      matches.forEach((match, index) => {
        const owned = sentenceQuotes.filter((_, i) => owners[i] === index);
        const quote = owned.length > 0 ? owned.map((q) => q.inner).join(' … ') : (match.reported || carried?.inner) || undefined;
        const candidate = candidateFor(match, match.who, { excerpt, block: blockIndex, quote });
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
    if (!blockHadClause && quotes.length > 0 && previousQuoted && onlyQuoted(voice) && QUOTED_SENTENCE_END.test(block.text)) {
      found.push({ ...previousQuoted, excerpt: block.text, block: blockIndex, quote: quotes.map((q) => q.inner).join(' … ') });
    } else if (!blockHadClause && introducer && shortItem && !INTRODUCES.test(block.text)) {
      // "In the interview, Obama also said:" followed by short items: each item is what was said — until
      // a paragraph ending in a colon of its own, where the writer introduces something else.
      found.push({ ...introducer, excerpt: block.text, block: blockIndex, quote: block.text });
    } else if (!(introducer && shortItem && last?.block === blockIndex && last.speaker === introducer.speaker)) {
      // An item that names the list's speaker again ("He is confident …") keeps the list going; anything else ends it.
      introducer = blockHadAttribution && last?.block === blockIndex && INTRODUCES.test(block.text) ? last : null;
    }
    const latest = found.at(-1);
    previousQuoted = latest && latest.block === blockIndex && latest.quote ? latest : blockHadClause ? null : previousQuoted;
    quotationOwner = latest && latest.block === blockIndex && !latest.anonymous ? latest : null;
  });
  return once(expandAcronyms(completeSurnames(found, names), [...allNames]));
}

/** The signature an embedded post ends with: "— Jane Doe (@jane) May 1, 2024". */
const POST_SIGNATURE = /[—–-]\s*([^—–()\n]{2,60}?)\s*\(@(\w{1,30})\)\s*[^()]{0,40}$/u;
/** A post quoted with its handle first: "@jane: The bridge is closed." */
const POST_HANDLE = /^\s*\.?@(\w{1,30}):\s/u;

/** Who wrote an embedded social-media post, by its signature or its leading handle. */
function postAuthor(text: string): string | undefined {
  const signed = POST_SIGNATURE.exec(text);
  if (signed) return signed[1]!.trim() || signed[2];
  return POST_HANDLE.exec(text)?.[1];
}

/** Words an acronym skips: "Free Software Foundation" is FSF, "Bank of England" BE. */
const ACRONYM_SKIPS = new Set(['of', 'the', 'for', 'and', 'on', 'de', 'du', 'des', 'la', 'le']);
const ACRONYM = /^\p{Lu}{2,6}$/u;

/** The initials of a name, "Richard M. Stallman" → RMS. */
const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter((w) => !ACRONYM_SKIPS.has(w.toLowerCase()))
    .map((w) => w[0])
    .join('')
    .toUpperCase();

/** "FSF said", "RMS has argued": the page's own full name for an acronym, when exactly one name fits it. */
function expandAcronyms(found: AttributionCandidate[], names: string[]): AttributionCandidate[] {
  const expansions = new Map<string, string | undefined>();
  const expand = (acronym: string) => {
    if (!expansions.has(acronym)) expansions.set(acronym, onlyOne(names.filter((n) => n.includes(' ') && initials(n) === acronym)));
    return expansions.get(acronym);
  };
  return found.map((a) => {
    const full = a.speaker && ACRONYM.test(a.speaker) ? expand(a.speaker) : undefined;
    return full ? { ...a, speaker: full } : a;
  });
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

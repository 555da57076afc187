/**
 * Claimed originals ("originally published by", "Original source:", "republished from",
 * schema.org isBasedOn) and cited sources ("according to Reuters", "Reuters reported", links),
 * before any lookup decides their status. English, with the same shapes in Spanish, French,
 * German and Portuguese.
 *
 * An origin phrase is a claim about this page only when the page says it of itself: as a label
 * ("Originally published at …", "Source: …"), or with the piece as its subject ("This article
 * first appeared in …", "The post … appeared first on …"). "A post that X originally published
 * on a forum" is about something else, "first published February 1" is a timestamp, and "this
 * article was reprinted on X" names a copy, not the original.
 */
import type { ExtractedArticle, PageLink } from '../extracted-article';
import { sentenceSpans } from './sentences';
import { registrableDomain } from './urls';

export type CitationCandidate = {
  relation: 'original' | 'cited';
  /** The outlet as the page names it, when it names one. */
  outletName?: string;
  url?: string;
  excerpt: string;
  /** The words that make the claim ("originally published by", "Source:", "according to"). */
  phrase?: string;
  /** The page names the outlet as its source in so many words: a link beside the name is a claim about where it goes. */
  citing?: boolean;
  /** A bare "Source:" line: an origin only when it leads to an outlet, else a data or image credit. */
  weak?: boolean;
};

// ---------------------------------------------------------------------------------------------
// Origin phrases

/** Nouns for the piece itself, in the languages read. */
const PIECE =
  'article|story|piece|post|blog\\s+post|report|essay|column|interview|feature|investigation|analysis|commentary|op-ed|editorial|review|video|podcast|episode|text|version|content|item|dispatch|newsletter|letter|' +
  'artículo|nota|reportaje|crónica|texto|columna|entrevista|artigo|matéria|reportagem|coluna|texte|reportage|enquête|chronique|tribune|entretien|billet|Artikel|Beitrag|Bericht|Kommentar|Gastbeitrag';
/** "This article", "our story": the page pointing at itself. "The report" or "it" may be any report. */
const DETERMINER = 'this|our|este|esta|nuestro|nuestra|cet|cette|ce|notre|dieser|diese|dieses|unser|unsere|nosso|nossa';
const AUXILIARY = 'was|is|has\\s+been|had\\s+been|were|are|fue|ha\\s+sido|es|a\\s+été|est|wurde|ist|war|foi|é|será|will\\s+be';
/** What may stand before an origin verb: nothing (a label), or the piece itself ("A version of this story"). */
const PIECE_SUBJECT = new RegExp(
  `^(?:(?:an?|una?|une|eine?|um)\\s+(?:[\\p{L}-]+\\s+)?(?:version|versión|versão|Fassung)\\s+(?:of|de|du|von|do|da)\\s+)?(?:(?:${DETERMINER})\\s*)(?:[\\p{L}-]+\\s+){0,4}?(?:${PIECE})(?:\\s*,)?(?:\\s+(?:${AUXILIARY}))?(?:\\s+(?:also|here|aquí|ici|hier|aqui))?$`,
  'iu',
);
/** "The post <title> appeared first on <site>": the feed footer of blogs and aggregators. */
const FEED_POST = /^the\s+post\s+.+$/iu;
/** Labels that may stand before the phrase on the same line ("Editor's note:", "*"). */
const LEADING_LABEL = /^[\s*_•·—–-]*(?:(?:editor['’]?s?\s+note|note|nota(?:\s+del\s+editor|\s+da\s+redação)?|note\s+de\s+la\s+rédaction|hinweis|anmerkung(?:\s+der\s+redaktion)?)\s*[:：.—–-]\s*)?[(\[]?/iu;

/** A word boundary that knows letters beyond ASCII. */
const END = '(?![\\p{L}\\p{N}])';
const PREP_EN = '(?:by|in|on|at|from|for|with|via)';

type OriginRule = {
  pattern: RegExp;
  /** The phrase is a label: nothing may stand before it but a note's own label. */
  label?: boolean;
  /** A bare "Source:" or "Via": weak (see CitationCandidate.weak). */
  weak?: boolean;
  /** Only with the piece as subject (never as a bare label): "first reported by", "produced by". */
  subjectOnly?: boolean;
};

const ORIGIN_RULES: OriginRule[] = [
  // English.
  { pattern: new RegExp(`(?:originally|first|initially)\\s+(?:published|appeared|posted|ran|run|aired|printed|broadcast)(?:\\s+(?:online|here|in\\s+print))?\\s+${PREP_EN}${END}`, 'iu') },
  { pattern: new RegExp(`appeared\\s+(?:first|originally|initially)\\s+(?:in|on|at)${END}`, 'iu') },
  { pattern: new RegExp(`(?:re-?published|reprinted|reproduced|syndicated|re-?posted|cross-?posted)\\s+(?:here\\s+)?(?:(?:with|by)\\s+(?:the\\s+)?(?:kind\\s+)?permission\\s+)?(?:from|of|by|courtesy\\s+of)${END}`, 'iu') },
  { pattern: new RegExp(`(?:originally|first)\\s+reported\\s+by${END}`, 'iu'), subjectOnly: true },
  { pattern: new RegExp(`(?:produced|published)\\s+by${END}`, 'iu'), subjectOnly: true },
  { pattern: new RegExp(`original(?:ly)?\\s+(?:source|article|story|post|publication|link|url)\\s*[:：]`, 'iu'), label: true },
  { pattern: new RegExp(`(?:source|story|article)\\s+originally\\s+from\\s*[:：]?`, 'iu'), label: true },
  // Spanish.
  { pattern: new RegExp(`publicad[oa]\\s+(?:originalmente|inicialmente|por\\s+primera\\s+vez|primero)\\s+(?:en|por|el|la)${END}`, 'iu') },
  { pattern: new RegExp(`(?:apareció|aparecid[oa])\\s+(?:originalmente|por\\s+primera\\s+vez|primero|inicialmente)\\s+en${END}`, 'iu') },
  { pattern: new RegExp(`(?:reproducid[oa]|republicad[oa]|reimpres[oa])\\s+(?:aquí\\s+)?(?:con\\s+(?:el\\s+)?permiso\\s+)?(?:de|desde|del)${END}`, 'iu') },
  { pattern: new RegExp(`fuente\\s+original\\s*[:：]`, 'iu'), label: true },
  // French.
  { pattern: new RegExp(`(?:publié|paru)e?s?\\s+(?:initialement|à\\s+l['’]origine|originellement|originalement|pour\\s+la\\s+première\\s+fois|d['’]abord|en\\s+premier)\\s+(?:dans|par|sur|chez|en|le|au|à)${END}`, 'iu') },
  { pattern: new RegExp(`(?:reproduit|republié|repris)e?s?\\s+(?:ici\\s+)?(?:avec\\s+(?:l['’]aimable\\s+)?(?:autorisation|permission)\\s+)?(?:de|du|des|d['’]|depuis)`, 'iu') },
  { pattern: new RegExp(`source\\s+originale\\s*[:：]`, 'iu'), label: true },
  // German.
  { pattern: new RegExp(`(?:ursprünglich|zuerst|erstmals)\\s+(?:veröffentlicht|erschienen)\\s+(?:in|bei|von|auf|im|am)${END}`, 'iu') },
  { pattern: new RegExp(`erschien\\s+(?:ursprünglich|zuerst|erstmals)\\s+(?:in|bei|auf|im)${END}`, 'iu') },
  { pattern: new RegExp(`(?:Nachdruck|Abdruck|Veröffentlichung|Übernahme)\\s+mit\\s+(?:freundlicher\\s+)?(?:Genehmigung|Erlaubnis)\\s+(?:von|der|des|vom)${END}`, 'iu'), label: true },
  { pattern: new RegExp(`(?:Originalquelle|Erstveröffentlichung(?:\\s+(?:in|bei))?)\\s*[:：]`, 'iu'), label: true },
  // Portuguese.
  { pattern: new RegExp(`publicad[oa]\\s+(?:originalmente|inicialmente|pela\\s+primeira\\s+vez|primeiro)\\s+(?:em|no|na|pel[oa]|por)${END}`, 'iu') },
  { pattern: new RegExp(`(?:republicad[oa]|reproduzid[oa])\\s+(?:aqui\\s+)?(?:com\\s+(?:a\\s+)?(?:permissão|autorização)\\s+)?(?:de|do|da|dos|das)${END}`, 'iu') },
  { pattern: new RegExp(`fonte\\s+original\\s*[:：]`, 'iu'), label: true },
  // A bare source or via line: an origin only if it leads to an outlet.
  { pattern: /(?:source|fuente|fonte|quelle|来源|原文|原载)\s*[:：]/iu, label: true, weak: true },
  { pattern: /(?:via|vía)(?:\s*[:：]|\s+(?=\S))/iu, label: true, weak: true },
];

/** Image, video and data credits: "Getty Images", "AP Photo", "Supplied", "Reuters/Jane Doe". */
const CREDIT =
  /^(?:[^.;]{0,40}?\b)?(?:photos?|photographs?|photographer|images?|pictures?|pics?|illustrations?|graphics?|charts?|maps?|footage|video|screenshots?|screengrabs?|supplied|handout|file|stock|getty|shutterstock|alamy|istock|unsplash|pexels|wikimedia|flickr|courtesy|foto|fotos|imagen|imagem|bild|crédit)\b|^\p{Lu}[\p{L}-]*\s*\/\s*\p{Lu}/iu;

// ---------------------------------------------------------------------------------------------
// The outlet after the phrase

/** Words that describe what kind of outlet follows ("the magazine Foreign Policy"). */
const OUTLET_NOUN =
  /^(?:(?:online|digital|local|weekly|daily|nonprofit|non-profit|independent|news)\s+)*(?:newspaper|magazine|website|web\s+site|site|journal|blog|outlet|publication|newsletter|newsroom|news\s+site|daily|weekly|diario|periódico|revista|sitio(?:\s+web)?|portal|quotidien|hebdomadaire|jornal|semanário)\s+(?=\p{Lu})/u;
const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|' +
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|' +
  'Januar|Februar|März|Juni|Juli|Oktober|Dezember|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro';
const MONTH = new RegExp(`^(?:${MONTHS})\\.?$`, 'iu');
/** A date before the outlet, followed by the preposition that introduces it ("March 3, 2026, in …"). */
const LEADING_DATE = new RegExp(
  `^(?:on\\s+|el\\s+|le\\s+|am\\s+|em\\s+)?(?:(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\d{1,2}\\.?\\s+(?:de\\s+)?(?:${MONTHS})\\.?(?:\\s+(?:de\\s+)?\\d{4})?|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\/\\d{1,2}\\/\\d{2,4}|\\d{4}),?\\s+(?:in|by|at|on|en|por|dans|par|sur|in|bei|von|em|no|na|pela|pelo)\\s+`,
  'iu',
);
/** Lowercase words that may join the words of one name ("Voice of America", "El País de Madrid" not). */
const NAME_JOINER = /^(?:of|for|and|&|de|del|du|des|der|für|und|do|da|dos|y|et|e|on|the)$/u;
/** Words that end a name: dates, places and clauses after it. */
const NAME_STOP = /^(?:on|in|at|under|with|and|but|as|which|who|where|when|before|after|from|to|en|el|le|am|em|no|na|sous|avec|mit|unter|con|com|sob|is|was|has|were|are|here)$/iu;
/**
 * Articles that open a phrase but are not part of the name: English ones in any case, the others
 * only in lowercase ("bei der Hafenpost", but "El País", "Le Monde", "Die Zeit").
 */
const LEADING_ARTICLE = /^(?:(?:[Tt]he|THE|[Aa]n?)\s+|(?:der|die|das|dem|den|des|el|la|los|las|le|les|o|a|os|as|do|da|dos|das|no|na|nos|nas|du|au)\s+)/u;
const NAME_TOKEN = /^(?:[\p{Lu}\p{N}][\p{L}\p{N}’'&.+!-]*|\p{Ll}+\p{Lu}[\p{L}\p{N}’'&.+-]*|[ldLD]['’]\p{Lu}[\p{L}\p{N}’'&.+-]*)$/u;
const DOMAIN_IN_TEXT = /^(?:https?:\/\/)?(?:www\.)?((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,})(?=$|[\s/,;:)!?]|\.(?:\s|$))/iu;

export type NamedOutlet = { name?: string; domain?: string; handle?: string };

/**
 * The outlet named at the start of `rest`: a domain ("www.example.com"), a social handle, or a
 * capitalised name of up to eight words, without "the", stopping at "on", "in", dates and commas.
 */
export function outletNameAt(rest: string): NamedOutlet {
  let text = rest.replace(/^[\s"“”‘’'«»*_(\[]+/u, '');
  const handle = /^@[\p{L}\p{N}_.]+/u.exec(text)?.[0];
  if (handle) return { handle };
  // "first published on May 1, 2026, in The Baffler": the date is skipped, the outlet after it read.
  text = text.replace(LEADING_DATE, '');
  text = text.replace(LEADING_ARTICLE, '');
  for (let i = 0; i < 2 && OUTLET_NOUN.test(text); i++) text = text.replace(OUTLET_NOUN, '').replace(LEADING_ARTICLE, '');
  text = text.replace(LEADING_ARTICLE, '');
  const domain = DOMAIN_IN_TEXT.exec(text)?.[1];
  if (domain && /\.[a-z]{2,}$/i.test(domain) && registrableDomain(domain)) return { domain: domain.toLowerCase() };

  const words: string[] = [];
  for (const raw of text.split(/\s+/).slice(0, 12)) {
    const word = raw.replace(/^[“"‘(]+/u, '');
    const bare = word.replace(/[’']s$|[.,;:!?)”"’»]+$/u, '');
    if (!bare) break;
    const endsClause = /[,;:!?)”"»]$|[^A-Z.]\.$/u.test(word) || /[’']s$/.test(word);
    if (MONTH.test(bare) || /^\d{1,4}(?:st|nd|rd|th)?$/.test(bare)) break;
    if (NAME_TOKEN.test(bare)) {
      words.push(bare);
    } else if (words.length > 0 && NAME_JOINER.test(bare) && !NAME_STOP.test(bare)) {
      words.push(bare);
    } else {
      break;
    }
    if (endsClause || words.length >= 8) break;
  }
  while (words.length > 0 && NAME_JOINER.test(words.at(-1)!)) words.pop();
  const name = words.join(' ').replace(/[.]+$/, '');
  return name ? { name } : {};
}

// ---------------------------------------------------------------------------------------------
// Links

const URL_IN_TEXT = /https?:\/\/[^\s"'<>)\]]+/;

function cleanUrl(url: string): string {
  return url.replace(/[.,;:]+$/, '');
}

/**
 * The page the link leads to, not the service in between: AMP caches and viewers, and redirect
 * links that carry the target in their query. Tracking parameters stay: URL keys ignore them.
 */
export function linkTarget(href: string): string {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return href;
  }
  const host = url.hostname.toLowerCase();
  // https://www-example-com.cdn.ampproject.org/c/s/www.example.com/path
  const amp = /^\/(?:[cvi]\/)+(?:s\/)?(.+)$/.exec(url.pathname);
  if (host.endsWith('.cdn.ampproject.org') && amp) return `https://${amp[1]}${url.search}`;
  // https://www.google.com/amp/s/www.example.com/path
  const googleAmp = /^\/amp\/(?:s\/)?(.+)$/.exec(url.pathname);
  if (/(^|\.)google\.[a-z.]+$/.test(host) && googleAmp) return `https://${googleAmp[1]}`;
  // https://www.google.com/url?q=…, https://l.facebook.com/l.php?u=…, …/redirect?url=…
  if (/^\/(?:url|l\.php|redirect|redir|out|link|away|exit)(?:\/|$|\.)/i.test(url.pathname) || /^(?:l|lm|out|redirect|r)\./.test(host)) {
    for (const key of ['url', 'u', 'q', 'target', 'dest', 'destination', 'to']) {
      const value = url.searchParams.get(key);
      if (value && /^https?:\/\//i.test(value)) return value;
    }
  }
  return href;
}

/** How often `needle` occurs in `haystack`. */
function occurrences(haystack: string, needle: string): number {
  let count = 0;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length)) count++;
  return count;
}

function pathLength(href: string): number {
  try {
    return new URL(href).pathname.replace(/\/+$/, '').length;
  } catch {
    return 0;
  }
}

/**
 * The link whose words stand in `span` (the words after an origin phrase, or a citing phrase).
 * Links carry no position, so a link text used for links to several sites is ambiguous, and no
 * link is better than a wrong one. With `strict`, the words must also be linked wherever they
 * occur in the article, or the link may belong to another mention of the same name. Of links
 * with the same words to one site, the most specific (an article rather than a home page) wins.
 */
function linkWithin(span: string, context: OriginContext, strict: boolean): PageLink | undefined {
  const inSpan = context.links
    .filter((l) => l.text.length >= 2 && !/^https?:/i.test(l.text) && span.includes(l.text))
    .sort((a, b) => span.indexOf(a.text) - span.indexOf(b.text));
  for (const link of inSpan) {
    const same = context.links.filter((l) => l.text === link.text);
    const domains = new Set(same.map((l) => registrableDomain(linkTarget(l.href)) ?? l.href));
    if (domains.size > 1) continue;
    if (strict && occurrences(context.linkedText, link.text) > same.length) continue;
    return same.reduce((best, l) => (pathLength(l.href) > pathLength(best.href) ? l : best));
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Finding them

type Found = { rule: OriginRule; index: number; end: number; phrase: string };

function originPhrase(text: string): Found | null {
  const lead = LEADING_LABEL.exec(text)?.[0].length ?? 0;
  let best: Found | null = null;
  for (const rule of ORIGIN_RULES) {
    const m = rule.pattern.exec(text);
    if (!m) continue;
    const before = text.slice(lead, m.index).trim();
    const atStart = before === '';
    if (rule.label && !atStart) continue;
    if (rule.subjectOnly && atStart) continue;
    if (!rule.label && !atStart && !PIECE_SUBJECT.test(before) && !(FEED_POST.test(before) && /appeared\s+first/i.test(m[0]))) continue;
    if (!best || m.index < best.index) best = { rule, index: m.index, end: m.index + m[0].length, phrase: m[0].replace(/\s*[:：]\s*$/, '').trim() };
  }
  return best;
}

/** The page's links, and the text of the blocks they were read from (the article and its source lines). */
export type OriginContext = { links: PageLink[]; linkedText: string };

/** The claim of an original in one sentence or label line, or null. */
export function originIn(text: string, context: OriginContext): CitationCandidate | null {
  const found = originPhrase(text);
  if (!found) return null;
  const rest = text.slice(found.end);
  // "Source: AP Photo", "via Getty Images": a credit for a picture, not an origin.
  if (CREDIT.test(rest.trim().slice(0, 30))) return null;
  const inlineUrl = URL_IN_TEXT.exec(rest)?.[0];
  const restWithoutUrl = rest.replace(URL_IN_TEXT, ' ').trim();
  const named = outletNameAt(inlineUrl && restWithoutUrl === '' ? '' : restWithoutUrl);
  if (named.handle) return null;
  const link = inlineUrl ? context.links.find((l) => l.href.startsWith(cleanUrl(inlineUrl))) : linkWithin(rest.slice(0, 200), context, false);
  const url = inlineUrl ? cleanUrl(inlineUrl) : link?.href;
  const outletName = named.name ?? named.domain;
  if (!url && !outletName) return null;
  // "Source: Reuters" names an outlet; "Source: the company" or a date names nothing.
  if (found.rule.weak && !url && !named.name && !named.domain) return null;
  return {
    relation: 'original',
    outletName,
    url: url ? linkTarget(url) : undefined,
    excerpt: text,
    phrase: found.phrase,
    citing: true,
    weak: found.rule.weak,
  };
}

const NAME_RUN = "\\p{Lu}[\\p{L}\\p{N}’'&.\\-]*(?:\\s+(?:of\\s+|for\\s+|&\\s+)?\\p{Lu}[\\p{L}\\p{N}’'&.\\-]*){0,4}";
/** "according to Reuters", "Reuters reported", "told the BBC", "(via The Verge)": a publication cited by name. */
const CITED_BY_NAME = [
  new RegExp(`\\b(?:[Aa]ccording to|as reported by|reported by|first reported by|[Cc]iting|[Ss]egún|[Ss]elon|[Ll]aut|[Ss]egundo)\\s+(?:the\\s+)?(${NAME_RUN})`, 'gu'),
  new RegExp(`(?:^|[,;]\\s+|\\s)(?:the\\s+|The\\s+)?(${NAME_RUN})\\s+(?:reported|first reported|has reported|was first to report|reports)\\b`, 'gu'),
  new RegExp(`\\btold\\s+(?:the\\s+)?(${NAME_RUN})`, 'gu'),
  new RegExp(`(?:\\(|^|[,—–]\\s*)(?:[Vv]ia|[Hh]\\/[Tt]|[Hh]at tip(?:\\s+to)?)\\s+(?:the\\s+)?(${NAME_RUN})`, 'gu'),
];

/** Capitalised words that open a clause before a name: "As Mashable reports", "Earlier, Reuters reported". */
const CLAUSE_WORD = /^(?:(?:As|But|And|So|Then|Also|Now|Earlier|Later|Meanwhile|However|When|While|After|Before|If|Yesterday|Today|Last|Since|Until|Although|Though|Because)\s+)+/u;

/** Openers that the name patterns take for a name at the start of a sentence. */
const NOT_AN_OUTLET = /^(?:It|This|That|He|She|They|We|I|You|The|A|An|But|And|Officials|Police|Experts|Analysts|Sources|Media|Local media|State media|Some|Many|Others)$/;

function citedByName(sentence: string, context: OriginContext): CitationCandidate[] {
  const found: CitationCandidate[] = [];
  for (const pattern of CITED_BY_NAME) {
    for (const m of sentence.matchAll(pattern)) {
      const outletName = m[1]!.replace(/[’']s$/, '').replace(/[.,;:!?]+$/, '').replace(CLAUSE_WORD, '');
      if (NOT_AN_OUTLET.test(outletName) || CREDIT.test(outletName)) continue;
      // A link whose words lie inside "Reuters reported" is where the page says Reuters reported it.
      const link = linkWithin(m[0], context, true);
      const phrase = m[0].replace(/^[\s(,;—–]+/u, '').replace(/[.,;:!?]+$/u, '').trim();
      found.push({ relation: 'cited', outletName, url: link ? linkTarget(link.href) : undefined, excerpt: sentence, phrase, citing: true });
    }
  }
  return found;
}

/** How many closing paragraphs of the article count as its foot. */
const FOOT_BLOCKS = 3;
/** A label line is short; a longer block is prose. */
const MAX_LABEL_LINE = 200;

/** Blocks whose links the extraction keeps: the article (Readability's) and source lines. */
const LINKED_BLOCKS = new Set(['body', 'quote', 'caption', 'editors-note', 'source-line']);

/** Blocks that can say where the piece comes from; captions and credits only credit pictures. */
const ORIGIN_BLOCKS = new Set(['body', 'notice', 'editors-note', 'source-line']);

/** Two claims of the same original (a note on top, "Republished from" at the foot) are one. */
function sameOriginal(a: CitationCandidate, b: CitationCandidate): boolean {
  const domainOf = (c: CitationCandidate) => (c.url ? registrableDomain(c.url) : null);
  const key = (name: string | undefined) => name?.toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, '');
  if (a.url && b.url) return a.url === b.url || (domainOf(a) === domainOf(b) && (!a.outletName || !b.outletName || key(a.outletName) === key(b.outletName)));
  return Boolean(a.outletName && key(a.outletName) === key(b.outletName));
}

export function findCitations(article: ExtractedArticle): CitationCandidate[] {
  const found: CitationCandidate[] = [];
  const linkedText = article.blocks.filter((b) => LINKED_BLOCKS.has(b.kind)).map((b) => b.text).join('\n');
  const context: OriginContext = { links: article.links, linkedText };
  const addOrigin = (origin: CitationCandidate, asOrigin: boolean) => {
    if (!asOrigin) {
      found.push({ ...origin, relation: 'cited' });
      return;
    }
    const same = found.find((c) => c.relation === 'original' && sameOriginal(c, origin));
    if (same) {
      same.url ??= origin.url;
      same.outletName ??= origin.outletName;
      same.weak &&= origin.weak;
      return;
    }
    found.push(origin);
  };

  const bodyIndexes = article.blocks.flatMap((b, i) => (b.kind === 'body' ? [i] : []));
  /** The article's last paragraphs: where a "Source: X" line credits the whole piece. */
  const foot = new Set(bodyIndexes.slice(-FOOT_BLOCKS));
  article.blocks.forEach((block, index) => {
    if (!ORIGIN_BLOCKS.has(block.kind)) return;
    const inBody = block.kind === 'body';
    // A label line is read whole ("Original source: Harbor Ledger, 3 May"); prose sentence by sentence.
    const whole = !inBody || block.text.length <= MAX_LABEL_LINE ? originIn(block.text, context) : null;
    // In the body, a bare "Source:" line mid-article credits a chart or a dataset: a cited source.
    if (whole && (!inBody || whole.weak)) {
      addOrigin(whole, !inBody || foot.has(index));
      return;
    }
    for (const span of sentenceSpans(block.text)) {
      const sentence = block.text.slice(span.start, span.end);
      const origin = originIn(sentence, context);
      if (origin) addOrigin(origin, !origin.weak);
      if (inBody) found.push(...citedByName(sentence, context));
    }
  });
  for (const raw of article.meta.isBasedOn) {
    if (!/^https?:/.test(raw)) continue;
    const url = linkTarget(raw);
    const candidate: CitationCandidate = { relation: 'original', url, excerpt: raw, phrase: 'isBasedOn' };
    if (!found.some((c) => c.relation === 'original' && c.url === url)) addOrigin(candidate, true);
  }
  for (const link of article.links) {
    const url = linkTarget(link.href);
    if (!found.some((c) => c.url === url)) found.push({ relation: 'cited', url, outletName: link.text || undefined, excerpt: link.text || link.href });
  }
  return found;
}

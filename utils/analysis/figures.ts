/**
 * Statistics in running text and whether the page gives them a source.
 *
 * A figure worth a source is a share (a percentage), a sum of money of a million or more, or a
 * count of a thousand or more. What is not: years, dates, ages, times, measurements ("2,000
 * kilometres", "800 pounds", "10,000 requests per second"), prices of things ("costs $35", "a $4.8
 * billion acquisition"), 0 and 100 per cent, table cells and headings (no sentence around them).
 *
 * A figure is sourced when its sentence names a source ("according to X", "X said", "X data
 * show", "a report by X", a footnote mark), when it stands in a quotation or a sentence the
 * attribution rules give to a speaker, or when the sentence before it in the same paragraph
 * names a dataset, study or body that it refers back to ("… released data on Tuesday. It shows …").
 */

export type FigureSentence = {
  excerpt: string;
  figure: string;
  source: 'none' | 'vague' | 'citation-needed';
  /** The vague words the figure is credited to ("studies show"), when it is. */
  vague?: string;
};

/** A sentence of the article's body, as parse.ts cuts it. */
export type FigureInput = {
  text: string;
  /** The sentence with quoted words blanked out (parse.ts reads quotes across the whole block). */
  voice?: string;
  /** Index of the paragraph: the sentence before counts only within the same one. */
  block?: number;
};

const SCALE = '(?:trillion|billion|million|thousand|bn|mn|tn|m|b|k|Millionen|Milliarden|Mio\\.|Mrd\\.|millones|mil millones|millions|milliards|milhões|bilhões|mil)';
const CURRENCY_WORDS = '(?:dollars|marks|Deutschmarks|euros|yuan|renminbi|rupees|yen|pesos|reais|francs|rubles|roubles|won|dólares|dollars US|Euro|US-Dollar)';
const NUMBER = '\\d+(?:[.,]\\d+)*';

/** Each alternative is one kind of figure; the named group says which. */
const FIGURE = new RegExp(
  [
    `(?<percent>(?<![\\d.,])${NUMBER}(?:\\s?[-–]\\s?${NUMBER})?\\s?(?:%|percent\\b|per\\s?cent\\b|percentage points?\\b|por ciento\\b|pour cent\\b|Prozent\\b|por cento\\b))`,
    `(?<money>(?:\\b(?:US|NZ|A|C|HK|S|R)|\\b)?[$€£¥₹]\\s?\\d[\\d,.]*(?:\\s?${SCALE}(?![\\p{L}]))?)`,
    `(?<money2>(?<![\\d.,])${NUMBER}\\s?(?:${SCALE}\\s)?${CURRENCY_WORDS}\\b)`,
    `(?<scaled>(?<![\\d.,$€£¥₹])${NUMBER}\\s?(?:trillion|billion|million|bn|mn|Millionen|Milliarden|millones|millions|milliards|milhões|bilhões)(?![\\p{L}]))`,
    `(?<count>(?<![\\d.,$€£¥₹])\\d{1,3}(?:,\\d{3})+(?![\\d,]|\\.\\d))`,
  ].join('|'),
  'gu',
);

/** Units after a number: a measurement, not a statistic ("2,000 kilometres", "10,000-word"). */
const UNIT =
  /^[\s-]*(?:(?:square|cubic|sq\.?|nautical|light)[\s-]+)?(?:kilomet(?:re|er)s?|km2?|met(?:re|er)s?|m2|cm|mm|miles?|mi|feet|foot|ft|inch(?:es)?|in\.|yards?|acres?|hectares?|pounds?|lbs?|kilos?|kilograms?|kg|grams?|g|tons?|tonnes?|ounces?|oz|gallons?|lit(?:re|er)s?|barrels?|degrees?|°|hours?|hrs?|minutes?|mins?|seconds?|secs?|days?|nights?|weeks?|months?|years?|decades?|centuries|millennia|pixels?|px|p\b|dpi|bytes?|bits?|[kKMGTP]i?B|[kMG]bps|words?|characters?|pages?|lines?|calories|kcal|mph|km\/h|volts?|watts?|[kMG]Wh?|rpm|fps|FPS|Hz|[kMG]Hz|frames?|steps?|points?\b|votes?\b)\b/;
/** A rate: "9,000 tasks per second", "1,000 requests a minute". */
const RATE = /^[\s\p{L}-]{0,30}?\b(?:per|a|an|each|every)\s+(?:millisecond|second|minute|hour)\b|^\s*\/\s*(?:s|sec|second|min|minute|h|hr|hour)\b/u;
/** "2,560 by 1,440 pixels": a dimension. */
const DIMENSION = /^\s*(?:x|×|by)\s+\d/;
/** Words before a sum that make it the price of something ("bought … for", "costs", "valued at"). */
const PRICE_BEFORE =
  /\b(?:costs?|costing|priced(?:\s+at)?|retails?\s+(?:at|for)|(?:sells?|sold|selling)\b[^.;]{0,60}?\bfor|(?:bought|buys?|buying|acquired?|acquiring|purchased?)\b[^.;]{0,60}?\bfor|(?:pays?|paid|paying)\b(?:[^.;]{0,40}?\bfor)?|charges?d?|charging|worth|valued\s+at|(?:fee|fare|price(?:\s+tag)?)\s+of)\s*(?:just\s+|only\s+|about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|less\s+than\s+|up\s+to\s+|an?\s+)?$/i;
/**
 * Nouns after a sum that make it the price of a deal or the size of the thing reported ("a $4.8
 * billion acquisition", "a $182 million budget"): what the news is about, not a statistic in it.
 */
const PRICE_AFTER =
  /^[\s-]*(?:(?:Australian|US|USD|AUD|CAD|NZD|HKD)\s+)?(?:a[\s-](?:year|month|week|day|night|head|piece|pop|share|ticket|person|seat)\b|per\s|each\b|apiece\b|\/\s*\p{L})|^[\s-]*(?:[\p{Ll}-]+\s+){0,2}?(?:acquisitions?|deals?|sale|takeover|buyout|purchase|merger|offers?|bids?|price(?:\s+tag)?|fee|fares?|tickets?|valuations?|subscriptions?|budget|plan|package|bill|bond|contract|grants?|loans?|fund|project|renovation|upgrade|expansion|settlement|fine|penalty|award|investment|round|stimulus|program|programme|scheme)\b/u;
/** The size of a survey's sample describes its method, not a finding: "a survey of 5,000 people". */
const SAMPLE_BEFORE = /\b(?:survey|poll|study|sample|questionnaire|census)\s+(?:of|among)\s+(?:more\s+than\s+|over\s+|nearly\s+|about\s+|some\s+|almost\s+|roughly\s+|around\s+)?$|\b(?:surveyed|polled|interviewed|questioned|sampled|asked)\s+(?:more\s+than\s+|over\s+|nearly\s+|about\s+|some\s+|almost\s+|roughly\s+|around\s+)?$/i;

/** A goal, threshold or cap set, not a measurement reported: "targeting 99.9% availability", "cap rent increases at 4%". */
const TARGET_BEFORE =
  /\b(?:target(?:s|ed|ing)?|goal\s+of|aim(?:s|ed|ing)?\s+(?:for|at)|threshold\s+of|granularity\s+of|buckets?\s+of)\s+(?:an?\s+|of\s+)?(?:about\s+|around\s+|at\s+least\s+)?$|\b(?:cap|caps|capped|capping|limit|limits|limited|limiting)\b[^.;]{0,50}?\b(?:at|to)\s+(?:about\s+)?$/i;
/** The population of a place: "a nation of about 11 million", "population of 4.9 million". */
const POPULATION_BEFORE =
  /\b(?:population|nation|country|city|town|metropolis|state|region|island|province|territory|pays|ville|país|ciudad|nación|Land|Stadt|cidade)\s+(?:of|de|von|mit)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|more\s+than\s+|over\s+|almost\s+|just\s+(?:over|under)\s+|près\s+de\s+|environ\s+|unos\s+|cerca\s+de\s+|más\s+de\s+|rund\s+|etwa\s+|cerca\s+de\s+)?$/iu;
const POPULATION_AFTER = /^\s*(?:d['’]|de\s+)?(?:inhabitants|habitants|habitantes|Einwohner(?:innen)?|residents)\b/iu;

/** Zero and a whole are not statistics ("100% documented", "mark it as $0"). */
function trivial(value: number, kind: string): boolean {
  return value === 0 || (kind === 'percent' && value === 100);
}

const SCALE_VALUE: [RegExp, number][] = [
  [/trillion|tn\b|bilhões/i, 1e12],
  [/billion|bn\b|Milliarden|Mrd|milliards|mil millones|\bb\b/i, 1e9],
  [/million|mn\b|Millionen|Mio|millones|millions|milhões|\bm\b/i, 1e6],
  [/thousand|\bk\b|\bmil\b/i, 1e3],
];

/** The amount a figure states, for thresholds ("$4K" → 4,000). Commas group thousands. */
function valueOf(figure: string): number {
  const digits = /\d[\d,.]*/.exec(figure)?.[0] ?? '0';
  // "1,3%" is a decimal comma; "1,300" groups thousands.
  const plain = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(digits) ? digits.replace(/,/g, '') : digits.replace(/,(?=\d{1,2}$)/, '.').replace(/,/g, '');
  const base = Number.parseFloat(plain) || 0;
  const scale = SCALE_VALUE.find(([re]) => re.test(figure.replace(/^[^\d]*\d[\d,.]*/, '')))?.[1] ?? 1;
  return base * scale;
}

/** The figures of a text worth a source, in order; prices, measurements, rates, populations and goals are left out. */
export function figuresIn(voice: string): string[] {
  const found: string[] = [];
  for (const m of voice.matchAll(FIGURE)) {
    const groups = m.groups ?? {};
    const kind = Object.keys(groups).find((k) => groups[k] !== undefined) ?? 'count';
    const figure = m[0].trim().replace(/[.,]+$/, '');
    const before = voice.slice(Math.max(0, m.index - 80), m.index);
    const after = voice.slice(m.index + m[0].length, m.index + m[0].length + 60);
    const value = valueOf(figure);
    if (trivial(value, kind)) continue;
    // "= 30,000,000": the result of a sum worked on the page; "targeting 99.9%": a goal, not a finding.
    if (/[=×*]\s*$/.test(before) || /^\s*[=×*]/.test(after) || TARGET_BEFORE.test(before)) continue;
    // "a nation of 11 million people", "28 millions d'habitants": the size of a place, background not a finding.
    if (POPULATION_BEFORE.test(before) || POPULATION_AFTER.test(after)) continue;
    if (kind === 'percent') {
      found.push(figure);
      continue;
    }
    // A number of things measured, timed or sized is not a statistic.
    if (kind !== 'money' && kind !== 'money2' && (UNIT.test(after) || DIMENSION.test(after) || RATE.test(after))) continue;
    if (kind === 'count' && (/\b(?:x|×|by)\s*$/.test(before) || SAMPLE_BEFORE.test(before))) continue;
    if (kind === 'money' || kind === 'money2') {
      // A sum under a million is the price of something or a household amount, not a statistic.
      if (value < 1e6) continue;
      if (PRICE_BEFORE.test(before) || PRICE_AFTER.test(after) || RATE.test(after)) continue;
    }
    found.push(figure);
  }
  return found;
}

/** The unnamed sources "according to" may name: "according to experts", "according to some estimates". */
const VAGUE_ACCORDING =
  '(?:(?:(?:some|many|various|several|recent|most|industry|official|unofficial|early|preliminary|local|media|news|press|independent|other)\\s+)?(?:experts|analysts|estimates|reports|studies|research|sources|observers|insiders|data|statistics|figures|officials|people|critics|accounts|researchers|scientists|economists)|(?:a|an|one|another)\\s+(?:[\\p{Ll}\\d-]+\\s+){0,2}?(?:study|report|survey|poll|analysis|estimate|paper))(?!\\s+(?:from|by|of|at|in|compiled|released|published|conducted|commissioned|carried|presented|prepared|submitted|filed|obtained|seen|reviewed|provided|issued|written|sent|shared|analysis|firm|company|group)\\b)(?![\\p{L}])';
/** Nouns for a source that says nothing about which one it is. */
const VAGUE_NOUNS = 'studies|research|researchers|statistics|data|figures|numbers|reports|surveys|polls|estimates|experts|analysts|scientists|economists|observers|officials|sources|critics|some|many|others|people|insiders|industry';
const VAGUE_VERBS = 'show|shows|showed|shown|suggest|suggests|suggested|indicate|indicates|indicated|say|says|said|found|find|finds|estimate|estimates|estimated|believe|believes|put|puts|claim|claims|reveal|reveals|revealed|point to|points to|agree|warn|warns';
/** "studies show", "it is estimated", "reportedly", "by some estimates". */
const VAGUE_SOURCE = new RegExp(
  [
    `\\b(?:(?:many|some|several|recent|new|numerous|other|most)\\s+)?(?:${VAGUE_NOUNS})\\s+(?:have\\s+|has\\s+)?(?:${VAGUE_VERBS})\\b`,
    `\\b(?:it\\s+is|it['’]s|it\\s+has\\s+been|it\\s+was|are|is|were|was)\\s+(?:widely\\s+|commonly\\s+|generally\\s+)?(?:estimated|believed|thought|reported|said|claimed|understood)\\b`,
    // The same in the other languages read: "se estima", "est estimé à", "wird geschätzt", "据统计", "研究表明".
    `\\b(?:se\\s+(?:estima|calcula|cree)|(?:est|sont|a\\s+été|ont\\s+été)\\s+(?:\\p{L}+\\s+)?estimée?s?|on\\s+estime|selon\\s+(?:certaines|des)\\s+estimations|(?:wird|werden|wurde|wurden)\\s+(?:\\p{L}+\\s+){0,2}?geschätzt|schätzungsweise|estima-se|(?:é|são|foi|foram)\\s+estimad[oa]s?)(?![\\p{L}])`,
    `(?:据统计|据估计|据估算|据业内估算|据业内人士|据报道|据悉|有关数据显示|数据显示|研究(?:表明|显示|发现)|专家(?:表示|称|认为|估计))`,
    `\\b(?:reportedly|allegedly|supposedly|an\\s+estimated|by\\s+(?:some|one|most|many)\\s+(?:estimates?|accounts?|counts?|measures?)|some\\s+(?:estimates|reports|studies|say)|according\\s+to\\s+${VAGUE_ACCORDING})`,
  ].join('|'),
  'iu',
);

/** Words before "officials" or "data" that leave them unnamed: "senior officials", "some data". */
const UNNAMED_MODIFIER = /^(?:senior|top|several|some|many|most|few|two|three|four|unnamed|anonymous|other|former|current|high-ranking|low-ranking|western|foreign|independent|official|unofficial|recent|new|early|preliminary|available|the|a|an|these|those|such|and|or|but|that|which|who|as|of|to|in|on|by|for|with)$/i;

/**
 * The vague words a figure is credited to, unless they belong to someone: "library officials
 * said", "U.S. officials said", "according to figures the district submitted", "according to a
 * staff report presented at the meeting".
 */
function vagueSource(voice: string): string | undefined {
  const m = VAGUE_SOURCE.exec(voice);
  if (!m) return undefined;
  const before = voice.slice(Math.max(0, m.index - 40), m.index);
  const after = voice.slice(m.index + m[0].length, m.index + m[0].length + 60);
  const previousWord = /([\p{L}.’'-]+)\s+$/u.exec(before)?.[1];
  const owned = previousWord !== undefined && !UNNAMED_MODIFIER.test(previousWord) && !/^\p{Ll}+ly$/u.test(previousWord);
  if (owned && /^(?:officials|data|figures|statistics|estimates|researchers|analysts|experts|scientists|economists|sources)\b/i.test(m[0])) return undefined;
  if (/^according\s+to/i.test(m[0]) && /^\s+(?:the|its|their|his|her|this|these|\p{Lu}[\p{L}.-]*)\s/u.test(after) && !/^\s+(?:that|which)\b/u.test(after)) return undefined;
  return m[0];
}

/** Verbs by which a named subject gives a figure: "the Census Bureau said", "Mashable reports". */
const SOURCE_VERBS =
  'said|says|say|told|tells|reported|reports|report|wrote|writes|estimated|estimates|estimate|found|finds|find|show|shows|showed|shown|calculated|calculates|counted|counts|put|puts|projected|projects|forecast|forecasts|predicted|predicts|noted|notes|added|adds|stated|states|announced|announces|disclosed|discloses|revealed|reveals|recorded|records|reckons|reckoned|published|publishes|released|releases|confirmed|confirms|testified|tweeted|posted|explained|explains|indicated|indicates|suggested|suggests|concluded|concludes|measured|tallied|surveyed|polled|dijo|afirmó|señaló|señala|indica|muestra|revela|estima|calcula|informó|indicó|explicó|relève|montre|révèle|souligne|zeigt|ergibt|nennt|aponta|mostra|indica|denunció|reportó|estimó|calculó|aseguró|reveló|publicó|a\\s+révélé|a\\s+estimé|estime|a\\s+publié|selon\\s+qui|berichtete|schätzt|schätzte|meldete|veröffentlichte|estimou|calculou|revelou|divulgou|a\\s+indiqué|a\\s+déclaré|indique|a\\s+annoncé|annonce|sagte|erklärte|teilte\\s+mit|disse|afirmou|informou|explicou';
const AUX = '(?:(?:has|have|had|also|previously|recently|later|further|then|now|last\\s+\\w+|on\\s+\\p{Lu}\\p{Ll}+day)\\s+){0,2}';
/** A capitalised name, not an opener of the sentence ("The", "It", "Studies"). */
const NAME = '\\p{Lu}[\\p{L}\\p{N}.&’\'-]*(?:\\s+(?:of\\s+(?:the\\s+)?|for\\s+|and\\s+|&\\s+)?\\p{Lu}[\\p{L}\\p{N}.&’\'-]*){0,6}';
const DOCUMENTS =
  'report|study|survey|poll|analysis|paper|review|audit|filing|census|data|dataset|figures|statistics|numbers|index|research|document|statement|release|estimates?|projections?|forecast|model|tracker|database|records?|findings|results|' +
  'informe|estudio|encuesta|datos|cifras|rapport|étude|enquête|sondage|données|chiffres|Bericht|Studie|Umfrage|Daten|Zahlen|relatório|estudo|pesquisa|dados|números|rapporto|studio|indagine|dati|misurazioni';
/** A body referred to by a common noun ("the company said", "the agency estimates"): named before. */
const BODY_SUBJECT =
  '(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)\\s+(?:\\p{Ll}+\\s+)?(?:company|firm|agency|ministry|department|government|bank|bureau|office|authority|regulator|commission|council|university|institute|group|organi[sz]ation|association|foundation|charity|union|court|police|administration|city|state|county|district|board|hospital|airline|utility|party|campaign|club|team|researchers|authors)';
/** A document referred to by a common noun ("the report found", "the data show"). */
const DOCUMENT_SUBJECT = new RegExp(`(?:^|[\\s(“"‘,;—–-])(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat|[Tt]hese|[Ee]l|[Ll]a|[Ll]os|[Ll]as|[Ll]e|[Ll]es|[Ll]['’]|[Dd]er|[Dd]ie|[Dd]as|[Oo]|[Aa]|[Ii]l|[Ll]o)\\s*(?:[\\p{Ll}’'-]+\\s+)?(?:${DOCUMENTS})\\s+${AUX}(?:${SOURCE_VERBS})(?![\\p{L}])|^(?:[Ii]t|[Tt]hey)\\s+${AUX}(?:${SOURCE_VERBS})(?![\\p{L}])|\\b(?:respondents|those\\s+(?:surveyed|polled|asked|questioned)|(?:people|adults|those|residents)\\s+(?:that|who)\\s+(?:replied|responded|answered))\\b|\\b(?:the|this|that|its|their)\\s+(?:\\p{Ll}+\\s+)?(?:report|study|survey|poll|census|dataset|analysis|research|findings)\\b`, 'u');
/** Words that open a sentence and are not a name, whatever their case. */
const NON_NAMES = 'the|a|an|it|this|that|these|those|there|here|in|on|at|by|for|but|and|so|yet|as|if|when|while|however|meanwhile|overall|still|also|today|yesterday|now|then|last|next|about|nearly|almost|roughly|some|many|most|more|less|over|under|only|just|studies|research|statistics|data|figures|reports|surveys|polls|estimates|experts|analysts|scientists|economists|officials|sources|critics|researchers|observers|people|insiders|others';
const NOT_A_NAME = new RegExp(`^(?:${NON_NAMES})$`, 'i');
/** The same words as they open a sentence: "The", "Experts". */
const CAPITALISED_NON_NAMES = NON_NAMES.split('|').map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|');
/** Base-form verbs: after a lone capitalised first word they mark a plural common noun ("Sales show"). */
const BASE_FORM = /^(?:say|show|find|estimate|suggest|indicate|report|put|project|predict|count|record|reveal)$/;

/** "according to X" with a named X (not "according to experts"); "per the X", "X zufolge". */
const ACCORDING_TO = new RegExp(
  `\\b(?:[Aa]ccording\\s+to|[Cc]iting|cited\\s+by|[Ss]egún|[Dd]e\\s+acuerdo\\s+con|[Ss]elon|[Dd]['’]après|[Ll]aut|[Ss]egundo|[Ss]econdo|[Ss]tando\\s+a|[Cc]onforme)\\s+(?!${VAGUE_ACCORDING})(?:(?:the|la|el|le|les|der|die|dem|des|o|a|os|as)\\s+|l['’])?[\\p{L}\\p{N}]|\\b[Pp]er\\s+(?:(?:the|a|an|its|their)\\s+(?:[\\p{Ll}’'-]+\\s+){0,3}?)?(?:\\p{Lu}|(?:company|agency|department|ministry|government|city|state|report|study|survey|data|figures|filing|statement|records)\\b)|\\p{Lu}[\\p{L}.-]*\\s+zufolge\\b`,
  'u',
);
/** "a report by X", "data from X", "X data show", "a Gallup poll", "(Source: X)". */
const DOCUMENT_NAMED = new RegExp(
  [
    `\\b(?:${DOCUMENTS}|count|tally)\\s+(?:(?:published|released|compiled|conducted|commissioned|carried\\s+out|produced|issued|collected|gathered)\\s+)?(?:by|from|of)\\s+(?:the\\s+)?(?:\\p{Lu}|\\p{Ll}+\\s+(?:firm|group|company|agency)\\s+\\S)`,
    `(?:^|[^.!?]\\s)(?!(?:${CAPITALISED_NON_NAMES}|New|Recent)\\s)(?:${NAME})(?:['’]s)?\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}(?:${DOCUMENTS}|tally)\\b`,
    `\\((?:source|sources|fuente|quelle|fonte)\\s*:`,
    `\\b(?:the|its|their)\\s+[\\p{Ll}-]+['’]s\\s+(?:\\p{Ll}+\\s+)?(?:${DOCUMENTS})\\b|\\b(?:its|their)\\s+(?:own\\s+|latest\\s+|annual\\s+|quarterly\\s+)?(?:${DOCUMENTS})\\b`,
    `\\b(?:study|report|survey|paper|analysis|review|research)\\b[^.;]{0,40}\\b(?:published|released|issued|presented|appeared)\\b[^.;]{0,40}\\b(?:in|by|at)\\s+(?:the\\s+)?\\p{Lu}`,
    `\\b(?:\\d{4}|\\p{Lu}[\\p{L}-]+)\\s+census\\b`,
    `\\b(?:tested|measured|estimated|calculated|compiled|counted|reported|published|conducted|analy[sz]ed|collected|released|recorded|tallied|projected|forecast)\\s+by\\s+(?:the\\s+)?\\p{Lu}`,
  ].join('|'),
  'u',
);
/** Footnote marks on reference works: "[23]", "[n 3]". */
const FOOTNOTE = /\[(?:\d{1,3}|[a-z]|n\s?\d{1,3}|note\s?\d{1,3})\]/;
const CITATION_NEEDED = /\[(?:citation|source)\s+needed\]/i;
/** The writer's own research: "we found", "our survey", "respondents told us". */
const FIRST_PERSON = /\b(?:we|We)\s+(?:(?:have|had|also)\s+)?(?:found|find|measured|saw|see|observed|surveyed|analy[sz]ed|calculated|counted|estimate|estimated|tested|recorded|tracked|reviewed|were\s+able)\b|\b[Oo]ur\s+(?:\p{Ll}+\s+)?(?:survey|data|analysis|research|study|poll|figures|report|numbers|tests?|measurements|count|tally|review)\b|\btold\s+us\b/u;

const SUBJECT_SAYS = new RegExp(`(?:^|[\\s(“"‘,;—–-])(${NAME}|${BODY_SUBJECT}|[Hh]e|[Ss]he)(?:[’']s?)?\\s+${AUX}(${SOURCE_VERBS})(?![\\p{L}])`, 'gu');
/** "it said", "the consultancy said": a body named before, speaking. */
const DEFINITE_SAYS = new RegExp(`(?:^|[\\s,;—–(])(?:[Ii]t|[Tt]hey|(?:[Tt]he|[Ii]ts|[Tt]heir)\\s+(?:[\\p{Ll}-]+\\s+)?(?!(?:${NON_NAMES})\\b)[\\p{Ll}-]+)\\s+(?:also\\s+)?(?:said|says|told|estimated|estimates|reported|reports|wrote|stated|added|announced|disclosed|noted)(?![\\p{L}])`, 'u');
const SAYS_SUBJECT = new RegExp(`[,—–]\\s*(?:said|says|told|wrote|writes|reported|reports|added|noted|explained)\\s+(?:${NAME}|[Hh]e|[Ss]he|[Tt]hey|the\\s+\\p{Ll}+)`, 'u');

/** "the Census Bureau said", "Mashable reports", "the company estimates", "she said". */
function namedSubjectSays(voice: string): boolean {
  for (const m of voice.matchAll(SUBJECT_SAYS)) {
    const subject = m[1]!.trim();
    const words = subject.split(/\s+/);
    if (/^(?:he|she)$/i.test(subject)) return true;
    if (/^(?:the|its|their|this|that)\s/i.test(subject) && !/\p{Lu}/u.test(subject.slice(1))) return true;
    const atStart = voice.slice(0, m.index + m[0].indexOf(subject)).trim() === '';
    if (words.length === 1 && atStart && BASE_FORM.test(m[2]!)) continue;
    if (words.some((w) => /^\p{Lu}/u.test(w) && !NOT_A_NAME.test(w))) return true;
  }
  return SAYS_SUBJECT.test(voice) || DEFINITE_SAYS.test(voice);
}

/** Why a sentence's figures are sourced, or null when they are not. */
function namedSource(voice: string, full: string, vague: string | undefined): string | null {
  if ((ACCORDING_TO.test(voice) || /\baccording\s+to\s/i.test(voice)) && !vague) return '"according to" a named source';
  if (DOCUMENT_NAMED.test(voice)) return 'a named study, dataset or report';
  if (FOOTNOTE.test(full) && !CITATION_NEEDED.test(full)) return 'a footnote reference';
  if (FIRST_PERSON.test(voice)) return "the writer's own research";
  if (namedSubjectSays(voice)) return 'a named subject saying it';
  return null;
}

/** A sentence that names a dataset or document being released: what the next sentences may refer to. */
const RELEASE = new RegExp(`\\b(?:released|published|issued|unveiled|put\\s+out|compiled|conducted|carried\\s+out|commissioned|produced|presented|filed|made\\s+public)\\b[^.]{0,80}\\b(?:${DOCUMENTS})\\b|\\b(?:${DOCUMENTS})\\b[^.]{0,40}\\b(?:released|published|issued|unveiled|out)\\b`, 'i');
/** The next sentence points back: "It shows", "The report found", "They estimate". */
const ANAPHOR = new RegExp(`^(?:[“"‘(]?\\s*)(?:it|they|this|that|these|those|its|their|such)\\b|\\b(?:the|this|that|its|their|these)\\s+(?:\\p{Ll}+\\s+)?(?:${DOCUMENTS}|respondents)\\b`, 'iu');

const WORD = /[\p{L}][\p{L}'’-]*/gu;

/** Table cells, chart labels and headings: too short, or no sentence ending and few words. */
function notProse(text: string): boolean {
  // Chinese and Japanese write no spaces: two characters stand for about a word.
  const ideographs = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0;
  const words = (text.replace(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu, ' ').match(WORD)?.length ?? 0) + Math.floor(ideographs / 2);
  if (words < 4) return true;
  const ended = /[.!?…:;。！？；：]["”’»)\]」]*\s*$|[.!?]["”’»)]*\s*(?:\[[^\]]*\]\s*)*$/.test(text.trim());
  return !ended && words < 12;
}

/** Questions and hypotheticals assert no figure: "If 1% of your requests …", "can it handle 10% more?" */
function notAsserted(text: string): boolean {
  return /\?["”’»)]*\s*$/.test(text.trim()) || /^\W*(?:if|suppose|imagine|assume|assuming|say)\b/i.test(text.replace(/^\d+(?=\p{Lu})/u, ''));
}

export type FigureDecision = FigureSentence | { excerpt: string; figure: string; source: 'named'; reason: string };

/**
 * Every sentence of the body that states a figure worth a source, and whether it has one (with
 * the rule that found it). `attributed` holds the sentences the attribution rules give to a
 * speaker; the sentences come in reading order.
 */
export function classifyFigures(sentences: (FigureInput | string)[], attributed: Set<string>): FigureDecision[] {
  const decisions: FigureDecision[] = [];
  type Previous = { block?: number; sourced: boolean };
  let previous: Previous | null = null;
  /** A dataset, study or survey named so far: what "the report" and "respondents" refer to. */
  let documentSeen = false;
  for (const input of sentences) {
    const sentence = typeof input === 'string' ? { text: input } : input;
    const voice = sentence.voice ?? sentence.text;
    const vague = vagueSource(voice);
    const named = namedSource(voice, sentence.text, vague);
    const isAttributed = attributed.has(sentence.text) && !vague;
    const before = previous as Previous | null;
    const samePara = before !== null && (sentence.block === undefined || before.block === sentence.block);
    const fromBefore = samePara && before.sourced && ANAPHOR.test(voice);
    const refersBack = documentSeen && DOCUMENT_SUBJECT.test(voice);
    previous = { block: sentence.block, sourced: Boolean(named) || isAttributed || fromBefore || refersBack };
    documentSeen ||= Boolean(named) || RELEASE.test(voice) || /\b(?:survey(?:ed)?|poll(?:ed)?|study|report|census|analysis)\b/i.test(voice);

    if (notProse(sentence.text) || notAsserted(sentence.text)) continue;
    const figure = figuresIn(voice)[0];
    if (!figure) continue;
    const excerpt = sentence.text;
    if (CITATION_NEEDED.test(excerpt)) decisions.push({ excerpt, figure, source: 'citation-needed' });
    else if (named) decisions.push({ excerpt, figure, source: 'named', reason: named });
    else if (vague && !fromBefore) decisions.push({ excerpt, figure, source: 'vague', vague });
    else if (isAttributed) decisions.push({ excerpt, figure, source: 'named', reason: 'a sentence attributed to a speaker' });
    else if (fromBefore) decisions.push({ excerpt, figure, source: 'named', reason: 'a source named in the sentence before' });
    else if (refersBack) decisions.push({ excerpt, figure, source: 'named', reason: 'a study or survey named earlier' });
    else decisions.push({ excerpt, figure, source: 'none' });
  }
  return decisions;
}

/** Sentences stating a figure with no named source, or only a vague one. */
export function uncitedFigures(sentences: (FigureInput | string)[], attributed: Set<string>): FigureSentence[] {
  return classifyFigures(sentences, attributed).filter((d): d is FigureSentence => d.source !== 'named');
}

/**
 * Word classes and sentence shapes for self-disclosed-fabrication, one grammar per language.
 * A disclosure is a *structure*: the piece itself (this article, everything here, the quotes in
 * this story) + a copula + a predicate of invention or unverifiability; or the writer in the first
 * person + a verb of inventing + the piece as object; or the writer saying they cannot verify the
 * piece. The same predicate about anything else (a video, the claims, a report by others) is
 * reporting, not disclosure. All sources use WB/WE (Unicode word edges), never `\b`.
 */
import { alt, AP, re, WB, WE } from './integrity-vocabulary';

/** The pieces of one language's grammar; every field is a pattern source. */
type Grammar = {
  /** The piece as subject, in body text: only a demonstrative makes "the story" this story. */
  self: string;
  /** In an editor's note or a notice the definite article is enough: the note is about the page. */
  noteSelf: string;
  /** The whole piece without a noun: "all of this", "what follows". */
  whole: string;
  /** Parts of the piece: "the quotes in this article". */
  parts: string;
  /** The same in a note, where the parts alone are the page's: "characters, quotes and figures". */
  noteParts: string;
  /** The parts alone, with no locative. */
  bareParts: string;
  copula: string;
  /** Words that may stand between copula and predicate: degree adverbs, an article. */
  adverb: string;
  /** Predicates of invention, after a copula: imagined, fictional, AI-generated. */
  invented: string;
  /** Predicates of unverifiability that carry their own verb ("has not been verified"). */
  unverified: string;
  /** "This is fiction." — a bare demonstrative, accepted only when the clause ends there. */
  bare: string;
  /** The writer: "I invented all of this", "I have no way to verify any of this"; an AI named as author. */
  firstPerson: Named[];
  /** The writer on an ambiguous "it": fires only in notes or beside a strong disclosure. */
  weak: string[];
  /** Fiction disclaimers: "any resemblance to real persons…". */
  disclaimer: string;
  /** Only in notes: the newsroom on its own article. */
  note: string[];
  /** "Before publication": parts said unchecked before it are this piece's, even without "in this article". */
  beforePublication: string;
};

type Named = { name: string; source: string };
const invention = (source: string): Named => ({ name: 'first-person invention', source });
const unverifiable = (source: string): Named => ({ name: 'first-person unverifiability', source });
const aiAuthor = (source: string): Named => ({ name: 'AI named as the author', source });

/** Between subject and verb: an aside in commas or brackets, or "and its images". */
const FILLER = String.raw`(?:\s*,[^,.;:!?]{1,80},|\s*\([^)]{1,80}\)|\s+(?:and|y|et|und|e|as well as|ainsi que|sowie)\s+[^,.;:!?]{1,40}?)?`;
/** After a bare "this is fiction": the clause must end, so "this is a fictional account of the war" (a review) stays out. */
const CLAUSE_END = String.raw`(?=\s*(?:[.!;…]|$))`;
/** After a first-person object: the clause ends or an adverb of extent follows. */
const OBJECT_END = String.raw`(?=\s*(?:[.,;:!?)—–»”]|$)|\s+(?:up|myself|ourselves|entirely|completely|wholesale|from|start|here|above|below|for|with|using|de|du|entièrement|completamente|totalmente|todo|tudo|komplett|selbst)${WE})`;
/** AI as an agent, in every language read. */
const AI_AGENT = alt(
  'AI', 'A\\.I\\.', 'IA', 'KI', 'artificial intelligence', 'inteligencia artificial', 'intelligence artificielle', 'inteligência artificial', 'künstliche[rn]? Intelligenz',
  '(?:large )?language model', 'LLM', 'modelo de lenguaje', 'modèle de langage', '(?:KI-)?Sprachmodell', 'modelo de linguagem', 'chat ?bot', 'ChatGPT', 'GPT-?\\d', 'Gemini', 'Claude', 'Copilot',
  '(?:generative|generativa|générative) (?:AI|IA)', '(?:AI|IA|KI)[- ](?:tool|model|system|program|software|herramienta|outil|Tool|System|Programm)', '(?:herramienta|outil|ferramenta|tool|Werkzeug)s? (?:de |d' + AP + '|of )?(?:IA|AI|KI|inteligencia artificial|inteligência artificial|intelligence artificielle)',
);

/** Made by or with an AI: generated, written, drafted with the help of an AI tool. */
const AI_MADE = {
  en: String.raw`(?:AI[- ](?:generated|imagined|written|created|produced|authored|assisted)|(?:generated|produced|created|written|drafted|composed|authored|imagined|prepared|invented|fabricated) (?:entirely |wholly |largely |partly |in part |mostly )?(?:by|with|using|through|via|with the (?:help|assistance|aid|support) of|by means of) (?:an? |the )?${AI_AGENT})`,
  es: String.raw`(?:(?:generad|cread|producid|escrit|redactad|elaborad|imaginad|hech)[oa]s? (?:íntegramente |totalmente |enteramente |parcialmente )?(?:por|con|mediante|usando|utilizando|con (?:la )?(?:ayuda|asistencia) de|con el (?:apoyo|auxilio) de|a través de) (?:una |un |la |el )?${AI_AGENT})`,
  fr: String.raw`(?:(?:générée?s?|produite?s?|créée?s?|écrite?s?|rédigée?s?|imaginée?s?|conçue?s?) (?:entièrement |intégralement |en partie )?(?:par|avec|grâce à|à l${AP}aide d(?:e |${AP})|avec l${AP}aide d(?:e |${AP})|au moyen d(?:e |${AP})) ?(?:une |un |l${AP}|le )?${AI_AGENT})`,
  de: String.raw`(?:KI-generiert|KI-erstellt|(?:von|durch|mit(?:hilfe)?(?: von)?|mit Hilfe (?:von|einer|eines)|unter Zuhilfenahme (?:von|einer|eines)) (?:einer |einem |der |dem )?${AI_AGENT} (?:erstellt|generiert|geschrieben|verfasst|erzeugt|erfunden|produziert))`,
  pt: String.raw`(?:(?:gerad|criad|produzid|escrit|redigid|elaborad|imaginad|feit)[oa]s? (?:integralmente |totalmente |parcialmente )?(?:por|com|usando|utilizando|por meio de|com (?:o |a )?(?:auxílio|ajuda|apoio|assistência) de) (?:uma |um |a |o )?${AI_AGENT})`,
};

/** "Reviewed by our editors": an AI-assisted piece that people checked is not disclosed as fabricated. */
export const HUMAN_REVIEWED = re(
  alt(
    String.raw`${WB}(?:reviewed|edited|checked|verified|fact-checked|supervised|overseen) by (?:our |the |a |an )?(?:human |staff )?(?:editors?|journalists?|staff|newsroom|reporters?|humans?|team)${WE}`,
    String.raw`${WB}(?:revisad|verificad|editad|supervisad)[oa]s? por (?:nuestr[oa]s? |el |la |un |una )?(?:equipo|redacción|editor|editora|periodista)${WE}`,
    String.raw`${WB}(?:relue?s?|vérifiée?s?|validée?s?|supervisée?s?) par (?:la |notre |nos |un |une )?(?:rédaction|journaliste|équipe|éditeur)${WE}`,
    String.raw`${WB}(?:geprüft|überprüft|redigiert|kontrolliert|bearbeitet) (?:von|durch) (?:der |unserer |einem |einer )?(?:Redaktion|Redakteur|Journalist)`,
    String.raw`${WB}(?:revisad|verificad|editad|conferid|checad)[oa]s? (?:\p{L}+ )?por (?:nossa |nosso |a |o |um |uma )?(?:equipe|redação|editor|editora|jornalista)${WE}`,
    '经(?:编辑|记者|人工)(?:审核|核实|审校)',
  ),
);
/** An AI named in the evidence: the hit is about AI authorship. */
export const NAMES_AI = re(`${WB}${AI_AGENT}${WE}|人工智能|(?<![A-Za-z])AI(?![A-Za-z])`);

/** Parts of a piece, one or a list: "characters, quotes and figures". */
function partList(det: string, noun: string, conj: string): string {
  return String.raw`${WB}(?:${det})?${noun}(?:(?:,|,? (?:${conj})) (?:${det})?${noun}){0,4}`;
}

const EN_PIECE = String.raw`(?:article|story|piece|post|blog post|text|content|column|essay|feature|narrative|interview|report)${WE}`;
const EN_PARTS = partList(String.raw`the |all (?:the )?|these |its |many of the |some of the |most of the `, String.raw`(?:quotes|quotations|names|characters|events|incidents|people|persons|individuals|interviews|details|sources|scenes|dialogues?|conversations|exchanges|situations|places|facts|claims|statements|testimon(?:y|ies)|anecdotes|figures|numbers|data|statistics|information|contents?)`, 'and|or') + String.raw`(?: (?:described|depicted|mentioned|cited|used|quoted|presented|reported|featured|contained|included|portrayed|recounted))?`;

/** The standard fiction disclaimer: "names, characters, places and incidents … are fictitious". */
const EN_FICTION_ITEMS = '(?:names|characters|persons|people|places|events|incidents|businesses|organi[sz]ations|locales|dialogue)';
const EN_FICTION_PRED = String.raw`(?:fictitious|fictional|imaginary|invented|(?:the )?products? of (?:the author${AP}s )?imagination|used fictitiously)${WE}`;

const en: Grammar = {
  bareParts: EN_PARTS,
  beforePublication: String.raw`${WB}before (?:publication|(?:it was |being )?published)${WE}`,
  self: String.raw`${WB}(?:this|the following|the above|the preceding|the present)(?: (?:entire|whole|short|news|blog|opinion))? (?:article|story|piece|post|blog post|text|content|column|essay|feature|narrative|dispatch|interview|write-up|newsletter|site|website)${WE}(?!${AP}s| (?:of|about|by|on) )`,
  noteSelf: String.raw`${WB}(?:this|the|the following|the above|our|that)(?: (?:entire|whole|original))? (?:article|story|piece|post|blog post|text|content|column|essay|feature|narrative|interview|report|account)${WE}`,
  whole: String.raw`${WB}(?:(?:all|most) of (?:this|it|the above|what follows|the following)|everything (?:here|above|below|that follows|you (?:just )?read|you${AP}re (?:about to )?read(?:ing)?)|what follows|the following|what you (?:are|${AP}re) (?:about to )?read(?:ing)?|every (?:word|line|detail|quote|name)(?: (?:here|above|below))?)${WE}`,
  parts: String.raw`${EN_PARTS} (?:in|of|throughout|within) (?:this|the following|the above|the present) ${EN_PIECE}`,
  noteParts: String.raw`${EN_PARTS}(?: (?:(?:in|of|throughout|within) (?:this|the) ${EN_PIECE}|(?:it|the (?:article|story|piece)) (?:contains|describes|cites|quotes|reports)))?`,
  copula: String.raw`(?:is|was|are|were|has been|have been|had been|remains?|(?:is|are|was|were) (?:considered|deemed|meant to be read as|to be read as))`,
  adverb: String.raw`(?:entirely|purely|completely|largely|partly|partially|wholly|mostly|totally|fully|simply|just|merely|in (?:large )?part|also|all|a|an|pure|total|complete|utter)`,
  invented: String.raw`(?:imagined|invented|imaginary|fictional|fictitious|fiction|fictionali[sz]ed|(?:work|piece|product) of (?:fiction|(?:the (?:author|writer)${AP}s |my |our )?imagination)|products? of (?:the (?:author|writer)${AP}s |my |our )?imagination|made[- ]up|made up|fabricated|fabrications?|inventions?|dreamed up|dreamt up|concocted|illustrative(?: only)?|for illustrative purposes(?: only)?|${AI_MADE.en})${WE}`,
  unverified: String.raw`(?:unverified|unverifiable|unconfirmed|not (?:been )?(?:independently )?(?:verified|fact[- ]checked|confirmed|checked)|never (?:been )?(?:independently )?(?:verified|fact[- ]checked|confirmed|checked)|(?:cannot|can${AP}t|could not|couldn${AP}t|has not|hasn${AP}t|have not|haven${AP}t|was not|wasn${AP}t|were not|weren${AP}t|is not|isn${AP}t|are not|aren${AP}t) (?:yet )?(?:been |be )?(?:independently )?(?:verified|fact[- ]checked|confirmed|checked))${WE}`,
  bare: String.raw`^\s*(?:this|what follows|the following|everything (?:here|below|above)) (?:is|was) (?:(?:entirely|purely|pure|complete|total|a|an|just|simply) )*(?:work of fiction|piece of fiction|fiction|fictional|fictitious|imaginary|made up|invented|imagined|(?:imagined|fictional|fictionali[sz]ed|invented|imaginary|AI-generated) (?:account|story|scenario|conversation|dialogue|interview|narrative|tale|version|piece|article|text|column))${CLAUSE_END}`,
  firstPerson: [
    invention(String.raw`(?<!${WB}(?:as|than|like|how|what|whatever|if|when|where|never|not)\s+)${WB}(?:I|we)(?: (?:have|had|just|simply|actually|basically|entirely|completely|also|myself|ourselves))* (?:imagined|invented|made up|fabricated|dreamed up|dreamt up|fictionali[sz]ed|concocted) (?:(?:this|all (?:of )?(?:this|it)|it all|everything(?: (?:here|above|below|you (?:just )?read))?|the whole (?:thing|story|piece|article|account)|(?:every|each) (?:word|line|detail|quote|name)(?: (?:of|in) (?:it|this))?|(?:the |these |all (?:the |these )?|most of the |some of the )?(?:quotes|quotations|interviews|interviewees|sources)(?: (?:here|above|below))?)${OBJECT_END}|(?:this|the following|the above)(?: (?:entire|whole))? (?:article|story|piece|post|text|column|essay|interview)${OBJECT_END}|(?:the |all (?:the )?)?(?:characters|events|names|people|scenes|details|dialogue|conversations) (?:here|above|below|in this (?:article|story|piece|post))${WE})`),
    invention(String.raw`${WB}(?:I|we)(?: (?:have|had|just|simply|actually|basically))* made (?:it all|this|all (?:of )?(?:this|it)|the whole thing|everything(?: here)?|this (?:whole )?(?:article|story|piece|post)|the (?:quotes|interviews|sources|whole story))(?: (?:all|entirely|completely))? up${WE}`),
    aiAuthor(String.raw`${WB}(?:I|we)(?: (?:have|had))? (?:generated|written|wrote|produced|created) (?:this|all of this|this (?:entire |whole )?(?:article|story|piece|post|text|column)) (?:(?:entirely|partly|largely|wholly) )?(?:with|using|by|through) (?:an? |the )?${AI_AGENT}${WE}`),
    aiAuthor(String.raw`${WB}(?:an? |the )?${AI_AGENT}(?: (?:tool|model|system))? (?:has |had )?(?:wrote|written|generated|produced|created|imagined|invented|authored|composed) (?:this|all of this|everything (?:here|above|below)|this (?:entire |whole )?(?:article|story|piece|post|text|column))${OBJECT_END}`),
    unverifiable(String.raw`${WB}(?:I|we)(?: (?:honestly|really|simply|also|still))* (?:have no (?:way|means) (?:to|of)|had no (?:way|means) (?:to|of)|(?:can(?:not|${AP}t)|could(?: not|n${AP}t)|(?:am|${AP}m|are|${AP}re|was|were) (?:unable|not able) to|did not|didn${AP}t|do not|don${AP}t|have not|haven${AP}t|never)(?: been able to)?) (?:independently )?(?:verify|verifying|verified|confirm|confirming|confirmed|check|checking|checked|fact-check(?:ed|ing)?|vouch for) (?:whether |if |that )?(?:any of (?:this|it|the above|what (?:follows|I (?:have |${AP}ve )?(?:wrote|written)))|all of (?:this|it)|(?:the )?(?:accuracy|veracity|truth|truthfulness|authenticity|contents?|details|facts|claims|quotes|information|events|sources) (?:of|in) (?:this|the following|the above) (?:article|story|piece|post|text|column|essay|interview)|(?:this|the following|the above) (?:article|story|piece|post|text|column|essay|interview)|what (?:follows|I (?:have |${AP}ve )?(?:wrote|written|described|reported))|anything (?:here|I (?:have |${AP}ve )?written))${WE}`),
  ],
  weak: [
    String.raw`${WB}(?:I|we)(?: (?:honestly|really|simply|also|still))* (?:have no (?:way|means) (?:to|of)|(?:can(?:not|${AP}t)|could(?: not|n${AP}t)|(?:am|${AP}m|are|${AP}re|was|were) (?:unable|not able) to|did not|didn${AP}t|have not|haven${AP}t))(?: been able to)? (?:independently )?(?:verify|verifying|verified|confirm|confirming|check|checking|fact-check) (?:whether |if |that )?(?:this|it|that)(?:(?:${AP}s| is| was) (?:accurate|true|real|correct|factual|right|genuine))?${OBJECT_END}`,
    String.raw`(?<!${WB}(?:as|than|like|how|what|whatever|if|when|where|never|not)\s+)${WB}(?:I|we)(?: (?:have|had|just|simply))* (?:imagined|invented|made up|fabricated|dreamed up) it${OBJECT_END}`,
    String.raw`${WB}(?:I|we)(?: (?:have|had|just|simply))* made it up${WE}`,
  ],
  disclaimer: alt(
    String.raw`${WB}(?:any )?(?:resemblance|similarity|likeness) (?:to|with) (?:real|actual|existing) (?:persons|people|individuals|events|places|organi[sz]ations)${WE}`,
    String.raw`${WB}(?:all )?${EN_FICTION_ITEMS}(?:,? (?:and |or )?${EN_FICTION_ITEMS}){0,4} (?:(?:portrayed|depicted|appearing|described) )?in this \p{L}+ (?:are|were) (?:either )?${EN_FICTION_PRED}`,
    String.raw`${WB}all ${EN_FICTION_ITEMS}(?:,? (?:and |or )?${EN_FICTION_ITEMS}){0,4} (?:(?:portrayed|depicted|appearing|described) )?(?:are|were) (?:either )?${EN_FICTION_PRED}`,
    String.raw`${WB}${EN_FICTION_ITEMS}(?:,? (?:and |or )?${EN_FICTION_ITEMS}){2,4} (?:(?:portrayed|depicted|appearing|described) )?(?:either )?(?:are|were) (?:either )?${EN_FICTION_PRED}`,
    String.raw`${WB}(?:products? of the (?:author|writer)${AP}s imagination|used fictitiously)${WE}`,
  ),
  note: [
    String.raw`${WB}(?:was|were|is|are|have been|has been|had been) (?:unable|not able) to (?:independently )?(?:verify|confirm|substantiate|corroborate) (?:it|this|any of (?:it|this|the)|the (?:whole )?(?:story|article|piece|post|account|interview|quotes?|events?|sources?|interviews?|details)(?: (?:it|the article|the story) (?:contains|describes|reports|cites|quotes))?)${WE}`,
    String.raw`${WB}(?:believe|found|determined|concluded|established|learned)(?: that)? (?:the|this|our) (?:article|story|piece|post|column|interview)(?: (?:was|had been|is|were))? (?:partly |largely |entirely |wholly )?(?:fabricated|invented|made up|imagined|fictional|AI-generated|plagiari[sz]ed)${WE}`,
    String.raw`${WB}(?:the )?(?:writer|author|reporter|contributor|freelancer|journalist|correspondent) (?:had |has )?(?:invented|fabricated|made up|imagined) (?:the |some |several |many |all (?:the )?|at least \p{N}+ )?(?:quotes|quotations|interviews|sources|details|people|story|article|piece|scenes|events|it)${WE}`,
  ],
};

const ES_PIECE = String.raw`(?:artículo|texto|relato|contenido|historia|nota|crónica|reportaje|publicación|columna|entrevista)${WE}`;
const ES_PARTS = partList(String.raw`las |los |todas las |todos los `, String.raw`(?:citas|declaraciones|nombres|personajes|hechos|eventos|acontecimientos|personas|entrevistas|detalles|fuentes|escenas|diálogos|testimonios|situaciones|datos|cifras|números)`, 'y|o|e') + String.raw`(?: (?:descrit|mencionad|narrad|citad|recogid|relatad|presentad)[oa]s| que aparecen)?`;

const es: Grammar = {
  bareParts: ES_PARTS,
  beforePublication: String.raw`${WB}antes de (?:su )?(?:publicación|publicarse|ser publicad[oa]s?)${WE}`,
  self: String.raw`${WB}(?:este|esta|el presente|la presente|el siguiente|la siguiente) (?:artículo|texto|relato|contenido|historia|nota|crónica|reportaje|publicación|entrada|columna|pieza|entrevista|escrito|post|sitio)${WE}(?! (?:de|sobre|acerca) )`,
  noteSelf: String.raw`${WB}(?:el|la|este|esta) (?:artículo|texto|relato|contenido|historia|nota|crónica|reportaje|publicación|entrevista)${WE}`,
  whole: String.raw`${WB}(?:todo (?:esto|lo que sigue|lo que (?:vas a|va a|van a|acabas de|acaba de) leer|lo (?:aquí )?(?:narrado|relatado|contado|descrito|escrito))|lo que sigue)${WE}`,
  parts: String.raw`${ES_PARTS} (?:(?:en|de) (?:este|esta|el presente|la presente) ${ES_PIECE}|del presente ${ES_PIECE})`,
  noteParts: String.raw`${ES_PARTS}(?: (?:(?:en|de) (?:este|esta|el|la|el presente|la presente) ${ES_PIECE}|del (?:presente )?${ES_PIECE}))?`,
  copula: String.raw`(?:es|son|fue|fueron|era|eran|ha sido|han sido|había sido|resulta|resultan|sigue siendo)`,
  adverb: String.raw`(?:totalmente|completamente|enteramente|puramente|pura|mera|una|un|en su totalidad|en gran parte|parcialmente|también|íntegramente)`,
  invented: String.raw`(?:ficción|ficticios?|ficticias?|obra de ficción|inventad[oa]s?|imaginad[oa]s?|imaginari[oa]s?|producto de (?:la|mi|nuestra) imaginación|fruto de (?:la|mi|nuestra) imaginación|(?:meramente |solamente )?ilustrativ[oa]s|${AI_MADE.es})${WE}`,
  unverified: String.raw`(?:no (?:ha sido|han sido|fue|fueron|está|están|ha podido ser|han podido ser|pudo ser|pudieron ser|puede ser|pueden ser|se ha podido|se han podido|se pudo|se pudieron|se puede|se pueden) (?:independientemente |de forma independiente |de manera independiente )?(?:verificad[oa]s?|comprobad[oa]s?|contrastad[oa]s?|confirmad[oa]s?|chequead[oa]s?|verificar(?:se)?|comprobar(?:se)?|confirmar(?:se)?|contrastar(?:se)?)|sin (?:verificar|contrastar|confirmar)|no verificad[oa]s?|inverificables?)${WE}`,
  bare: String.raw`^\s*(?:esto|lo que sigue|todo esto) (?:es|era) (?:(?:pura|totalmente|completamente|una|un) )*(?:obra de ficción|ficción|inventado|imaginario|ficticio|(?:historia|relato) (?:inventad[oa]|imaginad[oa]|ficticio|ficticia))${CLAUSE_END}`,
  firstPerson: [
    invention(String.raw`(?<!${WB}(?:nunca|jamás|no|como|que|cuando|cuanto|si)\s+)${WB}(?:(?:yo|nosotros) )?(?:me |nos )?(?:lo |la |los )?(?:imaginé|inventé|imaginamos|inventamos|he imaginado|he inventado|hemos inventado|hemos imaginado) (?:todo )?(?:esto|todo|est[ea] (?:historia|artículo|texto|relato|nota|crónica)|(?:las|los) (?:citas|entrevistas|fuentes|testimonios|declaraciones))${OBJECT_END}`),
    invention(String.raw`${WB}(?:me|nos) lo (?:inventé|he inventado|inventamos|hemos inventado|imaginé|he imaginado)(?: todo)?${OBJECT_END}`),
    unverifiable(String.raw`${WB}no (?:tengo|tenemos|hay) (?:forma|manera|modo|cómo) (?:de )?(?:verificar|comprobar|confirmar|contrastar)(?: si)? (?:nada de esto|todo esto|(?:la veracidad|la exactitud|el contenido) de(?:l presente| este| esta) (?:artículo|texto|relato|historia|nota)|este (?:artículo|texto|relato)|esta (?:historia|nota))${WE}`),
    unverifiable(String.raw`${WB}no (?:puedo|podemos|pude|pudimos|he podido|hemos podido) (?:verificar|comprobar|confirmar|contrastar) (?:si )?(?:nada de esto|todo esto|(?:la veracidad|la exactitud|el contenido) de(?:l presente| este| esta) (?:artículo|texto|relato|historia|nota)|este (?:artículo|texto|relato)|esta (?:historia|nota))${WE}`),
    aiAuthor(String.raw`${WB}(?:una |la |el )?${AI_AGENT} (?:escribió|generó|redactó|imaginó|inventó|ha escrito|ha generado) (?:esto|todo esto|est[ea] (?:artículo|texto|historia|nota|relato))${OBJECT_END}`),
  ],
  weak: [
    String.raw`${WB}no (?:tengo|tenemos) (?:forma|manera|modo|cómo) de (?:verificar|comprobar|confirmar)(?:lo|la)?(?: si (?:esto |todo )?(?:es )?(?:cierto|verdad|exacto|real|correcto))?${OBJECT_END}`,
    String.raw`${WB}no (?:puedo|podemos) (?:verificar|comprobar|confirmar)(?:lo)? si (?:esto|es|todo) (?:es )?(?:cierto|verdad|exacto|real)${WE}`,
    String.raw`(?<!${WB}(?:nunca|jamás|no|como|que|cuando)\s+)${WB}lo (?:imaginé|inventé|he inventado|hemos inventado)${OBJECT_END}`,
  ],
  disclaimer: String.raw`${WB}cualquier (?:parecido|semejanza|similitud) con (?:la realidad|personas (?:reales|vivas)|hechos reales)${WE}`,
  note: [
    String.raw`${WB}no (?:pudo|pudimos|ha podido|hemos podido|fue posible) (?:verificar|confirmar|comprobar|contrastar) (?:las citas|el artículo|la historia|el texto|los hechos|su contenido|las fuentes|las entrevistas)${WE}`,
  ],
};

const FR_PIECE = String.raw`(?:article|texte|récit|contenu|billet|reportage|histoire|chronique|entretien)${WE}`;
const FR_PARTS = partList(String.raw`les |tous les |toutes les |ces |certaines des |certains des `, String.raw`(?:citations|propos|noms|personnages|faits|événements|évènements|personnes|entretiens|interviews|détails|sources|scènes|dialogues|témoignages|situations|lieux|informations|chiffres|données)`, 'et|ou') + String.raw`(?: (?:rapporté|relaté|décrit|cité|mentionné|évoqué|présenté|contenu)e?s?)?`;

const fr: Grammar = {
  bareParts: FR_PARTS,
  beforePublication: String.raw`${WB}avant (?:sa |la |leur )?(?:publication|d${AP}être publiée?s?)${WE}`,
  self: String.raw`${WB}(?:(?:cet|cette|ce|le présent|la présente) (?:article|texte|récit|contenu|billet|reportage|histoire|chronique|papier|entretien|post|site)|(?:l${AP}article|le texte|le récit|le contenu|l${AP}histoire|le billet) (?:ci-dessous|ci-dessus|qui suit|suivant|que vous (?:allez lire|lisez|venez de lire)))${WE}(?! (?:de|sur|à propos) )`,
  noteSelf: String.raw`(?:${WB}l${AP}|${WB}(?:le|la|cet|cette|ce) )(?:article|texte|récit|contenu|histoire|billet|entretien|reportage)${WE}`,
  whole: String.raw`${WB}(?:tout (?:ceci|cela|ça|ce qui suit|ce qui précède|ce que vous (?:allez lire|venez de lire|lisez))|ce qui suit)${WE}`,
  parts: String.raw`${FR_PARTS} (?:dans|de) (?:cet|cette|ce|le présent|la présente) ${FR_PIECE}`,
  noteParts: String.raw`${FR_PARTS}(?: (?:(?:dans|de) (?:cet|cette|ce|le présent|la présente|le|la) ${FR_PIECE}|(?:dans|de) l${AP}${FR_PIECE}|du ${FR_PIECE}))?`,
  copula: String.raw`(?:est|sont|était|étaient|a été|ont été|avait été|avaient été|reste|restent|demeure)`,
  adverb: String.raw`(?:entièrement|purement|totalement|complètement|en partie|partiellement|largement|pure|une|un|aussi|également|intégralement)`,
  invented: String.raw`(?:fiction|(?:œuvre|oeuvre) de fiction|fictifs?|fictives?|fictionnel(?:le)?s?|imaginaires?|inventée?s?|imaginée?s?|fabriquée?s?(?: de toutes pièces)?|le fruit de (?:l${AP}imagination|mon imagination|notre imagination)|(?:purement )?illustrati(?:f|fs|ve|ves)|${AI_MADE.fr})${WE}`,
  unverified: String.raw`(?:non vérifiée?s?|invérifiables?|n${AP}(?:a|ont|avait|avaient) (?:pas|jamais) (?:été|pu être) (?:vérifiée?s?|confirmée?s?|recoupée?s?|contrôlée?s?)|ne (?:peut|peuvent|pouvait|pouvaient|pourra) (?:pas )?être (?:vérifiée?s?|confirmée?s?|recoupée?s?))${WE}`,
  bare: String.raw`^\s*(?:ceci|ce qui suit|tout (?:ceci|cela)) (?:est|était) (?:(?:une|pure|entièrement|purement) )*(?:(?:œuvre|oeuvre) de fiction|fiction|inventé|imaginaire|fictif|histoire (?:inventée|imaginée|fictive))${CLAUSE_END}`,
  firstPerson: [
    invention(String.raw`${WB}(?:j${AP}ai|nous avons) tout (?:inventé|imaginé)${OBJECT_END}`),
    invention(String.raw`${WB}(?:j${AP}ai|nous avons) (?:inventé|imaginé|fabriqué) (?:de toutes pièces )?(?:ceci|cela|ça|tout (?:cela|ceci|ça)|cette histoire|cet article|ce texte|ce récit|les (?:citations|entretiens|sources|témoignages|propos))${OBJECT_END}`),
    unverifiable(String.raw`${WB}(?:je ne (?:peux|pourrais)|nous ne pouvons|je n${AP}ai pas pu|nous n${AP}avons pas pu|je n${AP}ai aucun moyen de|nous n${AP}avons aucun moyen de) (?:pas )?(?:vérifier|confirmer|garantir) (?:si |que )?(?:tout (?:cela|ceci|ça)|rien de (?:tout )?(?:cela|ceci)|(?:l${AP}exactitude|la véracité|l${AP}authenticité|le contenu) (?:de|du) (?:cet article|ce texte|ce récit|ce qui (?:précède|suit))|cet article|ce texte|ce récit|ce qui (?:précède|suit))${WE}`),
    aiAuthor(String.raw`${WB}(?:une |un |l${AP}|le )?${AI_AGENT} (?:a écrit|a généré|a rédigé|a imaginé|a inventé) (?:ceci|tout (?:cela|ceci)|cet article|ce texte|ce récit)${OBJECT_END}`),
  ],
  weak: [
    String.raw`${WB}(?:je n${AP}ai|nous n${AP}avons) aucun moyen de (?:le |la |les |l${AP})?(?:vérifier|confirmer)${OBJECT_END}`,
    String.raw`${WB}(?:je ne peux|nous ne pouvons) pas (?:vérifier|confirmer|garantir) (?:si |que )?(?:c${AP}est|cela est|ce soit|tout soit) (?:exact|vrai|réel|juste)${WE}`,
    String.raw`${WB}je l${AP}ai (?:inventé|imaginé)e?${OBJECT_END}`,
  ],
  disclaimer: String.raw`${WB}toute (?:ressemblance|similitude) avec des (?:personnes|faits|personnages|événements) (?:existant(?:e|s|es)?|réel(?:le)?s|ayant existé)${WE}`,
  note: [
    String.raw`${WB}n${AP}(?:a|avons|ont) pas pu (?:vérifier|confirmer|recouper) (?:les citations|l${AP}article|le texte|les faits|son contenu|les sources|les entretiens|le récit)${WE}`,
  ],
};

const DE_PIECE_M = String.raw`(?:Artikel|Text|Beitrag|Interview|Essay|Post)${WE}`;
const DE_PIECE_F = String.raw`(?:Geschichte|Reportage|Kolumne|Erzählung)${WE}`;
const DE_PIECE_GEN = String.raw`(?:Artikels|Textes|Beitrags|Interviews|Essays)${WE}`;
const DE_PARTS = partList(String.raw`die |alle |sämtliche |einige |viele `, String.raw`(?:Zitate|Namen|Figuren|Personen|Ereignisse|Geschehnisse|Handlungen|Interviews|Details|Quellen|Szenen|Dialoge|Aussagen|Angaben|Inhalte|Gespräche|Fakten|Zahlen|Daten)`, 'und|oder') + String.raw``;

const de: Grammar = {
  bareParts: DE_PARTS,
  beforePublication: String.raw`${WB}vor (?:der |ihrer |seiner )?Veröffentlichung${WE}`,
  self: String.raw`${WB}(?:dieser|diese|dieses|diesen|der vorliegende|die vorliegende|das vorliegende|der folgende|die folgende|das folgende|der obige|die obige|das obige) (?:Artikel|Text|Beitrag|Geschichte|Inhalt|Reportage|Kolumne|Essay|Interview|Post|Blogbeitrag|Erzählung|Website|Seite)${WE}(?! (?:über|von) )`,
  noteSelf: String.raw`${WB}(?:der|die|das|dieser|diese|dieses) (?:Artikel|Text|Beitrag|Geschichte|Inhalt|Interview)${WE}`,
  whole: String.raw`${WB}(?:(?:das|dies) alles|alles (?:hier|oben|Folgende|Obige)|das Folgende|Folgendes)${WE}`,
  parts: String.raw`${DE_PARTS} (?:(?:in|aus) (?:diesem|dem vorliegenden|dem folgenden) ${DE_PIECE_M}|(?:in|aus) (?:dieser|der vorliegenden|der folgenden) ${DE_PIECE_F}|(?:im|aus dem) (?:vorliegenden|folgenden) ${DE_PIECE_M}|(?:dieses|des vorliegenden) ${DE_PIECE_GEN}|dieser ${DE_PIECE_F})`,
  noteParts: String.raw`${DE_PARTS}(?: (?:(?:in|aus) (?:diesem|dem) ${DE_PIECE_M}|(?:in|aus) (?:dieser|der) ${DE_PIECE_F}|(?:im|aus dem) ${DE_PIECE_M}|(?:dieses|des) ${DE_PIECE_GEN}|(?:dieser|der) ${DE_PIECE_F}))?`,
  copula: String.raw`(?:ist|sind|war|waren|wurde|wurden|bleibt|bleiben)`,
  adverb: String.raw`(?:frei|komplett|vollständig|völlig|gänzlich|rein|reine|teilweise|größtenteils|weitgehend|nur|bloß|eine|ein|auch|vollends)`,
  invented: String.raw`(?:erfunden|fiktiv|fiktional|Fiktion|ausgedacht|erdacht|imaginiert|fingiert|Produkt der (?:Fantasie|Phantasie)|(?:rein |nur )?illustrativ|${AI_MADE.de})${WE}`,
  unverified: String.raw`(?:nicht (?:unabhängig )?(?:überprüft|verifiziert|geprüft|bestätigt|kontrolliert|überprüfbar|verifizierbar)|unbestätigt|ungeprüft|unüberprüfbar|(?:lässt|lassen) sich nicht (?:unabhängig )?(?:überprüfen|verifizieren|bestätigen)|(?:konnte|konnten|kann|können) nicht (?:unabhängig )?(?:überprüft|verifiziert|bestätigt) werden)${WE}`,
  bare: String.raw`^\s*(?:dies|das|das Folgende|Folgendes|alles hier) (?:ist|war) (?:(?:eine|reine|frei|komplett|völlig) )*(?:erfundene Geschichte|fiktive Geschichte|Fiktion|erfunden|fiktiv|ausgedacht)${CLAUSE_END}`,
  firstPerson: [
    invention(String.raw`${WB}(?:ich|wir) (?:habe|haben|hatte|hatten) (?:mir |uns )?(?:das alles|dies alles|alles|all das|diese Geschichte|(?:diesen|den) (?:Artikel|Text|Beitrag)|die (?:Zitate|Interviews|Quellen|Gesprächspartner)) (?:(?:nur|frei|komplett|vollständig|einfach|selbst) )*(?:ausgedacht|erfunden|imaginiert|erdacht)${WE}`),
    invention(String.raw`${WB}(?:das alles|dies alles|alles|all das|diese Geschichte|diesen (?:Artikel|Text|Beitrag)) (?:habe ich|haben wir) (?:mir |uns )?(?:(?:nur|frei|komplett|vollständig|einfach|selbst) )*(?:ausgedacht|erfunden|imaginiert|erdacht)${WE}`),
    unverifiable(String.raw`${WB}(?:ich|wir) (?:habe|haben|hatte|hatten) keine (?:Möglichkeit|Chance),? (?:nichts davon|das alles|dies alles|(?:den Inhalt|die Richtigkeit|den Wahrheitsgehalt|die Angaben) (?:dieses|des vorliegenden) (?:Artikels|Textes|Beitrags)|diesen (?:Artikel|Text|Beitrag)) zu (?:überprüfen|verifizieren|bestätigen|prüfen)${WE}`),
    unverifiable(String.raw`${WB}(?:ich|wir) (?:kann|können|konnte|konnten) (?:nichts davon (?:unabhängig )?(?:überprüfen|verifizieren|bestätigen)|(?:das alles|dies alles|den Inhalt (?:dieses|des) (?:Artikels|Textes|Beitrags)|diesen (?:Artikel|Text|Beitrag)) nicht (?:unabhängig )?(?:überprüfen|verifizieren|bestätigen|prüfen))${WE}`),
    aiAuthor(String.raw`${WB}(?:eine |die |ein )?${AI_AGENT} (?:hat|haben) (?:diesen (?:Artikel|Text|Beitrag)|diese Geschichte|das alles) (?:komplett |vollständig )?(?:geschrieben|verfasst|generiert|erstellt|erfunden)${WE}`),
  ],
  weak: [
    String.raw`${WB}(?:ich|wir) (?:habe|haben) (?:mir |uns )?(?:das|dies|es) (?:(?:nur|frei|komplett|einfach) )*(?:ausgedacht|erfunden)${WE}`,
    String.raw`${WB}(?:ich|wir) (?:habe|haben) keine (?:Möglichkeit|Chance),? (?:das|dies|es|den Wahrheitsgehalt|die Richtigkeit) zu (?:überprüfen|verifizieren|bestätigen|prüfen)${WE}`,
    String.raw`${WB}(?:ich|wir) (?:kann|können|konnte|konnten) (?:das|dies|es) nicht (?:überprüfen|verifizieren|bestätigen)${WE}`,
    String.raw`${WB}(?:ich|wir) (?:kann|können|konnte|konnten) nicht (?:überprüfen|verifizieren|prüfen|bestätigen),? ob (?:das|dies|es) (?:stimmt|wahr ist|zutrifft|korrekt ist)${WE}`,
  ],
  disclaimer: String.raw`${WB}(?:Ähnlichkeiten mit (?:tatsächlichen|realen|lebenden|echten|wirklichen)(?: oder (?:verstorbenen|toten))? (?:Personen|Ereignissen|Begebenheiten)|(?:(?:alle|sämtliche) (?:Personen|Figuren|Namen|Handlungen|Ereignisse)|(?:Personen|Figuren|Namen) und (?:Handlungen|Ereignisse|Orte))(?: (?:in|dieses|dieser) \p{L}+)? (?:sind|wurden) (?:frei )?erfunden)${WE}`,
  note: [
    String.raw`${WB}(?:konnte|konnten) (?:die Zitate|den Artikel|den Text|den Beitrag|die Angaben|den Inhalt|die Quellen|die Interviews) nicht (?:unabhängig )?(?:überprüfen|verifizieren|bestätigen)${WE}`,
  ],
};

const PT_PIECE = String.raw`(?:artigo|texto|matéria|reportagem|conteúdo|história|relato|publicação|coluna|crônica|crónica|notícia|entrevista)${WE}`;
const PT_PARTS = partList(String.raw`as |os |todas as |todos os `, String.raw`(?:citações|declarações|falas|nomes|personagens|fatos|factos|eventos|acontecimentos|pessoas|entrevistas|detalhes|fontes|cenas|diálogos|depoimentos|situações|informações|números|dados)`, 'e|ou') + String.raw`(?: (?:descrit|mencionad|narrad|citad|relatad|apresentad)[oa]s)?`;

const pt: Grammar = {
  bareParts: PT_PARTS,
  beforePublication: String.raw`${WB}antes (?:da (?:sua )?publicação|de (?:ser(?:em)? )?publicad[oa]s?)${WE}`,
  self: String.raw`${WB}(?:este|esta|o presente|a presente|o seguinte|a seguinte) (?:artigo|texto|matéria|reportagem|conteúdo|história|relato|publicação|post|coluna|crônica|crónica|notícia|entrevista|site)${WE}(?! (?:de|sobre) )`,
  noteSelf: String.raw`${WB}(?:o|a|este|esta) (?:artigo|texto|matéria|reportagem|conteúdo|história|relato|publicação|entrevista)${WE}`,
  whole: String.raw`${WB}(?:tudo (?:isto|isso|o que se segue|o que (?:você )?(?:vai ler|acabou de ler|lê)|o que está (?:aqui|acima|abaixo))|o que se segue)${WE}`,
  parts: String.raw`${PT_PARTS} (?:neste|nesta|deste|desta|no presente|do presente|na presente|da presente) ${PT_PIECE}`,
  noteParts: String.raw`${PT_PARTS}(?: (?:neste|nesta|deste|desta|no presente|do presente|na presente|da presente|no|na|do|da) ${PT_PIECE})?`,
  copula: String.raw`(?:é|são|foi|foram|era|eram|tem sido|têm sido|continua|permanece)`,
  adverb: String.raw`(?:totalmente|completamente|inteiramente|puramente|pura|mera|uma|um|em grande parte|parcialmente|também|integralmente)`,
  invented: String.raw`(?:ficção|fictíci[oa]s?|ficcional|ficcionais|obra de ficção|inventad[oa]s?|imaginad[oa]s?|imaginári[oa]s?|fruto da (?:minha |nossa )?imaginação|produto da (?:minha |nossa )?imaginação|(?:meramente |apenas )?ilustrativ[oa]s|${AI_MADE.pt})${WE}`,
  unverified: String.raw`(?:não (?:foi|foram|é|são|está|estão|pôde ser|puderam ser|pode ser|podem ser|tem sido) (?:independentemente |de forma independente )?(?:verificad|checad|confirmad|comprovad|conferid|apurad)[oa]s?|não (?:verificad|conferid|checad)[oa]s?|sem verificação|inverificáve(?:l|is)|não (?:foi|foram) possível (?:verificá-l[oa]s?|confirmá-l[oa]s?))${WE}`,
  bare: String.raw`^\s*(?:isto|isso|o que se segue|tudo isto) (?:é|era) (?:(?:uma|pura|totalmente|completamente) )*(?:obra de ficção|ficção|inventado|imaginado|fictício|história (?:inventada|imaginada|fictícia))${CLAUSE_END}`,
  firstPerson: [
    invention(String.raw`(?<!${WB}(?:nunca|não|como|que|quando|se)\s+)${WB}(?:(?:eu|nós) )?(?:inventei|imaginei|inventamos|imaginamos|fabriquei) (?:tudo )?(?:isto|isso|tudo|est[ea] (?:história|artigo|texto|matéria|relato|reportagem)|(?:as|os) (?:citações|entrevistas|fontes|declarações|depoimentos))${OBJECT_END}`),
    unverifiable(String.raw`${WB}não (?:tenho|temos|há) como (?:verificar|confirmar|checar|comprovar)(?: se)? (?:nada disso|tudo isso|tudo isto|(?:a veracidade|a exatidão|o conteúdo) d(?:este|esta|o presente) (?:artigo|texto|matéria|relato|reportagem)|este (?:artigo|texto|relato)|esta (?:matéria|história|reportagem))${WE}`),
    unverifiable(String.raw`${WB}não (?:consigo|conseguimos|posso|podemos|pude|pudemos|consegui) (?:verificar|confirmar|checar|comprovar) (?:se )?(?:nada disso|tudo isso|tudo isto|(?:a veracidade|a exatidão|o conteúdo) d(?:este|esta|o presente) (?:artigo|texto|matéria|relato|reportagem)|este (?:artigo|texto|relato)|esta (?:matéria|história|reportagem))${WE}`),
    aiAuthor(String.raw`${WB}(?:uma |a |o )?${AI_AGENT} (?:escreveu|gerou|redigiu|imaginou|inventou) (?:isto|tudo isto|tudo isso|est[ea] (?:artigo|texto|história|matéria|relato))${OBJECT_END}`),
  ],
  weak: [
    String.raw`${WB}não (?:tenho|temos) como (?:verificar|confirmar|checar|comprovar)(?:-l[oa])?(?: se (?:isso |isto |tudo )?(?:é )?(?:verdade|verdadeiro|exato|correto|real))?${OBJECT_END}`,
    String.raw`(?<!${WB}(?:nunca|não|como|que|quando)\s+)${WB}(?:eu )?(?:inventei|imaginei)(?:-o|-a)${OBJECT_END}`,
  ],
  disclaimer: String.raw`${WB}qualquer (?:semelhança|parecença|coincidência) com (?:a realidade|pessoas reais|fatos reais|factos reais|nomes|pessoas)${WE}`,
  note: [
    String.raw`${WB}não (?:pôde|pudemos|conseguiu|conseguimos|foi possível) (?:verificar|confirmar|checar) (?:as citações|o artigo|a matéria|o texto|os fatos|o conteúdo|as fontes|as entrevistas)${WE}`,
  ],
};

/** Chinese has no spaces: the piece, an optional linking word, the predicate, adjacent. */
/** 本文 inside 日本文化 or 基本文件 is not "this article". */
const ZH_SELF = '(?<![日基版剧脚样课原])(?:本文|此文|本篇(?:文章|报道)?|这篇(?:文章|报道|稿件|故事)|本报道|本故事|本稿|本作品|以上内容|以下内容|上述内容|本内容|文中(?:所述|内容|人物|情节|事件|引语|引述))(?:中)?(?:的)?(?:内容|所有内容|人物|情节|事件|引语|采访|信息|故事)?';
const ZH_LINK = '(?:[均皆全都纯系为乃亦也已仍尚暂]|全部|完全|纯属|属于|均系|均为|皆为|都是|全是|部分|大部分|主要|是)*';
const ZH_AI = '(?:AI|人工智能|ChatGPT|大模型|语言模型|聊天机器人)';
const ZH_INVENTED = `(?:虚构|杜撰|编造|捏造|臆造|${ZH_AI}(?:生成|创作|撰写|想象)|由${ZH_AI}[^。！？，]{0,6}?(?:生成|创作|撰写|编写|写成|想象)|(?:是|为|纯属|系|均为|皆为|都是)[^。！？，]{0,4}?想象|想象(?:出来)?的|未经(?:证实|核实|验证|查证|独立核实)|无法(?:核实|证实|验证|查证)|不能(?:核实|证实))`;

const zh = {
  self: `${ZH_SELF}${ZH_LINK}${ZH_INVENTED}`,
  firstPerson: [
    invention(`(?:我|我们|笔者|作者)(?:完全|纯粹|只是|全部|都|自己)?(?:想象|虚构|编造|杜撰|捏造|编)(?:了|出了?)(?:这一切|这些内容|这个故事|这篇(?:文章|报道)|本文|全文|全部内容|所有(?:内容|情节|人物|引语|采访))`),
    invention(`(?:这一切|这些内容|这个故事|这篇(?:文章|报道)|本文|以上内容|全文)(?:都|全|全部|完全|纯粹)?(?:是|为)(?:我|笔者|作者)(?:自己)?(?:想象|虚构|编造|编|杜撰|捏造)(?:出来)?的`),
    unverifiable(`(?:我|我们|笔者)(?:无法|不能|没法|没有办法|并未|没有|未能)(?:独立)?(?:核实|证实|验证|确认|查证)(?:本文|这一切|以上内容|这些内容|文中(?:内容|信息)|全文)`),
  ],
  weak: [`(?:我|我们|笔者)(?:无法|不能|没法|没有办法|未能)(?:独立)?(?:核实|证实|验证|确认)(?:这|此|其)(?:是否)?(?:真实|准确|属实)?`],
  disclaimer: '如有雷同[，,、\\s]*纯属巧合|(?:本文|故事)(?:中的?)?(?:人物|情节)(?:均|皆)?(?:为|系|纯属)虚构',
  bare: '^\\s*(?:以下|以上|这)(?:是|为)(?:一(?:篇|个|则))?(?:虚构|想象)的(?:故事|文章|内容|情节|场景)',
  note: ['(?:无法|未能)(?:核实|证实)(?:文中|该文|本文)'],
};

export type FabricationRule = { name: string; pattern: RegExp };

function described(g: Grammar, subject: string): string {
  return `(?:${subject})${FILLER} (?:${g.copula}(?: ${g.adverb})* (?:${g.invented}|${g.unverified})|${g.unverified})`;
}

function subjects(g: Grammar, inNote: boolean): string {
  return inNote ? alt(g.noteSelf, g.whole, g.noteParts) : alt(g.self, g.whole, g.parts);
}

const GRAMMARS = { en, es, fr, de, pt } as const;



/** Strong rules in body text: the piece named with a demonstrative, or the writer in the first person. */
export const BODY_RULES: FabricationRule[] = [
  ...Object.entries(GRAMMARS).flatMap(([lang, g]) => [
    { name: `self-description (${lang})`, pattern: re(described(g, subjects(g, false))) },
    { name: `fiction notice (${lang})`, pattern: re(g.bare) },
    { name: `unchecked before publication (${lang})`, pattern: re(`${described(g, g.bareParts)}[^.;!?]{0,40}?${g.beforePublication}`) },
    { name: `fiction disclaimer (${lang})`, pattern: re(g.disclaimer) },
    ...g.firstPerson.map((r) => ({ name: `${r.name} (${lang})`, pattern: re(r.source) })),
  ]),
  { name: 'self-description (zh)', pattern: re(zh.self) },
  { name: 'fiction notice (zh)', pattern: re(zh.bare) },
  { name: 'fiction disclaimer (zh)', pattern: re(zh.disclaimer) },
  ...zh.firstPerson.map((r) => ({ name: `${r.name} (zh)`, pattern: re(r.source) })),
];

/** In notes and notices "the article" and "it" are the page, and the newsroom speaks of itself. */
export const NOTE_RULES: FabricationRule[] = [
  ...Object.entries(GRAMMARS).flatMap(([lang, g]) => [
    { name: `self-description in a note (${lang})`, pattern: re(described(g, subjects(g, true))) },
    ...g.note.map((p) => ({ name: `editor says the piece is not factual (${lang})`, pattern: re(p) })),
  ]),
  ...zh.note.map((p) => ({ name: 'editor says the piece is not factual (zh)', pattern: re(p) })),
];

/**
 * Statements whose object is ambiguous — the writer cannot verify "it"; "characters, quotes and
 * figures are illustrative" with no "in this article" — raised in notes, or beside a strong
 * disclosure in the same paragraph, which tells what they are about.
 */
export const WEAK_RULES: FabricationRule[] = [
  ...Object.entries(GRAMMARS).flatMap(([lang, g]) => [
    ...g.weak.map((p) => ({ name: `first-person unverifiability (${lang})`, pattern: re(p) })),
    { name: `parts of the piece described as invented (${lang})`, pattern: re(described(g, g.bareParts)) },
  ]),
  ...zh.weak.map((p) => ({ name: 'first-person unverifiability (zh)', pattern: re(p) })),
];

/**
 * Fact-check context: a sentence about a story that circulates ("this story went viral and is
 * fabricated") speaks of someone else's story, not of itself.
 */
export const CIRCULATING = re(
  `${WB}(?:viral|went viral|circulat\\p{L}*|shared|widely|social media|hoax|debunk\\p{L}*|fact[- ]checkers?|fact[- ]checking|misleading|purported(?:ly)?|bulo|redes sociales|desinformación|engañoso|compartid[oa]s?|réseaux sociaux|infox|intox|partagée?s?|trompeur|sozialen (?:Medien|Netzwerken)|Falschmeldung|geteilt|irreführend|redes sociais|boato|compartilhad[oa]s?|enganoso)${WE}|网传|流传|转发|谣言|辟谣|不实`,
);

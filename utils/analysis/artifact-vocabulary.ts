/**
 * Word classes for generation-artifact, in English, Spanish, French, German, Portuguese and
 * Chinese. Each class is one kind of word (a verb of rewriting, the text as a noun, an SEO term),
 * so the check decides on how they combine — an imperative verb of writing with the text as its
 * object is an instruction to a writer — and a paraphrase with other words of the same class is
 * caught. All sources use WB/WE (Unicode word edges), never `\b`.
 */
import { alt, AP, re, WB, WE } from './integrity-vocabulary';

/** The text itself as a noun: what leaked instructions and rewriting notes talk about. */
const TEXT_NOUN = {
  en: '(?:text|article|content|copy|paragraphs?|passage|draft|post|blog post|piece|essay|headlines?|title|intro(?:duction)?|conclusion|summary|sentences?|version|press release|news story|response|output|rewrite)',
  es: '(?:texto|artículo|contenido|párrafos?|pasaje|borrador|publicación|entrada|nota|titular|título|introducción|conclusión|resumen|frases?|oraciones?|versión|comunicado|noticia|respuesta)',
  fr: '(?:texte|article|contenu|paragraphes?|passage|brouillon|billet|publication|titre|introduction|conclusion|résumé|phrases?|version|communiqué|réponse)',
  de: '(?:Text(?:es)?|Artikels?|Inhalts?|Inhalte?|Absatz|Absätze|Abschnitts?|Passage|Entwurfs?|Beitrags?|Überschrift|Titel|Einleitung|Fazit|Zusammenfassung|Sätze|Satz|Version|Fassung|Pressemitteilung|Meldung|Antwort)',
  pt: '(?:texto|artigo|conteúdo|parágrafos?|passagem|rascunho|publicação|post|matéria|título|manchete|introdução|conclusão|resumo|frases?|versão|comunicado|notícia|resposta)',
  zh: '(?:文章|内容|文本|段落|新闻稿|稿件|标题|正文|全文|原文|这段话)',
};
const ANY_TEXT_NOUN = alt(TEXT_NOUN.en, TEXT_NOUN.es, TEXT_NOUN.fr, TEXT_NOUN.de, TEXT_NOUN.pt);

/**
 * The text itself with a determiner, and not "the text of the ordinance": a genitive to anything
 * but another text noun makes it some other document, which journalism rewrites and translates.
 */
function textSelf(strict: boolean): RegExp {
  const en = strict ? 'this|these|following|above|below|provided|given|original' : 'the|this|these|that|my|following|above|below|provided|given|original';
  const es = strict ? 'este|esta|estos|estas' : 'el|la|los|las|este|esta|estos|estas|mi|del|al';
  const fr = strict ? 'ce|cet|cette|ces' : 'le|la|les|ce|cet|cette|ces|mon|ma|du|au|des';
  const de = strict ? 'diesen|dieser|dieses|diesem|diese' : 'den|der|die|das|dem|des|diesen|dieser|dieses|diesem|diese|meinen';
  const pt = strict ? 'este|esta|estes|estas|esse|essa' : 'o|a|os|as|este|esta|estes|estas|esse|essa|meu|minha|do|da|no|na';
  return re(
    alt(
      `${WB}(?:${en})(?: (?:following|above|below|provided|given|original|entire|whole|same|previous|full))* ${TEXT_NOUN.en}${WE}(?! (?:of|from|by) (?!(?:the|this) ${TEXT_NOUN.en}))`,
      `${WB}the (?:following|above|below) ${TEXT_NOUN.en}${WE}`,
      `${WB}(?:the )?(?:following|above|below)(?= ?[:：]|\\s*$)`,
      `${WB}(?:${es})(?: (?:siguiente|anterior|presente|original|mism[oa]))? ${TEXT_NOUN.es}(?: (?:siguiente|anterior|original|proporcionad[oa]|dad[oa]|de arriba|de abajo))?${WE}(?! (?:de|del) (?!(?:este|esta|el|la) ${TEXT_NOUN.es}))`,
      `${WB}(?:el|la|los|las) ${TEXT_NOUN.es} (?:siguiente|anterior|de arriba|de abajo|proporcionad[oa])${WE}`,
      `${WB}lo (?:siguiente|anterior)${WE}`,
      `(?:${WB}(?:${fr}) (?:présente? )?${strict ? '' : `|${WB}[ld]${AP}`})${TEXT_NOUN.fr}(?: (?:suivante?s?|ci-dessous|ci-dessus|précédente?|originale?|fournie?))?${WE}(?! (?:de|du|des|d${AP}) ?(?!(?:cet|cette|ce|l${AP}|la|le) ?${TEXT_NOUN.fr}))`,
      `(?:${WB}(?:le|la|les) |${WB}l${AP})${TEXT_NOUN.fr} (?:suivante?s?|ci-dessous|ci-dessus)${WE}`,
      `${WB}(?:ce qui suit|ci-dessous|ci-dessus)${WE}`,
      `${WB}(?:${de})(?: (?:folgenden|obigen|vorliegenden|gesamten|ganzen|ursprünglichen|originalen|gegebenen|bereitgestellten|untenstehenden|obenstehenden))? ${TEXT_NOUN.de}${WE}(?! (?:der|des|von) (?!(?:diese[sn]?|de[sr]) ${TEXT_NOUN.de}))`,
      `${WB}(?:den|der|die|das|dem|des) (?:folgenden|obigen|vorliegenden|untenstehenden|obenstehenden) ${TEXT_NOUN.de}${WE}`,
      `${WB}(?:Folgendes|das Folgende)${WE}`,
      `${WB}(?:${pt})(?: (?:seguinte|presente|original|mesm[oa]))? ${TEXT_NOUN.pt}(?: (?:seguinte|acima|abaixo|original|fornecid[oa]|dad[oa]))?${WE}(?! (?:de|do|da|dos|das) (?!(?:este|esta|o|a) ${TEXT_NOUN.pt}))`,
      `${WB}(?:o|a|os|as) (?:seguinte )?${TEXT_NOUN.pt} (?:seguinte|acima|abaixo|fornecid[oa])${WE}`,
      `${WB}o seguinte${WE}`,
      `(?:以下|下面|上述|上面|这篇|这段|该|本${strict ? '' : '|原'})(?:的)?${TEXT_NOUN.zh}`,
    ),
  );
}

/** The text itself with any determiner ("rewrite the article"): read after an imperative. */
export const TEXT_SELF = textSelf(false);
/** The text itself with a demonstrative ("this article", "the following text"): a sentence about the page. */
export const TEXT_THIS = textSelf(true);

/** Words of a content brief: keywords, SEO, word counts, tone, plagiarism, passing AI detectors. */
export const PROMPT_CUE = re(
  alt(
    `${WB}(?:keywords?|key ?phrases?|SEO|search engine optimi[sz]ation|meta (?:description|title)|word count|\\p{N}+(?:[-–]\\p{N}+)?[- ]words?|(?:journalistic|formal|informal|casual|engaging|conversational|professional|neutral|friendly|persuasive|humorous|authoritative|objective) (?:tone|style|voice)|tone of voice|(?:written|told) in (?:an? )?(?:[\p{L}.]+ ){0,3}(?:style|tone|voice)|plagiarism(?:-free)?|unique content|undetectable|human-like|humani[sz]ed?|sound (?:more )?(?:human|natural)|AI detect(?:ors?|ion)|(?:H[1-6]|sub) ?headings?|subheadings?|bullet points|call to action|readability score|rank (?:on|in|higher on) Google)${WE}`,
    `${WB}(?:palabras? clave|meta ?descripción|\\p{N}+ palabras|tono (?:periodístico|formal|informal|profesional|neutral|cercano|persuasivo|atractivo)|plagio|contenido único|indetectable|subtítulos|viñetas|detectores? de IA)${WE}`,
    `${WB}(?:mots?[- ]clés?|méta[- ]?description|\\p{N}+ mots|ton (?:journalistique|formel|informel|professionnel|neutre|engageant|persuasif)|plagiat|contenu unique|indétectable|intertitres|détecteurs? d${AP}IA)${WE}`,
    `${WB}(?:Schlüsselw(?:ö|o)rt(?:er|e)?|Keywords?|Meta-?Beschreibung|\\p{N}+ Wörter(?:n)?|(?:journalistischen|sachlichen|formellen|lockeren|professionellen|neutralen) (?:Ton|Stil)|Plagiat|einzigartig|nicht als Kopie|Zwischenüberschriften|Stichpunkte|KI-Detektor(?:en)?)${WE}`,
    `${WB}(?:palavras?[- ]chaves?|meta ?descrição|\\p{N}+ palavras|tom (?:jornalístico|formal|informal|profissional|neutro|envolvente|persuasivo)|plágio|conteúdo único|indetectável|detectores? de IA)${WE}`,
    '关键词|SEO|字数|\\p{N}+字|语气|口吻|伪原创|查重|降重|小标题',
  ),
);

/** What a rewrite is for: a tone, a language, keeping the meaning — the brief of a rewrite. */
export const REWRITE_GOAL = re(
  alt(
    `${WB}(?:to (?:be|make it|sound|read|improve|enhance|avoid|ensure|fit|match|meet|pass)|in (?:a|an) (?:more )?\\p{L}+ (?:tone|style|voice|manner|way)|for (?:clarity|readability|SEO|flow|uniqueness|originality|conciseness|engagement)|while (?:keeping|maintaining|preserving|retaining)|so (?:that )?it (?:is|sounds|reads|looks|seems|passes)|in (?:plain|simple|simpler|clear|British|American)? ?(?:English|Spanish|French|German|Portuguese|Chinese)|into (?:English|Spanish|French|German|Portuguese|Chinese)|in (?:your|my) own words)${WE}`,
    `${WB}(?:para que (?:parezca|suene|sea)|con (?:un )?tono|de (?:forma|manera) (?:más )?\\p{L}+|con (?:tus|sus) propias palabras|manteniendo|sin perder|(?:al|en) (?:inglés|español|francés|alemán|portugués|chino))${WE}`,
    `${WB}(?:pour qu${AP}(?:il|elle) (?:semble|paraisse|soit)|(?:sur|avec) un ton|de (?:manière|façon) (?:plus )?\\p{L}+|avec (?:tes|vos) propres mots|en (?:gardant|conservant)|sans perdre|en (?:anglais|espagnol|allemand|portugais|chinois|français))${WE}`,
    `${WB}(?:so um|so,? dass|damit (?:er|sie|es)|in einem \\p{L}+ (?:Ton|Stil)|mit eigenen Worten|ins (?:Englische|Deutsche|Spanische|Französische|Portugiesische|Chinesische)|auf (?:Englisch|Deutsch|Spanisch|Französisch))${WE}`,
    `${WB}(?:para que (?:pareça|soe|seja)|com (?:um )?tom|de (?:forma|maneira) (?:mais )?\\p{L}+|com (?:suas|tuas) próprias palavras|mantendo|sem perder|para o (?:inglês|português|espanhol|francês|alemão)|em (?:inglês|português|espanhol|francês|alemão))${WE}`,
    '使其|让它|使之|保持原意|不改变原意|成(?:英文|中文|英语)|为(?:英文|中文|英语)',
  ),
);

/** The reader's own things: "optimise your content" is advice to the reader, not a leaked prompt. */
export const ADVICE = new RegExp(
  // Case-sensitive: the German noun "Ton" (tone) is not the French "ton" (your), and "ihr" (her) is not "Ihr" (your).
  `${WB}(?:[Yy]our|[Yy]ours|[Tt]us?|[Vv]otre|[Vv]os|ton|ta|tes|[Dd]ein(?:e[nmrs]?)?|Ihr(?:e[nmrs]?)?|[Ss]eus?|[Ss]uas?|[Tt]eu|[Tt]ua)${WE}|你的|您的`,
  'u',
);

/** Asking to be helped or answered: addressed to the requester of the text. */
export const ADDRESSEE = re(
  alt(
    `${WB}(?:as (?:you )?(?:requested|asked|instructed)(?! by)|per your (?:request|instructions)|you (?:provided|gave|shared|sent|pasted|supplied|submitted|uploaded|requested|asked for)|your (?:request|instructions|prompt))${WE}`,
    `${WB}(?:como (?:me )?(?:pediste|solicitaste|pidió|solicitó)|según (?:tus|sus) instrucciones|que (?:me )?(?:proporcionaste|diste|enviaste|compartiste)|tu (?:solicitud|petición))${WE}`,
    `${WB}(?:comme (?:tu me l${AP}as|vous me l${AP}avez) demandé|(?:selon|conformément à) (?:tes|vos) (?:instructions|consignes)|que (?:tu m${AP}as|vous m${AP}avez) (?:fourni|donné|envoyé|transmis)|(?:ta|votre) (?:demande|requête))${WE}`,
    `${WB}(?:wie (?:gewünscht|verlangt|angefordert)|(?:deiner|Ihrer) (?:Anfrage|Anweisung|Bitte)|(?:den|die|das) (?:du|Sie) mir (?:gegeben|geschickt|gesendet))${WE}`,
    `${WB}(?:como (?:você )?(?:solicitou|pediu)|conforme (?:solicitado|(?:suas|tuas) instruções)|que você (?:forneceu|enviou|compartilhou|deu)|(?:sua|tua) (?:solicitação))${WE}`,
    '(?:按照|根据)(?:你|您)的(?:要求|指示|需求)|(?:你|您)(?:提供|给出|发送)的|如(?:你|您)所(?:要求|需)',
  ),
);

/** Openers of an instruction: "please", "now", or a label such as "Prompt:" or "Instructions:". */
const INSTRUCTION_PREFIX = String.raw`^\s*(?:(?:(?:please|now|then|also|next|finally|first|por favor|ahora|luego|además|s${AP}il (?:te|vous) pla[iî]t|maintenant|ensuite|bitte|jetzt|dann|außerdem|agora|depois|请|现在|然后)[,:]?\s*|(?:prompt|instructions?|system prompt|task|note to (?:the )?(?:writer|editor|AI)|instrucciones?|tarea|consigne|tâche|Anweisung(?:en)?|Aufgabe|instruções|instrução|tarefa|提示词?|指令|任务|要求)\s*[:：]\s*))*`;

/** Imperatives of writing: rewrite, paraphrase, translate, write — in the form used to address a writer. */
const WRITE_IMPERATIVE = alt(
  'rewrite', 're-write', 'paraphrase', 'rephrase', 'reword', 'translate', 'summari[sz]e', 'write', 'draft', 'compose', 'generate', 'create', 'produce', 'revise', 'polish', 'shorten', 'condense', 'expand', 'optimi[sz]e', 'humani[sz]e', 'spin', 'proofread', 'simplify', 'restructure', 'convert', 'adapt',
  'reescribe', 'reescriba', 'reescribir', 'parafrasea', 'parafrasee', 'parafrasear', 'reformula', 'reformule', 'reformular', 'traduce', 'traduzca', 'traducir', 'resuma', 'resumir', 'escribe', 'escriba', 'escribir', 'redacta', 'redacte', 'redactar', 'genera', 'genere', 'generar', 'crea', 'cree', 'crear', 'revisa', 'mejora', 'mejore', 'acorta', 'acorte', 'amplía', 'amplíe', 'optimiza', 'optimice', 'simplifica', 'simplifique', 'convierte', 'convierta', 'adapta', 'adapte',
  'réécris', 'réécrivez', 'réécrire', 'reformulez', 'reformuler', 'paraphrasez', 'paraphraser', 'traduis', 'traduisez', 'traduire', 'résume', 'résumez', 'résumer', 'écris', 'écrivez', 'écrire', 'rédige', 'rédigez', 'rédiger', 'génère', 'générez', 'crée', 'créez', 'révise', 'révisez', 'améliore', 'améliorez', 'raccourcis', 'raccourcissez', 'optimise', 'optimisez', 'simplifie', 'simplifiez', 'transforme', 'transformez', 'adaptez',
  'schreibe', 'schreib', 'schreiben Sie', 'formuliere', 'formulieren Sie', 'übersetze', 'übersetzen Sie', 'fasse', 'fassen Sie', 'verfasse', 'verfassen Sie', 'erstelle', 'erstellen Sie', 'generiere', 'generieren Sie', 'überarbeite', 'überarbeiten Sie', 'verbessere', 'verbessern Sie', 'kürze', 'kürzen Sie', 'optimiere', 'optimieren Sie', 'paraphrasiere', 'vereinfache', 'vereinfachen Sie', 'korrigiere', 'wandle', 'wandeln Sie',
  'reescreva', 'reescrever', 'parafraseie', 'parafrasear', 'reformular', 'traduza', 'traduzir', 'resumir', 'escreva', 'escrever', 'redija', 'redigir', 'gere', 'gerar', 'crie', 'criar', 'melhore', 'encurte', 'otimize', 'transforme',
);
const WRITE_IMPERATIVE_ZH = '(?:改写|重写|翻译|润色|总结|概括|撰写|写一篇|生成|扩写|缩写|仿写|洗稿|编写|创作|优化)';

/** Imperatives that instruct only with a brief: add, remove, keep, avoid, make sure. */
const EDIT_IMPERATIVE = alt(
  'add', 'include', 'insert', 'incorporate', 'use', 'remove', 'delete', 'omit', 'strip', 'keep', 'avoid', 'ensure', 'make sure', 'be sure', 'make', 'do not', `don${AP}t`, 'never', 'mention', 'replace',
  'añade', 'añada', 'agrega', 'agregue', 'incluye', 'incluya', 'inserta', 'inserte', 'usa', 'utiliza', 'utilice', 'elimina', 'elimine', 'quita', 'quite', 'borra', 'borre', 'omite', 'omita', 'mantén', 'mantenga', 'evita', 'evite', 'asegúrate', 'asegúrese', 'no menciones', 'no mencione', 'no incluyas', 'haz', 'haga', 'reemplaza', 'sustituye',
  'ajoute', 'ajoutez', 'inclus', 'incluez', 'insère', 'insérez', 'utilise', 'utilisez', 'supprime', 'supprimez', 'retire', 'retirez', 'enlève', 'enlevez', 'omets', 'omettez', 'garde', 'gardez', 'conserve', 'conservez', 'évite', 'évitez', 'assure-toi', 'assurez-vous', 'ne mentionne pas', 'ne mentionnez pas', 'fais', 'faites', 'remplace', 'remplacez',
  'füge', 'fügen Sie', 'verwende', 'verwenden Sie', 'nutze', 'nutzen Sie', 'entferne', 'entfernen Sie', 'lösche', 'löschen Sie', 'streiche', 'streichen Sie', 'lass', 'lasse', 'lassen Sie', 'behalte', 'behalten Sie', 'vermeide', 'vermeiden Sie', 'achte', 'achten Sie', 'erwähne', 'erwähnen Sie', 'ersetze', 'ersetzen Sie', 'baue', 'bauen Sie', 'mache', 'mach', 'machen Sie',
  'adicione', 'acrescente', 'inclua', 'insira', 'utilize', 'remova', 'apague', 'mantenha', 'certifique-se', 'não mencione', 'não inclua', 'faça', 'substitua',
);
const EDIT_IMPERATIVE_ZH = '(?:加入|插入|包含|使用|删除|删去|去掉|去除|保留|避免|确保|不要提及|不要提到|替换)';

/** An instruction: a writing imperative opening the sentence (after "please" or a label). */
export const WRITE_INSTRUCTION = re(`${INSTRUCTION_PREFIX}(?:${WB}${WRITE_IMPERATIVE}${WE}|${WRITE_IMPERATIVE_ZH})`);
export const EDIT_INSTRUCTION = re(`${INSTRUCTION_PREFIX}(?:${WB}${EDIT_IMPERATIVE}${WE}|${EDIT_IMPERATIVE_ZH})`);

/** What an edit instruction strips or adds, with "all": sources, names, references, links. */
export const ALL_SOURCES = re(
  alt(
    `${WB}(?:all|any|every) (?:the )?(?:sources?|names?|attributions?|references?|citations?|links?|quotes?|brand names?|bylines?|mentions?)${WE}`,
    `${WB}(?:todas? (?:las |los )?|cualquier )(?:fuentes?|nombres?|referencias?|citas?|enlaces?|menciones)${WE}`,
    `${WB}(?:toutes? (?:les )?|tous (?:les )?)(?:sources?|noms?|références?|citations?|liens?|mentions?)${WE}`,
    `${WB}(?:alle|sämtliche|jegliche) (?:Quellen(?:angaben)?|Namen|Verweise|Zitate|Links|Erwähnungen|Quellenangaben)${WE}`,
    `${WB}(?:todas? (?:as |os )?|quaisquer )(?:fontes?|nomes?|referências?|citações?|links?|menções)${WE}`,
    '(?:所有|全部)(?:的)?(?:来源|出处|姓名|名字|引用|链接)',
  ),
);

/** A role given to the model: "You are an expert SEO copywriter", "Act as a journalist". */
export const ROLE_PROMPT = re(
  String.raw`^\s*(?:you are|act as|imagine you are|pretend (?:to be|you are)|eres|actúa como|tu es|vous êtes|agis comme|agissez comme|du bist|Sie sind|agiere als|handle als|você é|aja como|atue como|你是|假设你是|请扮演|扮演)\s*(?:an? |un |una |une |ein |eine |einen |um |uma |一名|一位|一个)?(?:(?:expert|professional|experienced|skilled|seasoned|senior|world-class|helpful|experto|experta|profesional|expérimentée?|professionnelle?|erfahrener?|professioneller?|especialista|experiente|资深|专业)\s*)*(?:SEO |de SEO |en SEO )?(?:journalist|writer|copywriter|content writer|editor|reporter|blogger|news writer|ghostwriter|periodista|redactora?|escritora?|journaliste|rédact(?:eur|rice)|Journalist(?:in)?|Redakteur(?:in)?|Texter(?:in)?|Autor(?:in)?|jornalista|redatora?|记者|编辑|写手|作家|文案)${WE}`,
);

/** "Your task is to rewrite…": a task handed to a writer. */
export const TASK_PROMPT = re(
  `^\\s*(?:your task is to|tu tarea (?:es|consiste en)|ta tâche (?:est|consiste à) (?:de )?|votre tâche (?:est|consiste à) (?:de )?|deine Aufgabe ist (?:es,? )?|Ihre Aufgabe ist (?:es,? )?|sua tarefa é|你的任务是|您的任务是)\\s*(?:${WB}${WRITE_IMPERATIVE}|${WRITE_IMPERATIVE_ZH})`,
);

/** The text itself + must/should + a brief: "The article should be 800 words and include…". */
export const TEXT_MUST = re(
  `(?:${WB}(?:should|must|needs? to|has to|have to|debe|deberá|tiene que|doit|devra|soll|sollte|muss|deve|deverá|precisa)${WE}|应该|必须|需要)`,
);

/** Labels of an SEO form left in the text: "Meta description:", "Focus keyword:". */
export const SEO_LABEL = re(
  String.raw`^\s*(?:meta description|meta title|SEO title|focus (?:keyword|keyphrase)|target keywords?|primary keyword|meta descripción|palabra clave (?:principal|objetivo)|título SEO|méta-description|mot-clé principal|Meta-Beschreibung|Fokus-Keyword|SEO-Titel|meta descrição|palavra-chave (?:principal|foco)|元描述|SEO标题|核心关键词)\s*[:：]`,
);

/** "Here is…" in the languages read: a chatbot handing over its result. */
const HERE_IS = String.raw`(?:here(?:${AP}s| is| are)|below (?:is|are)|the following is|aquí (?:está|tienes|tiene|va|te dejo)|a continuación(?:,)? (?:te )?(?:presento|tienes|encontrarás)|te dejo|voici|voilà|ci-dessous|hier (?:ist|sind|kommt)|nachfolgend (?:findest du|finden Sie)|aqui (?:está|estão|vai)|segue(?:m)?|abaixo (?:está|segue)|以下是|下面是|这是)`;
/** Participles and adjectives that mark a text as the result of a rewrite. */
const REWRITTEN = String.raw`(?:rewritten|re-written|reworded|rephrased|paraphrased|humani[sz]ed|spun|SEO[- ]optimi[sz]ed|SEO[- ]friendly|plagiarism[- ]free|unique|\p{N}+[- ]word|more (?:engaging|concise|formal|professional|readable|natural)|polished|improved|refined|optimi[sz]ed|reescrit[oa]|parafrasead[oa]|reformulad[oa]|optimizad[oa]|humanizad[oa]|mejorad[oa]|réécrite?|reformulée?|paraphrasée?|optimisée?|améliorée?|humanisée?|umgeschrieben(?:e[nmrs]?)?|umformuliert(?:e[nmrs]?)?|überarbeitet(?:e[nmrs]?)?|optimiert(?:e[nmrs]?)?|verbessert(?:e[nmrs]?)?|reescrit[oa]|otimizad[oa]|melhorad[oa])`;
/** "Here is the rewritten article", "Here's the text rewritten in plain English", "Voici votre texte". */
export const HANDOVER = re(
  alt(
    String.raw`^\s*(?:(?:certainly|sure|of course|absolutely|okay|ok|alright|claro|por supuesto|bien sûr|natürlich|gerne|com certeza|当然(?:可以)?|好的)\s*[!！,，.:]?\s*)?${HERE_IS}\s*(?:\p{L}+ ){0,3}?${REWRITTEN}(?: ${ANY_TEXT_NOUN})?${WE}`,
    String.raw`^\s*${HERE_IS} (?:(?:the|a|an|el|la|le|l${AP}|der|die|das|den|o|a) ?)?${ANY_TEXT_NOUN} ${REWRITTEN}${WE}`,
    String.raw`^\s*${HERE_IS} (?:your|tu|su|votre|ton|ta|dein(?:en)?|Ihr(?:en)?|seu|sua) (?:\p{L}+ )?(?:article|text|content|draft|blog post|paragraph|copy|rewrite|essay|artículo|texto|contenido|borrador|texte|article|contenu|brouillon|Text|Artikel|Entwurf|artigo|texto|conteúdo|rascunho)${WE}`,
    String.raw`^\s*(?:以下是|下面是)(?:改写|重写|润色|优化|修改|翻译|降重|伪原创)后的`,
    String.raw`^\s*(?:certainly|sure|of course|absolutely|okay|ok|alright|claro|por supuesto|bien sûr|natürlich|gerne|com certeza|当然(?:可以)?|好的)\s*[!！,，.:—–-]+\s*${HERE_IS}\s*(?:[\p{L}\p{N}-]+ ){0,6}?${ANY_TEXT_NOUN}${WE}`,
  ),
);

/** "Here's a 650-word article on …": a generated piece handed over, told apart by its brief (PROMPT_CUE). */
export const HERE_TEXT = re(String.raw`^\s*${HERE_IS}\s*(?:[\p{L}\p{N}-]+ ){0,6}?${ANY_TEXT_NOUN}${WE}`);

/** A gerund or noun of rewriting opening a heading or a clause: "Rewriting the content in English:", "…, reescribiendo el contenido en inglés:". */
export const REWRITING_HEADING = re(
  String.raw`(?:^\s*|[,;—–]\s*)(?:rewriting|re-writing|paraphrasing|rephrasing|rewording|translating|summari[sz]ing|optimi[sz]ing|humani[sz]ing|spinning|polishing|reescribiendo|parafraseando|reformulando|traduciendo|optimizando|reescritura|réécriture|reformulation|réécrivant|reformulant|traduisant|Umschreiben|Umformulierung|Neuformulierung|Umschreibung|reescrevendo|parafraseando|traduzindo|otimizando|改写|重写|润色)${WE}`,
);

/** The writer narrating what they did to the text: "I've rewritten…", "He reescrito…", "我已将文章改写…". */
export const FIRST_PERSON_EDIT = re(
  alt(
    `${WB}(?:I|we)(?:${AP}ve| have| had)? (?:(?:also|now|just|carefully|naturally|successfully|seamlessly) )*(?:rewritten|rewrote|re-written|paraphrased|rephrased|reworded|spun|humani[sz]ed|optimi[sz]ed|incorporated|integrated|included|inserted|added|removed|omitted|stripped|translated|summari[sz]ed|condensed|expanded|shortened|revised|restructured|polished|simplified|adjusted|tailored|tweaked|kept|maintained|made|used|written|wrote|created|crafted|drafted)${WE}`,
    `${WB}(?:he|hemos) (?:reescrito|parafraseado|reformulado|traducido|resumido|optimizado|incluido|incorporado|añadido|agregado|eliminado|suprimido|mantenido|redactado|escrito|creado|adaptado|mejorado|humanizado|ajustado|simplificado)${WE}`,
    `${WB}(?:reescribí|parafraseé|reformulé|traduje|resumí|optimicé|incluí|incorporé|añadí|agregué|eliminé|mantuve|redacté|escribí|adapté|mejoré)${WE}`,
    `${WB}(?:j${AP}ai|nous avons) (?:réécrit|reformulé|paraphrasé|traduit|résumé|optimisé|inclus|intégré|ajouté|supprimé|retiré|conservé|rédigé|écrit|créé|adapté|amélioré|humanisé|ajusté|simplifié)${WE}`,
    `${WB}(?:ich|wir) (?:habe|haben) [^.!?]{0,60}?(?:umgeschrieben|umformuliert|übersetzt|zusammengefasst|optimiert|eingefügt|eingebaut|integriert|hinzugefügt|entfernt|gelöscht|beibehalten|verfasst|geschrieben|erstellt|angepasst|verbessert|vereinfacht|überarbeitet)${WE}`,
    `${WB}(?:(?:eu )?(?:reescrevi|parafraseei|reformulei|traduzi|resumi|otimizei|incluí|incorporei|adicionei|removi|eliminei|mantive|redigi|escrevi|criei|adaptei|melhorei|humanizei|ajustei|simplifiquei)|(?:tenho|temos) (?:reescrito|reformulado|traduzido|incluído|incorporado|adicionado|removido))${WE}`,
    '(?:我|我们)(?:已(?:经)?)?(?:按照[^。]{0,12})?(?:将|把)?[^。]{0,20}?(?:改写|重写|润色|翻译|优化|加入|插入|删除|去掉)',
  ),
);

/** Verbs whose object, once rewritten, is a spun text: journalism updates and condenses, it does not paraphrase itself. */
export const REWRITE_VERB = re(
  `${WB}(?:rewritten|rewrote|re-written|paraphrased|rephrased|reworded|spun|humani[sz]ed|reescrit[oa]|parafrasead[oa]|reformulad[oa]|réécrite?|reformulée?|paraphrasée?|umgeschrieben|umformuliert|paraphrasiert|reescrit[oa]|parafrasead[oa])${WE}|改写|重写|洗稿|伪原创`,
);

/** An AI speaking of itself, with a first-person word in the same sentence. */
const AI_NOUN_EN = String.raw`(?:(?:large )?language model|LLM|AI(?: (?:language )?model| assistant| chatbot| system)?|artificial intelligence(?: (?:language )?model| assistant)?|chatbot|virtual assistant|text-based AI)`;
/** After "as an AI": a comma or "developed by", never "AI researcher". */
const AI_NOUN_END = String.raw`(?=\s*(?:[,.;:!—–]|$)|\s+(?:developed|created|trained|made|built|designed|by|from|and|I|je|yo|ich|eu|我)${WE})`;
export const AI_SELF: RegExp[] = [
  re(String.raw`${WB}as an? ${AI_NOUN_EN}${AI_NOUN_END}[^.!?]{0,80}${WB}(?:I|I${AP}m|my|me)${WE}`),
  re(String.raw`${WB}I(?:${AP}m| am) (?:just |only |merely |simply )?an? ${AI_NOUN_EN}${AI_NOUN_END}`),
  re(String.raw`${WB}I (?:don${AP}t|do not) have (?:personal (?:opinions|feelings|emotions|beliefs|preferences|experiences)|(?:emotions|consciousness) (?:or|and|like))`),
  re(String.raw`${WB}como (?:un |una )?(?:modelo de (?:lenguaje|IA|inteligencia artificial)|asistente (?:de IA|virtual)|IA|inteligencia artificial)(?=\s*,)[^.!?]{0,80}${WB}(?:no puedo|no tengo|puedo|mi|mis|me|soy|estoy)${WE}`),
  re(String.raw`${WB}soy (?:solo |sólo |simplemente )?(?:un |una )(?:modelo de lenguaje|inteligencia artificial|IA|asistente (?:de IA|virtual))${AI_NOUN_END}|${WB}no tengo (?:opiniones|sentimientos|emociones|creencias) personales${WE}`),
  re(String.raw`${WB}en tant qu${AP}(?:IA|intelligence artificielle|assistant (?:IA|d${AP}IA|virtuel)|modèle de langage)(?=\s*,)[^.!?]{0,80}${WB}(?:je|j${AP}|mon|ma|mes|me|m${AP})|${WB}je suis (?:juste |seulement |simplement )?(?:un |une )(?:IA|intelligence artificielle|modèle de langage|assistant (?:IA|virtuel))${AI_NOUN_END}|${WB}je n${AP}ai pas d${AP}(?:opinions?|émotions|sentiments|avis) personnel(?:le)?s?${WE}`),
  re(String.raw`${WB}als (?:eine? )?(?:KI|künstliche Intelligenz|KI-Sprachmodell|Sprachmodell|KI-Assistent|virtueller Assistent)(?=\s*,|\s+(?:kann|habe|bin|darf|werde|möchte)\s+ich${WE})[^.!?]{0,80}${WB}(?:ich|mein|meine|mir|mich)${WE}|${WB}ich bin (?:nur |lediglich |bloß )?(?:eine? )(?:KI|künstliche Intelligenz|KI-Sprachmodell|Sprachmodell|KI-Assistent)${AI_NOUN_END}|${WB}ich habe keine (?:persönlichen|eigenen) (?:Meinungen|Gefühle|Ansichten|Emotionen)${WE}`),
  re(String.raw`${WB}como (?:um |uma )?(?:modelo de (?:linguagem|IA)|assistente (?:de IA|virtual)|IA|inteligência artificial)(?=\s*,)[^.!?]{0,80}${WB}(?:não posso|não tenho|posso|meu|minha|me|sou|estou)${WE}|${WB}sou (?:apenas |só )?(?:um |uma )(?:modelo de linguagem|inteligência artificial|IA|assistente (?:de IA|virtual))${AI_NOUN_END}|${WB}não tenho (?:opiniões|sentimentos|emoções|crenças) pessoais${WE}`),
  re('作为(?:一个|一名|一款)?(?:AI|人工智能)?(?:语言模型|AI助手|人工智能助手|聊天机器人|大模型)|作为(?:一个|一名)?(?:AI|人工智能)[，,][^。！？]{0,40}我|我(?:是|只是)(?:一个|一款)?(?:AI|人工智能)(?:语言模型|助手|模型)?[，,。]|我没有(?:个人)?(?:观点|情感|感情|意见)'),
];

/** Refusals: the model declining the request it was given. */
export const REFUSAL: RegExp[] = [
  re(String.raw`${WB}I(?:${AP}m| am) sorry,? but I (?:can(?:not|${AP}t)|am (?:unable|not able) to|won${AP}t|will not) (?:help|assist|fulfil+|comply|provide|generate|create|write|produce|complete|engage|browse|access|do that)${WE}|${WB}I (?:can(?:not|${AP}t)|am (?:unable|not able) to|won${AP}t|will not) (?:fulfil+|comply with|complete|process|help (?:you )?with|assist (?:you )?with) (?:this|that|your|the) (?:request|query|task|prompt)${WE}|${WB}I (?:can(?:not|${AP}t)) (?:assist|help) with that(?=\s*[.!]|\s*$)`),
  re(String.raw`${WB}(?:lo siento|disculpa|lamentablemente)[^.!?]{0,12}no puedo (?:ayudar|ayudarte|asistir|cumplir|proporcionar|generar|crear|escribir|completar|realizar|acceder)${WE}|${WB}no puedo (?:cumplir|atender|completar|procesar|ayudarte con) (?:esta|esa|tu|su) (?:solicitud|petición|consulta|tarea)${WE}`),
  re(String.raw`${WB}(?:désolée?|je suis désolée?|je m${AP}excuse)[^.!?]{0,12}je ne (?:peux |suis pas en mesure d(?:e |${AP}))(?:pas )?(?:vous |t${AP})?(?:aider|répondre|fournir|générer|créer|écrire|satisfaire|accéder|donner)|${WB}je ne (?:peux|suis pas en mesure de) (?:pas )?(?:répondre à|satisfaire|traiter|accéder à) (?:cette|votre|ta) (?:demande|requête)${WE}`),
  re(String.raw`${WB}(?:es tut mir leid|entschuldigung)[^.!?]{0,12}(?:aber )?(?:ich kann|kann ich) (?:dir |Ihnen )?(?:dabei |hierbei |bei dieser Anfrage )?(?:nicht|keine)${WE}|${WB}ich kann (?:diese|deine|Ihre) (?:Anfrage|Aufgabe|Bitte) nicht${WE}`),
  re(String.raw`${WB}(?:desculpe|sinto muito|lamento)[^.!?]{0,12}não (?:posso|consigo) (?:ajudar|atender|cumprir|fornecer|gerar|criar|escrever|acessar)${WE}|${WB}não posso (?:atender|cumprir|completar|processar) (?:esta|essa|sua|tua) (?:solicitação|pedido|tarefa)${WE}`),
  re('(?:抱歉|对不起|很遗憾)[，,]?(?:但)?我(?:无法|不能|没办法)(?:提供|完成|满足|协助|帮助|回答|生成|撰写|访问)|我(?:无法|不能)(?:满足|完成)(?:你|您)的(?:请求|要求)'),
];

/** Knowledge cut-offs and no live access: a model dating its own training. */
export const CUTOFF: RegExp[] = [
  re(String.raw`${WB}my (?:knowledge|training)(?: data)? (?:cut-?off|cutoff|only goes|extends|ends|is (?:current|limited))|${WB}as of my (?:last|latest|most recent) (?:knowledge |training )?(?:update|training|cut-?off)(?: in| \(|,)|${WB}my training data${WE}|${WB}I (?:don${AP}t|do not|cannot|can${AP}t) (?:have )?(?:access (?:to )?)?(?:real-time|live|current|up-to-date) (?:information|data|news|events|updates|market data)|${WB}I (?:cannot|can${AP}t|am unable to) browse the (?:internet|web)|${WB}I (?:don${AP}t|do not) have (?:the ability to )?(?:browse|access) (?:the )?(?:internet|web)${WE}`),
  re(String.raw`${WB}(?:mi (?:fecha de )?corte de conocimientos?|hasta mi última actualización|mis datos de entrenamiento|no tengo acceso a (?:información|datos) en tiempo real)${WE}`),
  re(String.raw`${WB}(?:ma date (?:limite|de coupure) (?:de|des) connaissances?|(?:lors de|à) ma dernière mise à jour|mes données d${AP}entraînement|je n${AP}ai pas accès (?:à des|aux) (?:informations|données) en temps réel)${WE}`),
  re(String.raw`${WB}(?:mein(?:em)? Wissensstand|Stand meines Wissens|meine Trainingsdaten|ich habe keinen Zugriff auf (?:Echtzeit|aktuelle)\p{L}*)${WE}`),
  re(String.raw`${WB}(?:minha data de corte|até minha última atualização|meus dados de treinamento|não tenho acesso a (?:informações|dados) em tempo real)${WE}`),
  re('我的(?:知识|训练数据)(?:截止|更新|截至)|截至我的(?:知识|训练)|我无法(?:访问|获取)(?:实时|最新|互联网)'),
];

/** Offers of more help that close a chatbot's answer. */
export const FOLLOW_UP: RegExp[] = [
  re(String.raw`${WB}(?:would|do) you (?:like|want) me to${WE}|${WB}shall I (?:also )?(?:write|rewrite|draft|create|add|expand|generate|make|provide|include|adjust|translate|summari[sz]e|continue|elaborate|revise|tailor|prepare|produce)${WE}|${WB}let me know if you(?:${AP}d| would)? (?:like|want|need|prefer) (?:me to|any (?:changes|adjustments|modifications|revisions|edits|tweaks|further|additional|more)|(?:further|additional|more) (?:changes|adjustments|modifications|revisions|details|information|help|assistance|examples)|anything else|a (?:different|shorter|longer|revised)|(?:it|this) (?:adjusted|expanded|shortened|revised|rewritten|translated|changed))|${WB}if you(?:${AP}d| would) like,? I (?:can|could)${WE}|${WB}if you (?:want|need|prefer),? I (?:can|could) (?:also )?(?:write|rewrite|draft|create|add|expand|generate|make|provide|include|adjust|translate|summari[sz]e|help|tailor|prepare|produce)${WE}|${WB}I hope (?:this|the above) (?:helps|is helpful|was helpful|(?:information|article|overview|summary) (?:helps|is helpful))(?=\s*[.!,]|\s*$)|${WB}feel free to (?:ask|let me know)${WE}|${WB}is there anything else (?:I can|you${AP}d like|you would like)|${WB}I${AP}d be (?:happy|glad) to (?:help|assist)(?: you)?(?: with (?:that|this|any|more|further))?(?=\s*[.!]|\s*$)`),
  re(String.raw`${WB}(?:quieres|quiere|te gustaría|le gustaría|deseas|desea|prefieres) que (?:te |le )?(?:escriba|amplíe|haga|prepare|reescriba|añada|agregue|redacte|traduzca|resuma|cree|genere|ajuste|incluya|modifique|profundice|elabore|cambie)${WE}|${WB}si (?:quieres|lo deseas|deseas|lo prefieres|necesitas),? (?:también )?puedo${WE}|${WB}(?:avísame|házmelo saber|dime) si (?:necesitas|quieres|deseas)${WE}|${WB}espero que (?:esto |este (?:artículo|texto|resumen) )?(?:te |le )?(?:sea útil|ayude|haya sido útil)${WE}|${WB}no dudes en (?:preguntar|pedirme|decírmelo)${WE}`),
  re(String.raw`${WB}(?:voulez-vous|souhaitez-vous|veux-tu|souhaites-tu|aimeriez-vous|aimerais-tu) que je${WE}|${WB}si (?:vous (?:le )?souhaitez|tu (?:le )?souhaites|vous voulez|tu veux),? je (?:peux|pourrais)${WE}|${WB}n${AP}hésite(?:z)? pas à (?:me demander|me le faire savoir|me dire|me le dire)|${WB}j${AP}espère que (?:cela|ceci|ce texte|cet article) (?:vous |t${AP})?(?:aide|aidera|sera utile|a été utile)|${WB}(?:dites|dis)-moi si (?:vous avez besoin|tu as besoin|vous souhaitez|tu souhaites)`),
  re(String.raw`${WB}(?:möchtest du|möchten Sie|willst du|wollen Sie),? dass ich${WE}|${WB}soll ich [^.?!]{0,60}(?:erweitern|umschreiben|ergänzen|anpassen|kürzen|übersetzen|hinzufügen|schreiben|erstellen|ausarbeiten|formulieren)\s*\?|${WB}wenn (?:du|Sie) (?:möchtest|möchten|willst|wollen),? kann ich${WE}|${WB}ich hoffe,? (?:das|dies|dieser Text|diese Zusammenfassung) hilft|${WB}lass(?:en Sie)? (?:mich|es mich) wissen,? (?:ob|wenn) (?:du|Sie)${WE}`),
  re(String.raw`${WB}(?:gostaria|quer|deseja) que eu${WE}|${WB}se (?:quiser|preferir|desejar|você quiser),? (?:também )?posso${WE}|${WB}espero que (?:isso|isto|este (?:texto|artigo)) (?:te |lhe )?(?:ajude|seja útil|tenha ajudado)|${WB}(?:me avise|avise-me|diga-me) se (?:precisar|quiser|desejar)${WE}|${WB}fique à vontade para (?:pedir|perguntar)${WE}`),
  re('(?:需要|要|是否需要|要不要)我(?:为你|为您|帮你|帮您)?[^。？?]{0,24}(?:吗|？|\\?)|如果(?:你|您)(?:需要|愿意|希望)[，,]?我(?:还)?可以|希望(?:这|以上|这些)(?:内容|信息|文章)?(?:对(?:你|您)|能)有(?:所)?帮助|如有(?:其他|任何)(?:问题|需要)[，,]?(?:请)?随时'),
];

/** A chatbot's opening interjection standing alone: "Certainly!", "¡Claro!", "Bien sûr !". */
export const INTERJECTION = re(
  String.raw`^\s*[¡]?(?:certainly|sure|of course|absolutely|great question|excellent question|happy to help|claro(?: que sí)?|por supuesto|desde luego|con gusto|bien sûr|certainement|absolument|avec plaisir|natürlich|gerne|selbstverständlich|com certeza|certamente|com prazer|当然(?:可以)?|好的|没问题)\s*[!！.,，]*\s*$`,
);
/** What follows such an opener in a chatbot's answer: "Here's a…", "I'd be happy to…". */
export const AFTER_INTERJECTION = re(
  String.raw`^\s*(?:${HERE_IS}\s*(?:[\p{L}\p{N}-]+ ){0,5}?(?:${ANY_TEXT_NOUN}|overview|breakdown|guide|explanation|list|summary|version|draft|resumen|résumé|Überblick|Zusammenfassung|resumo)${WE}|I(?:${AP}d| would) be (?:happy|glad) to|I can help|let me (?:help|write|rewrite|draft|explain)|(?:je peux|je vais) (?:vous |t${AP})?(?:aider|rédiger|réécrire)|ich (?:helfe|kann (?:dir|Ihnen) helfen)|(?:puedo|te puedo) ayudar|posso (?:ajudar|te ajudar)|我可以|我来)`,
);

/** Chatbot names that label a transcript line: "ChatGPT: As an AI…" is the chatbot being quoted. */
export const SPEAKER_LABEL = re(
  String.raw`^\s*(?:ChatGPT|GPT-?\d\w*|Bard|Gemini|Claude|Copilot|Bing(?: Chat)?|Grok|Llama|Mistral|DeepSeek|Ernie(?: Bot)?|Kimi|Qwen|文心一言|通义千问|豆包|(?:the )?(?:AI|bot|chatbot|assistant)|AI|IA|KI|A|Q|Answer|Response|Reply|Respuesta|Réponse|Antwort|Resposta|回答|回复)\s*[:：]`,
);


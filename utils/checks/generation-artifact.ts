/**
 * Text left over from a chatbot or a template. Decided on structure as much as on words: a
 * sentence about the text itself paired with a writing operation, addressed to a writer or
 * switching language; an AI speaking of itself; an offer of more help; an unfilled slot.
 * Quoted words are blanked out first, so an article that reports a chatbot's reply is not flagged.
 */
import type { ParsedSentence } from '../analysis/parse';
import type { Check } from './types';

type Rule = { name: string; test: (sentence: ParsedSentence, articleLang: string | null) => string | null };

function anyOf(patterns: RegExp[], text: string): string | null {
  for (const p of patterns) {
    const m = p.exec(text);
    if (m) return m[0];
  }
  return null;
}

/** An AI speaking of itself: "as an AI language model", refusals, knowledge cut-offs. */
const AI_SELF = [
  /\bas an? (?:ai|artificial intelligence)(?: language)? (?:model|assistant)\b|\bas a (?:large )?language model\b|\bI(?:'m|’m| am) (?:just |only )?an? (?:ai|artificial intelligence|(?:ai )?language model|ai assistant|chatbot)\b/i,
  /\bI(?:'m|’m| am) sorry,? but I (?:can(?:not|'t|’t)|am unable to|won['’]t)\b|\bI (?:cannot|can['’]t|am unable to|won['’]t) (?:fulfill|comply with|assist with|help with|browse|access real-time)\b/i,
  /\bmy (?:knowledge|training)(?: data)? (?:cutoff|cut-off)\b|\bas of my (?:last|latest) (?:knowledge )?(?:update|training)\b|\bI (?:don['’]t|do not) have (?:access to )?(?:real-time|browsing|the internet|current events)\b/i,
  /\bcomo (?:un |una )?(?:modelo de (?:lenguaje|IA|inteligencia artificial)|IA)\b|\bsoy (?:un )?modelo de lenguaje\b|\blo siento,? pero no puedo\b|\bmi (?:fecha de )?corte de conocimiento\b|\bhasta mi última actualización\b/i,
  /\ben tant que (?:modèle de langage|IA|intelligence artificielle|assistant (?:IA|virtuel))\b|\bje suis (?:un )?(?:modèle de langage|une IA)\b|\bdésolée?,? mais je ne peux pas\b|\bma date limite de connaissances?\b/i,
  /\bals (?:KI-)?Sprachmodell\b|\bich bin (?:ein |eine )?(?:KI-Sprachmodell|Sprachmodell|KI)\b|\btut mir leid,? aber ich kann\b|\bmein(?:em)? Wissensstand\b/i,
  /\bcomo (?:um )?modelo de (?:linguagem|IA)\b|\bsou um modelo de linguagem\b|\bdesculpe,? mas não posso\b|\bminha data de corte\b/i,
  /作为(?:一个|一名)?(?:AI|人工智能)?(?:语言模型|AI助手|人工智能助手)|我(?:是|只是)(?:一个)?(?:AI|人工智能)(?:语言模型|助手)|抱歉，?我(?:无法|不能)(?:提供|完成|满足)|我的知识(?:截止|更新)/,
];

/** A chatbot's offer of more help at the end of an answer. */
const FOLLOW_UP = [
  /\bwould you like me to\b|\bdo you want me to\b|\blet me know if you(?:['’]d| would)? (?:like|want|need) me to\b|\bif you(?:['’]d| would) like,? I can\b|\bI hope this (?:helps|article helps)\b|\bfeel free to ask (?:me )?(?:if|for)\b/i,
  /¿?\b(?:quieres|te gustaría|desea|le gustaría) que (?:te |le )?(?:escriba|amplíe|haga|prepare|reescriba|añada|redacte)\b|\bespero que (?:esto )?te (?:sea útil|ayude)\b/i,
  /\b(?:voulez-vous|souhaitez-vous|veux-tu|voulez-vous) que je\b|\bn['’]hésitez pas à me demander\b|\bj['’]espère que cela (?:vous )?aide\b/i,
  /\b(?:möchtest du|möchten Sie|soll ich)\b[^.?]{0,80}\?|\bich hoffe,? (?:das|dies) hilft\b/i,
  /\b(?:gostaria|quer) que eu\b|\bespero que isso (?:te |lhe )?ajude\b/i,
  /(?:需要我|要我|是否需要我)[^。？?]{0,24}(?:吗|？|\?)|希望(?:这|以上)(?:对你|能)有(?:所)?帮助/,
];

/** The text itself as a noun: what leaked meta-commentary talks about. */
const TEXT_ITSELF =
  /\b(?:the|this|your|following|above|original|provided|given)\s+(?:following\s+|above\s+|original\s+|provided\s+)?(?:text|content|article|paragraph|passage|prompt|keywords?|input|copy|draft)\b|\bkeywords?\b|\b(?:el|este|del|al|tu)\s+(?:texto|contenido|artículo|párrafo)\b|\bpalabras? clave\b|\b(?:le|ce|du|au|votre)\s+(?:texte|contenu|article|paragraphe)\b|\bmots[- ]clés\b|\b(?:den|der|das|dieser|diesen|des|ihren|deinen)\s+(?:\p{L}+\s+)?(?:Text|Inhalt|Artikel|Absatz)\b|\bSchlüsselw(?:ö|o)rter\b|\b(?:o|este|do|ao|seu)\s+(?:texto|conteúdo|artigo|parágrafo)\b|\bpalavras?-chave\b|(?:文本|内容|文章|段落|关键词)/iu;
/** A writing operation: rewriting, paraphrasing, translating, handing over a result. */
const WRITING_OPERATION =
  /\b(?:rewrit\w*|re-writ\w*|paraphras\w*|rephras\w*|reword\w*|translat\w*|summari[sz]\w*|spun|spinning|here is|here['’]s|below is|reescri\w*|parafrase\w*|traduc\w*|traduj\w*|aquí (?:está|tienes)|a continuación|réécri\w*|reformul\w*|tradui\w*|voici|ci-dessous|umgeschrieben|umschreib\w*|umformulier\w*|übersetz\w*|hier ist|schreibe\b[^.]{0,60}\bum\b|formulier\w*|verfass\w*|escrib\w*|redact\w*|rédig\w*|escrev\w*|reescrev\w*|traduz\w*|aqui está)\b|(?:改写|重写|润色|翻译|以下是)/i;
/** Addressed to a writer or narrating the writing: an instruction, not reporting. */
const ADDRESSED =
  /^(?:please\s+|bitte\s+|por favor,?\s+|veuillez\s+)?(?:rewrite|paraphrase|rephrase|translate|summari[sz]e|write|remove|reescribe|escribe|redacta|traduce|elimina|réécris|réécrivez|reformulez?|rédigez?|traduisez|supprimez?|schreibe|formuliere|übersetze|entferne|verfasse|reescreva|escreva|traduza|remova|请)\b|\b(?:rewriting|paraphrasing|rephrasing|translating|reescribiendo|réécrivant|reformulant|umschreibend|reescrevendo)\b|\b(?:rewritten|revised|paraphrased|reescrito|réécrit|umgeschriebene|reescrito)\s+(?:version|article|text|texto|artículo|texte|Text|artigo)\b|\b(?:does not|doesn['’]t|no)\s+(?:contain|contiene|contém|enthält)\b|以下是|改写后/iu;

const RULES: Rule[] = [
  { name: 'an AI speaking of itself', test: (s) => anyOf(AI_SELF, s.voice) },
  { name: 'a chatbot follow-up offer', test: (s) => anyOf(FOLLOW_UP, s.voice) },
  {
    name: 'leaked instruction or meta-commentary about the text',
    test: (s, articleLang) => {
      const text = s.voice.trim();
      const about = TEXT_ITSELF.exec(text);
      const operation = WRITING_OPERATION.exec(text);
      if (!about || !operation) return null;
      const switched = s.lang !== null && articleLang !== null && s.lang !== articleLang;
      const introduces = /[:：]\s*$/.test(text);
      return ADDRESSED.test(text) || switched || introduces ? operation[0] : null;
    },
  },
];

/** Unfilled template slots. Brackets used by editors ("[U.S.]", "[sic]") carry none of these marks. */
const PLACEHOLDERS = [
  /\[\[[^[\]\n]{1,60}\]\]/,
  /\{\{[^{}\n]{1,60}\}\}/,
  /\{[A-Z][A-Z0-9_]{2,40}\}/,
  /\[\s*(?:insert|enter|add|include|your|insertar|inserte|introduce|insérer|ajouter|einfügen|inserir)\b[^[\]\n]{0,40}?\b(?:name|quote|link|title|date|city|company|keywords?|here|text|source|number|figure|product|brand|location|cita|enlace|nom|lien|zitat|nome)\b[^[\]\n]{0,20}\]/i,
  /\[[^[\]\n]{0,30}\b(?:Name|NAME|placeholder|PLACEHOLDER|TBD|TODO|XXX+)\b[^[\]\n]{0,10}\]/,
  /\[[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\]/,
  /【(?:插入|此处|在此|填写)[^】]{0,20}】|（此处(?:插入|填写)[^）]{0,20}）/,
];

export const generationArtifact: Check = {
  id: 'generation-artifact',
  severity: 'high',
  description: 'Text left over from a chatbot or a template: refusals, leaked instructions or rewriting notes in any language, follow-up offers, unfilled placeholders.',
  check({ parsed }) {
    const flags: ReturnType<Check['check']> = [];
    for (const sentence of parsed.sentences) {
      const placeholder = anyOf(PLACEHOLDERS, sentence.text);
      if (placeholder) {
        flags.push({ kind: 'generation-artifact', severity: 'high', message: `Rule "unfilled template placeholder": ${placeholder} was left in the text.`, excerpt: sentence.text });
        continue;
      }
      for (const rule of RULES) {
        const evidence = rule.test(sentence, parsed.lang);
        if (evidence) {
          flags.push({ kind: 'generation-artifact', severity: 'high', message: `Rule "${rule.name}": "${evidence}" reads as generated text left in the article, not reporting.`, excerpt: sentence.text });
          break;
        }
      }
    }
    return flags;
  },
};

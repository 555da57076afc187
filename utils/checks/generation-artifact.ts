/**
 * Text left over from a chatbot or a template. Pipeline, per sentence:
 *   1. unfilled template slots, read on the full text (a slot inside quotation marks is still a slot);
 *   2. on the page's own voice (quoted words blanked, transcript lines "ChatGPT: …" skipped):
 *      an AI speaking of itself, a refusal, a knowledge cut-off, a follow-up offer, a chatbot
 *      opener — unless a verb of saying before it reports a chatbot's answer;
 *   3. leaked instructions and rewriting notes, decided on structure: an imperative verb of
 *      writing with the text as its object or with a brief (keywords, tone, word count); a
 *      role or task handed to a writer; a handover of rewritten text; the writer narrating a
 *      rewrite for someone; the text itself said to be rewritten for a brief.
 * Word classes for six languages are in utils/analysis/artifact-vocabulary.ts.
 */
import {
  ADDRESSEE, ADVICE, AFTER_INTERJECTION, AI_SELF, ALL_SOURCES, CUTOFF, EDIT_INSTRUCTION, FIRST_PERSON_EDIT, FOLLOW_UP, HANDOVER, HERE_TEXT,
  INTERJECTION, PROMPT_CUE, REFUSAL, REWRITE_GOAL, REWRITE_VERB, REWRITING_HEADING, ROLE_PROMPT, SEO_LABEL, SPEAKER_LABEL, TASK_PROMPT,
  TEXT_MUST, TEXT_SELF, TEXT_THIS, WRITE_INSTRUCTION,
} from '../analysis/artifact-vocabulary';
import { neighbours, re, reportsSomeoneElse, WE } from '../analysis/integrity-vocabulary';
import type { ParsedSentence } from '../analysis/parse';
import type { Check } from './types';

type Hit = { rule: string; evidence: string };

/** Slot nouns of a template, title-cased as templates write them: "[CEO Name]", "[Fecha]", "[HEADQUARTERS CITY]". */
const SLOT = String.raw`(?:Name|Title|Date|City|Location|Number|Amount|Percentage|Quote|Link|URL|Email|E-mail|Phone(?: Number)?|Address|Company|Organi[sz]ation|Product|Brand|Source|Figure|Statistic|Year|Month|Country|State|Website|Position|Role|Headline|Keyword|Price|Nombre|Fecha|Ciudad|Cargo|Cita|Enlace|Empresa|Título|Cifra|Cantidad|Nom|Ville|Titre|Citation|Lien|Entreprise|Société|Chiffre|Montant|Firma|Unternehmen|Datum|Stadt|Titel|Zitat|Betrag|Nome|Data|Cidade|Citação|Telefone|Endereço|Valor)`;
const SLOT_CAPS = String.raw`(?:NAME|TITLE|DATE|CITY|LOCATION|NUMBER|AMOUNT|PERCENTAGE|QUOTE|LINK|URL|EMAIL|PHONE|ADDRESS|COMPANY|ORGANI[SZ]ATION|PRODUCT|BRAND|SOURCE|FIGURE|YEAR|COUNTRY|STATE|WEBSITE|POSITION|ROLE|HEADLINE|KEYWORD|PRICE|NOMBRE|FECHA|CIUDAD|EMPRESA|NOM|VILLE|FIRMA|DATUM|STADT|NOME|DATA|CIDADE)`;
/** Determiners that make a bracket an editor's insertion ("[The company]"), never a slot. */
const EDITORIAL_DETERMINER = String.raw`(?:The|A|An|His|Her|Its|Their|Our|This|That|El|La|Los|Las|Le|Les|Der|Die|Das|O|Os|As)\s`;
/** Instruction words that open a slot: "[Insert quote here]", "[Your Name]", "<add link>". */
const SLOT_INSTRUCTION = String.raw`(?:insert|add|enter|include|put|fill in|your|insertar|inserte|inserta|introduce|introducir|añadir|añade|agregar|incluir|tu|insérer|insérez|ajouter|ajoutez|votre|einfügen|füge|Ihr|Ihre|dein|deine|inserir|insira|adicionar|adicione|seu|sua)`;

/** Unfilled template slots. Editors' brackets ("[sic]", "[U.S.]", "[the company]", "[laughs]") carry none of these shapes. */
const PLACEHOLDERS: RegExp[] = [
  /\[\[[^[\]\n]{1,60}\]\]/u,
  /\{\{[^{}\n]{1,60}\}\}/u,
  /\{(?:[A-Za-z]+(?:_[A-Za-z0-9]+)+|[A-Z][A-Z0-9]{2,})\}/u,
  /\[[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\]/u,
  re(String.raw`[\[<【]\s*${SLOT_INSTRUCTION}${WE}[^\]>】\n]{1,60}[\]>】]`),
  new RegExp(String.raw`\[\s*(?!${EDITORIAL_DETERMINER})(?:[\p{Lu}][\p{L}\p{N}'’.&-]*\s+){0,4}${SLOT}\s*\]`, 'u'),
  new RegExp(String.raw`\[\s*${SLOT}(?:\s+(?:of|of the|for|de|del|de la|de los|des|du|de l['’]|der|des|da|do|dos|das)\s+[\p{L}\s'’]{1,30})\s*\]`, 'u'),
  new RegExp(String.raw`\[\s*(?:[A-Z][A-Z0-9&.-]*\s+){0,3}${SLOT_CAPS}\s*\]`, 'u'),
  new RegExp(String.raw`\[\s*(?:X{1,4}|N|#{1,3}|TK|TBD|TODO|FIXME|PLACEHOLDER|placeholder)\s*(?:%|percent|million|billion)?\s*\]|(?<![\p{L}\p{N}])(?:X{2,}%|\$X{1,4}(?![\p{L}\p{N}]))`, 'u'),
  /【(?:插入|此处|在此|填写|请填写|公司名称|姓名|日期|城市|标题|链接|引用|数字|金额)[^】]{0,20}】|（(?:此处|在此)(?:插入|填写|添加)[^）]{0,20}）|\[(?:插入|此处|填写)[^\]]{0,20}\]/u,
];

/** Marks of program code: a code sample's "<insert api key here>" is a slot for the reader, not a leftover. */
const CODE_MARK = /;\s*\S|[\p{L}\p{N}_$]\(|\s=\s|=>|(?<![\p{L}\p{N}])(?:var|const|let|function|return|import|def|print)\s/gu;
/** Code marks at least this many times: the sentence is code. */
const MIN_CODE_MARKS = 2;
const isCode = (text: string) => (text.match(CODE_MARK)?.length ?? 0) >= MIN_CODE_MARKS;

/** Fewer words than this, with no end punctuation, is a button or a menu entry ("Translate this article"). */
const MIN_INSTRUCTION_WORDS = 4;
/** The object of an imperative stands right after the verb: at most this many characters between. */
const OBJECT_GAP = 16;

function firstMatch(patterns: readonly RegExp[], text: string): RegExpExecArray | null {
  for (const p of patterns) {
    const m = p.exec(text);
    if (m) return m;
  }
  return null;
}

/** A chatbot speaking: the match, unless the page reports it ("the bot replied: …", "ChatGPT: …"). */
function chatbotVoice(patterns: readonly RegExp[], voice: string): string | null {
  const m = firstMatch(patterns, voice);
  if (!m) return null;
  const before = voice.slice(0, m.index);
  if (SPEAKER_LABEL.test(voice) || reportsSomeoneElse(before) || INTRODUCED.test(before)) return null;
  return m[0].trim();
}

/** "The bot ended with: …": words after a colon that closes a clause of two words or more are the bot's, reported. */
const INTRODUCED = /[\p{L}\p{N}]+[\s,]+[\p{L}\p{N}][^:：]*[:：]\s*[—–-]?\s*$/u;

/** Chinese writes the object before the verb: "请将以下文章改写为…". */
const ZH_INSTRUCTION = re(String.raw`^\s*(?:请|帮我|麻烦)?(?:将|把)?(?:以下|下面|上述|这篇|这段)(?:的)?(?:文章|内容|文本|段落|新闻稿)(?:进行)?(?:改写|重写|翻译|润色|总结|概括|扩写|缩写|仿写|洗稿|优化)|^\s*(?:请|帮我)(?:改写|重写|翻译|润色|总结|扩写|缩写|仿写|洗稿)(?:一下)?(?:以下|下面|上述|这篇|这段)`);
const WORDS = /[\p{L}\p{N}]+/gu;
const ENDS_LIKE_A_SENTENCE = /[.:!。：！]\s*$/u;
const ENDS_WITH_COLON = /[:：]\s*$/u;
const HAS_LETTER = /\p{L}/u;

/** An imperative of writing whose object is the text, or that carries a brief. */
function instruction(voice: string): string | null {
  const zh = ZH_INSTRUCTION.exec(voice);
  if (zh) return zh[0].trim();
  const sentenceLike = (voice.match(WORDS)?.length ?? 0) >= MIN_INSTRUCTION_WORDS || ENDS_LIKE_A_SENTENCE.test(voice);
  if (!sentenceLike || ADVICE.test(voice)) return null;
  const write = WRITE_INSTRUCTION.exec(voice);
  if (write) {
    const rest = voice.slice(write.index + write[0].length);
    const object = TEXT_SELF.exec(rest);
    if ((object && object.index <= OBJECT_GAP) || PROMPT_CUE.test(rest) || REWRITE_GOAL.test(rest)) return write[0].trim();
  }
  const edit = EDIT_INSTRUCTION.exec(voice);
  if (edit) {
    const rest = voice.slice(edit.index + edit[0].length);
    if (PROMPT_CUE.test(rest) || ALL_SOURCES.test(rest) || (TEXT_SELF.test(rest) && REWRITE_GOAL.test(rest))) return edit[0].trim();
  }
  return null;
}

/** Meta-commentary about the text: rewriting notes, handovers, briefs, roles and tasks. */
function aboutTheText(s: ParsedSentence, articleLang: string | null): Hit | null {
  const voice = s.voice;
  if (reportsSomeoneElse(voice)) return null;
  const evidence = (m: RegExpExecArray | null) => m?.[0].trim() ?? null;
  const instructed = instruction(voice);
  if (instructed) return { rule: 'leaked instruction to a writer', evidence: instructed };
  const prompt = evidence(ROLE_PROMPT.exec(voice) ?? TASK_PROMPT.exec(voice) ?? SEO_LABEL.exec(voice));
  if (prompt) return { rule: 'leaked prompt or SEO brief', evidence: prompt };
  const handover = evidence(HANDOVER.exec(voice)) ?? (PROMPT_CUE.test(voice) ? evidence(HERE_TEXT.exec(voice)) : null);
  if (handover) return { rule: 'a chatbot handing over rewritten text', evidence: handover };
  const switched = s.lang !== null && articleLang !== null && s.lang !== articleLang;
  const heading = REWRITING_HEADING.exec(voice);
  const headingObject = heading ? TEXT_SELF.exec(voice.slice(heading.index + heading[0].length)) : null;
  if (heading && headingObject && headingObject.index <= OBJECT_GAP) {
    const atStart = heading.index === 0;
    if (ENDS_WITH_COLON.test(voice) || PROMPT_CUE.test(voice) || switched || (atStart && REWRITE_GOAL.test(voice))) {
      return { rule: 'meta-commentary about rewriting the text', evidence: voice.slice(heading.index).replace(/^[,;—–\s]+/u, '').trim() };
    }
  }
  const narrated = FIRST_PERSON_EDIT.exec(voice);
  if (narrated && (ADDRESSEE.test(voice) || PROMPT_CUE.test(voice))) return { rule: 'the writer narrating a rewrite for someone', evidence: narrated[0].trim() };
  const self = TEXT_THIS.exec(voice);
  const rewritten = REWRITE_VERB.exec(voice);
  if (self && rewritten && (REWRITE_GOAL.test(voice) || PROMPT_CUE.test(voice) || switched)) {
    return { rule: 'meta-commentary about rewriting the text', evidence: `${self[0].trim()} … ${rewritten[0].trim()}` };
  }
  const subject = TEXT_SELF.exec(voice);
  const must = TEXT_MUST.exec(voice);
  if (subject && must && PROMPT_CUE.test(voice.slice(must.index))) return { rule: 'leaked prompt or SEO brief', evidence: `${subject[0].trim()} ${must[0].trim()}` };
  return null;
}

/** "Certainly!" alone, then "Here's the article…": a chatbot's opener split over two sentences. */
function opener(sentences: readonly ParsedSentence[], index: number): string | null {
  const s = sentences[index]!;
  if (!INTERJECTION.test(s.voice)) return null;
  const { next } = neighbours(sentences, index);
  return next && AFTER_INTERJECTION.test(next.voice) ? s.voice.trim() : null;
}
const INLINE_OPENER = re(String.raw`^\s*[¡]?(?:certainly|sure|of course|absolutely|claro|por supuesto|bien sûr|natürlich|gerne|com certeza|当然(?:可以)?|好的)\s*[!！,，.—–-]+\s*`);

function chatbotHit(sentences: readonly ParsedSentence[], index: number): Hit | null {
  const voice = sentences[index]!.voice;
  const checks: [string, RegExp[]][] = [
    ['an AI speaking of itself', AI_SELF],
    ['a refusal', REFUSAL],
    ['a knowledge cut-off', CUTOFF],
    ['a chatbot follow-up offer', FOLLOW_UP],
  ];
  for (const [rule, patterns] of checks) {
    const evidence = chatbotVoice(patterns, voice);
    if (evidence) return { rule, evidence };
  }
  const open = opener(sentences, index);
  if (open) return { rule: 'a chatbot opener', evidence: open };
  const inline = INLINE_OPENER.exec(voice);
  if (inline && AFTER_INTERJECTION.test(voice.slice(inline[0].length))) return { rule: 'a chatbot opener', evidence: voice.trim() };
  return null;
}

export const generationArtifact: Check = {
  id: 'generation-artifact',
  severity: 'high',
  description: 'Text left over from a chatbot or a template: an AI speaking of itself, refusals, knowledge cut-offs, follow-up offers, leaked instructions or rewriting notes in any language, unfilled placeholders.',
  check({ parsed }) {
    const sentences = parsed.sentences;
    return sentences.flatMap((s, i) => {
      const slot = isCode(s.text) ? null : firstMatch(PLACEHOLDERS, s.text);
      if (slot) {
        return [{ kind: 'generation-artifact' as const, severity: 'high' as const, message: `Rule "unfilled template placeholder": ${slot[0]} was left in the text.`, excerpt: s.text }];
      }
      if (!HAS_LETTER.test(s.voice)) return [];
      const hit = chatbotHit(sentences, i) ?? aboutTheText(s, parsed.lang);
      if (!hit) return [];
      return [
        {
          kind: 'generation-artifact' as const,
          severity: 'high' as const,
          message: `Rule "${hit.rule}": "${hit.evidence}" reads as generated text left in the article, not reporting.`,
          excerpt: s.text,
        },
      ];
    });
  },
};

/** Language of a text by its commonest function words: enough to pick rules, never to translate. */

/** The languages whose rules the integrity checks carry. */
export const INTEGRITY_LANGUAGES = ['en', 'es', 'fr', 'de', 'pt', 'zh'] as const;
/** Who-said-what: every English form; in these others, common verbs of saying, "according to" and unnamed sources. */
export const ATTRIBUTION_LANGUAGES = ['en'] as const;
export const PARTIAL_ATTRIBUTION_LANGUAGES = ['fr', 'es', 'it', 'pt', 'de', 'cs', 'zh'] as const;

const FUNCTION_WORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'is', 'that', 'in', 'it', 'with', 'for', 'was', 'on', 'are', 'this', 'have'],
  es: ['el', 'la', 'de', 'que', 'y', 'en', 'los', 'las', 'del', 'por', 'con', 'una', 'para', 'es', 'texto', 'aunque'],
  fr: ['le', 'la', 'les', 'de', 'des', 'et', 'est', 'que', 'une', 'du', 'dans', 'pour', 'pas', 'qui', 'sur'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'ein', 'eine', 'den', 'von', 'zu', 'sich', 'auf', 'dem'],
  pt: ['o', 'a', 'de', 'que', 'e', 'do', 'da', 'em', 'um', 'uma', 'para', 'com', 'não', 'os', 'no', 'na'],
  it: ['il', 'di', 'che', 'e', 'la', 'per', 'un', 'non', 'sono', 'della', 'del', 'gli', 'nel', 'con', 'una'],
  cs: ['a', 'je', 'se', 'na', 'v', 've', 'že', 'to', 'jsou', 'by', 'do', 'ale', 'jak', 'který', 'jeho', 'také'],
  nl: ['de', 'het', 'een', 'en', 'van', 'is', 'dat', 'niet', 'met', 'voor', 'zijn', 'op', 'te', 'ook'],
};
const WEIGHTS = Object.fromEntries(Object.entries(FUNCTION_WORDS).map(([lang, words]) => [lang, new Set(words)]));

/** Fewer words than this give no reliable guess. */
const MIN_WORDS = 4;

export function detectLanguage(text: string): string | null {
  const cjk = (text.match(/[\u4e00-\u9fff]/g) ?? []).length;
  const kana = (text.match(/[\u3040-\u30ff]/g) ?? []).length;
  const cyrillic = (text.match(/[\u0400-\u04ff]/g) ?? []).length;
  const letters = (text.match(/\p{L}/gu) ?? []).length || 1;
  if (kana / letters > 0.1) return 'ja';
  if (cjk / letters > 0.3) return 'zh';
  if (cyrillic / letters > 0.3) return 'ru';
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < MIN_WORDS) return null;
  let best: string | null = null;
  let bestScore = 0;
  for (const [lang, set] of Object.entries(WEIGHTS)) {
    const score = words.reduce((n, w) => n + (set.has(w) ? 1 : 0), 0);
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  return bestScore / words.length >= 0.08 ? best : null;
}

/** "en-GB" → "en". */
export function baseLanguage(tag: string | undefined): string | undefined {
  return tag?.toLowerCase().split(/[-_]/)[0] || undefined;
}

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', es: 'Spanish', fr: 'French', de: 'German', pt: 'Portuguese', zh: 'Chinese', it: 'Italian', cs: 'Czech', nl: 'Dutch', ja: 'Japanese', ru: 'Russian' };

/** Says, in words a reader understands, which checks do not read the page's language. */
export function languageLimits(lang: string | null): string[] {
  if (!lang) return ['The language of this page could not be told, so attribution checks may miss speakers.'];
  const name = LANGUAGE_NAMES[lang] ?? lang;
  const limits: string[] = [];
  if ((PARTIAL_ATTRIBUTION_LANGUAGES as readonly string[]).includes(lang)) {
    limits.push(`This page is in ${name}; who-said-what checks read its common verbs of saying, "according to" and unnamed sources, but not every ${name} sentence shape, so some speakers may be missed.`);
  } else if (!(ATTRIBUTION_LANGUAGES as readonly string[]).includes(lang)) {
    limits.push(`This page is in ${name}; who-said-what checks do not read ${name}, so speakers and unnamed sources are not listed.`);
  }
  if (!(INTEGRITY_LANGUAGES as readonly string[]).includes(lang)) {
    limits.push(`Checks for fabrication notices and chatbot leftovers do not read ${name}.`);
  }
  return limits;
}

/** Statistics in running text and whether the sentence gives them a source. */
import { ownVoice, quoteSpans } from './sentences';

/** A figure worth a source: percentages, money, large counts. Years, dates and small counts are not. */
const FIGURE =
  /\b\d+(?:[.,]\d+)?\s?(?:%|percent\b|per cent\b|por ciento\b|pour cent\b|Prozent\b)|[$€£¥₹]\s?\d[\d,.]*|\b\d[\d,.]*\s?(?:billion|million|trillion|bn|mn)\b|\b\d{1,3}(?:,\d{3})+\b|\b(?:tens|hundreds) of (?:thousands|millions|billions)\b|\b\d[\d,.]*\s?(?:yuan|dollars|euros|pounds|rupees|yen)\b/i;
/** A named source in the same sentence. */
const NAMED_SOURCE =
  /\b(?:[Aa]ccording to|[Pp]er|[Cc]iting|cited by|[Dd]ata from|[Ff]igures from|[Ss]tatistics from|[Ee]stimates? (?:by|from)|(?:[Ss]tudy|[Rr]eport|[Ss]urvey|[Aa]nalysis|[Pp]oll|[Cc]ensus) (?:by|from|of|published by))\s+(?:the\s+)?\p{Lu}|\b\p{Lu}[\p{L}.&’']*(?:\s+\p{Lu}[\p{L}.&’']*)*\s+(?:data|figures|statistics|estimates|report|survey|study|census)\s+(?:show|showed|shows|found|finds|suggest|suggests|indicate|indicates)|\((?:source|fuente|quelle)\s*:/u;
/** A source in name only. */
const VAGUE_SOURCE =
  /\b(?:studies|research|statistics|data|figures|reports|surveys|polls|estimates|experts|analysts|scientists)\s+(?:show|shows|showed|suggest|suggests|indicate|indicates|say|says|found|find|estimate|believe)\b|\b(?:it is|it's|it has been)\s+(?:estimated|believed|reported|said)\b|\bsome\s+(?:estimates|reports|studies)\b/i;

export type FigureSentence = { excerpt: string; figure: string; source: 'none' | 'vague' };

/**
 * Sentences stating a figure with no named source. A figure inside a quote or in a sentence
 * that attributes itself is sourced; `attributed` holds the sentences that attribute.
 */
export function uncitedFigures(sentences: string[], attributed: Set<string>): FigureSentence[] {
  const found: FigureSentence[] = [];
  for (const sentence of sentences) {
    const voice = ownVoice(sentence, quoteSpans(sentence));
    const figure = FIGURE.exec(voice)?.[0];
    if (!figure) continue;
    if (NAMED_SOURCE.test(voice)) continue;
    const vague = VAGUE_SOURCE.test(voice);
    if (!vague && attributed.has(sentence)) continue;
    found.push({ excerpt: sentence, figure, source: vague ? 'vague' : 'none' });
  }
  return found;
}

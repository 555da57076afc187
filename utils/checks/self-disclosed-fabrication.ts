/**
 * The page says, in its own voice, that the piece is imagined, invented, fictional, AI-generated
 * or unverifiable. Pipeline, per sentence of the page's own voice (quoted words blanked out):
 *   1. body text that reports someone else ("…, the mayor said") or a circulating story (a
 *      fact-check's "this story went viral") is not the page speaking of itself: skipped;
 *   2. strong rules: the piece named with a demonstrative + a predicate of invention or
 *      unverifiability, the writer inventing it in the first person, fiction disclaimers;
 *      notes and notices also read "the article" and the newsroom speaking of its own piece;
 *   3. weak rules (the writer cannot verify "it") raise a flag only in a note or next to a
 *      strong disclosure in the same paragraph, so "We could not verify it." after a claim stays out.
 * The grammars, six languages, are in utils/analysis/fabrication-vocabulary.ts.
 */
import { BODY_RULES, CIRCULATING, HUMAN_REVIEWED, NAMES_AI, NOTE_RULES, WEAK_RULES, type FabricationRule } from '../analysis/fabrication-vocabulary';
import { neighbours, reportsSomeoneElse } from '../analysis/integrity-vocabulary';
import type { ParsedSentence } from '../analysis/parse';
import type { Check } from './types';

type Hit = { rule: string; evidence: string };

/** Blocks that are statements about the article: "the article" there is the page itself. */
const NOTE_KINDS = new Set<ParsedSentence['kind']>(['notice', 'editors-note']);

function firstHit(rules: readonly FabricationRule[], voice: string): Hit | null {
  for (const r of rules) {
    const m = r.pattern.exec(voice);
    if (m) return { rule: r.name, evidence: m[0].trim() };
  }
  return null;
}

/** Whether the sentence is the page speaking of itself at all. */
function ownStatement(s: ParsedSentence): boolean {
  if (NOTE_KINDS.has(s.kind)) return true;
  // The full text too: a quotation the splitter misread may have blanked the "she said" after it.
  return !reportsSomeoneElse(s.voice) && !reportsSomeoneElse(s.text) && !CIRCULATING.test(s.voice);
}

function strongHit(s: ParsedSentence): Hit | null {
  if (!ownStatement(s)) return null;
  const hit = firstHit(BODY_RULES, s.voice) ?? (NOTE_KINDS.has(s.kind) ? firstHit(NOTE_RULES, s.voice) : null);
  // "Written with AI and reviewed by our editors" discloses assistance, not fabrication.
  if (hit && NAMES_AI.test(hit.evidence) && HUMAN_REVIEWED.test(s.voice)) return null;
  return hit;
}

export const selfDisclosedFabrication: Check = {
  id: 'self-disclosed-fabrication',
  severity: 'high',
  description: 'The page itself says, in its own voice, that the piece is imagined, invented, fictional, AI-generated or unverifiable.',
  check({ parsed }) {
    const sentences = parsed.sentences;
    const strong = sentences.map(strongHit);
    return sentences.flatMap((s, i) => {
      let hit = strong[i];
      if (!hit && ownStatement(s)) {
        const { previous, next } = neighbours(sentences, i);
        const besideStrong = (previous && strong[i - 1]) || (next && strong[i + 1]);
        if (NOTE_KINDS.has(s.kind) || besideStrong) hit = firstHit(WEAK_RULES, s.voice);
      }
      if (!hit) return [];
      const where = s.kind === 'body' ? 'the article text' : `a ${s.kind.replace('-', ' ')} on the page`;
      return [
        {
          kind: 'self-disclosed-fabrication' as const,
          severity: 'high' as const,
          message: `Rule "${hit.rule}": ${where} says "${hit.evidence}" in the page's own voice, so the piece discloses that it is not factual or cannot be verified.`,
          excerpt: s.text,
        },
      ];
    });
  },
};

/**
 * A sentence states, in other words or the same, a claim that a fact-checker rated false or
 * mostly false: high when the article asserts it in its own voice, medium when it reports
 * someone asserting it (attributed or quoted), disputes it while repeating it, or asks it.
 */
import { claimFrame, matchClaim, prepareClaim, type ClaimFrame, type ClaimMatch } from '../analysis/claims';
import type { KnownClaimReview } from '../analysis/lookup';
import type { Flag } from '../report';
import type { Check } from './types';

const CONTRADICTED = new Set(['false', 'mostly-false']);

const HOW: Record<Exclude<ClaimFrame, 'asserted'>, string> = {
  reported: 'reports someone asserting',
  disputed: 'repeats, while disputing it,',
  asked: 'raises, as a question or condition,',
};

export const contradictedClaim: Check = {
  id: 'contradicted-claim',
  severity: 'high',
  description: 'A claim matches a known claim review rated false or mostly false: high when the article asserts it, medium when it reports someone asserting it.',
  check({ parsed, known, attributions }) {
    const reviews = known.claimReviews.filter((r) => CONTRADICTED.has(r.ratingValue)).map((r) => ({ review: r, claim: prepareClaim(r.claim) }));
    if (reviews.length === 0) return [];
    const speakers = new Map<string, string | null>();
    for (const a of attributions) if (!speakers.has(a.excerpt) || (a.speaker && !a.anonymous)) speakers.set(a.excerpt, a.anonymous ? (a.descriptor ?? null) : a.speaker);
    const flags: Flag[] = [];
    for (const sentence of parsed.sentences) {
      let best: { review: KnownClaimReview; match: ClaimMatch } | null = null;
      for (const { review, claim } of reviews) {
        const match = matchClaim(sentence.text, claim);
        if (match && (!best || match.coverage > best.match.coverage)) best = { review, match };
      }
      if (!best) continue;
      const { review, match } = best;
      // Quoted words are someone else's: the claim must stand in the page's own voice too.
      const inOwnVoice = sentence.kind !== 'quote' && matchClaim(sentence.voice, review.claim) !== null;
      const attributed = speakers.has(sentence.text);
      let frame = claimFrame(sentence.text, match);
      if (frame === 'asserted' && (attributed || !inOwnVoice)) frame = 'reported';
      const speaker = speakers.get(sentence.text);
      const how = frame === 'asserted' ? 'asserts' : frame === 'reported' && speaker ? `reports ${speaker} asserting` : HOW[frame];
      flags.push({
        kind: 'contradicted-claim',
        severity: frame === 'asserted' ? 'high' : 'medium',
        message: `The article ${how} a claim that ${review.reviewer} rated "${review.rating}": "${review.claim}" (${review.url}${review.date ? `, ${review.date}` : ''}; list "${review.listName}").`,
        excerpt: sentence.text,
      });
    }
    return flags;
  },
};

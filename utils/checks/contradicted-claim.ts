/** A sentence states a claim that a fact-checker rated false or mostly false. */
import { statesClaim } from '../analysis/claims';
import type { Flag } from '../report';
import type { Check } from './types';

const CONTRADICTED = new Set(['false', 'mostly-false']);

export const contradictedClaim: Check = {
  id: 'contradicted-claim',
  severity: 'high',
  description: 'A claim matches a known claim review rated false or mostly false: high when the article asserts it, medium when it reports someone asserting it.',
  check({ parsed, known, attributions }) {
    const reviews = known.claimReviews.filter((r) => CONTRADICTED.has(r.ratingValue));
    if (reviews.length === 0) return [];
    const reported = new Set(attributions.map((a) => a.excerpt));
    const flags: Flag[] = [];
    for (const sentence of parsed.sentences) {
      const review = reviews.find((r) => statesClaim(sentence.text, r.claim));
      if (!review) continue;
      const asserted = !reported.has(sentence.text) && statesClaim(sentence.voice, review.claim);
      flags.push({
        kind: 'contradicted-claim',
        severity: asserted ? 'high' : 'medium',
        message: `${asserted ? 'The article asserts' : 'The article reports someone asserting'} a claim that ${review.reviewer} rated "${review.rating}" (${review.url}${review.date ? `, ${review.date}` : ''}; list "${review.listName}").`,
        excerpt: sentence.text,
      });
    }
    return flags;
  },
};

/** The page says it reproduces another outlet's piece, and that original is not among known articles. */
import type { Check } from './types';

export const unverifiedOrigin: Check = {
  id: 'unverified-origin',
  severity: 'medium',
  description: 'The page says it was first published elsewhere, and that original is neither this site nor a known article.',
  check({ citations }) {
    return citations
      .filter((c) => c.relation === 'original' && c.status === 'unknown' && !c.self)
      .map((c) => ({
        kind: 'unverified-origin' as const,
        severity: 'medium' as const,
        message: `Claimed original ${c.outlet ? `from ${c.outlet} ` : ''}cannot be confirmed: ${c.reason ?? 'it is not among known articles'}.`,
        excerpt: c.excerpt,
      }));
  },
};

/** The page says it reproduces another outlet's piece, and that original is neither this site nor a known article. */
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
        message: `Unverified origin${c.outlet ? ` (${c.outlet})` : ''}: ${c.reason ?? 'the claimed original is not among known articles'}.`,
        excerpt: c.excerpt,
      }));
  },
};

/** A named person is quoted or paraphrased who is in no list. */
import { nearMissFor } from '../analysis/near-miss';
import { listsNamed } from '../analysis/lists-named';
import type { Check } from './types';

export const unknownSpeaker: Check = {
  id: 'unknown-speaker',
  severity: 'medium',
  description: 'A named speaker is not among known people.',
  check({ attributions, known }) {
    const seen = new Set<string>();
    return attributions.flatMap((a) => {
      if (a.status !== 'unknown' || !a.speaker || a.anonymous || a.organization || seen.has(a.speaker)) return [];
      seen.add(a.speaker);
      // A likely misspelling of a known person is reported as a near miss instead.
      if (nearMissFor(known, a.speaker, 'person')) return [];
      return [
        {
          kind: 'unknown-speaker' as const,
          severity: 'medium' as const,
          message: `${a.speaker}${a.statedRole ? ` (${[a.statedRole, a.statedAffiliation].filter(Boolean).join(', ')})` : ''} is not among known people in ${listsNamed(known.lists, 'any list')}.`,
          excerpt: a.excerpt,
        },
      ];
    });
  },
};

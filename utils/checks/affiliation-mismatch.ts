/** A known person is given a role or affiliation that names another known body than theirs. */
import { checkAffiliation, findPerson } from '../analysis/resolve';
import type { Check } from './types';

export const affiliationMismatch: Check = {
  id: 'affiliation-mismatch',
  severity: 'medium',
  description: 'A known person is tied to a known organisation or outlet other than the ones they are known at.',
  check({ attributions, known }) {
    const seen = new Set<string>();
    return attributions.flatMap((a) => {
      if (a.status !== 'mismatch' || !a.speaker) return [];
      const person = findPerson(known, a.speaker);
      const result = person ? checkAffiliation(known, person, a.statedAffiliation) : null;
      if (!person || result?.status !== 'mismatch' || seen.has(`${person.id}:${a.statedAffiliation}`)) return [];
      seen.add(`${person.id}:${a.statedAffiliation}`);
      return [
        {
          kind: 'affiliation-mismatch' as const,
          severity: 'medium' as const,
          message: `${a.speaker} is described as at ${result.stated.name}, but "${person.listName}" knows ${person.name} as ${result.knownAs.join('; ') || 'having other affiliations'}.`,
          excerpt: a.excerpt,
        },
      ];
    });
  },
};

/**
 * A claimed or cited source contradicts what is known: a link named for one outlet that goes
 * to another domain, a known original with other authors, a byline claiming an outlet where
 * the author is not known to work.
 */
import { findOutletByName, findPerson } from '../analysis/resolve';
import { nameKey } from '../analysis/names';
import type { Flag } from '../report';
import type { Check } from './types';

export const sourceMismatch: Check = {
  id: 'source-mismatch',
  severity: 'high',
  description: 'A claimed or cited source contradicts what is known: wrong domain for a named outlet, another author for a known original, a byline outlet the author is not known at.',
  check({ citations, parsed, known, article }) {
    const flags: Flag[] = citations
      .filter((c) => c.status === 'mismatch')
      .map((c) => ({ kind: 'source-mismatch', severity: 'high', message: `Source mismatch: ${c.reason ?? 'the source does not match what is known'}.`, excerpt: c.excerpt }));

    const claimed = parsed.bylineOutlet ? findOutletByName(known, parsed.bylineOutlet) : undefined;
    if (claimed) {
      for (const author of parsed.authors) {
        const person = findPerson(known, author);
        const names = [claimed.name, ...(claimed.aliases ?? [])].map(nameKey);
        if (person && !(person.affiliations ?? []).some((a) => names.includes(nameKey(a.organization)))) {
          flags.push({
            kind: 'source-mismatch',
            severity: 'high',
            message: `The byline places ${person.name} at ${claimed.name}, but "${person.listName}" knows ${person.name} at ${(person.affiliations ?? []).map((a) => a.organization).join(', ') || 'no outlet'}.`,
            excerpt: article.meta.byline ?? author,
          });
        }
      }
    }
    return flags;
  },
};

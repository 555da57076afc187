/** The byline names someone not known at this outlet; staff and "Admin" bylines count as unknown. */
import { findPerson } from '../analysis/resolve';
import { nameKey } from '../analysis/names';
import type { Check } from './types';

export const unknownAuthor: Check = {
  id: 'unknown-author',
  severity: 'low',
  description: 'The byline names a person who is not known at this outlet (staff bylines and "Admin" count as unknown).',
  check({ parsed, known, article }) {
    const outlet = known.hostOutlet;
    const outletNames = outlet ? [outlet.name, ...(outlet.aliases ?? [])].map(nameKey) : [];
    return parsed.authors.flatMap((author) => {
      const person = findPerson(known, author);
      const atOutlet = person && (person.affiliations ?? []).some((a) => outletNames.includes(nameKey(a.organization)));
      if (atOutlet) return [];
      const where = outlet ? `at ${outlet.name}` : `at ${parsed.domain ?? 'this site'}`;
      return [
        {
          kind: 'unknown-author' as const,
          severity: 'low' as const,
          message: person
            ? `${person.name} is known (list "${person.listName}") but not ${where}.`
            : `The byline "${author}" is not a person known ${where}.`,
          excerpt: article.meta.byline ?? author,
        },
      ];
    });
  },
};

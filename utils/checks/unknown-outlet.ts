/** The hosting domain is in no list: its reliability is unknown, which is not the same as reliable. */
import { listsNamed } from '../analysis/lists-named';
import type { Check } from './types';

export const unknownOutlet: Check = {
  id: 'unknown-outlet',
  severity: 'medium',
  description: 'The hosting domain is not a known outlet in any list.',
  check({ known, article, parsed }) {
    if (known.hostOutlet || !parsed.domain) return [];
    const lists = listsNamed(known.lists, 'no list');
    return [
      {
        kind: 'unknown-outlet',
        severity: 'medium',
        message: `${parsed.domain} is not a known outlet in ${lists}.`,
        // The site's own name where it gives one, else the title the page shows in its tab: text a reader sees.
        excerpt: article.meta.siteName ?? article.meta.title ?? parsed.host ?? article.url,
      },
    ];
  },
};

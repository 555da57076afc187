/** The hosting outlet is known, and known as satire, a content farm, unreliable or state media. */
import type { OutletKind, Severity } from '../report';
import type { Check } from './types';

const WARNED: Partial<Record<OutletKind, Severity>> = {
  satire: 'high',
  'content-farm': 'high',
  unreliable: 'high',
  'state-media': 'low',
};

/** Where other lists disagree, the reader sees that too: " Other lists: news in "Wikipedia perennial sources"." */
function otherViews(others: { kind: OutletKind; listName: string }[]): string {
  return others.length === 0 ? '' : ` Other lists: ${others.map((o) => `${o.kind} in "${o.listName}"`).join('; ')}.`;
}

export const outletWarning: Check = {
  id: 'outlet-warning',
  severity: 'high',
  description: 'The hosting outlet is known as satire, a content farm or unreliable (high), or as state media (low).',
  check({ known, article, parsed }) {
    const outlet = known.hostOutlet;
    const severity = outlet ? WARNED[outlet.kind] : undefined;
    if (!outlet || !severity) return [];
    return [
      {
        kind: 'outlet-warning',
        severity,
        message: `${outlet.name} (${parsed.domain}) is listed as ${outlet.kind} in "${outlet.listName}"${outlet.notes ? `: ${outlet.notes}` : '.'}${otherViews(known.hostDisagreements)}`,
        excerpt: article.meta.siteName ?? parsed.host ?? article.url,
      },
    ];
  },
};

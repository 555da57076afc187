/**
 * A person, organisation or outlet name close to, but not, a known one ("Shanghai Jia Tong
 * University"), and a host domain that wears a known outlet's name (reuters-worldnews.co).
 */
import { affiliationParts } from '../analysis/knowledge';
import { nearMissFor } from '../analysis/near-miss';
import { domainLabel } from '../analysis/urls';
import type { Flag } from '../report';
import type { Check } from './types';

export const nearMissName: Check = {
  id: 'near-miss-name',
  severity: 'medium',
  description: 'A person, organisation or outlet name (or the host domain) is close to, but not, a known one.',
  check({ parsed, known, article }) {
    const flags: Flag[] = [];
    const reported = new Set<string>();
    const report = (name: string, kind: 'person' | 'body', excerpt: string) => {
      if (reported.has(name)) return;
      const miss = nearMissFor(known, name, kind);
      if (!miss) return;
      reported.add(name);
      flags.push({
        kind: 'near-miss-name',
        severity: 'medium',
        message: `"${name}" is close to, but not, the known ${miss.kind} "${miss.known}" (list "${miss.listName}"): a misspelling or an impostor.`,
        excerpt,
      });
    };

    for (const a of parsed.attributions) {
      if (a.speaker && !a.anonymous) report(a.speaker, a.organization ? 'body' : 'person', a.excerpt);
      if (a.statedAffiliation) for (const part of affiliationParts(a.statedAffiliation)) report(part, 'body', a.excerpt);
    }
    for (const m of parsed.mentions) if (m.organization) report(m.name, 'body', m.excerpt);
    for (const c of parsed.citations) if (c.outletName && c.relation === 'cited' && !c.url) report(c.outletName, 'body', c.excerpt);

    for (const outlet of known.lookalikeOutlets) {
      if (!parsed.domain || outlet.domains.includes(parsed.domain)) continue;
      const label = outlet.domains.map(domainLabel).find((l) => domainLabel(parsed.domain!).split(/[-_0-9]+/).includes(l));
      if (!label) continue;
      flags.push({
        kind: 'near-miss-name',
        severity: 'medium',
        message: `The site's domain ${parsed.domain} carries the name of ${outlet.name} (list "${outlet.listName}"), whose known domains are ${outlet.domains.join(', ')}.`,
        excerpt: article.meta.siteName ?? parsed.host ?? article.url,
      });
    }
    return flags;
  },
};

/**
 * A person, organisation or outlet name close to, but not, a known one ("Shanghai Jia Tong
 * University"), and a host domain that wears or mimics a known outlet's (reuters-worldnews.co,
 * bbc-news24.net, reutres.com, nytimes.com.co, reuters.com.world-news.info).
 */
import { affiliationParts } from '../analysis/knowledge';
import { hostLookalike, nearMissFor } from '../analysis/near-miss';
import type { Flag } from '../report';
import type { Check } from './types';

export const nearMissName: Check = {
  id: 'near-miss-name',
  severity: 'medium',
  description: 'A person, organisation or outlet name (or the host domain) is close to, but not, a known one.',
  check({ parsed, known, article }) {
    const flags: Flag[] = [];
    const reported = new Set<string>();
    const report = (name: string, kind: 'person' | 'body', excerpt: string, statedAffiliations?: string[]) => {
      if (reported.has(name)) return;
      const miss = nearMissFor(known, name, kind, statedAffiliations);
      if (!miss) return;
      reported.add(name);
      flags.push({
        kind: 'near-miss-name',
        severity: 'medium',
        message: `"${name}" is close to, but not, the known ${miss.kind} "${miss.known}" (list "${miss.listName}"): ${miss.reason}. A misspelling or an impostor.`,
        excerpt,
      });
    };

    for (const a of parsed.attributions) {
      if (a.speaker && !a.anonymous) report(a.speaker, a.organization ? 'body' : 'person', a.excerpt);
      if (a.statedAffiliation) for (const part of affiliationParts(a.statedAffiliation)) report(part, 'body', a.excerpt);
    }
    const byline = article.meta.byline;
    for (const author of parsed.authors) report(author, 'person', byline?.includes(author) ? byline : author);
    for (const m of parsed.mentions) {
      if (m.organization) report(m.name, 'body', m.excerpt);
      else if (/^\S+(?:\s+\S+){1,2}$/.test(m.name)) report(m.name, 'person', m.excerpt);
    }
    for (const c of parsed.citations) if (c.outletName && c.relation === 'cited' && !c.url) report(c.outletName, 'body', c.excerpt);

    if (parsed.host && !known.hostOutlet) {
      // One flag for the host: the outlet it wears most plainly.
      const lookalike = known.lookalikeOutlets
        .map((outlet) => ({ outlet, found: hostLookalike(parsed.host!, outlet) }))
        .filter((l) => l.found !== null)
        .sort((a, b) => b.found!.strength - a.found!.strength)[0];
      if (lookalike) {
        const { outlet, found } = lookalike;
        flags.push({
          kind: 'near-miss-name',
          severity: 'medium',
          message: `The site's domain wears a known outlet's name: ${found!.how} (list "${outlet.listName}"; its known domains are ${outlet.domains.join(', ')}).`,
          excerpt: article.meta.siteName ?? parsed.host ?? article.url,
        });
      }
    }
    return flags;
  },
};

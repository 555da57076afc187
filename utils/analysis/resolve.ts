/** Pure matching of what the page says against Knowledge: people, organisations, outlets, origins. */
import type { Attribution, Citation } from '../report';
import type { AttributionCandidate } from './attributions';
import type { CitationCandidate } from './citations';
import { affiliationParts, outletForUrl, type Knowledge } from './knowledge';
import type { KnownOrganization, KnownOutlet, KnownPerson } from './lookup';
import { nameKey, personKeys } from './names';
import { isNeutral, resolveOrigin } from './origins';
import type { ParsedArticle } from './parse';
import { hostOf, registrableDomain } from './urls';

/**
 * The known person a name on the page means. Namesakes are common in large lists (a dozen
 * "Zhang Li"): the one known at a body the page ties them to (their stated affiliation, or the
 * outlet of a byline) is meant; otherwise the one of the list that speaks first.
 */
export function findPerson(known: Knowledge, name: string): KnownPerson | undefined {
  const keys = new Set(personKeys(name));
  const namesakes = known.people.filter((p) => [p.name, ...(p.aliases ?? [])].some((n) => personKeys(n).some((k) => keys.has(k))));
  if (namesakes.length <= 1) return namesakes[0];
  const stated = (known.statedAffiliations?.get(nameKey(name)) ?? []).flatMap(affiliationParts);
  return namesakes.find((p) => (p.affiliations ?? []).some((a) => stated.some((s) => sameBody(a.organization, s)))) ?? namesakes[0];
}

type Body = KnownOrganization | KnownOutlet;

function namesOf(body: Body): string[] {
  return [body.name, ...(body.aliases ?? [])];
}

/** An organisation or outlet known by this exact name or alias. */
export function findBody(known: Knowledge, name: string): Body | undefined {
  const key = nameKey(name);
  if (!key) return undefined;
  return [...known.organizations, ...known.outlets].find((b) => namesOf(b).some((n) => nameKey(n) === key));
}

export function findOutletByName(known: Knowledge, name: string): KnownOutlet | undefined {
  const key = nameKey(name);
  return known.outlets.find((o) => namesOf(o).some((n) => nameKey(n) === key));
}

/** "Institute of Automation" sits inside "Institute of Automation, Chinese Academy of Sciences". */
function sameBody(a: string, b: string): boolean {
  const x = ` ${nameKey(a)} `;
  const y = ` ${nameKey(b)} `;
  return x === y || x.includes(y) || y.includes(x);
}

export type AffiliationCheck =
  | { status: 'consistent' | 'unknown-body' | 'none' }
  | { status: 'mismatch'; stated: Body; knownAs: string[] };

/** Compares a stated affiliation with a person's known ones, part by part. */
export function checkAffiliation(known: Knowledge, person: KnownPerson, stated: string | undefined): AffiliationCheck {
  if (!stated) return { status: 'none' };
  const knownNames = (person.affiliations ?? []).flatMap((a) => {
    const body = findBody(known, a.organization);
    return body ? namesOf(body) : [a.organization];
  });
  const matched = affiliationParts(stated).map((part) => ({ part, body: findBody(known, part) }));
  if (matched.some(({ part, body }) => knownNames.some((k) => sameBody(k, part) || (body && namesOf(body).some((n) => sameBody(n, k)))))) {
    return { status: 'consistent' };
  }
  const contradicting = matched.find((m) => m.body)?.body;
  if (!contradicting) return { status: 'unknown-body' };
  return { status: 'mismatch', stated: contradicting, knownAs: (person.affiliations ?? []).map((a) => [a.title, a.organization].filter(Boolean).join(', ')) };
}

export function resolveAttribution(known: Knowledge, a: AttributionCandidate): Attribution {
  const base = {
    speaker: a.speaker,
    anonymous: a.anonymous,
    descriptor: a.descriptor,
    statedRole: a.statedRole,
    statedAffiliation: a.statedAffiliation,
    quote: a.quote,
    excerpt: a.excerpt,
  };
  if (a.anonymous || !a.speaker) return { ...base, status: 'anonymous' };
  if (a.organization) return { ...base, organization: true, status: findBody(known, a.speaker) ? 'known' : 'unknown' };
  const person = findPerson(known, a.speaker);
  if (!person) {
    // "Northway Rail said": a name the rules took for a person's may be a known body's.
    const body = findBody(known, a.speaker);
    return body ? { ...base, organization: true, status: 'known' } : { ...base, status: 'unknown' };
  }
  const knownRoles = (person.affiliations ?? []).map((af) => [af.title, af.organization].filter(Boolean).join(', '));
  const affiliation = checkAffiliation(known, person, a.statedAffiliation);
  return { ...base, status: affiliation.status === 'mismatch' ? 'mismatch' : 'known', personId: person.id, knownRoles };
}

/** "Reuters reported", "according to the BBC", "via AP": link text that cites an outlet as its source. */
const CITING_LINK = /^(?:according to|as reported by|reported by|first reported by|via|source:)\s+(.+)$|^(.+?)\s+(?:reported|reports|has reported|first reported|said|says|found)\b/i;

/** The known outlets a text names as a whole ("Reuters", "The New York Times"). */
function outletsNamed(known: Knowledge, text: string): KnownOutlet[] {
  const outlet = findOutletByName(known, text.trim());
  return outlet ? [outlet] : [];
}

/**
 * The outlet a link claims as its source. A bare name is a claim only when the link's domain
 * wears that outlet's name (reuters-worldnews.co): on a wiki, "The New York Times" links to a topic.
 */
function outletClaimedByLink(known: Knowledge, text: string, url: string): KnownOutlet | undefined {
  const citing = CITING_LINK.exec(text.trim());
  const named = citing ? outletsNamed(known, (citing[1] ?? citing[2])!) : [];
  if (named[0]) return named[0];
  const bare = outletsNamed(known, text)[0];
  const label = registrableDomain(url)?.split('.')[0] ?? '';
  return bare && bare.domains.some((d) => { const own = d.split('.')[0]!; return own.length >= 3 && label !== own && label.split(/[-_0-9]+/).includes(own); }) ? bare : undefined;
}

export type ResolvedCitation = Citation & {
  /** Why a citation is a mismatch or unverified, for the flag messages. */
  reason?: string;
  /** The original is this page's own site. */
  self?: boolean;
};

export function resolveCitation(known: Knowledge, parsed: ParsedArticle, c: CitationCandidate, authors: string[]): ResolvedCitation | null {
  const linkOutlet = c.url ? outletForUrl(known.outlets, c.url) : null;
  const named = c.outletName ? outletsNamed(known, c.outletName) : [];
  const base = { relation: c.relation, url: c.url, excerpt: c.excerpt };

  if (c.relation === 'original') return resolveOrigin(known, parsed, c, authors);

  if (c.url) {
    // "according to Reuters" with its link: the page says this link is Reuters.
    const claimed = c.outletName ? ((c.citing ? outletsNamed(known, c.outletName)[0] : undefined) ?? outletClaimedByLink(known, c.outletName, c.url)) : undefined;
    if (!claimed || registrableDomain(c.url) === parsed.domain || isNeutral(c.url)) return linkOutlet ? { ...base, outlet: linkOutlet.name, outletId: linkOutlet.id, status: 'known' } : null;
    if (linkOutlet?.id === claimed.id) return { ...base, outlet: claimed.name, outletId: claimed.id, status: 'known' };
    return {
      ...base,
      outlet: claimed.name,
      outletId: claimed.id,
      status: 'mismatch',
      reason: `${c.citing && c.phrase ? `the page cites ${claimed.name} ("${c.phrase}")` : `the link names ${claimed.name}`}, whose known domains in "${claimed.listName}" are ${claimed.domains.join(', ')}, but the link goes to ${hostOf(c.url)?.replace(/^www\./, '') ?? c.url}`,
    };
  }
  const outlet = named[0];
  return outlet ? { ...base, outlet: outlet.name, outletId: outlet.id, status: 'known' } : null;
}

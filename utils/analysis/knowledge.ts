/**
 * Knowledge: what the database said about the names, domains and claims of one article,
 * gathered in one batch of indexed queries, then read by pure functions.
 */
import { claimTokens } from './claims';
import type {
  KnownArticle,
  KnownClaimReview,
  KnownOrganization,
  KnownOutlet,
  KnownPerson,
  ListInfo,
  SourceLookup,
} from './lookup';
import { nameKey, nameTokens, personKeys } from './names';
import type { ParsedArticle } from './parse';
import { domainCandidates, domainLabel, urlKey } from './urls';

export type Knowledge = {
  hostOutlet: KnownOutlet | null;
  /** Known outlets whose domain label appears inside the host's (reuters-worldnews.co). */
  lookalikeOutlets: KnownOutlet[];
  people: KnownPerson[];
  organizations: KnownOrganization[];
  outlets: KnownOutlet[];
  articles: KnownArticle[];
  claimReviews: KnownClaimReview[];
  lists: ListInfo[];
};

/** The longest matching domain wins: abcnews.go.com over go.com. */
export function outletForUrl(outlets: KnownOutlet[], url: string): KnownOutlet | null {
  for (const candidate of domainCandidates(url)) {
    const outlet = outlets.find((o) => o.domains.includes(candidate));
    if (outlet) return outlet;
  }
  return null;
}

/** Organisation-like names inside an affiliation: the whole, and its parts split at "of the" and commas. */
export function affiliationParts(affiliation: string): string[] {
  const parts = new Set<string>([affiliation]);
  for (const piece of affiliation.split(/,\s*|\s+of\s+the\s+|[’']s\s+/)) if (piece.trim()) parts.add(piece.trim().replace(/^the\s+/i, ''));
  return [...parts];
}

function hostLabels(domain: string | null): string[] {
  if (!domain) return [];
  return domainLabel(domain).split(/[-_0-9]+/).filter((l) => l.length >= 4);
}

export async function gatherKnowledge(parsed: ParsedArticle, urls: string[], lookup: SourceLookup, lists: ListInfo[]): Promise<Knowledge> {
  const speakerNames = parsed.attributions.filter((a) => a.speaker).map((a) => a.speaker!);
  const personNames = [...speakerNames, ...parsed.authors];
  const orgNames = [
    ...parsed.attributions.flatMap((a) => (a.statedAffiliation ? affiliationParts(a.statedAffiliation) : [])),
    ...parsed.mentions.filter((m) => m.organization).map((m) => m.name),
    ...parsed.attributions.filter((a) => a.organization && a.speaker).map((a) => a.speaker!),
  ];
  const outletNames = [
    ...parsed.citations.map((c) => c.outletName).filter((n): n is string => Boolean(n)),
    ...(parsed.bylineOutlet ? [parsed.bylineOutlet] : []),
    ...orgNames,
  ];
  const linkDomains = [...new Set([...urls, ...parsed.citations.map((c) => c.url).filter((u): u is string => Boolean(u))].flatMap(domainCandidates))];
  const bodyTokens = [...new Set(parsed.sentences.filter((s) => s.kind === 'body').flatMap((s) => claimTokens(s.text)))];

  const [outletsByDomain, outletsByName, outletsByToken, lookalikes, people, peopleNear, orgs, orgsNear, articles, claimReviews] = await Promise.all([
    lookup.outletsByDomains(linkDomains),
    lookup.outletsByNameKeys([...new Set(outletNames.map(nameKey))]),
    lookup.outletsByTokens([...new Set(outletNames.flatMap(nameTokens))]),
    lookup.outletsByDomainLabels(hostLabels(parsed.domain)),
    lookup.peopleByNameKeys([...new Set(personNames.flatMap(personKeys))]),
    lookup.peopleByTokens([...new Set(personNames.flatMap(nameTokens))]),
    lookup.organizationsByNameKeys([...new Set(orgNames.map(nameKey))]),
    lookup.organizationsByTokens([...new Set(orgNames.flatMap(nameTokens))]),
    lookup.articlesByUrlKeys([...new Set(parsed.citations.map((c) => (c.url ? urlKey(c.url) : null)).filter((k): k is string => Boolean(k)))]),
    lookup.claimReviewsByTokens(bodyTokens),
  ]);

  const unique = <T extends { id?: string; listId: string; name?: string }>(items: T[]) => [...new Map(items.map((i) => [`${i.listId}:${i.id ?? i.name}`, i])).values()];
  const outlets = unique([...outletsByDomain, ...outletsByName, ...outletsByToken, ...lookalikes]);
  const hostOutlet = parsed.host ? outletForUrl(outletsByDomain, `https://${parsed.host}/`) : null;

  // Affiliations are checked against every organisation the speaker is known to work for.
  const affiliationNames = people.flatMap((p) => (p.affiliations ?? []).map((a) => a.organization));
  const [affiliationOrgs, affiliationOutlets] = await Promise.all([
    lookup.organizationsByNameKeys([...new Set(affiliationNames.map(nameKey))]),
    lookup.outletsByNameKeys([...new Set(affiliationNames.map(nameKey))]),
  ]);

  return {
    hostOutlet,
    lookalikeOutlets: lookalikes.filter((o) => !hostOutlet || o.id !== hostOutlet.id),
    people: unique([...people, ...peopleNear]),
    organizations: unique([...orgs, ...orgsNear, ...affiliationOrgs]),
    outlets: unique([...outlets, ...affiliationOutlets]),
    articles,
    claimReviews,
    lists,
  };
}

/**
 * Knowledge: what the database said about the names, domains and claims of one article,
 * gathered in one batch of indexed queries (and a small second one), then read by pure functions.
 */
import { sentenceClaimKeys } from './claims';
import type {
  KnownArticle,
  KnownClaimReview,
  KnownOrganization,
  KnownOutlet,
  KnownPerson,
  ListInfo,
  SourceLookup,
} from './lookup';
import { bodyFuzzyKeys, nameKey, personFuzzyKeys, personKeys } from './names';
import type { ParsedArticle } from './parse';
import { domainCandidates, embeddedDomains, hostLabelParts, labelFuzzyKeys, MIN_TYPO_LABEL, urlKey } from './urls';

export type Knowledge = {
  hostOutlet: KnownOutlet | null;
  /** What other lists say of the same site, where they give it another kind than hostOutlet's list. */
  hostDisagreements: KnownOutlet[];
  /**
   * Known outlets whose domain the host may wear or mimic (reuters-worldnews.co, reutres.com,
   * nytimes.com.co): index candidates, confirmed by hostLookalike. Empty when the host is known.
   */
  lookalikeOutlets: KnownOutlet[];
  people: KnownPerson[];
  organizations: KnownOrganization[];
  outlets: KnownOutlet[];
  articles: KnownArticle[];
  claimReviews: KnownClaimReview[];
  lists: ListInfo[];
  /** Words of the page's names that some known name also uses: real name words, not typos. */
  nameWords?: { person: Set<string>; body: Set<string> };
  /** Per person name on the page (by nameKey): the bodies the page ties them to (stated affiliation, byline outlet). */
  statedAffiliations?: Map<string, string[]>;
};

/** The longest matching domain wins (abcnews.go.com over go.com); then the list that speaks first (lookup order). */
export function outletForUrl(outlets: KnownOutlet[], url: string): KnownOutlet | null {
  return outletsForUrl(outlets, url)[0] ?? null;
}

/** Every list's record for the most specific known domain of the URL, strongest list first. */
function outletsForUrl(outlets: KnownOutlet[], url: string): KnownOutlet[] {
  for (const candidate of domainCandidates(url)) {
    const found = outlets.filter((o) => o.domains.includes(candidate));
    if (found.length > 0) return found;
  }
  return [];
}

/** Organisation-like names inside an affiliation: the whole, and its parts split at "of the" and commas. */
export function affiliationParts(affiliation: string): string[] {
  const parts = new Set<string>([affiliation]);
  for (const piece of affiliation.split(/,\s*|\s+of\s+the\s+|[’']s\s+/)) if (piece.trim()) parts.add(piece.trim().replace(/^the\s+/i, ''));
  return [...parts];
}

/** Exact label keys a host is looked up by: its registrable label and the words in it (bbc in bbc-news24.net). */
function hostLabelKeys(host: string): string[] {
  const site = hostLabelParts(host);
  if (!site) return [];
  return [...new Set([site.label, ...site.parts])].filter((l) => l.length >= 3);
}

/** Fuzzy label keys of a host: each label word of five letters or more, and each less a letter (reutres → reuters). */
function hostTypoKeys(host: string): string[] {
  const site = hostLabelParts(host);
  if (!site) return [];
  return [...new Set([site.label, ...site.parts])].filter((l) => l.length >= MIN_TYPO_LABEL).flatMap(labelFuzzyKeys);
}

/** The names a page gives people: speakers and byline authors. */
function personNamesOf(parsed: ParsedArticle): string[] {
  const speakers = parsed.attributions.filter((a) => a.speaker && !a.anonymous && !a.organization).map((a) => a.speaker!);
  return [...new Set([...speakers, ...parsed.authors])];
}

/**
 * The page's words that differ from a near-miss candidate in an otherwise equal name: the only
 * words worth asking the lists about (is "jin" a word of some other known name?).
 */
function differingWords(seen: string[], known: { name: string; aliases?: string[] }[]): string[] {
  const words = new Set<string>();
  const keysOf = (names: string[]) => names.map((n) => nameKey(n).split(' '));
  const knownKeys = known.flatMap((k) => keysOf([k.name, ...(k.aliases ?? [])]));
  for (const s of keysOf(seen)) {
    for (const k of knownKeys) {
      if (k.length !== s.length) continue;
      const differing = s.filter((w, i) => w !== k[i]);
      if (differing.length === 1) words.add(differing[0]!);
    }
  }
  return [...words];
}

/** Per person name on the page: the bodies the page ties them to (stated affiliations, and a byline author's outlet). */
function statedAffiliationsOf(parsed: ParsedArticle, hostOutlet: KnownOutlet | null): Map<string, string[]> {
  const map = new Map<string, string[]>();
  const add = (name: string, body: string | undefined) => {
    if (!body) return;
    const key = nameKey(name);
    map.set(key, [...new Set([...(map.get(key) ?? []), body])]);
  };
  for (const a of parsed.attributions) if (a.speaker && !a.anonymous) add(a.speaker, a.statedAffiliation);
  for (const author of parsed.authors) {
    add(author, parsed.bylineOutlet);
    add(author, hostOutlet?.name);
  }
  return map;
}

export async function gatherKnowledge(parsed: ParsedArticle, urls: string[], lookup: SourceLookup, lists: ListInfo[]): Promise<Knowledge> {
  const speakerNames = parsed.attributions.filter((a) => a.speaker).map((a) => a.speaker!);
  const personNames = [...speakerNames, ...parsed.authors];
  const nearPersonNames = personNamesOf(parsed);
  const orgNames = [
    ...parsed.attributions.flatMap((a) => (a.statedAffiliation ? affiliationParts(a.statedAffiliation) : [])),
    ...parsed.mentions.filter((m) => m.organization).map((m) => m.name),
    // Every named speaker: "Northway Rail said" reads like a person's name but may be a known body's.
    ...parsed.attributions.filter((a) => a.speaker && !a.anonymous).map((a) => a.speaker!),
  ];
  const outletNames = [
    ...parsed.citations.map((c) => c.outletName).filter((n): n is string => Boolean(n)),
    ...(parsed.bylineOutlet ? [parsed.bylineOutlet] : []),
    ...orgNames,
  ];
  const linkDomains = [...new Set([...urls, ...parsed.citations.map((c) => c.url).filter((u): u is string => Boolean(u))].flatMap(domainCandidates))];
  const bodyFuzzy = [...new Set(outletNames.flatMap(bodyFuzzyKeys))];
  const personFuzzy = [...new Set(nearPersonNames.flatMap(personFuzzyKeys))];
  const host = parsed.host;

  const [outletsByDomain, outletsByName, outletsNear, lookalikes, people, peopleNear, orgs, orgsNear, articles, claimReviews] = await Promise.all([
    lookup.outletsByDomains(linkDomains),
    lookup.outletsByNameKeys([...new Set(outletNames.map(nameKey))]),
    lookup.outletsByFuzzyKeys(bodyFuzzy),
    host
      ? Promise.all([
          lookup.outletsByDomainLabels(hostLabelKeys(host)),
          lookup.outletsByLabelKeys(hostTypoKeys(host)),
          lookup.outletsByDomains(embeddedDomains(host)),
        ]).then((found) => found.flat())
      : Promise.resolve([]),
    lookup.peopleByNameKeys([...new Set(personNames.flatMap(personKeys))]),
    lookup.peopleByFuzzyKeys(personFuzzy),
    lookup.organizationsByNameKeys([...new Set(orgNames.map(nameKey))]),
    lookup.organizationsByFuzzyKeys(bodyFuzzy),
    lookup.articlesByUrlKeys([...new Set(parsed.citations.map((c) => (c.url ? urlKey(c.url) : null)).filter((k): k is string => Boolean(k)))]),
    lookup.claimReviewsByKeys(sentenceClaimKeys(parsed.sentences.map((s) => s.text))),
  ]);

  const unique = <T extends { id?: string; listId: string; name?: string }>(items: T[]) => [...new Map(items.map((i) => [`${i.listId}:${i.id ?? i.name}`, i])).values()];
  const outlets = unique([...outletsByDomain, ...outletsByName, ...outletsNear, ...lookalikes]);
  const hostOutlets = host ? outletsForUrl(outletsByDomain, `https://${host}/`) : [];
  const hostOutlet = hostOutlets[0] ?? null;
  const hostDisagreements = [...new Map(hostOutlets.filter((o) => o.kind !== hostOutlet?.kind).map((o) => [o.listId, o])).values()];

  // Affiliations are checked against every organisation the speaker (or the person a name is close to) is known to work for.
  const affiliationNames = [...people, ...peopleNear].flatMap((p) => (p.affiliations ?? []).map((a) => a.organization));
  const candidateWords = [...differingWords(nearPersonNames, peopleNear), ...differingWords(outletNames, [...orgsNear, ...outletsNear])];
  const [affiliationOrgs, affiliationOutlets, knownWords] = await Promise.all([
    lookup.organizationsByNameKeys([...new Set(affiliationNames.map(nameKey))]),
    lookup.outletsByNameKeys([...new Set(affiliationNames.map(nameKey))]),
    candidateWords.length > 0 ? lookup.knownNameWords(candidateWords) : Promise.resolve({ person: [], body: [] }),
  ]);

  return {
    hostOutlet,
    hostDisagreements,
    // A known host is its own outlet: it wears no other outlet's name.
    lookalikeOutlets: hostOutlet ? [] : unique(lookalikes),
    people: unique([...people, ...peopleNear]),
    organizations: unique([...orgs, ...orgsNear, ...affiliationOrgs]),
    outlets: unique([...outlets, ...affiliationOutlets]),
    articles,
    claimReviews,
    lists,
    nameWords: { person: new Set(knownWords.person), body: new Set(knownWords.body) },
    statedAffiliations: statedAffiliationsOf(parsed, hostOutlet),
  };
}

/**
 * A claimed original against what is known: the outlet the page names, the domain its link goes
 * to, the page's own site, and the known articles. Pure, like the rest of resolve.
 *
 * - The original is this page itself: the link goes to the page's own registrable domain (www.,
 *   m., amp. and AMP caches aside), or the named outlet is the one hosting the page (a page on
 *   reuters.com saying "originally published by Reuters"), or the name is the host's own label.
 * - Mismatch: the page names a known outlet and links elsewhere (reuters-worldnews.co, another
 *   outlet), or the known original at that address has other authors.
 * - Known: the link is a known article.
 * - Otherwise unknown: the page claims an original nobody can confirm (unverified-origin).
 * A bare "Source:" line that leads to no link and no known outlet names a data or image source,
 * not an original, and is dropped.
 */
import type { CitationCandidate } from './citations';
import { outletForUrl, type Knowledge } from './knowledge';
import type { KnownOutlet } from './lookup';
import { nameKey, personKeys } from './names';
import type { ParsedArticle } from './parse';
import { domainLabel, hostOf, registrableDomain, urlKey } from './urls';

export type ResolvedOrigin = {
  relation: 'original';
  outlet?: string;
  outletId?: string;
  url?: string;
  excerpt: string;
  status: 'known' | 'unknown' | 'mismatch';
  reason?: string;
  self?: boolean;
};

/** Link shorteners, archives and readers: where they lead cannot be told offline, so they contradict nothing. */
const NEUTRAL_DOMAINS = new Set([
  't.co', 'bit.ly', 'buff.ly', 'ow.ly', 'tinyurl.com', 'goo.gl', 'dlvr.it', 'ift.tt', 'trib.al', 'lnkd.in', 'fb.me', 'apple.news', 'flip.it',
  'archive.org', 'archive.ph', 'archive.today', 'archive.is', 'ampproject.org', 'feedproxy.google.com', 'news.google.com', 'msn.com', 'yahoo.com',
]);

export function isNeutral(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return false;
  }
  const domain = registrableDomain(host);
  return NEUTRAL_DOMAINS.has(host) || (domain !== null && NEUTRAL_DOMAINS.has(domain));
}

/** A name written as a domain ("www.example.com", "Wired.com"). */
function asDomain(name: string | undefined): string | null {
  if (!name || !/^[\p{L}\p{N}.-]+\.[\p{L}]{2,}$/u.test(name)) return null;
  return registrableDomain(name.toLowerCase());
}

/** A known outlet by a name or alias; failing that, by the name less its trailing words ("The New York Times Magazine"). */
export function outletNamed(known: Knowledge, name: string): KnownOutlet | undefined {
  const byKey = (key: string) => known.outlets.find((o) => [o.name, ...(o.aliases ?? [])].some((n) => nameKey(n) === key));
  const key = nameKey(name);
  if (!key) return undefined;
  const exact = byKey(key);
  if (exact) return exact;
  const words = key.split(' ');
  for (let n = words.length - 1; n >= 2; n--) {
    const shorter = byKey(words.slice(0, n).join(' '));
    if (shorter) return shorter;
  }
  return undefined;
}

/** The name is the host's own: "Daring Fireball" on daringfireball.net, "The Atlantic" on theatlantic.com. */
function nameIsHost(name: string, domain: string | null): boolean {
  if (!domain) return false;
  const squashed = nameKey(name).replace(/ /g, '');
  const label = domainLabel(domain).replace(/[^\p{L}\p{N}]/gu, '');
  return squashed.length >= 3 && (squashed === label || `the${squashed}` === label || squashed === `the${label}`);
}

/** The link goes to a domain the outlet is known by (its subdomains too). */
function onOutlet(url: string, outlet: KnownOutlet): boolean {
  const domain = registrableDomain(url);
  return outlet.domains.some((d) => {
    try {
      const host = new URL(url).hostname.toLowerCase();
      return host === d || host.endsWith(`.${d}`) || domain === d;
    } catch {
      return false;
    }
  });
}

/** An article's address, not a home page or a data page: a dated path or a slug of several words. */
function looksLikeArticle(url: string): boolean {
  try {
    const path = new URL(url).pathname;
    return /\/(?:19|20)\d\d\//.test(path) || /[\p{L}\p{N}]+(?:[-_][\p{L}\p{N}]+){3,}/u.test(decodeURIComponent(path));
  } catch {
    return false;
  }
}

function how(c: CitationCandidate): string {
  return c.phrase ? ` ("${c.phrase}")` : '';
}

export function resolveOrigin(known: Knowledge, parsed: ParsedArticle, c: CitationCandidate, authors: string[]): ResolvedOrigin | null {
  const nameDomain = asDomain(c.outletName);
  const named = c.outletName && !nameDomain ? outletNamed(known, c.outletName) : undefined;
  const target = c.url ?? (nameDomain ? `https://${nameDomain}/` : undefined);
  const linkOutlet = target ? outletForUrl(known.outlets, target) : null;
  const linkDomain = target ? registrableDomain(target) : null;
  const host = known.hostOutlet;
  const outlet = named ?? linkOutlet ?? undefined;
  const base = {
    relation: 'original' as const,
    url: c.url,
    excerpt: c.excerpt,
    outlet: outlet?.name ?? c.outletName ?? linkDomain ?? undefined,
    outletId: outlet?.id,
  };
  const shownName = named?.name ?? c.outletName;
  const claim = `the page says it was first published ${shownName ? `by ${shownName}` : 'elsewhere'}${how(c)}`;

  // The original is this page's own site.
  if (linkDomain && parsed.domain && linkDomain === parsed.domain) return { ...base, status: 'known', self: true };
  if (host && ((linkOutlet && linkOutlet.id === host.id) || (!c.url && named && named.id === host.id))) return { ...base, status: 'known', self: true };
  if (!c.url && c.outletName && !named && nameIsHost(c.outletName, parsed.domain)) return { ...base, status: 'known', self: true };

  // The name and the link disagree: a known outlet named, another domain linked.
  if (named && c.url && !onOutlet(c.url, named) && !isNeutral(c.url)) {
    const linkHost = hostOf(c.url)?.replace(/^www\./, '') ?? c.url;
    const elsewhere = linkOutlet ? `${linkHost}, which is ${linkOutlet.name} in "${linkOutlet.listName}"` : linkHost;
    return {
      ...base,
      outlet: named.name,
      outletId: named.id,
      status: 'mismatch',
      reason: `${claim}, and "${named.listName}" knows ${named.name} at ${named.domains.join(', ')}, but the link goes to ${elsewhere}`,
    };
  }

  // "Source: the ministry", "Source: <a>Statistics office</a>": a bare source line that names no
  // known outlet and links to no article credits data or a picture; it is not an original.
  if (c.weak && !named && !linkOutlet && !(c.url && looksLikeArticle(c.url))) return null;

  const key = c.url ? urlKey(c.url) : null;
  const article = key ? known.articles.find((a) => urlKey(a.url) === key) : undefined;
  if (!article) {
    const lists = known.lists.map((l) => `"${l.name}"`).join(', ') || 'no list';
    const reason = c.url
      ? `${claim}, but ${c.url} is not among the known articles of ${lists}`
      : `${claim}, but gives no link to the original, so it cannot be matched to a known article`;
    return { ...base, status: 'unknown', reason };
  }
  const byAuthor = authors.length === 0 || !article.authors?.length || authors.some((n) => article.authors!.some((k) => personKeys(k).some((x) => personKeys(n).includes(x))));
  if (!byAuthor) {
    return {
      ...base,
      status: 'mismatch',
      reason: `${claim}; the known original "${article.title}" (list "${article.listName}") is by ${article.authors!.join(', ')}, not ${authors.join(', ')}`,
    };
  }
  return { ...base, status: 'known' };
}

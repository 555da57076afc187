/** URL and domain keys, public-suffix aware (tldts), shared by the database and the checks. */
import { getDomain, getHostname } from 'tldts';

export function hostOf(url: string): string | null {
  return getHostname(url) ?? null;
}

/** The registrable domain ("people.cn" for en.people.cn, "bbc.co.uk" for www.bbc.co.uk). */
export function registrableDomain(urlOrHost: string): string | null {
  return getDomain(urlOrHost) ?? null;
}

/**
 * The host and each parent down to the registrable domain: the keys an outlet domain can match.
 * On a hosting platform (the public suffix list's private section: blogspot.com, github.io,
 * substack.com…) each site is its own publisher, so a rating of the platform says nothing of
 * one blog on it and the candidates stop at the site: jane.blogspot.com, never blogspot.com.
 */
export function domainCandidates(url: string): string[] {
  const host = hostOf(url)?.replace(/^www\./, '');
  const domain = host ? (getDomain(host, { allowPrivateDomains: true }) ?? registrableDomain(host)) : null;
  if (!host || !domain) return [];
  const labels = host.split('.');
  const candidates: string[] = [];
  for (let i = 0; i < labels.length; i++) {
    const candidate = labels.slice(i).join('.');
    candidates.push(candidate);
    if (candidate === domain) break;
  }
  return candidates;
}

/** The label of a registrable domain without its suffix ("reuters" for reuters.com). */
export function domainLabel(domain: string): string {
  const registrable = registrableDomain(domain) ?? domain;
  return registrable.split('.')[0] ?? registrable;
}

/** Host without www, path without trailing slash, no query or fragment: what identifies an article. */
export function urlKey(url: string): string | null {
  try {
    const u = new URL(url);
    return `${u.hostname.replace(/^www\./, '').toLowerCase()}${u.pathname.replace(/\/+$/, '')}`;
  } catch {
    return null;
  }
}

/**
 * The label that names an outlet in one of its listed domains: "reuters" for reuters.com,
 * "nytimes" for nytimes.com, and the outlet's own label on a shared portal ("abcnews" for
 * abcnews.go.com, "folha" for folha.uol.com.br), never the portal's ("go", "uol").
 */
export function outletLabel(domain: string): string {
  const d = domain.toLowerCase().replace(/^www\./, '');
  const registrable = registrableDomain(d) ?? d;
  if (d !== registrable && d.endsWith(`.${registrable}`)) return d.slice(0, -(registrable.length + 1)).split('.').at(-1)!;
  return registrable.split('.')[0] ?? registrable;
}

/** Shortest outlet label a typo of which is worth looking for ("bbcc" for bbc is not). */
export const MIN_TYPO_LABEL = 5;

/** The words of a host's registrable label: "reuters-worldnews.co" → reuters, worldnews; "bbc-news24.net" → bbc, news. */
export function hostLabelParts(host: string): { domain: string; label: string; parts: string[] } | null {
  const h = host.toLowerCase().replace(/^www\./, '');
  const domain = registrableDomain(h);
  if (!domain) return null;
  const label = domain.split('.')[0] ?? domain;
  return { domain, label, parts: label.split(/[-_0-9]+/).filter(Boolean) };
}

/**
 * Registrable domains written inside a host in front of another domain: reuters.com in
 * reuters.com.world-news.info, nytimes.com in nytimes.com.co. The host's own domain and its
 * parents are not among them.
 */
export function embeddedDomains(host: string): string[] {
  const labels = host.toLowerCase().replace(/^www\./, '').split('.');
  const found = new Set<string>();
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 2; j < labels.length; j++) {
      const candidate = labels.slice(i, j).join('.');
      if (registrableDomain(candidate) === candidate) found.add(candidate);
    }
  }
  return [...found];
}

/** Fuzzy keys of a domain label: itself and itself less one letter, for labels of five letters or more. */
export function labelFuzzyKeys(label: string): string[] {
  if (label.length < MIN_TYPO_LABEL) return [];
  const variants = new Set([label]);
  for (let i = 0; i < label.length; i++) variants.add(label.slice(0, i) + label.slice(i + 1));
  return [...variants];
}

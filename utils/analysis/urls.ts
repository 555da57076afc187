/** URL and domain keys, public-suffix aware (tldts), shared by the database and the checks. */
import { getDomain, getHostname } from 'tldts';

export function hostOf(url: string): string | null {
  return getHostname(url) ?? null;
}

/** The registrable domain ("people.cn" for en.people.cn, "bbc.co.uk" for www.bbc.co.uk). */
export function registrableDomain(urlOrHost: string): string | null {
  return getDomain(urlOrHost) ?? null;
}

/** The host and each parent down to the registrable domain: the keys an outlet domain can match. */
export function domainCandidates(url: string): string[] {
  const host = hostOf(url)?.replace(/^www\./, '');
  const domain = host ? registrableDomain(host) : null;
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

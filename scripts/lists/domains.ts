/**
 * Hostnames out of the "domains" the source datasets hold: bare hosts, hosts with `www.`, URLs
 * with a scheme, a path or a query, and the odd typo. A list record matches a page by host and
 * its parents (utils/analysis/urls.ts), so what a record needs is a lower-case host, nothing more.
 */
import { getDomain } from 'tldts';

export type CleanHost = {
  host: string;
  /** The entry named a page or section of the site (`forbes.com/sites`), not the site itself. */
  hasPath: boolean;
};

const HOST = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/;

/** The host of one dataset entry, or null when it holds no usable domain name (empty, an IP address). */
export function cleanHost(raw: string): CleanHost | null {
  // Whitespace inside an entry is a typing slip ("silver-coin-investor. com"), never meaningful.
  const text = raw.replace(/\s+/g, '').replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/^\/\//, '');
  const [, authority = '', rest = ''] = /^([^/?#]*)(.*)$/.exec(text) ?? [];
  const host = authority
    .toLowerCase()
    .replace(/:\d+$/, '')
    .replace(/\.$/, '')
    .replace(/^www\./, '');
  // The extension matches hosts through their registrable domain, so a host without one
  // (an IP address, a bare suffix) could never match a page.
  if (!HOST.test(host) || !registrableDomain(host)) return null;
  // A lone "/" or a fragment ("/#articles") still names the site; anything else names a page in it.
  const hasPath = !/^\/?(#.*)?$/.test(rest);
  return { host, hasPath };
}

export function registrableDomain(host: string): string | null {
  return getDomain(host) ?? null;
}

/** Hosts once each, in order, without those whose parent is listed too (subdomains match anyway). */
export function compactHosts(hosts: string[]): string[] {
  const unique = [...new Set(hosts)];
  return unique.filter((host) => !unique.some((other) => other !== host && host.endsWith(`.${other}`)));
}

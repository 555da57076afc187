/**
 * CRED-1 (aloth/cred-1, CC BY 4.0, "CRED-1 by Alexander Loth") as a list of low-credibility domains.
 *
 * Categories: satire → `satire`; fake, conspiracy, rumor and unreliable → `unreliable`.
 * `mixed` and `reliable` are left out, so those domains stay unknown:
 * - mixed is, per CODEBOOK.md, "some factual reporting alongside biased, misleading, or unverified
 *   content" (OpenSources' bias/political/state labels, MBFC's Mixed factual rating). The list
 *   format has no kind for that: `unreliable` would overstate it with a high warning, and `news`
 *   would make the domain a known outlet and silence the unknown-outlet flag on a source the
 *   dataset itself calls questionable.
 * - reliable is 3 domains of a dataset built from lists of unreliable sites (CODEBOOK: "CRED-1
 *   contains very few reliable sources"). A low-credibility dataset is no ground for calling a
 *   domain reliable, and the product's rule is that a domain absent from every list is unknown.
 * A row whose domain carries a path (`newyorker.com/humor`, `cato.org/blog`) rated one section of a
 * site; a record covers the whole host, so it would call The New Yorker satire. Those rows are
 * left out too. The notes give each label's origin: category, score and which upstream lists
 * flagged the domain (CODEBOOK: Iffy.news fields are empty when the domain is only in OpenSources).
 */
import type { OutletKind } from '../../utils/report';
import { cleanHost } from './domains';
import { makeList, type BuiltList, type Dropped, type ListMeta, type Outlet } from './list';

/** The columns of cred1_current.csv this list reads. */
export type Cred1Row = { domain: string; category: string; credibility_score: string; sources: string; iffy_factual: string; safe_browsing_flagged: string };

export const CRED1_META: ListMeta = {
  name: 'CRED-1 domain credibility',
  description:
    'Low-credibility domains from CRED-1 by Alexander Loth (CC BY 4.0), which merges OpenSources.co (CC BY 4.0) and the Iffy.news Index (MIT) and adds Tranco, RDAP, Google Fact Check Tools and Safe Browsing signals. Satire sites are listed as satire; fake, conspiracy, rumor and unreliable sites as unreliable. CRED-1\'s mixed and reliable categories are not included: a domain absent from this list is unknown, not reliable.',
  license: 'CC BY 4.0',
  homepage: 'https://github.com/aloth/cred-1',
  version: '3b98756 (2026-08-04)',
  updated: '2026-08-04',
};

const KINDS: Record<string, OutletKind> = {
  satire: 'satire',
  fake: 'unreliable',
  conspiracy: 'unreliable',
  rumor: 'unreliable',
  unreliable: 'unreliable',
};
const LEFT_OUT = new Set(['mixed', 'reliable']);

/** The kind a CRED-1 category maps to, or null for a category this list leaves out. */
export function cred1Kind(category: string): OutletKind | null {
  return KINDS[category] ?? null;
}

/** "OpenSources.co and Iffy.news (MBFC factual reporting: VL)": which upstream lists flagged the domain. */
function upstream(row: Cred1Row): string {
  const iffy = row.iffy_factual ? `Iffy.news (MBFC factual reporting: ${row.iffy_factual})` : '';
  if (row.sources === '2') return `OpenSources.co and ${iffy || 'Iffy.news'}`;
  return iffy || 'OpenSources.co';
}

export function cred1Notes(row: Cred1Row): string {
  const flagged = row.safe_browsing_flagged ? '; flagged by Google Safe Browsing' : '';
  return `CRED-1 category: ${row.category}; credibility score ${row.credibility_score}; sources: ${upstream(row)}${flagged}.`;
}

export function buildCred1List(rows: Cred1Row[]): BuiltList {
  const dropped: Dropped[] = [];
  const outlets: { idFrom: string; outlet: Outlet }[] = [];
  const leftOut: Record<string, number> = {};
  const seen = new Set<string>();
  const bareHosts = new Set(rows.map((r) => cleanHost(r.domain)).flatMap((c) => (c && !c.hasPath ? [c.host] : [])));
  for (const row of rows) {
    const kind = cred1Kind(row.category);
    if (!kind) {
      if (LEFT_OUT.has(row.category)) leftOut[`category ${row.category}`] = (leftOut[`category ${row.category}`] ?? 0) + 1;
      else dropped.push({ entry: row.domain, reason: `unknown category "${row.category}"` });
      continue;
    }
    const clean = cleanHost(row.domain);
    if (!clean) {
      dropped.push({ entry: row.domain, reason: 'not a domain name' });
      continue;
    }
    if (clean.hasPath) {
      const site = bareHosts.has(clean.host) ? 'which has a row of its own' : 'not the whole site';
      dropped.push({ entry: row.domain, reason: `rates a section of ${clean.host}, ${site}` });
      continue;
    }
    if (seen.has(clean.host)) {
      dropped.push({ entry: row.domain, reason: `${clean.host} is listed already` });
      continue;
    }
    seen.add(clean.host);
    outlets.push({ idFrom: clean.host, outlet: { name: clean.host, domains: [clean.host], kind, notes: cred1Notes(row) } });
  }
  return { list: makeList(CRED1_META, outlets), dropped, leftOut };
}

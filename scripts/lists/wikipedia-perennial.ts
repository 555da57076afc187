/**
 * Wikipedia's perennial sources (Kudusch/wikipedia-perennial-sources, CC BY-SA 3.0) as a list.
 *
 * Kind: the most cautious of an entry's statuses. Generally unreliable, deprecated or blacklisted
 * → `unreliable`, or `content-farm` / `satire` when the consensus summary calls the source that
 * (Advameg "operates content farms", the one content-farm signal in any of the three datasets;
 * The Onion "is a satirical news website"). No consensus → `news`. Generally
 * reliable → `wire`, `broadcaster` or `magazine` when the name or the summary says so in so many
 * words, else `news`. The notes always carry the statuses and the summary, so a reader sees why.
 *
 * Domains: the scraper took every link in the page's "uses" column, so an entry's URLs include
 * links *about* the source — Wikidata items, Wikipedia edit pages, library catalogues, stock
 * quotes, YouTube channels. Rules, per entry: wiki pages (`/wiki/…`, `/w/…`) are never the
 * source's site; when the entry lists its site bare (`www.amazon.com`), a URL with a path counts
 * only on that same registrable domain; when it lists only URLs with paths (`www.afp.com/en`),
 * their hosts are the site. Then across entries: a host belongs to one entry — the one listing it
 * bare over one reaching it through a path (the Mail on Sunday's `dailymail.co.uk/mailonsunday`
 * is the Daily Mail's), else the one the page lists first, which is the outlet's general entry
 * ahead of its narrower ones (Forbes before Forbes.com contributors, Fox News before its talk
 * shows). The others lose that host, and the owner's notes say how Wikipedia rates them; an entry
 * left with no host is dropped.
 */
import type { OutletKind } from '../../utils/report';
import { cleanHost, compactHosts, registrableDomain } from './domains';
import { makeList, trimText, type BuiltList, type Dropped, type ListMeta, type Outlet } from './list';

/** One row of perennial-sources.csv (status and urls are JSON arrays of strings). */
export type PerennialRow = { id: string; name: string; status: string; wiki_url: string; urls: string; info: string };

export const WIKIPEDIA_META: ListMeta = {
  name: 'Wikipedia perennial sources',
  description:
    'Sources whose reliability English Wikipedia editors have discussed repeatedly, with their consensus status: derived from the English Wikipedia page Wikipedia:Reliable sources/Perennial sources via Kudusch/wikipedia-perennial-sources, snapshot 2021-03-17. Text by Wikipedia contributors, CC BY-SA 3.0; this list is shared under the same licence. Generally reliable sources are listed as news outlets (wire, broadcaster or magazine where the entry says so), sources without consensus as news with the summary in the notes, unreliable, deprecated and blacklisted ones as unreliable.',
  license: 'CC BY-SA 3.0',
  homepage: 'https://github.com/Kudusch/wikipedia-perennial-sources',
  version: '1a7c0c2 (2021-03-17)',
  updated: '2021-03-17',
};

const SUMMARY_LENGTH = 300;
const SEPARATE_SUMMARY_LENGTH = 160;

const UNRELIABLE_STATUSES = new Set(['generally unreliable', 'deprecated', 'blacklisted']);
const KNOWN_STATUSES = new Set([...UNRELIABLE_STATUSES, 'no consensus', 'generally reliable']);

const WIRE = /\b(?:news|press) agenc(?:y|ies)\b|\bwire services?\b|\bnewswires?\b/i;
const BROADCASTER = /\bbroadcast(?:s|ers?|ing)?\b|\b(?:radio|television) (?:network|channel|station|broadcaster)s?\b/i;
/** In a name only: a summary says "reliable for television-related topics" of a listings magazine. */
const BROADCASTER_NAME = /\b(?:radio|television)\b/i;
const MAGAZINE = /\bmagazines?\b/i;
/**
 * A blog host (Blogger, Medium, WordPress.com) is rated unreliable as a self-published platform:
 * its sites are blogs, so the kind says that and the notes keep the rating. A platform marked
 * `unreliable` would put the same alarm on every post written there.
 */
const BLOG_HOST = /\bblog hosting service\b|\bblogging (?:service|platform)\b/i;
const CONTENT_FARM = /\bcontent farms?\b/i;
const SATIRE = /\bsatir(?:e|ical)\b/i;
/** A parenthesis that narrows the entry ("politics", "pre-2013") rather than naming it again ("AFP", "blogspot.com"). */
const SCOPE = /^[a-z0-9][^.]*$/;
/** A parenthesis that tells apart same-named papers ("Metro (UK)"): the country, as ISO 3166 codes. */
const COUNTRIES: Record<string, string> = { UK: 'GB', US: 'US' };

function jsonStrings(text: string, field: string, row: PerennialRow): string[] {
  const value: unknown = JSON.parse(text);
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) throw new Error(`perennial sources row ${row.id}: ${field} is not a JSON list of strings`);
  return value;
}

export type SplitName = { name: string; aliases: string[]; scope?: string; country?: string };

/** "Agence France-Presse (AFP)" → aliases ["AFP"]; "Fox News (talk shows)" → scope; "Metro (UK)" → country "GB". */
export function splitName(raw: string): SplitName {
  const name = raw.replace(/\s*\(.*$/, '').trim();
  const aliases: string[] = [];
  const scopes: string[] = [];
  let country: string | undefined;
  for (const [, inner = ''] of raw.matchAll(/\(([^)]*)\)/g)) {
    const text = inner.trim();
    if (COUNTRIES[text]) country = COUNTRIES[text];
    else if (SCOPE.test(text)) scopes.push(text);
    else aliases.push(...text.split(/,\s*/).map((a) => a.replace(/^["“]|["”]$/g, '').trim()));
  }
  const unique = [...new Set(aliases)].filter((a) => a && a !== name);
  const scope = [...new Set(scopes)].join(', ');
  return { name, aliases: unique, ...(scope ? { scope } : {}), ...(country ? { country } : {}) };
}

/** What a generally reliable source is, when its entry says so; otherwise a news outlet. */
export function reliableKind(name: string, summary: string): OutletKind {
  const text = `${name}. ${summary}`;
  if (WIRE.test(text)) return 'wire';
  if (BROADCASTER.test(text) || BROADCASTER_NAME.test(name)) return 'broadcaster';
  if (MAGAZINE.test(text)) return 'magazine';
  return 'news';
}

/** The most cautious status decides; null when the entry has no status this mapping knows. */
export function perennialKind(statuses: string[], name: string, summary: string): OutletKind | null {
  const known = statuses.map((s) => s.toLowerCase()).filter((s) => KNOWN_STATUSES.has(s));
  if (known.some((s) => UNRELIABLE_STATUSES.has(s))) {
    if (CONTENT_FARM.test(summary)) return 'content-farm';
    if (SATIRE.test(summary)) return 'satire';
    return BLOG_HOST.test(summary) ? 'blog' : 'unreliable';
  }
  if (known.includes('no consensus')) return 'news';
  if (known.includes('generally reliable')) return reliableKind(name, summary);
  return null;
}

export type EntryHost = { host: string; bare: boolean };

/** The hosts an entry's "uses" URLs name as the source's own site (see the header for the rules). */
export function entryHosts(urls: string[]): EntryHost[] {
  const cleaned = urls
    .filter((url) => !/^(?:[a-z]+:)?\/{0,2}[^/]+\/(?:wiki|w)\//i.test(url))
    .map(cleanHost)
    .filter((c) => c !== null);
  const bareDomains = new Set(cleaned.filter((c) => !c.hasPath).map((c) => registrableDomain(c.host)));
  const own = bareDomains.size > 0 ? cleaned.filter((c) => !c.hasPath || bareDomains.has(registrableDomain(c.host))) : cleaned;
  return compactHosts(own.map((c) => c.host)).map((host) => ({ host, bare: own.some((c) => c.host === host && !c.hasPath) }));
}

type Entry = {
  row: PerennialRow;
  split: SplitName;
  /** The name with its scope: "Fox News (talk shows)". */
  label: string;
  statuses: string[];
  kind: OutletKind;
  hosts: EntryHost[];
};

/** How the build's report names an entry: its label and its row in the CSV, since labels repeat. */
const reported = (entry: Pick<Entry, 'label' | 'row'>) => `${entry.label} (row ${entry.row.id})`;

/** Host → index of the entry that owns it: bare over path, then the first listed. */
function hostOwners(entries: Entry[]): Map<string, number> {
  const owners = new Map<string, number>();
  entries.forEach((entry, index) => {
    for (const { host, bare } of entry.hosts) {
      const current = owners.get(host);
      const currentBare = current !== undefined && entries[current]!.hosts.some((h) => h.host === host && h.bare);
      if (current === undefined || (bare && !currentBare)) owners.set(host, index);
    }
  });
  return owners;
}

const statusText = (statuses: string[]) => statuses.join(', ');

export function buildWikipediaList(rows: PerennialRow[]): BuiltList {
  const dropped: Dropped[] = [];
  const entries: Entry[] = [];
  for (const row of rows) {
    const statuses = jsonStrings(row.status, 'status', row);
    const urls = jsonStrings(row.urls, 'urls', row);
    const split = splitName(row.name);
    const label = split.scope ? `${split.name} (${split.scope})` : split.name;
    const kind = perennialKind(statuses, row.name, row.info);
    if (!kind) {
      dropped.push({ entry: reported({ label, row }), reason: `no recognised status (${statusText(statuses) || 'none'})` });
      continue;
    }
    const hosts = entryHosts(urls);
    if (hosts.length === 0) {
      dropped.push({ entry: reported({ label, row }), reason: urls.length === 0 ? 'no domain in the source' : `no domain of its own among ${urls.join(', ')}` });
      continue;
    }
    entries.push({ row, split, label, statuses, kind, hosts });
  }

  const owners = hostOwners(entries);
  const outlets: { idFrom: string; outlet: Outlet }[] = [];
  entries.forEach((entry, index) => {
    const domains = entry.hosts.filter((h) => owners.get(h.host) === index).map((h) => h.host);
    const lost = entry.hosts.filter((h) => owners.get(h.host) !== index).map((h) => ({ host: h.host, owner: entries[owners.get(h.host)!]! }));
    if (domains.length === 0) {
      const ownerNames = [...new Set(lost.map((l) => reported(l.owner)))].join(', ');
      dropped.push({ entry: reported(entry), reason: `its domains belong to ${ownerNames}, whose notes give this rating` });
      return;
    }
    const others = entries.filter((other, i) => i !== index && other.hosts.some((h) => owners.get(h.host) === index));
    const { split } = entry;
    const notes = [
      `Wikipedia status${split.scope ? ` (${split.scope})` : ''}: ${statusText(entry.statuses)}. ${trimText(entry.row.info, SUMMARY_LENGTH)}`,
      ...others.map((o) => `Wikipedia rates ${o.label} separately: ${statusText(o.statuses)}. ${trimText(o.row.info, SEPARATE_SUMMARY_LENGTH)}`),
      ...lost.map((l) => `${l.host} is left to ${l.owner.label}, which Wikipedia rates separately.`),
    ];
    outlets.push({
      idFrom: split.name,
      outlet: {
        name: split.name,
        ...(split.aliases.length > 0 ? { aliases: split.aliases } : {}),
        domains,
        kind: entry.kind,
        ...(split.country ? { country: split.country } : {}),
        notes: notes.join(' '),
        evidence: [...new Set([entry.row.wiki_url, ...others.map((o) => o.row.wiki_url)])],
      },
    });
  });
  return { list: makeList(WIKIPEDIA_META, outlets), dropped, leftOut: {} };
}

/**
 * SourceLookup over the compiled lists (compiled-list.ts): every question answered through an
 * index, never a scan. A question reads, for each list, the one bucket row each asked key hashes
 * to, keeps per key the records of the lists that speak first, then reads the chunk of each kept
 * record once. A bucket or chunk read is a primary-key get whatever the list's size, so a
 * question costs what the page asks, not what the lists hold.
 */
import type { KnownNameWords, ListInfo, SourceLookup } from '../analysis/lookup';
import { isUsefulBodyFuzzyKey } from '../analysis/names';
import type { IndexId } from './compiled-list';
import { listFilters, listTables, positionsByKey, recordsAt } from './list-store';
import type { SourcecheckDB, StoredList } from './schema';
import type { RecordKind } from './stored-rows';

/** Keys per question at most: a page names a few hundred things, not thousands. */
const MAX_KEYS = 2_000;
/** Fuzzy name keys and claim pair keys are several per name or sentence, each matching few records. */
const MAX_FUZZY_KEYS = 8_000;
/** Records per key at most, the lists that speak first first: a key shared by more says little about which one is meant. */
const PER_KEY = 50;
/**
 * People per exact name at most. Common names are shared by many (a large list holds a dozen
 * "Zhang Li" and hundreds of "James Smith"), and what a page costs must not grow with how many:
 * the analysis takes the first person known by a name, from the list that speaks first
 * (resolve.ts findPerson), which the cap keeps; ten leave room to tell homonyms apart.
 */
export const PERSON_PER_NAME = 10;
/**
 * Records per near-miss (fuzzy) key at most. A key shared by more is a crowd: every James Smith
 * under "james smith", which "James Smitth" asks; Zhang Xi, Zhang Xia, Zhang Xiu and Zhang Xin
 * under "zhang xi". One record of a name is enough to see that a page misspells it.
 */
export const NEAR_PER_KEY = 5;
/**
 * Organisations and outlets per exact name at most. Many bodies share a name (an "Institute of
 * Health", a "Daily News" in every city); the analysis uses one body per name, the first it
 * meets from the list that speaks first (resolve.ts findBody, findOutletByName).
 */
export const BODY_PER_NAME = 1;
/** A token shared by more records than this says nothing about which one is meant. */
const MAX_TOKEN_MATCHES = 500;

/**
 * Where lists disagree, which speaks first: the user's own list, then imported files (the latest
 * first: the user chose it most recently), then bundled lists in the manifest's order.
 */
export function precedence(stored: StoredList[]): ListInfo[] {
  const group = { user: 0, file: 1, bundled: 2 } as const;
  return [...stored]
    .sort((a, b) => group[a.origin] - group[b.origin] || (a.origin === 'file' ? b.importedAt.localeCompare(a.importedAt) : (a.rank ?? 0) - (b.rank ?? 0)) || a.id.localeCompare(b.id))
    .map((l, rank) => ({ id: l.id, name: l.name, version: l.version, license: l.license, origin: l.origin, rank }));
}

type ReadOptions = {
  /** Records in all at most, the strongest lists' first. */
  limit?: number;
  /** Asked keys at most. */
  maxKeys?: number;
  /** Records per asked key at most, those of the lists that speak first, but one of every list before a second of any. */
  perKey?: number;
  /** Asked keys that can find nothing the analysis would use are not read. */
  useful?: (key: string) => boolean;
};

type Ranked = { list: StoredList; info: ListInfo; filters: Map<IndexId, string> };
/** A record's place: its list and its position in that list. */
type Hit = { ranked: Ranked; position: number };

/**
 * The hits to read under one key, found in each list (lists in precedence order): all of them up
 * to PER_KEY, or with a cap the first of every list, then the rest by precedence, up to the cap
 * (or one a list when more lists than the cap have the key: a crowd of namesakes in a large list
 * must not hide another list's person).
 */
function keptHits(perList: Hit[][], cap: number | undefined): Hit[] {
  const all = perList.flat();
  if (cap === undefined || all.length <= cap) return all.slice(0, PER_KEY);
  const firsts = perList.filter((hits) => hits.length > 0).map((hits) => hits[0]!);
  const rest = perList.flatMap((hits) => hits.slice(1));
  return [...firsts, ...rest].slice(0, Math.max(cap, firsts.length));
}

export function dexieLookup(db: SourcecheckDB): SourceLookup {
  /**
   * Each list's filters, read once per content of the list: the same records always compile to
   * the same rows, and a list's revision fingerprints its records, so the filters of
   * `${id}@${revision}` stay right for as long as that revision is current.
   */
  const filters = new Map<string, Promise<Map<IndexId, string>>>();
  const filtersOf = (list: StoredList) => {
    const key = `${list.id}@${list.revision}`;
    let loaded = filters.get(key);
    if (!loaded) {
      loaded = listFilters(db, list.id);
      // A read that failed (its transaction aborted) is tried again next time, not remembered.
      loaded.catch(() => filters.delete(key));
      filters.set(key, loaded);
    }
    return loaded;
  };

  // Read afresh each time (a handful of rows): a list imported on the options page counts at once.
  async function rankedLists(): Promise<Ranked[]> {
    const stored = await db.lists.toArray();
    const current = new Set(stored.map((l) => `${l.id}@${l.revision}`));
    for (const key of filters.keys()) if (!current.has(key)) filters.delete(key);
    const byId = new Map(stored.map((l) => [l.id, l]));
    return Promise.all(precedence(stored).map(async (info) => ({ list: byId.get(info.id)!, info, filters: await filtersOf(byId.get(info.id)!) })));
  }

  async function byIndex<K extends RecordKind>(kind: K, index: IndexId, keys: string[], options: ReadOptions = {}) {
    const wanted = [...new Set(keys)].filter((k) => k && (options.useful?.(k) ?? true)).slice(0, options.maxKeys ?? MAX_KEYS);
    if (wanted.length === 0) return [];
    return db.transaction('r', listTables(db), async () => {
      const lists = await rankedLists();
      const found = await Promise.all(lists.map((ranked) => positionsByKey(db, ranked.list, index, wanted, ranked.filters.get(index))));
      const seen = new Set<string>();
      const hits: Hit[] = [];
      for (const key of wanted) {
        const perList = lists.map((ranked, i) => (found[i]!.get(key) ?? []).map((position) => ({ ranked, position })));
        for (const hit of keptHits(perList, options.perKey)) {
          const id = `${hit.ranked.list.id}:${hit.position}`;
          if (!seen.has(id)) hits.push(hit), seen.add(id);
        }
      }
      hits.sort((a, b) => a.ranked.info.rank - b.ranked.info.rank);
      const kept = options.limit ? hits.slice(0, options.limit) : hits;
      const records = await Promise.all(
        lists.map((ranked) => recordsAt(db, ranked.list.id, kind, kept.filter((h) => h.ranked === ranked).map((h) => h.position))),
      );
      return lists.flatMap((ranked, i) =>
        records[i]!.map((record) => ({ ...record, listName: ranked.info.name, listLicense: ranked.info.license, listRank: ranked.info.rank })),
      );
    });
  }

  /** Which keys some record has in this index, in any list (bucket rows only, no records). */
  async function present(index: IndexId, keys: string[]): Promise<string[]> {
    const wanted = [...new Set(keys)].filter(Boolean).slice(0, MAX_KEYS);
    if (wanted.length === 0) return [];
    const found = await db.transaction('r', listTables(db), async () => {
      const lists = await rankedLists();
      return Promise.all(lists.map(({ list, filters }) => positionsByKey(db, list, index, wanted, filters.get(index))));
    });
    return wanted.filter((key) => found.some((map) => map.has(key)));
  }

  const bodyNames: ReadOptions = { perKey: BODY_PER_NAME };
  const bodyFuzzy: ReadOptions = { limit: MAX_TOKEN_MATCHES, maxKeys: MAX_FUZZY_KEYS, perKey: NEAR_PER_KEY, useful: isUsefulBodyFuzzyKey };

  return {
    outletsByDomains: (domains) => byIndex('outlets', 'outlets.domains', domains),
    outletsByNameKeys: (keys) => byIndex('outlets', 'outlets.nameKeys', keys, bodyNames),
    outletsByDomainLabels: (labels) => byIndex('outlets', 'outlets.domainLabels', labels),
    outletsByLabelKeys: (keys) => byIndex('outlets', 'outlets.labelKeys', keys, { limit: MAX_TOKEN_MATCHES }),
    outletsByFuzzyKeys: (keys) => byIndex('outlets', 'outlets.fuzzyKeys', keys, bodyFuzzy),
    peopleByNameKeys: (keys) => byIndex('people', 'people.nameKeys', keys, { perKey: PERSON_PER_NAME }),
    peopleByFuzzyKeys: (keys) => byIndex('people', 'people.fuzzyKeys', keys, { limit: MAX_TOKEN_MATCHES, maxKeys: MAX_FUZZY_KEYS, perKey: NEAR_PER_KEY }),
    organizationsByNameKeys: (keys) => byIndex('organizations', 'organizations.nameKeys', keys, bodyNames),
    organizationsByFuzzyKeys: (keys) => byIndex('organizations', 'organizations.fuzzyKeys', keys, bodyFuzzy),
    async knownNameWords(words): Promise<KnownNameWords> {
      const [person, organizations, outlets] = await Promise.all([present('people.tokens', words), present('organizations.tokens', words), present('outlets.tokens', words)]);
      return { person, body: [...new Set([...organizations, ...outlets])] };
    },
    articlesByUrlKeys: (keys) => byIndex('articles', 'articles.urlKey', keys),
    claimReviewsByKeys: (keys) => byIndex('claimReviews', 'claimReviews.claimKeys', keys, { limit: MAX_TOKEN_MATCHES, maxKeys: MAX_FUZZY_KEYS }),
    async lists(): Promise<ListInfo[]> {
      return (await rankedLists()).map((r) => r.info);
    },
  };
}

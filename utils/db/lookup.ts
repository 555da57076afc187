/**
 * SourceLookup over the Dexie tables: every question answered through an index, one exact-key
 * read per asked key (IDBIndex.getAll on the key, capped), all in one read-only transaction. A
 * key read is a seek whatever the table's size, so a question costs what the page asks, not
 * what the lists hold: no scan, and no cursor walk between keys.
 */
import type { KnownNameWords, ListInfo, SourceLookup } from '../analysis/lookup';
import type { SourcecheckDB, StoredArticle, StoredClaimReview, StoredList, StoredOrganization, StoredOutlet, StoredPerson } from './schema';

/** Keys per question at most: a page names a few hundred things, not thousands. */
const MAX_KEYS = 2_000;
/** Fuzzy name keys and claim pair keys are several per name or sentence, each matching few records. */
const MAX_FUZZY_KEYS = 8_000;
/** Records per key at most: a key shared by more says little about which one is meant. */
const PER_KEY = 50;
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

type Rows = { outlets: StoredOutlet; people: StoredPerson; organizations: StoredOrganization; articles: StoredArticle; claimReviews: StoredClaimReview };
type TableName = keyof Rows;

export function dexieLookup(db: SourcecheckDB): SourceLookup {
  // Read afresh each time (a handful of rows): a list imported on the options page counts at once.
  const lists = () => db.lists.toArray().then((all) => new Map(precedence(all).map((l) => [l.id, l])));

  /** Records with their list's name, licence and precedence, the strongest list's first. */
  async function withList<T extends { listId: string }>(records: T[]): Promise<(T & { listName: string; listLicense?: string; listRank: number })[]> {
    const byId = await lists();
    return records
      .map((r) => {
        const list = byId.get(r.listId);
        return { ...r, listName: list?.name ?? r.listId, listLicense: list?.license, listRank: list?.rank ?? Number.MAX_SAFE_INTEGER };
      })
      .sort((a, b) => a.listRank - b.listRank);
  }

  /** Exact-key reads on one index of one table, in one transaction; results in key order, each record once. */
  async function read<R>(table: TableName, index: string, keys: string[], each: (ix: IDBIndex, key: string) => IDBRequest<R>): Promise<R[]> {
    if (keys.length === 0) return [];
    if (!db.isOpen()) await db.open();
    const idb = db.backendDB();
    return new Promise<R[]>((resolve, reject) => {
      const tx = idb.transaction(db.table(table).name, 'readonly');
      const ix = tx.objectStore(db.table(table).name).index(index);
      const results: R[] = new Array<R>(keys.length);
      keys.forEach((key, i) => {
        const request = each(ix, key);
        request.onsuccess = () => {
          results[i] = request.result;
        };
      });
      tx.oncomplete = () => resolve(results);
      tx.onerror = () => reject(tx.error ?? new Error(`lookup on ${table}.${index} failed`));
      tx.onabort = () => reject(tx.error ?? new Error(`lookup on ${table}.${index} aborted`));
    });
  }

  async function byIndex<N extends TableName>(table: N, index: string, keys: string[], options: { limit?: number; maxKeys?: number } = {}) {
    const wanted = [...new Set(keys)].filter(Boolean).slice(0, options.maxKeys ?? MAX_KEYS);
    const found = await read<Rows[N][]>(table, index, wanted, (ix, key) => ix.getAll(key, PER_KEY) as IDBRequest<Rows[N][]>);
    const unique = [...new Map(found.flat().map((r) => [r.key, r])).values()];
    return withList(options.limit ? unique.slice(0, options.limit) : unique);
  }

  /** Which keys some record of the table has in this index (one key read each, no records). */
  async function present(table: TableName, index: string, keys: string[]): Promise<string[]> {
    const wanted = [...new Set(keys)].filter(Boolean).slice(0, MAX_KEYS);
    const found = await read<IDBValidKey | undefined>(table, index, wanted, (ix, key) => ix.getKey(key));
    return wanted.filter((_, i) => found[i] !== undefined);
  }

  return {
    outletsByDomains: (domains) => byIndex('outlets', 'domains', domains),
    outletsByNameKeys: (keys) => byIndex('outlets', 'nameKeys', keys),
    outletsByDomainLabels: (labels) => byIndex('outlets', 'domainLabels', labels),
    outletsByLabelKeys: (keys) => byIndex('outlets', 'labelKeys', keys, { limit: MAX_TOKEN_MATCHES }),
    outletsByFuzzyKeys: (keys) => byIndex('outlets', 'fuzzyKeys', keys, { limit: MAX_TOKEN_MATCHES, maxKeys: MAX_FUZZY_KEYS }),
    peopleByNameKeys: (keys) => byIndex('people', 'nameKeys', keys),
    peopleByFuzzyKeys: (keys) => byIndex('people', 'fuzzyKeys', keys, { limit: MAX_TOKEN_MATCHES, maxKeys: MAX_FUZZY_KEYS }),
    organizationsByNameKeys: (keys) => byIndex('organizations', 'nameKeys', keys),
    organizationsByFuzzyKeys: (keys) => byIndex('organizations', 'fuzzyKeys', keys, { limit: MAX_TOKEN_MATCHES, maxKeys: MAX_FUZZY_KEYS }),
    async knownNameWords(words): Promise<KnownNameWords> {
      const [person, organizations, outlets] = await Promise.all([present('people', 'tokens', words), present('organizations', 'tokens', words), present('outlets', 'tokens', words)]);
      return { person, body: [...new Set([...organizations, ...outlets])] };
    },
    articlesByUrlKeys: (keys) => byIndex('articles', 'urlKey', keys),
    claimReviewsByKeys: (keys) => byIndex('claimReviews', 'claimKeys', keys, { limit: MAX_TOKEN_MATCHES, maxKeys: MAX_FUZZY_KEYS }),
    async lists(): Promise<ListInfo[]> {
      return [...(await lists()).values()];
    },
  };
}

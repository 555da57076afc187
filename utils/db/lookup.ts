/**
 * SourceLookup over the Dexie tables: every question answered through an index, one exact-key
 * read per asked key, all in one read-only transaction. A key read is a seek whatever the
 * table's size, so a question costs what the page asks, not what the lists hold: no scan, and
 * no cursor walk between keys.
 *
 * A question reads primary keys first (IDBIndex.getAllKeys on each asked key, capped), keeps
 * per key the records of the lists that speak first, then reads each record it keeps once
 * (IDBObjectStore.get), in the same transaction: a record found under several keys (a name
 * under most of its fuzzy keys) is read and copied once, and no record is read that a cap drops.
 */
import type { KnownNameWords, ListInfo, SourceLookup } from '../analysis/lookup';
import { isUsefulBodyFuzzyKey } from '../analysis/names';
import type { SourcecheckDB, StoredArticle, StoredClaimReview, StoredList, StoredOrganization, StoredOutlet, StoredPerson } from './schema';

/** Keys per question at most: a page names a few hundred things, not thousands. */
const MAX_KEYS = 2_000;
/** Fuzzy name keys and claim pair keys are several per name or sentence, each matching few records. */
const MAX_FUZZY_KEYS = 8_000;
/**
 * Records per key at most: a key shared by more says little about which one is meant. These are
 * the first by primary key (`${listId}:${id}`), whatever their list's precedence; the caps below
 * choose among them by precedence.
 */
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

type Rows = { outlets: StoredOutlet; people: StoredPerson; organizations: StoredOrganization; articles: StoredArticle; claimReviews: StoredClaimReview };
type TableName = keyof Rows;

type ReadOptions = {
  /** Records in all at most, in key order. */
  limit?: number;
  /** Asked keys at most. */
  maxKeys?: number;
  /** Records per asked key at most, those of the lists that speak first (all PER_KEY read unless set). */
  perKey?: number;
  /** Asked keys that can find nothing the analysis would use are not read. */
  useful?: (key: string) => boolean;
};

export function dexieLookup(db: SourcecheckDB): SourceLookup {
  // Read afresh each time (a handful of rows): a list imported on the options page counts at once.
  const lists = () => db.lists.toArray().then((all) => new Map(precedence(all).map((l) => [l.id, l])));

  /** Records with their list's name, licence and precedence, the strongest list's first. */
  function withList<T extends { listId: string }>(records: T[], byId: Map<string, ListInfo>): (T & { listName: string; listLicense?: string; listRank: number })[] {
    return records
      .map((r) => {
        const list = byId.get(r.listId);
        return { ...r, listName: list?.name ?? r.listId, listLicense: list?.license, listRank: list?.rank ?? Number.MAX_SAFE_INTEGER };
      })
      .sort((a, b) => a.listRank - b.listRank);
  }

  /** Exact-key reads on one index of one table, in one transaction; results in key order. */
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

  /**
   * The records under the asked keys of one index, in one transaction: the primary keys under
   * each key (PER_KEY at most, as stored), of which `choose` keeps some, then each kept record once.
   */
  async function readRecords<R>(table: TableName, index: string, keys: string[], choose: (perKey: string[][]) => string[]): Promise<R[]> {
    if (keys.length === 0) return [];
    if (!db.isOpen()) await db.open();
    const idb = db.backendDB();
    return new Promise<R[]>((resolve, reject) => {
      const tx = idb.transaction(db.table(table).name, 'readonly');
      const store = tx.objectStore(db.table(table).name);
      const ix = store.index(index);
      const perKey: string[][] = new Array<string[]>(keys.length);
      const records: R[] = [];
      let pending = keys.length;
      keys.forEach((key, i) => {
        const request = ix.getAllKeys(key, PER_KEY);
        request.onsuccess = () => {
          perKey[i] = request.result as string[];
          if (--pending > 0) return;
          // Every key answered: read the kept records, still inside the transaction.
          choose(perKey).forEach((primary, j) => {
            const get = store.get(primary);
            get.onsuccess = () => {
              records[j] = get.result as R;
            };
          });
        };
      });
      tx.oncomplete = () => resolve(records.filter((r) => r !== undefined));
      tx.onerror = () => reject(tx.error ?? new Error(`lookup on ${table}.${index} failed`));
      tx.onabort = () => reject(tx.error ?? new Error(`lookup on ${table}.${index} aborted`));
    });
  }

  async function byIndex<N extends TableName>(table: N, index: string, keys: string[], options: ReadOptions = {}) {
    const wanted = [...new Set(keys)].filter((k) => k && (options.useful?.(k) ?? true)).slice(0, options.maxKeys ?? MAX_KEYS);
    if (wanted.length === 0) return [];
    const byId = await lists();
    // A row's key is `${listId}:${id}` (stored-rows.ts): its list's rank without reading the row.
    const rankOf = (primary: string) => byId.get(primary.slice(0, primary.indexOf(':')))?.rank ?? Number.MAX_SAFE_INTEGER;
    const cap = options.perKey;
    const listOf = (primary: string) => primary.slice(0, primary.indexOf(':'));
    /** The records of the lists that speak first — but one of every list before a second of any: a crowd of namesakes in a large list must not hide another list's person. */
    const capped = (primaries: string[]) => {
      const sorted = [...primaries].sort((a, b) => rankOf(a) - rankOf(b));
      const firsts = sorted.filter((p, i) => i === 0 || listOf(p) !== listOf(sorted[i - 1]!));
      const firstSet = new Set(firsts);
      return [...firsts, ...sorted.filter((p) => !firstSet.has(p))].slice(0, Math.max(cap!, firsts.length));
    };
    const choose = (perKey: string[][]) => {
      const kept = perKey.flatMap((primaries) => (cap !== undefined && primaries.length > cap ? capped(primaries) : primaries));
      const unique = [...new Set(kept)];
      return options.limit ? unique.slice(0, options.limit) : unique;
    };
    return withList(await readRecords<Rows[N]>(table, index, wanted, choose), byId);
  }

  /** Which keys some record of the table has in this index (one key read each, no records). */
  async function present(table: TableName, index: string, keys: string[]): Promise<string[]> {
    const wanted = [...new Set(keys)].filter(Boolean).slice(0, MAX_KEYS);
    const found = await read<IDBValidKey | undefined>(table, index, wanted, (ix, key) => ix.getKey(key));
    return wanted.filter((_, i) => found[i] !== undefined);
  }

  const bodyNames: ReadOptions = { perKey: BODY_PER_NAME };
  const bodyFuzzy: ReadOptions = { limit: MAX_TOKEN_MATCHES, maxKeys: MAX_FUZZY_KEYS, perKey: NEAR_PER_KEY, useful: isUsefulBodyFuzzyKey };

  return {
    outletsByDomains: (domains) => byIndex('outlets', 'domains', domains),
    outletsByNameKeys: (keys) => byIndex('outlets', 'nameKeys', keys, bodyNames),
    outletsByDomainLabels: (labels) => byIndex('outlets', 'domainLabels', labels),
    outletsByLabelKeys: (keys) => byIndex('outlets', 'labelKeys', keys, { limit: MAX_TOKEN_MATCHES }),
    outletsByFuzzyKeys: (keys) => byIndex('outlets', 'fuzzyKeys', keys, bodyFuzzy),
    peopleByNameKeys: (keys) => byIndex('people', 'nameKeys', keys, { perKey: PERSON_PER_NAME }),
    peopleByFuzzyKeys: (keys) => byIndex('people', 'fuzzyKeys', keys, { limit: MAX_TOKEN_MATCHES, maxKeys: MAX_FUZZY_KEYS, perKey: NEAR_PER_KEY }),
    organizationsByNameKeys: (keys) => byIndex('organizations', 'nameKeys', keys, bodyNames),
    organizationsByFuzzyKeys: (keys) => byIndex('organizations', 'fuzzyKeys', keys, bodyFuzzy),
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

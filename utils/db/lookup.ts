/** SourceLookup over the Dexie tables: every question answered through an index with anyOf. */
import type { Table } from 'dexie';
import type { ListInfo, SourceLookup } from '../analysis/lookup';
import type { SourcecheckDB, StoredList } from './schema';

/** Index lookups per question at most: a page names a few hundred things, not thousands. */
const MAX_KEYS = 2_000;
/** A token shared by more records than this says nothing about which one is meant. */
const MAX_TOKEN_MATCHES = 500;

export function dexieLookup(db: SourcecheckDB): SourceLookup {
  let listNames: Promise<Map<string, StoredList>> | null = null;
  const lists = () => (listNames ??= db.lists.toArray().then((all) => new Map(all.map((l) => [l.id, l]))));

  async function withList<T extends { listId: string }>(records: T[]): Promise<(T & { listName: string })[]> {
    const byId = await lists();
    return records.map((r) => ({ ...r, listName: byId.get(r.listId)?.name ?? r.listId }));
  }

  async function byIndex<T extends { listId: string }, I>(table: Table<T, string, I>, index: string, keys: string[], limit?: number) {
    const wanted = [...new Set(keys)].filter(Boolean).slice(0, MAX_KEYS);
    if (wanted.length === 0) return [];
    const query = table.where(index).anyOf(wanted).distinct();
    return withList(await (limit ? query.limit(limit) : query).toArray());
  }

  return {
    outletsByDomains: (domains) => byIndex(db.outlets, 'domains', domains),
    outletsByNameKeys: (keys) => byIndex(db.outlets, 'nameKeys', keys),
    outletsByTokens: (tokens) => byIndex(db.outlets, 'tokens', tokens, MAX_TOKEN_MATCHES),
    outletsByDomainLabels: (labels) => byIndex(db.outlets, 'domainLabels', labels),
    peopleByNameKeys: (keys) => byIndex(db.people, 'nameKeys', keys),
    peopleByTokens: (tokens) => byIndex(db.people, 'tokens', tokens, MAX_TOKEN_MATCHES),
    organizationsByNameKeys: (keys) => byIndex(db.organizations, 'nameKeys', keys),
    organizationsByTokens: (tokens) => byIndex(db.organizations, 'tokens', tokens, MAX_TOKEN_MATCHES),
    articlesByUrlKeys: (keys) => byIndex(db.articles, 'urlKey', keys),
    claimReviewsByTokens: (tokens) => byIndex(db.claimReviews, 'tokens', tokens, MAX_TOKEN_MATCHES),
    async lists(): Promise<ListInfo[]> {
      return [...(await lists()).values()].map((l) => ({ id: l.id, name: l.name, version: l.version, license: l.license }));
    },
  };
}

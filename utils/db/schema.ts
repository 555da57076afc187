/**
 * The one database module: every table, its indexes and its upgrades. Known sources are kept
 * per list (bundled, imported or the user's own) so that a list can be replaced or removed
 * without touching any other; reports and tab state are the extension's own data.
 */
import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type {
  ArticleRecord,
  ClaimReviewRecord,
  OrganizationRecord,
  OutletRecord,
  PersonRecord,
} from '../sources-list';
import type { ExtractedArticle } from '../extracted-article';
import type { Report } from '../report';
import { claimReviewIndexKeys, organizationIndexKeys, outletIndexKeys, personIndexKeys } from './index-keys';

export const DB_NAME = 'sourcecheck';

export type ListOrigin = 'bundled' | 'file' | 'user';

export type StoredList = {
  id: string;
  name: string;
  origin: ListOrigin;
  version?: string;
  license?: string;
  homepage?: string;
  description?: string;
  updated?: string;
  importedAt: string;
  /** A bundled list's place in public/lists/bundled.json: where lists disagree, the earlier one speaks for the site. */
  rank?: number;
};

/** Every known record carries its list and a key unique across lists. */
type FromList = { key: string; listId: string };

/** Name keys for exact lookups, tokens, and (since version 2) fuzzy keys for near misses: see index-keys.ts. */
type NameIndexes = { nameKeys: string[]; tokens: string[]; fuzzyKeys: string[] };
export type StoredOutlet = OutletRecord & FromList & NameIndexes & { domainLabels: string[]; labelKeys: string[] };
export type StoredPerson = PersonRecord & FromList & NameIndexes;
export type StoredOrganization = OrganizationRecord & FromList & NameIndexes;
export type StoredArticle = ArticleRecord & FromList & { urlKey: string };
export type StoredClaimReview = ClaimReviewRecord & FromList & { tokens: string[]; claimKeys: string[] };

export type StoredReport = Report & { checkedAt: string };
/**
 * Which page each open tab shows, so the popup and the badge survive a worker restart, and the
 * article read from it, so a change to My sources can check it again without reading the page.
 */
export type TabState = { tabId: number; url: string; article?: ExtractedArticle };
export type MetaEntry = { key: string; value: string };

export class SourcecheckDB extends Dexie {
  lists!: EntityTable<StoredList, 'id'>;
  outlets!: EntityTable<StoredOutlet, 'key'>;
  people!: EntityTable<StoredPerson, 'key'>;
  organizations!: EntityTable<StoredOrganization, 'key'>;
  articles!: EntityTable<StoredArticle, 'key'>;
  claimReviews!: EntityTable<StoredClaimReview, 'key'>;
  reports!: EntityTable<StoredReport, 'url'>;
  tabs!: EntityTable<TabState, 'tabId'>;
  meta!: EntityTable<MetaEntry, 'key'>;

  constructor(name = DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({
      lists: '&id, origin',
      outlets: '&key, listId, *domains, *nameKeys, *tokens, *domainLabels',
      people: '&key, listId, *nameKeys, *tokens',
      organizations: '&key, listId, *nameKeys, *tokens, *domains',
      articles: '&key, listId, urlKey',
      claimReviews: '&key, listId, *tokens',
      reports: '&url, checkedAt, verdict',
      tabs: '&tabId, url',
      meta: '&key',
    });
    // Version 2: near misses and claims found by index, not by scanning. `fuzzyKeys` are names
    // with one distinctive word less a letter (names.ts fuzzyKeys), `labelKeys` an outlet's domain
    // labels less a letter (reutres.com), `claimKeys` pairs of a claim's content words. The
    // upgrade fills them (and re-derives the keys whose rules changed: domain labels, claim
    // tokens) for every existing row; nothing else in a row changes.
    this.version(2)
      .stores({
        outlets: '&key, listId, *domains, *nameKeys, *tokens, *domainLabels, *fuzzyKeys, *labelKeys',
        people: '&key, listId, *nameKeys, *tokens, *fuzzyKeys',
        organizations: '&key, listId, *nameKeys, *tokens, *domains, *fuzzyKeys',
        claimReviews: '&key, listId, *tokens, *claimKeys',
      })
      .upgrade(async (tx) => {
        await tx.table<StoredOutlet, string>('outlets').toCollection().modify((o) => {
          Object.assign(o, outletIndexKeys(o));
        });
        await tx.table<StoredPerson, string>('people').toCollection().modify((p) => {
          Object.assign(p, personIndexKeys(p));
        });
        await tx.table<StoredOrganization, string>('organizations').toCollection().modify((o) => {
          Object.assign(o, organizationIndexKeys(o));
        });
        await tx.table<StoredClaimReview, string>('claimReviews').toCollection().modify((c) => {
          Object.assign(c, claimReviewIndexKeys(c));
        });
      });
  }
}

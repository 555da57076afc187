/**
 * What the analysis asks of the known-sources database. Every question is a batch of index
 * keys, so the database answers by index (never by scanning) and in few round trips.
 */
import type { ArticleRecord, ClaimReviewRecord, OrganizationRecord, OutletRecord, PersonRecord } from '../sources-list';

/**
 * Which list a record comes from, that list's licence, and its precedence: lower speaks first
 * where lists disagree (the user's own list, then imported files, then bundled lists in order).
 */
type FromList = { listId: string; listName: string; listLicense?: string; listRank: number };
export type KnownOutlet = OutletRecord & FromList;
export type KnownPerson = PersonRecord & FromList;
export type KnownOrganization = OrganizationRecord & FromList;
export type KnownArticle = ArticleRecord & FromList;
export type KnownClaimReview = ClaimReviewRecord & FromList;
export type ListInfo = { id: string; name: string; version?: string; license?: string; origin: 'bundled' | 'file' | 'user'; rank: number };

/** Which of the asked words are words of some known person's name, and of some organisation's or outlet's. */
export type KnownNameWords = { person: string[]; body: string[] };

export interface SourceLookup {
  outletsByDomains(domains: string[]): Promise<KnownOutlet[]>;
  outletsByNameKeys(keys: string[]): Promise<KnownOutlet[]>;
  outletsByDomainLabels(labels: string[]): Promise<KnownOutlet[]>;
  /** Outlets with a domain label of five letters or more one letter from the asked ones (labelFuzzyKeys). */
  outletsByLabelKeys(keys: string[]): Promise<KnownOutlet[]>;
  /** Near-miss candidates by name (names.ts fuzzyKeys): exact index keys, never a scan. */
  outletsByFuzzyKeys(keys: string[]): Promise<KnownOutlet[]>;
  peopleByNameKeys(keys: string[]): Promise<KnownPerson[]>;
  peopleByFuzzyKeys(keys: string[]): Promise<KnownPerson[]>;
  organizationsByNameKeys(keys: string[]): Promise<KnownOrganization[]>;
  organizationsByFuzzyKeys(keys: string[]): Promise<KnownOrganization[]>;
  /** Which of these name words (nameTokens) known names use: the distinct index keys, not the records. */
  knownNameWords(words: string[]): Promise<KnownNameWords>;
  articlesByUrlKeys(keys: string[]): Promise<KnownArticle[]>;
  /** Claim reviews sharing a pair of content words with a sentence (claims.ts claimIndexKeys). */
  claimReviewsByKeys(keys: string[]): Promise<KnownClaimReview[]>;
  lists(): Promise<ListInfo[]>;
}

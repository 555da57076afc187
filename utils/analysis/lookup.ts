/**
 * What the analysis asks of the known-sources database. Every question is a batch of index
 * keys, so the database answers by index (never by scanning) and in few round trips.
 */
import type { ArticleRecord, ClaimReviewRecord, OrganizationRecord, OutletRecord, PersonRecord } from '../sources-list';

type FromList = { listId: string; listName: string };
export type KnownOutlet = OutletRecord & FromList;
export type KnownPerson = PersonRecord & FromList;
export type KnownOrganization = OrganizationRecord & FromList;
export type KnownArticle = ArticleRecord & FromList;
export type KnownClaimReview = ClaimReviewRecord & FromList;
export type ListInfo = { id: string; name: string; version?: string; license?: string };

export interface SourceLookup {
  outletsByDomains(domains: string[]): Promise<KnownOutlet[]>;
  outletsByNameKeys(keys: string[]): Promise<KnownOutlet[]>;
  outletsByTokens(tokens: string[]): Promise<KnownOutlet[]>;
  outletsByDomainLabels(labels: string[]): Promise<KnownOutlet[]>;
  peopleByNameKeys(keys: string[]): Promise<KnownPerson[]>;
  peopleByTokens(tokens: string[]): Promise<KnownPerson[]>;
  organizationsByNameKeys(keys: string[]): Promise<KnownOrganization[]>;
  organizationsByTokens(tokens: string[]): Promise<KnownOrganization[]>;
  articlesByUrlKeys(keys: string[]): Promise<KnownArticle[]>;
  claimReviewsByTokens(tokens: string[]): Promise<KnownClaimReview[]>;
  lists(): Promise<ListInfo[]>;
}

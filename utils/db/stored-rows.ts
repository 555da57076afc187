/**
 * Records as the database hands them out: a record of the list format with the list it is in
 * and a key unique across lists (`${listId}:${recordId}`). The importer, My sources and the
 * exporter all go through here, so a record is identified and exported the same way whichever
 * path wrote it.
 */
import { nameKey } from '../analysis/names';
import { urlKey } from '../analysis/urls';
import {
  articleRecord,
  claimReviewRecord,
  organizationRecord,
  outletRecord,
  personRecord,
  type ArticleRecord,
  type ClaimReviewRecord,
  type OrganizationRecord,
  type OutletRecord,
  type PersonRecord,
} from '../sources-list';

/** The record arrays of a list, in this order everywhere. */
export const RECORD_KINDS = ['outlets', 'people', 'organizations', 'articles', 'claimReviews'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export type RecordOf = {
  outlets: OutletRecord;
  people: PersonRecord;
  organizations: OrganizationRecord;
  articles: ArticleRecord;
  claimReviews: ClaimReviewRecord;
};

/** A record with the list it comes from and its key: `${listId}:${recordId}`. */
export type ListedRecord<K extends RecordKind = RecordKind> = RecordOf[K] & { key: string; listId: string };

export const recordSchemas = {
  outlets: outletRecord,
  people: personRecord,
  organizations: organizationRecord,
  articles: articleRecord,
  claimReviews: claimReviewRecord,
} as const;

export const recordKey = (listId: string, id: string) => `${listId}:${id}`;

/** The list a record key names: list ids are slugs (slugId), so the first ":" ends it. */
export const listOfKey = (key: string) => key.slice(0, key.indexOf(':'));

export function listed<K extends RecordKind>(kind: K, record: RecordOf[K], listId: string): ListedRecord<K> {
  return { ...record, key: recordKey(listId, recordId(kind, record)), listId };
}

/** The record a listed record stands for, in the list format: the schema drops key and listId. */
export function recordOf<K extends RecordKind>(kind: K, row: RecordOf[K] & Partial<Pick<ListedRecord, 'key' | 'listId'>>): RecordOf[K] {
  return recordSchemas[kind].parse(row) as RecordOf[K];
}

/**
 * What identifies a record: its id, or for articles and claim reviews, which have none in the
 * format, an article's URL as lookups match it (urlKey: no scheme, "www.", query or trailing
 * slash) and a review's reviewer and claim, folded by nameKey so that case, punctuation and
 * spacing variants of the same review meet. Saving the same article or review again to My
 * sources replaces it; the exporter sorts by it.
 */
export function recordId<K extends RecordKind>(kind: K, record: RecordOf[K]): string {
  if ('id' in record) return record.id;
  if ('claim' in record) return `${nameKey(record.reviewer)}|${nameKey(record.claim)}`;
  return urlKey(record.url) ?? record.url;
}

/** An id made from a name or domain: "Harbor Ledger" → "harbor-ledger", "reuters.com" → "reuters-com". */
export function slugId(text: string): string {
  return nameKey(text).replace(/ /g, '-');
}

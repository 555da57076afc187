/**
 * The row stored for a list record and the record a row stands for. The importer and My sources
 * both build rows here and the exporter reads them back here, so a record is stored, indexed and
 * exported the same way whichever path wrote it.
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
import { claimReviewIndexKeys, normalizeDomain, organizationIndexKeys, outletIndexKeys, personIndexKeys } from './index-keys';
import type { StoredArticle, StoredClaimReview, StoredOrganization, StoredOutlet, StoredPerson } from './schema';

/** The record arrays of a list, each stored in the table of the same name. */
export const RECORD_KINDS = ['outlets', 'people', 'organizations', 'articles', 'claimReviews'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export type RecordOf = {
  outlets: OutletRecord;
  people: PersonRecord;
  organizations: OrganizationRecord;
  articles: ArticleRecord;
  claimReviews: ClaimReviewRecord;
};
export type StoredRowOf = {
  outlets: StoredOutlet;
  people: StoredPerson;
  organizations: StoredOrganization;
  articles: StoredArticle;
  claimReviews: StoredClaimReview;
};

export const recordSchemas = {
  outlets: outletRecord,
  people: personRecord,
  organizations: organizationRecord,
  articles: articleRecord,
  claimReviews: claimReviewRecord,
} as const;

type FromList = { key: string; listId: string };

const toRow: { [K in RecordKind]: (record: RecordOf[K], from: FromList) => StoredRowOf[K] } = {
  outlets: (o, from) => {
    const domains = o.domains.map(normalizeDomain);
    return { ...o, domains, ...from, ...outletIndexKeys({ ...o, domains }) };
  },
  people: (p, from) => ({ ...p, ...from, ...personIndexKeys(p) }),
  organizations: (o, from) => ({ ...o, ...from, ...organizationIndexKeys(o) }),
  articles: (a, from) => ({ ...a, ...from, urlKey: urlKey(a.url) ?? a.url }),
  claimReviews: (c, from) => ({ ...c, ...from, ...claimReviewIndexKeys(c) }),
};

/** The row for a validated record of list `listId`, stored under the key `${listId}:${id}`. */
export function storedRow<K extends RecordKind>(kind: K, record: RecordOf[K], listId: string, id: string): StoredRowOf[K] {
  return toRow[kind](record, { key: `${listId}:${id}`, listId });
}

/**
 * The record a row stands for, in the list format: the schema keeps the record's fields (in the
 * schema's order) and drops what only the database needs (key, listId, index keys).
 */
export function recordOf<K extends RecordKind>(kind: K, row: StoredRowOf[K]): RecordOf[K] {
  return recordSchemas[kind].parse(row) as RecordOf[K];
}

/**
 * What identifies a record: its id, or for articles and claim reviews, which have none in the
 * format, an article's URL as lookups match it (urlKey: no scheme, "www.", query or trailing
 * slash) and a review's reviewer and claim, folded by nameKey so that case, punctuation and
 * spacing variants of the same review meet. My sources stores records under it, so saving the
 * same article or review again replaces it; the exporter sorts by it.
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

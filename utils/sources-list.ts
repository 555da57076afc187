/**
 * The known-sources list format `sourcecheck.sources/1` (shared/spec/sources-list.md),
 * validated with zod so that an import error names the list, the record and the field.
 * Unknown top-level fields are kept (the spec says so); unknown record fields are dropped.
 */
import { z } from 'zod';
import { OUTLET_KINDS } from './report';

export const LIST_FORMAT = 'sourcecheck.sources/1';

const url = z.string().url();
const evidence = z.array(url).optional();
const nonEmpty = z.string().trim().min(1);

export const outletRecord = z.object({
  id: nonEmpty,
  name: nonEmpty,
  aliases: z.array(nonEmpty).optional(),
  domains: z.array(nonEmpty).min(1),
  kind: z.enum(OUTLET_KINDS),
  country: z.string().optional(),
  notes: z.string().optional(),
  evidence,
});

export const affiliationRecord = z.object({
  organization: nonEmpty,
  title: z.string().optional(),
  from: z.string().nullable().optional(),
  to: z.string().nullable().optional(),
});

export const personRecord = z.object({
  id: nonEmpty,
  name: nonEmpty,
  aliases: z.array(nonEmpty).optional(),
  affiliations: z.array(affiliationRecord).optional(),
  notes: z.string().optional(),
  evidence,
});

export const organizationRecord = z.object({
  id: nonEmpty,
  name: nonEmpty,
  aliases: z.array(nonEmpty).optional(),
  kind: z.string().optional(),
  country: z.string().optional(),
  domains: z.array(nonEmpty).optional(),
  notes: z.string().optional(),
  evidence,
});

export const articleRecord = z.object({
  url,
  title: nonEmpty,
  outlet: nonEmpty,
  authors: z.array(nonEmpty).optional(),
  published: z.string().optional(),
});

export const RATING_VALUES = ['true', 'mostly-true', 'mixed', 'mostly-false', 'false', 'unproven'] as const;

export const claimReviewRecord = z.object({
  claim: nonEmpty,
  rating: nonEmpty,
  ratingValue: z.enum(RATING_VALUES),
  reviewer: nonEmpty,
  url,
  date: z.string().optional(),
});

export const sourcesList = z.looseObject({
  format: z.literal(LIST_FORMAT),
  name: nonEmpty,
  version: z.string().optional(),
  description: z.string().optional(),
  license: z.string().optional(),
  updated: z.string().optional(),
  homepage: url.optional(),
  outlets: z.array(outletRecord).optional(),
  people: z.array(personRecord).optional(),
  organizations: z.array(organizationRecord).optional(),
  articles: z.array(articleRecord).optional(),
  claimReviews: z.array(claimReviewRecord).optional(),
});

export type SourcesList = z.infer<typeof sourcesList>;
export type OutletRecord = z.infer<typeof outletRecord>;
export type PersonRecord = z.infer<typeof personRecord>;
export type OrganizationRecord = z.infer<typeof organizationRecord>;
export type ArticleRecord = z.infer<typeof articleRecord>;
export type ClaimReviewRecord = z.infer<typeof claimReviewRecord>;
export type RatingValue = (typeof RATING_VALUES)[number];

/**
 * A checked article as the history keeps and exports it, and the zod schema that validates one
 * when an export is imported back: an imported file is as untrusted as a page, so every field of
 * the report is checked and bounded before it reaches the database or the screen.
 */
import { z } from 'zod';
import type { ArticleInfo, Attribution, Citation, Flag, OutletInfo, Report } from '../report';
import { FLAG_KINDS, OUTLET_KINDS, SEVERITIES, VERDICTS } from '../report';

/** The user's own review of a checked article, kept with its report and exported with it. */
export type Review = { reviewed: boolean; note: string; reviewedAt: string };
/** A checked article as history keeps it: its report, when it was checked, and the user's review. */
export type HistoryEntry = Report & { checkedAt: string; review?: Review };

/**
 * Whether a report is worth keeping among the flagged articles: at least one high or medium flag.
 * Low flags are notes (an unnamed source, a figure without a source, a staff byline): most honest
 * articles raise one, and a history of them would bury the articles a reader wants to collect.
 */
export function isFlagged(report: Report): boolean {
  return report.flags.some((flag) => flag.severity === 'high' || flag.severity === 'medium');
}

/**
 * Bounds no real report reaches (the extension's own messages refuse longer page text): a file
 * beyond them is refused, not truncated. Long text covers messages that quote a sentence and name
 * several lists, and list notes that carry a whole Wikipedia summary.
 */
const LIMITS = { url: 2_048, short: 500, text: 10_000, items: 2_000, few: 100, articles: 100_000 } as const;

/**
 * A validator for every field of T, optional ones included: a field added to the report type
 * without being added here is a type error, so an import can never drop it silently.
 */
type SchemaOf<T> = { [K in keyof T]-?: z.ZodType<T[K]> };

const short = z.string().max(LIMITS.short);
const text = z.string().max(LIMITS.text);
const link = z.string().max(LIMITS.url);
/** The page's own address: the web, or a file when the command line checked a saved page. */
const pageUrl = link.regex(/^(?:https?|file):/i, 'must be an http(s) or file URL');
const time = z.iso.datetime({ offset: true });

const flagSchema = z.object({
  kind: z.enum(FLAG_KINDS),
  severity: z.enum(SEVERITIES),
  message: text,
  excerpt: text,
} satisfies SchemaOf<Flag>);

const attributionSchema = z.object({
  speaker: short.nullable(),
  anonymous: z.boolean(),
  descriptor: short.optional(),
  statedRole: short.optional(),
  statedAffiliation: short.optional(),
  quote: text.optional(),
  status: z.enum(['known', 'unknown', 'mismatch', 'anonymous']),
  organization: z.boolean().optional(),
  personId: short.optional(),
  knownRoles: z.array(short).max(LIMITS.few).optional(),
  excerpt: text,
} satisfies SchemaOf<Attribution>);

const citationSchema = z.object({
  relation: z.enum(['original', 'cited']),
  outlet: short.optional(),
  url: link.optional(),
  status: z.enum(['known', 'unknown', 'mismatch']),
  outletId: short.optional(),
  excerpt: text,
} satisfies SchemaOf<Citation>);

const outletSchema = z.object({
  status: z.enum(['known', 'unknown']),
  id: short.optional(),
  name: short.optional(),
  kind: z.enum(OUTLET_KINDS).optional(),
  list: short.optional(),
  listLicense: short.optional(),
  notes: text.optional(),
  evidence: z.array(link).max(LIMITS.few).optional(),
  otherLists: z.array(z.object({ list: short, kind: z.enum(OUTLET_KINDS), notes: text.optional() })).max(LIMITS.few).optional(),
  domain: short.optional(),
} satisfies SchemaOf<OutletInfo>);

const articleSchema = z.object({
  title: short.optional(),
  byline: short.optional(),
  siteName: short.optional(),
  published: short.optional(),
  lang: short.optional(),
  wordCount: z.number().int().nonnegative(),
} satisfies SchemaOf<ArticleInfo>);

const reviewSchema = z.object({ reviewed: z.boolean(), note: text, reviewedAt: time } satisfies SchemaOf<Review>);

const milliseconds = z.number().nonnegative().finite();

/** The name and version of a known-sources list, as reports and exports name the lists in force. */
export const listNameSchema = z.object({ name: short, version: short.optional() });

export const historyEntrySchema = z.object({
  url: pageUrl,
  canonicalUrl: pageUrl.optional(),
  isArticle: z.boolean(),
  verdict: z.enum(VERDICTS),
  summary: text,
  article: articleSchema,
  outlet: outletSchema,
  flags: z.array(flagSchema).max(LIMITS.items),
  attributions: z.array(attributionSchema).max(LIMITS.items),
  citations: z.array(citationSchema).max(LIMITS.items),
  timings: z.object({ extractMs: milliseconds, analyzeMs: milliseconds, matchMs: milliseconds }),
  limits: z.array(text).max(LIMITS.few),
  lists: z.array(listNameSchema).max(LIMITS.few),
  generator: short,
  checkedAt: time,
  review: reviewSchema.optional(),
} satisfies SchemaOf<HistoryEntry>);

/** How many articles one export may hold: far more than any history, few enough to refuse a runaway file. */
export const MAX_ENTRIES = LIMITS.articles;

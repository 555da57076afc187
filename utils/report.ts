/**
 * The verification report: the contract in shared/spec/report.md.
 * Fields may be added here; none of the contract's fields may be renamed or dropped.
 */

export const OUTLET_KINDS = [
  'news',
  'wire',
  'broadcaster',
  'magazine',
  'fact-checker',
  'state-media',
  'government',
  'academic',
  'blog',
  'aggregator',
  'content-farm',
  'satire',
  'unreliable',
] as const;
export type OutletKind = (typeof OUTLET_KINDS)[number];

export const VERDICTS = ['verified', 'mixed', 'unverifiable', 'not-article'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const SEVERITIES = ['high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const FLAG_KINDS = [
  'self-disclosed-fabrication',
  'generation-artifact',
  'source-mismatch',
  'contradicted-claim',
  'outlet-warning',
  'unverified-origin',
  'affiliation-mismatch',
  'near-miss-name',
  'unknown-speaker',
  'unknown-outlet',
  'anonymous-attribution',
  'uncited-figure',
  'unknown-author',
] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];

export type Flag = {
  kind: FlagKind;
  severity: Severity;
  /** Names the rule and the evidence (which list entry, which known record). */
  message: string;
  /** The exact text on the page that raised it. */
  excerpt: string;
};

export type AttributionStatus = 'known' | 'unknown' | 'mismatch' | 'anonymous';

export type Attribution = {
  speaker: string | null;
  anonymous: boolean;
  descriptor?: string;
  statedRole?: string;
  statedAffiliation?: string;
  quote?: string;
  status: AttributionStatus;
  /** The speaker is an organisation ("the transit authority said"), not a person. */
  organization?: boolean;
  personId?: string;
  /** The known affiliations of the matched person, for "role as stated vs. as known". */
  knownRoles?: string[];
  /** The sentence the attribution was read from. */
  excerpt: string;
};

export type Citation = {
  relation: 'original' | 'cited';
  outlet?: string;
  url?: string;
  status: 'known' | 'unknown' | 'mismatch';
  /** The known outlet the citation resolved to, when any. */
  outletId?: string;
  excerpt: string;
};

export type OutletInfo = {
  status: 'known' | 'unknown';
  id?: string;
  name?: string;
  kind?: OutletKind;
  list?: string;
  /** The licence of that list, for "known from: Wikipedia perennial sources (CC BY-SA 3.0)". */
  listLicense?: string;
  notes?: string;
  evidence?: string[];
  /** Other lists that know the site as another kind; the list that speaks first (`list`) decides. */
  otherLists?: { list: string; kind: OutletKind; notes?: string }[];
  /** The registrable domain the lookup used. */
  domain?: string;
};

export type ArticleInfo = {
  title?: string;
  byline?: string;
  siteName?: string;
  published?: string;
  lang?: string;
  wordCount: number;
};

export type Report = {
  url: string;
  canonicalUrl?: string;
  isArticle: boolean;
  verdict: Verdict;
  summary: string;
  article: ArticleInfo;
  outlet: OutletInfo;
  flags: Flag[];
  attributions: Attribution[];
  citations: Citation[];
  timings: { extractMs: number; analyzeMs: number; matchMs: number };
  /** What the checks could not do on this page (a language they do not read), in plain words. */
  limits: string[];
  /** Which bundled or user lists were in force, by name and version. */
  lists: { name: string; version?: string }[];
  /** Sourcecheck's own version, so an exported report says what produced it. */
  generator: string;
};

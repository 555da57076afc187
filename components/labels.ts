import type { AttributionStatus, Citation, FlagKind, OutletKind, Severity, Verdict } from '../utils/report';

export type CheckedVerdict = Exclude<Verdict, 'not-article'>;

export const VERDICT_LABELS: Record<CheckedVerdict, string> = {
  verified: 'Verified',
  mixed: 'Mixed',
  unverifiable: 'Unverifiable',
};

export const SEVERITY_LABELS: Record<Severity, string> = {
  high: 'High',
  medium: 'Medium',
  low: 'Low',
};

export const FLAG_KIND_LABELS: Record<FlagKind, string> = {
  'self-disclosed-fabrication': 'Page says it is invented',
  'generation-artifact': 'Chatbot or template leftovers',
  'source-mismatch': 'Source mismatch',
  'contradicted-claim': 'Claim rated false',
  'outlet-warning': 'Outlet warning',
  'unverified-origin': 'Unverified origin',
  'affiliation-mismatch': 'Role or affiliation mismatch',
  'near-miss-name': 'Name close to a known one',
  'unknown-speaker': 'Unknown speaker',
  'unknown-outlet': 'Unknown outlet',
  'anonymous-attribution': 'Anonymous source',
  'uncited-figure': 'Figure without a source',
  'unknown-author': 'Unknown author',
};

export const OUTLET_KIND_LABELS: Record<OutletKind, string> = {
  news: 'News outlet',
  wire: 'Wire service',
  broadcaster: 'Broadcaster',
  magazine: 'Magazine',
  'fact-checker': 'Fact-checker',
  'state-media': 'State media',
  government: 'Government',
  academic: 'Academic',
  blog: 'Blog',
  aggregator: 'Aggregator',
  'content-farm': 'Content farm',
  satire: 'Satire',
  unreliable: 'Unreliable',
};

export type SourceStatus = AttributionStatus | Citation['status'];

export const STATUS_LABELS: Record<SourceStatus, string> = {
  known: 'Known',
  unknown: 'Unknown',
  mismatch: 'Mismatch',
  anonymous: 'Anonymous',
};

export const RELATION_LABELS: Record<Citation['relation'], string> = {
  original: 'Original source',
  cited: 'Cited',
};

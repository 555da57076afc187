/** The verdict and the one-sentence summary a reader sees first. */
import type { Flag, FlagKind, OutletInfo, Verdict } from '../report';

const SEVERITY_ORDER = { high: 0, medium: 1, low: 2 } as const;

export function verdictFor(isArticle: boolean, flags: Flag[]): Verdict {
  if (!isArticle) return 'not-article';
  if (flags.some((f) => f.severity === 'high')) return 'unverifiable';
  if (flags.some((f) => f.severity === 'medium')) return 'mixed';
  return 'verified';
}

export function sortFlags(flags: Flag[], order: readonly FlagKind[]): Flag[] {
  return [...flags].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || order.indexOf(a.kind) - order.indexOf(b.kind));
}

/** What each kind of flag means, in words a reader understands without the rule book. */
const REASONS: Record<FlagKind, string> = {
  'self-disclosed-fabrication': 'the page itself says it is imagined or cannot be verified',
  'generation-artifact': 'it contains text left over from a chatbot or a template',
  'source-mismatch': 'a cited source does not match what is known about it',
  'contradicted-claim': 'it repeats a claim fact-checkers rated false',
  'outlet-warning': 'the site is known as an unreliable source',
  'unverified-origin': 'it claims to come from another outlet, and that original cannot be confirmed',
  'affiliation-mismatch': 'a known person is given an affiliation they are not known to have',
  'near-miss-name': 'a name is a near miss of a known one',
  'unknown-speaker': 'some people quoted are not in your lists',
  'unknown-outlet': 'the site is not in your lists',
  'anonymous-attribution': 'some statements come from unnamed sources',
  'uncited-figure': 'some figures have no named source',
  'unknown-author': 'the author is not known at this outlet',
};

function join(parts: string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

export function summaryFor(verdict: Verdict, flags: Flag[], outlet: OutletInfo): string {
  if (verdict === 'not-article') return 'This page is not a news article, so nothing was checked.';
  const kindsAt = (severity: Flag['severity']) => [...new Set(flags.filter((f) => f.severity === severity).map((f) => f.kind))];
  const notes = flags.filter((f) => f.severity === 'low').length;
  const noteText = notes > 0 ? ` ${notes} note${notes === 1 ? '' : 's'} for the reader below.` : '';
  if (verdict === 'verified') {
    const site = outlet.status === 'known' ? `${outlet.name} is a known ${outlet.kind} outlet` : 'The site is known';
    return `Verified: ${site}, and every named source checked out.${noteText}`;
  }
  const severity = verdict === 'unverifiable' ? 'high' : 'medium';
  const label = verdict === 'unverifiable' ? 'Unverifiable' : 'Mixed';
  return `${label}: ${join(kindsAt(severity).map((k) => REASONS[k]))}.${noteText}`;
}

/**
 * ExtractedArticle + SourceLookup → Report. The same function runs in the background worker,
 * in the unit tests and in the command line, so all three give the same report.
 */
import { CHECKS } from '../checks';
import type { ExtractedArticle } from '../extracted-article';
import type { Flag, OutletInfo, Report } from '../report';
import { FLAG_KINDS } from '../report';
import { gatherKnowledge, type Knowledge } from './knowledge';
import { languageLimits } from './language';
import type { SourceLookup } from './lookup';
import { parseArticle } from './parse';
import { resolveAttribution, resolveCitation } from './resolve';
import { sortFlags, summaryFor, verdictFor } from './verdict';

export type AnalyzeOptions = { generator: string; now?: () => number };

function outletInfo(known: Knowledge, domain: string | null): OutletInfo {
  const o = known.hostOutlet;
  if (!o) return { status: 'unknown', domain: domain ?? undefined };
  const otherLists = known.hostDisagreements.map((d) => ({ list: d.listName, kind: d.kind, notes: d.notes }));
  return {
    status: 'known',
    id: o.id,
    name: o.name,
    kind: o.kind,
    list: o.listName,
    listLicense: o.listLicense,
    notes: o.notes,
    evidence: o.evidence,
    otherLists: otherLists.length > 0 ? otherLists : undefined,
    domain: domain ?? undefined,
  };
}

/** One flag per kind and excerpt: two rules seeing the same sentence say it once. */
function dedupe(flags: Flag[]): Flag[] {
  const seen = new Set<string>();
  return flags.filter((f) => {
    const key = `${f.kind}\u0000${f.excerpt}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export async function analyze(article: ExtractedArticle, lookup: SourceLookup, options: AnalyzeOptions): Promise<Report> {
  const now = options.now ?? (() => performance.now());
  const listsInForce = await lookup.lists();
  const lists = listsInForce.map((l) => ({ name: l.name, version: l.version }));
  const base = {
    url: article.url,
    canonicalUrl: article.meta.canonicalUrl && article.meta.canonicalUrl !== article.url ? article.meta.canonicalUrl : undefined,
    article: {
      title: article.meta.title,
      byline: article.meta.byline ?? (article.meta.authors.join(', ') || undefined),
      siteName: article.meta.siteName,
      published: article.meta.published,
      lang: article.meta.lang,
      wordCount: 0,
    },
    lists,
    generator: options.generator,
    limits: [] as string[],
  };
  if (!article.isArticle) {
    return {
      ...base,
      isArticle: false,
      verdict: 'not-article',
      summary: summaryFor('not-article', [], { status: 'unknown' }),
      outlet: { status: 'unknown' },
      flags: [],
      attributions: [],
      citations: [],
      timings: { extractMs: article.extractMs, analyzeMs: 0, matchMs: 0 },
    };
  }

  const parseStart = now();
  const parsed = parseArticle(article);
  const parseMs = now() - parseStart;

  const matchStart = now();
  const known = await gatherKnowledge(parsed, [article.url, ...article.links.map((l) => l.href)], lookup, listsInForce);
  const matchMs = now() - matchStart;

  const checkStart = now();
  const attributions = parsed.attributions.map((a) => resolveAttribution(known, a));
  const citations = parsed.citations.map((c) => resolveCitation(known, parsed, c, parsed.authors)).filter((c) => c !== null);
  const input = { article, parsed, known, attributions, citations };
  const flags = sortFlags(dedupe(CHECKS.flatMap((c) => c.check(input))), FLAG_KINDS);
  const outlet = outletInfo(known, parsed.domain);
  const verdict = verdictFor(true, flags);
  const analyzeMs = parseMs + (now() - checkStart);

  return {
    ...base,
    article: { ...base.article, lang: base.article.lang ?? parsed.lang ?? undefined, wordCount: parsed.wordCount },
    limits: languageLimits(parsed.lang),
    isArticle: true,
    verdict,
    summary: summaryFor(verdict, flags, outlet),
    outlet,
    flags,
    attributions,
    citations: citations.map(({ reason: _reason, self: _self, ...c }) => c),
    timings: { extractMs: article.extractMs, analyzeMs, matchMs },
  };
}

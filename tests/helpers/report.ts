import type { Report } from '../../utils/report';

/** A report of an article with nothing on it but what `extra` says: for history and export tests. */
export function reportFor(url: string, extra: Partial<Report> = {}): Report {
  return {
    url,
    isArticle: true,
    verdict: 'mixed',
    summary: 'Summary.',
    article: { title: `Title of ${url}`, wordCount: 400 },
    outlet: { status: 'unknown', domain: new URL(url).hostname },
    flags: [],
    attributions: [],
    citations: [],
    timings: { extractMs: 0, analyzeMs: 0, matchMs: 0 },
    limits: [],
    lists: [{ name: 'Starter list', version: '1' }],
    generator: 'Sourcecheck test',
    ...extra,
  };
}

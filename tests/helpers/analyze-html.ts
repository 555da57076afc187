/** Runs the whole pipeline on an HTML string, as the command line does. */
import { analyze } from '../../utils/analysis/analyze';
import { dexieLookup } from '../../utils/db/lookup';
import type { Report } from '../../utils/report';
import { GENERATOR, openLoadedDb } from '../../scripts/lib/node-db';
import { readPage } from '../../scripts/lib/read-page';

export async function analyzeHtml(html: string, url: string, options: { lists?: string[]; bundled?: 'all' | 'starter' | 'none' } = {}): Promise<Report> {
  const db = await openLoadedDb({ bundled: 'starter', ...options });
  try {
    return await analyze(readPage(html, 'inline.html', url), dexieLookup(db), { generator: GENERATOR });
  } finally {
    db.close();
  }
}

/** A minimal news page around the given paragraphs, declared as an article. */
export function articlePage(paragraphs: string[], extra: { title?: string; author?: string; head?: string; before?: string; after?: string } = {}): string {
  const title = extra.title ?? 'Harbor City council debates budget';
  const jsonLd = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: title, ...(extra.author ? { author: { '@type': 'Person', name: extra.author } } : {}) });
  return `<!doctype html><html lang="en"><head><title>${title}</title><script type="application/ld+json">${jsonLd}</script>${extra.head ?? ''}</head>
<body><main><article>${extra.before ?? ''}<h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}${extra.after ?? ''}</article></main></body></html>`;
}

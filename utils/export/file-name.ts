/**
 * Export file names that say what and when: `sourcecheck-article-wired.com-2026-11-23T1405Z.md`,
 * `sourcecheck-flagged-12-articles-2026-11-23T1405Z.csv`. The time is UTC (the trailing Z says
 * so), so a name does not depend on the machine's time zone and sorts with the others.
 */
import type { ExportFormat } from './formats';

export type ExportScope = { scope: 'article'; url: string } | { scope: 'selection' | 'flagged'; count: number };

/** 2026-11-23T14:05:59.123Z → 2026-11-23T1405Z: minutes are enough, and colons are not allowed on Windows. */
function utcStamp(at: Date): string {
  const iso = at.toISOString();
  return `${iso.slice(0, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}Z`;
}

/**
 * The article's site, as it appears in the address bar without `www.`, reduced to letters,
 * digits, dots and hyphens (an internationalised host is already in its ASCII form). A page with
 * no host (a saved file) is just "page".
 */
function siteOf(url: string): string {
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    // Not a URL: the name falls back to "page".
  }
  const site = host
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/[^a-z0-9.-]+/g, '-')
    .slice(0, 60)
    .replace(/^[.-]+|[.-]+$/g, '');
  return site || 'page';
}

function scopeLabel(what: ExportScope): string {
  if (what.scope === 'article') return `article-${siteOf(what.url)}`;
  return `${what.scope}-${what.count}-${what.count === 1 ? 'article' : 'articles'}`;
}

export function exportFileName(what: ExportScope, format: ExportFormat, at: Date): string {
  return `sourcecheck-${scopeLabel(what)}-${utcStamp(at)}.${format}`;
}

/** An HTML file → ExtractedArticle, through the same extraction the content script runs. */
import { JSDOM, VirtualConsole } from 'jsdom';
import { pathToFileURL } from 'node:url';
import { extractArticle } from '../../utils/extract';
import type { ExtractedArticle } from '../../utils/extracted-article';

/** The page's own idea of its address: canonical link, then og:url, else the file itself. */
function declaredUrl(doc: Document): string | null {
  const href = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  if (!href || !/^https?:\/\//.test(href)) return null;
  try {
    return new URL(href).href;
  } catch {
    return null;
  }
}

export function readPage(html: string, file: string, url?: string): ExtractedArticle {
  // Pages' own scripts never run and their CSS errors are noise: a quiet console, no script execution.
  const quiet = new VirtualConsole();
  const probe = new JSDOM(html, { virtualConsole: quiet });
  const address = url ?? declaredUrl(probe.window.document) ?? pathToFileURL(file).href;
  const dom = new JSDOM(html, { url: address, virtualConsole: quiet });
  try {
    return extractArticle(dom.window.document, address);
  } finally {
    dom.window.close();
    probe.window.close();
  }
}

/**
 * Claimed originals ("Original source:", "first appeared in", schema.org isBasedOn) and
 * cited sources ("according to Reuters", links), before any lookup decides their status.
 */
import type { ExtractedArticle } from '../extracted-article';
import { sentenceSpans } from './sentences';

export type CitationCandidate = {
  relation: 'original' | 'cited';
  /** The outlet as the page names it, when it names one. */
  outletName?: string;
  url?: string;
  excerpt: string;
};

const ORIGIN_PHRASE =
  /\b(?:original(?:ly)?\s+(?:source|published|posted|appeared|ran)|first\s+(?:published|appeared|posted|ran|reported)|republished|reprinted|syndicated|this\s+(?:article|story|piece|report)\s+(?:was|is|first)\s+(?:originally\s+|first\s+)?(?:published|appeared|produced)|publicado originalmente|publié (?:initialement|à l'origine)|ursprünglich (?:veröffentlicht|erschienen))\b(?:\s+(?:with\s+permission\s+)?(?:by|in|on|at|from|de|par|von|bei))?\s*[:：]?\s*/i;
const SOURCE_LABEL = /^(?:source|sources|via|fuente|fonte|quelle|来源|原文)\s*[:：]\s*/i;
const URL_IN_TEXT = /https?:\/\/[^\s"'<>)\]]+/;
const OUTLET_NAME = /^(?:the\s+)?(\p{Lu}[\p{L}\p{N}’'&.\-]*(?:\s+(?:of\s+|the\s+|and\s+|&\s+)?\p{Lu}[\p{L}\p{N}’'&.\-]*){0,5})/u;
/** "according to Reuters", "Reuters reported", "told the BBC": a publication cited by name. */
const CITED_BY_NAME = [
  /\b(?:according to|as reported by|reported by|first reported by|per)\s+(?:the\s+)?(\p{Lu}[\p{L}’'&.\-]*(?:\s+\p{Lu}[\p{L}’'&.\-]*){0,4})/gu,
  /(?:^|[,;]\s+|\s)(?:the\s+)?(\p{Lu}[\p{L}’'&.\-]*(?:\s+\p{Lu}[\p{L}’'&.\-]*){0,4})\s+(?:reported|first reported|has reported|was first to report)\b/gu,
  /\btold\s+(?:the\s+)?(\p{Lu}[\p{L}’'&.\-]*(?:\s+\p{Lu}[\p{L}’'&.\-]*){0,4})/gu,
];

function cleanUrl(url: string): string {
  return url.replace(/[.,;:]+$/, '');
}

function originFromText(text: string, links: ExtractedArticle['links']): CitationCandidate | null {
  const phrase = ORIGIN_PHRASE.exec(text) ?? SOURCE_LABEL.exec(text);
  if (!phrase) return null;
  const rest = text.slice(phrase.index + phrase[0].length);
  const inlineUrl = URL_IN_TEXT.exec(rest)?.[0];
  const linked = links.find((l) => l.text && rest.includes(l.text) && !/^https?:/.test(l.text)) ?? links.find((l) => inlineUrl && l.href.startsWith(cleanUrl(inlineUrl)));
  const url = inlineUrl ? cleanUrl(inlineUrl) : linked?.href;
  const outletName = OUTLET_NAME.exec(rest.replace(URL_IN_TEXT, '').trim())?.[1]?.replace(/[.,;:!?]+$/, '');
  if (!url && !outletName) return null;
  return { relation: 'original', outletName, url, excerpt: text };
}

export function findCitations(article: ExtractedArticle): CitationCandidate[] {
  const found: CitationCandidate[] = [];
  for (const block of article.blocks) {
    if (block.kind === 'source-line' || block.kind === 'editors-note' || block.kind === 'notice') {
      const origin = originFromText(block.text, article.links);
      if (origin) {
        found.push(origin);
        continue;
      }
    }
    for (const span of sentenceSpans(block.text)) {
      const sentence = block.text.slice(span.start, span.end);
      const origin = block.kind === 'body' ? originFromText(sentence, article.links) : null;
      if (origin) found.push(origin);
      for (const pattern of CITED_BY_NAME) {
        for (const m of sentence.matchAll(pattern)) found.push({ relation: 'cited', outletName: m[1]!.replace(/[’']s$/, ''), excerpt: sentence });
      }
    }
  }
  for (const url of article.meta.isBasedOn) {
    if (/^https?:/.test(url) && !found.some((c) => c.url === url)) found.push({ relation: 'original', url, excerpt: `isBasedOn: ${url}` });
  }
  for (const link of article.links) {
    if (!found.some((c) => c.url === link.href)) found.push({ relation: 'cited', url: link.href, outletName: link.text || undefined, excerpt: link.text || link.href });
  }
  return found;
}

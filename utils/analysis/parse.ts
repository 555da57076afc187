/** ExtractedArticle → ParsedArticle: everything the checks read that needs no database. */
import type { BlockKind, ExtractedArticle } from '../extracted-article';
import { findAttributions, type AttributionCandidate } from './attributions';
import { findChineseAttributions } from './attributions-zh';
import { findCitations, type CitationCandidate } from './citations';
import { uncitedFigures, type FigureSentence } from './figures';
import { baseLanguage, detectLanguage } from './language';
import { properNames, type Mention } from './mentions';
import { ownVoice, quoteSpans, sentenceSpans } from './sentences';
import { hostOf, registrableDomain } from './urls';

export type ParsedSentence = {
  text: string;
  /** The sentence with quoted words blanked out: what the page says in its own voice. */
  voice: string;
  kind: BlockKind;
  block: number;
  /** Language of the block, where it can be told. */
  lang: string | null;
};

export type ParsedArticle = {
  lang: string | null;
  host: string | null;
  domain: string | null;
  sentences: ParsedSentence[];
  attributions: AttributionCandidate[];
  citations: CitationCandidate[];
  mentions: (Mention & { excerpt: string })[];
  figures: FigureSentence[];
  authors: string[];
  /** The outlet a byline names beside the author ("By Jane Okafor, Reuters"). */
  bylineOutlet?: string;
  wordCount: number;
};

const BYLINE_OUTLET = /^(?:by\s+)?[^,|·—–]+?\s*(?:,|\||·|—|–|for)\s*(?:the\s+)?(\p{Lu}[\p{L}’'&.\- ]{1,60})$/iu;

export function parseArticle(article: ExtractedArticle): ParsedArticle {
  const host = hostOf(article.url);
  const sentences: ParsedSentence[] = [];
  article.blocks.forEach((block, index) => {
    // A block quotation is someone else's words from its first letter to its last.
    const quotes = block.kind === 'quote' ? [{ start: 0, end: block.text.length, inner: block.text }] : quoteSpans(block.text);
    const voice = ownVoice(block.text, quotes);
    const lang = detectLanguage(block.text);
    for (const span of sentenceSpans(block.text)) {
      sentences.push({ text: block.text.slice(span.start, span.end), voice: voice.slice(span.start, span.end), kind: block.kind, block: index, lang });
    }
  });
  // Each reader finds nothing in the other's script; a bilingual page gets both, in page order.
  const attributions = [...findAttributions(article.blocks), ...findChineseAttributions(article.blocks)].sort((a, b) => a.block - b.block);
  const attributed = new Set(attributions.map((a) => a.excerpt));
  const bodyText = article.blocks.filter((b) => b.kind === 'body' || b.kind === 'quote').map((b) => b.text).join(' ');
  const mentions = sentences.flatMap((s) => properNames(s.text).map((m) => ({ ...m, excerpt: s.text })));
  const byline = article.meta.byline;

  return {
    lang: baseLanguage(article.meta.lang) ?? detectLanguage(bodyText.slice(0, 5_000)),
    host,
    domain: host ? registrableDomain(host) : null,
    sentences,
    attributions,
    citations: findCitations(article),
    mentions,
    figures: uncitedFigures(sentences.filter((s) => s.kind === 'body'), attributed),
    authors: article.meta.authors,
    bylineOutlet: byline ? BYLINE_OUTLET.exec(byline)?.[1]?.trim() : undefined,
    wordCount: bodyText.match(/\S+/g)?.length ?? 0,
  };
}

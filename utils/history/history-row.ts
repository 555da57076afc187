/**
 * A history entry as the database stores it: the entry itself plus the keys its indexes need,
 * derived here and nowhere else, so the background (which writes entries), an imported export
 * (which writes them too) and the history view (which queries them) agree on every key.
 */
import { searchWords } from '../db/compiled-list';
import type { FlagKind, Report } from '../report';
import type { HistoryEntry } from './entry';

/** Words per quotation window: long enough that two articles sharing one quote the same words, short enough to survive trimming. */
const WINDOW_WORDS = 6;
/** Characters per window in scripts written without spaces (Chinese, Japanese): about as much text as six words. */
const WINDOW_CHARS = 12;
/** Windows per article at most: a page of quotations, not a book. */
const MAX_QUOTE_KEYS = 600;
/** Words shorter than this carry little (of, the, a): windows are taken over the rest. */
const MIN_WORD = 3;
/** Search words per entry at most. */
const MAX_WORDS = 2_000;

const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

export type HistoryIndexes = {
  /** The kinds of flag the report raised, each once: the "flag kind" filter. */
  flagKinds: FlagKind[];
  /** Folded words of the title and of every quoted or flagged sentence: the full-text search. */
  words: string[];
  /** Windows of every quotation and flagged sentence: where the same words appear in another checked article. */
  quoteKeys: string[];
};

export type HistoryRow = HistoryEntry & HistoryIndexes;

/** The sentences of a report that another article may share: what was quoted, and what was flagged. */
export function sharedTexts(report: Report): string[] {
  const quotes = report.attributions.map((a) => a.quote).filter((q): q is string => Boolean(q));
  return [...new Set([...quotes, ...report.flags.map((f) => f.excerpt)])];
}

/** Overlapping windows of a text's words (or characters, in scripts without spaces), folded as names are. */
export function textWindows(text: string): string[] {
  const words = searchWords(text).filter((w) => w.length >= MIN_WORD || UNSPACED.test(w));
  if (UNSPACED.test(text)) {
    const letters = Array.from(words.join(''));
    if (letters.length < WINDOW_CHARS) return [];
    return Array.from({ length: letters.length - WINDOW_CHARS + 1 }, (_, i) => letters.slice(i, i + WINDOW_CHARS).join(''));
  }
  if (words.length < WINDOW_WORDS) return [];
  return Array.from({ length: words.length - WINDOW_WORDS + 1 }, (_, i) => words.slice(i, i + WINDOW_WORDS).join(' '));
}

export function historyIndexes(report: Report): HistoryIndexes {
  const texts = sharedTexts(report);
  return {
    flagKinds: [...new Set(report.flags.map((f) => f.kind))],
    words: [...new Set([report.article.title ?? '', ...texts].flatMap(searchWords))].slice(0, MAX_WORDS),
    quoteKeys: [...new Set(texts.flatMap(textWindows))].slice(0, MAX_QUOTE_KEYS),
  };
}

export function historyRow(entry: HistoryEntry): HistoryRow {
  return { ...entry, ...historyIndexes(entry) };
}

/** The entry a row stands for, without its index keys: what is exported and shown. */
export function entryOf(row: HistoryRow): HistoryEntry {
  const { flagKinds: _kinds, words: _words, quoteKeys: _keys, ...entry } = row;
  return entry;
}

/**
 * The Markdown export: a provenance report to read, print or paste into a note, one section per
 * article quoting each flagged sentence with its evidence. Titles, excerpts, messages, list names
 * and notes all come from pages, lists or imported files, so every piece of such text is escaped
 * and can add no heading, list, link, emphasis or HTML of its own.
 */
import type { HistoryEntry } from '../history/entry';
import type { Flag } from '../report';
import type { ExportContext } from './formats';

/**
 * Text as literal Markdown on one line: whitespace and line breaks fold to one space (a break
 * could end the paragraph or blockquote the text sits in), the characters that open emphasis,
 * code, links, HTML, entities, tables and strikethrough are backslash-escaped, and so is a start
 * that would open a block (a list item, heading rule or numbered item).
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>#|~&]/g, '\\$&')
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Text as a blockquote: each of its lines on a `> ` line, so a break inside it never leaves the quote. */
function blockquote(text: string): string {
  return text
    .trim()
    .split(/\r\n?|\n/)
    .map((line) => (line.trim() ? `> ${escapeMarkdown(line)}` : '>'))
    .join('\n');
}

/**
 * A page's address as a link that shows its own target (an autolink), or as plain text when it
 * holds a character an autolink cannot: no address can hide behind other words.
 */
function address(url: string): string {
  return /^https?:\/\/[^\s<>\\`\p{Cc}]+$/u.test(url) ? `<${url}>` : escapeMarkdown(url);
}

/** "2026-11-23 14:05 UTC": times in the report are UTC, so a reader anywhere sees the same time. */
function readableTime(iso: string): string {
  const time = new Date(iso);
  return Number.isNaN(time.getTime()) ? escapeMarkdown(iso) : `${time.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function listName(list: { name: string; version?: string }): string {
  return escapeMarkdown(list.version ? `${list.name}, version ${list.version}` : list.name);
}

function outletLine(outlet: HistoryEntry['outlet']): string {
  if (outlet.status === 'unknown') return `${outlet.domain ? `${escapeMarkdown(outlet.domain)}, ` : ''}in none of the lists in force`;
  const from = outlet.list ? `known from ${outlet.list}${outlet.listLicense ? ` (${outlet.listLicense})` : ''}` : '';
  const about = [outlet.kind, from].filter(Boolean).join('; ');
  const name = outlet.name ?? outlet.domain ?? 'a known outlet';
  return escapeMarkdown(about ? `${name} — ${about}` : name);
}

function flagSection(flag: Flag, index: number): string {
  return [`#### ${index + 1}. ${flag.kind} (${flag.severity})`, blockquote(flag.excerpt), `Evidence: ${escapeMarkdown(flag.message)}`].join('\n\n');
}

function articleSection(entry: HistoryEntry): string {
  const facts = [
    `- **URL:** ${address(entry.url)}`,
    `- **Outlet:** ${outletLine(entry.outlet)}`,
    `- **Checked:** ${readableTime(entry.checkedAt)}`,
    `- **Verdict:** ${entry.verdict}`,
    `- **Summary:** ${escapeMarkdown(entry.summary)}`,
  ];
  if (entry.review?.reviewed) facts.push(`- **Reviewed:** ${readableTime(entry.review.reviewedAt)}`);
  // The reader's note keeps its own lines: it is often a list of its own.
  const note = entry.review?.note.trim() ? [`**Reviewer's note:**`, blockquote(entry.review.note)] : [];
  const flags = entry.flags.length > 0 ? [`### Flags (${entry.flags.length})`, ...entry.flags.map(flagSection)] : ['No flags.'];
  return [`## ${escapeMarkdown(entry.article.title || entry.url)}`, facts.join('\n'), ...note, ...flags].join('\n\n');
}

export function markdownExport(entries: HistoryEntry[], context: ExportContext): string {
  const lists = context.lists.length > 0 ? context.lists.map((list) => `- ${listName(list)}`).join('\n') : '- none';
  const header = [
    '# Sourcecheck provenance report',
    `Exported ${readableTime(context.exportedAt)} by ${escapeMarkdown(context.generator)}: ${entries.length} ${entries.length === 1 ? 'article' : 'articles'}.`,
    `Known-sources lists in force:\n\n${lists}`,
  ];
  return `${[...header, ...entries.map(articleSection)].join('\n\n')}\n`;
}

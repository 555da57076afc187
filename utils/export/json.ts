/**
 * The JSON export: the full reports, with what made them and the lists in force. It is also the
 * format the history imports back, so `parseJsonExport(jsonExport(entries))` gives the entries
 * again, field for field, and refuses with a message that says what is wrong.
 */
import { z } from 'zod';
import { historyEntrySchema, listNameSchema, MAX_ENTRIES, type HistoryEntry } from '../history/entry';
import type { ExportContext } from './formats';

export const HISTORY_EXPORT_FORMAT = 'sourcecheck-history';
/** Raised when a change makes older Sourcechecks misread an export; they then refuse it instead. */
export const HISTORY_EXPORT_VERSION = 1;

export function jsonExport(entries: HistoryEntry[], context: ExportContext): string {
  const document = {
    format: HISTORY_EXPORT_FORMAT,
    formatVersion: HISTORY_EXPORT_VERSION,
    generator: context.generator,
    exportedAt: context.exportedAt,
    lists: context.lists,
    articles: entries,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

const exportDocument = z.object({
  format: z.literal(HISTORY_EXPORT_FORMAT),
  formatVersion: z.number().int().positive(),
  generator: z.string(),
  exportedAt: z.string(),
  lists: z.array(listNameSchema),
  articles: z.array(z.unknown()).max(MAX_ENTRIES),
});

/** ["flags", 0, "kind"] → "flags[0].kind". */
function fieldPath(path: PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i > 0 ? '.' : ''}${String(key)}`)).join('') || '(the whole entry)';
}

/** "articles[3] (https://…), field flags[0].kind: …": which article, which field, what is wrong. */
function describeArticle(index: number, article: unknown, issues: z.core.$ZodIssue[]): string {
  const url = typeof article === 'object' && article !== null && 'url' in article && typeof article.url === 'string' ? ` (${article.url.slice(0, 200)})` : '';
  const shown = issues.slice(0, 3).map((issue) => `field ${fieldPath(issue.path)}: ${issue.message}`);
  const more = issues.length > shown.length ? `; and ${issues.length - shown.length} more` : '';
  return `articles[${index}]${url}, ${shown.join('; ')}${more}`;
}

/** The entries of a JSON export; throws an Error naming the problem when the text is not one this version reads. */
export function parseJsonExport(text: string): HistoryEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`This file is not JSON (${(error as Error).message}), so it is not a Sourcecheck export.`);
  }
  const format = typeof data === 'object' && data !== null && 'format' in data ? data.format : undefined;
  if (format !== HISTORY_EXPORT_FORMAT) {
    const found = format === undefined ? 'it has no format field' : `its format is ${JSON.stringify(format).slice(0, 100)}`;
    throw new Error(`This file is not a Sourcecheck history export (${found}; expected "${HISTORY_EXPORT_FORMAT}").`);
  }
  const version = (data as { formatVersion?: unknown }).formatVersion;
  if (typeof version === 'number' && version > HISTORY_EXPORT_VERSION) {
    throw new Error(`This export is format version ${version}, from a newer Sourcecheck; this one reads version ${HISTORY_EXPORT_VERSION}. Update Sourcecheck to import it.`);
  }
  const envelope = exportDocument.safeParse(data);
  if (!envelope.success) {
    const issue = envelope.error.issues[0]!;
    throw new Error(`This Sourcecheck export is damaged: field ${fieldPath(issue.path)}: ${issue.message}`);
  }
  const problems: string[] = [];
  const entries = envelope.data.articles.flatMap((article, index) => {
    const parsed = historyEntrySchema.safeParse(article);
    if (parsed.success) return [parsed.data];
    problems.push(describeArticle(index, article, parsed.error.issues));
    return [];
  });
  if (problems.length > 0) {
    const rest = problems.length - 3;
    const more = rest > 0 ? ` (and ${rest} more ${rest === 1 ? 'article' : 'articles'})` : '';
    throw new Error(`This Sourcecheck export has invalid articles: ${problems.slice(0, 3).join('; ')}${more}.`);
  }
  return entries;
}

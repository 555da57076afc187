/**
 * Importing a known-sources list: validated whole, then compiled and written in one transaction
 * that replaces that list's rows and nothing else. A list that fails validation changes nothing.
 */
import type { z } from 'zod';
import { sourcesList, type SourcesList } from '../sources-list';
import type { RecordCounts } from './compiled-list';
import { writeListRows, type WriteOptions } from './list-store';
import { MY_SOURCES_ID } from './my-sources';
import type { ListOrigin, SourcecheckDB } from './schema';
import { slugId } from './stored-rows';

export class ListImportError extends Error {
  constructor(
    readonly listName: string,
    readonly problems: string[],
  ) {
    super(`List "${listName}" was not imported: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? ` (and ${problems.length - 5} more)` : ''}`);
    this.name = 'ListImportError';
  }
}

/** "outlets[3] (id "reuters"), field domains: …" — where a validation problem is. */
function describeIssue(data: unknown, issue: z.core.$ZodIssue): string {
  const [array, index, ...field] = issue.path;
  if (typeof array === 'string' && typeof index === 'number') {
    const record = (data as Record<string, unknown[]>)[array]?.[index] as { id?: unknown } | undefined;
    const id = typeof record?.id === 'string' ? ` (id "${record.id}")` : '';
    return `${array}[${index}]${id}, field ${field.join('.') || '(record)'}: ${issue.message}`;
  }
  return `field ${issue.path.join('.') || '(top level)'}: ${issue.message}`;
}

function duplicateIds(list: SourcesList): string[] {
  const problems: string[] = [];
  for (const array of ['outlets', 'people', 'organizations'] as const) {
    const seen = new Set<string>();
    (list[array] ?? []).forEach((record, index) => {
      if (seen.has(record.id)) problems.push(`${array}[${index}] (id "${record.id}"), field id: duplicate id`);
      seen.add(record.id);
    });
  }
  const outletIds = new Set((list.outlets ?? []).map((o) => o.id));
  (list.articles ?? []).forEach((article, index) => {
    if (!outletIds.has(article.outlet)) problems.push(`articles[${index}], field outlet: no outlet with id "${article.outlet}" in this list`);
  });
  return problems;
}

/** Parses and validates without touching the database. */
export function validateList(data: unknown, fallbackName = 'unnamed list'): SourcesList {
  const name =
    typeof data === 'object' && data !== null && typeof (data as { name?: unknown }).name === 'string'
      ? (data as { name: string }).name
      : fallbackName;
  const parsed = sourcesList.safeParse(data);
  if (!parsed.success) throw new ListImportError(name, parsed.error.issues.map((i) => describeIssue(data, i)));
  const problems = duplicateIds(parsed.data);
  if (problems.length > 0) throw new ListImportError(name, problems);
  return parsed.data;
}

/** The id a list is stored under when the caller gives none: its name's, never My sources'. */
export function listIdFor(name: string): string {
  const id = slugId(name) || 'list';
  // My sources is edited record by record; a file of the same name is another list beside it.
  return id === MY_SOURCES_ID ? `${id}-file` : id;
}

export type ImportSummary = { listId: string; counts: RecordCounts };

type ImportOptions = WriteOptions & { listId?: string; now?: Date; rank?: number };

/** Validates, then writes: a list that fails validation changes nothing. */
export async function importList(db: SourcecheckDB, data: unknown, origin: ListOrigin, options: ImportOptions = {}): Promise<ImportSummary> {
  return writeList(db, validateList(data), origin, options);
}

/**
 * Writes a list `validateList` has already accepted (the options page validates as a step of its
 * own, and a second pass would cost seconds on a large list), replacing that list's records only.
 */
export async function writeList(db: SourcecheckDB, list: SourcesList, origin: ListOrigin, options: ImportOptions = {}): Promise<ImportSummary> {
  const listId = options.listId ?? listIdFor(list.name);
  const { outlets, people, organizations, articles, claimReviews } = list;
  const stored = await writeListRows(
    db,
    {
      id: listId,
      name: list.name,
      origin,
      version: list.version ?? list.updated,
      license: list.license,
      homepage: list.homepage,
      description: list.description,
      updated: list.updated,
      importedAt: (options.now ?? new Date()).toISOString(),
      rank: options.rank,
    },
    { outlets, people, organizations, articles, claimReviews },
    options,
  );
  return { listId, counts: stored.counts };
}

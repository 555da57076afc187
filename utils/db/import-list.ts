/**
 * Importing a known-sources list: validated whole, then written in one transaction that
 * replaces that list's records and nothing else. A list that fails validation changes nothing.
 */
import type { z } from 'zod';
import { nameKey } from '../analysis/names';
import { urlKey } from '../analysis/urls';
import { sourcesList, type SourcesList } from '../sources-list';
import { claimReviewIndexKeys, normalizeDomain, organizationIndexKeys, outletIndexKeys, personIndexKeys } from './index-keys';
import type { ListOrigin, SourcecheckDB, StoredList } from './schema';

export class ListImportError extends Error {
  constructor(
    readonly listName: string,
    readonly problems: string[],
  ) {
    super(`List "${listName}" was not imported: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? ` (and ${problems.length - 5} more)` : ''}`);
    this.name = 'ListImportError';
  }
}

type RecordArray = 'outlets' | 'people' | 'organizations' | 'articles' | 'claimReviews';

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

export function listIdFor(name: string): string {
  return nameKey(name).replace(/ /g, '-') || 'list';
}

export type ImportSummary = { listId: string; counts: Record<RecordArray, number> };

export async function importList(
  db: SourcecheckDB,
  data: unknown,
  origin: ListOrigin,
  options: { listId?: string; now?: Date } = {},
): Promise<ImportSummary> {
  const list = validateList(data);
  const listId = options.listId ?? listIdFor(list.name);
  const key = (id: string) => `${listId}:${id}`;
  const stored: StoredList = {
    id: listId,
    name: list.name,
    origin,
    version: list.version ?? list.updated,
    license: list.license,
    homepage: list.homepage,
    description: list.description,
    updated: list.updated,
    importedAt: (options.now ?? new Date()).toISOString(),
  };
  const outlets = (list.outlets ?? []).map((o) => {
    const domains = o.domains.map(normalizeDomain);
    return { ...o, domains, key: key(o.id), listId, ...outletIndexKeys({ ...o, domains }) };
  });
  const people = (list.people ?? []).map((p) => ({ ...p, key: key(p.id), listId, ...personIndexKeys(p) }));
  const organizations = (list.organizations ?? []).map((o) => ({ ...o, key: key(o.id), listId, ...organizationIndexKeys(o) }));
  const articles = (list.articles ?? []).map((a, i) => ({ ...a, key: key(`article-${i}`), listId, urlKey: urlKey(a.url) ?? a.url }));
  const claimReviews = (list.claimReviews ?? []).map((c, i) => ({ ...c, key: key(`review-${i}`), listId, ...claimReviewIndexKeys(c) }));

  const tables = [db.lists, db.outlets, db.people, db.organizations, db.articles, db.claimReviews];
  await db.transaction('rw', tables, async () => {
    for (const table of [db.outlets, db.people, db.organizations, db.articles, db.claimReviews]) {
      await table.where('listId').equals(listId).delete();
    }
    await db.lists.put(stored);
    await db.outlets.bulkAdd(outlets);
    await db.people.bulkAdd(people);
    await db.organizations.bulkAdd(organizations);
    await db.articles.bulkAdd(articles);
    await db.claimReviews.bulkAdd(claimReviews);
  });
  return {
    listId,
    counts: {
      outlets: outlets.length,
      people: people.length,
      organizations: organizations.length,
      articles: articles.length,
      claimReviews: claimReviews.length,
    },
  };
}

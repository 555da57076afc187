/**
 * "My sources", the user's own list: records are saved and deleted one at a time, where other
 * lists are only ever imported or removed whole. Its id is its own: no import writes it
 * (listIdFor gives a file named "My sources" another id) and importing another list deletes
 * only that list's records, so the user's records survive every import.
 */
import type { z } from 'zod';
import type { OutletKind } from '../report';
import type { OutletRecord } from '../sources-list';
import { normalizeDomain } from './index-keys';
import type { SourcecheckDB, StoredList, StoredOutlet } from './schema';
import { recordId, recordOf, recordSchemas, slugId, storedRow, type RecordKind, type RecordOf, type StoredRowOf } from './stored-rows';

export const MY_SOURCES_ID = 'my-sources';
export const MY_SOURCES_NAME = 'My sources';

export class MySourcesError extends Error {
  constructor(problem: string) {
    super(`${MY_SOURCES_NAME}: ${problem}`);
    this.name = 'MySourcesError';
  }
}

const keyOf = (id: string) => `${MY_SOURCES_ID}:${id}`;

/** "outlets (id "reuters")", "articles (url "https://…")": which record, as the user wrote it. */
function recordLabel(kind: RecordKind, record: unknown): string {
  const fields = (typeof record === 'object' && record !== null ? record : {}) as Record<string, unknown>;
  const by = kind === 'articles' ? 'url' : kind === 'claimReviews' ? 'claim' : 'id';
  return typeof fields[by] === 'string' ? `${kind} (${by} "${fields[by]}")` : kind;
}

function describeIssues(kind: RecordKind, record: unknown, issues: z.core.$ZodIssue[]): string {
  const fields = issues.map((issue) => `field ${issue.path.join('.') || '(record)'}: ${issue.message}`);
  return `${recordLabel(kind, record)}, ${fields.join('; ')}`;
}

/** The list row of My sources, made (empty) if it is missing: first use, or after removeList. */
export async function ensureMySources(db: SourcecheckDB, now = new Date()): Promise<StoredList> {
  return db.transaction('rw', db.lists, async () => {
    const existing = await db.lists.get(MY_SOURCES_ID);
    if (existing) return existing;
    const list: StoredList = { id: MY_SOURCES_ID, name: MY_SOURCES_NAME, origin: 'user', importedAt: now.toISOString() };
    await db.lists.add(list);
    return list;
  });
}

/**
 * Validates a record as the list format does and stores it in My sources, replacing the record
 * with the same id (recordId: for articles the URL, for claim reviews reviewer and claim). An
 * article's outlet must be a My-sources outlet, as in any list, so the list always exports valid.
 */
export async function saveRecord<K extends RecordKind>(db: SourcecheckDB, kind: K, record: unknown): Promise<StoredRowOf[K]> {
  const parsed = recordSchemas[kind].safeParse(record);
  if (!parsed.success) throw new MySourcesError(describeIssues(kind, record, parsed.error.issues));
  const valid = parsed.data as RecordOf[K];
  const row = storedRow(kind, valid, MY_SOURCES_ID, recordId(kind, valid));
  await db.transaction('rw', [db.lists, db.outlets, db.table(kind)], async () => {
    await ensureMySources(db);
    if ('outlet' in valid && !(await db.outlets.get(keyOf(valid.outlet)))) {
      throw new MySourcesError(`${recordLabel(kind, valid)}, field outlet: no outlet with id "${valid.outlet}" in this list`);
    }
    await db.table(kind).put(row);
  });
  return row;
}

/**
 * Deletes a My-sources record by its stored key; false if there was none. Records of other lists
 * are refused: they change only by re-importing or removing their list. An outlet that articles
 * of My sources name is refused too, as deleting it would leave them pointing at nothing.
 */
export async function deleteRecord(db: SourcecheckDB, kind: RecordKind, key: string): Promise<boolean> {
  return db.transaction('rw', [db.lists, db.articles, db.table(kind)], async () => {
    const row = (await db.table(kind).get(key)) as StoredRowOf[RecordKind] | undefined;
    const [prefix = ''] = key.split(':');
    const listId = row?.listId ?? prefix;
    if (listId !== MY_SOURCES_ID) {
      const listName = (await db.lists.get(listId))?.name ?? listId;
      throw new MySourcesError(`${kind} record "${key}" belongs to the list "${listName}"; only records of ${MY_SOURCES_NAME} can be deleted one by one`);
    }
    if (!row) return false;
    if (kind === 'outlets') {
      const outletId = (row as StoredOutlet).id;
      const citing = await db.articles.where('listId').equals(MY_SOURCES_ID).filter((a) => a.outlet === outletId).count();
      if (citing > 0) throw new MySourcesError(`outlets (id "${outletId}") is the outlet of ${citing} article(s) in this list (their field outlet); delete or change those first`);
    }
    await db.table(kind).delete(key);
    return true;
  });
}

const DOMAIN = /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+$/u;

/**
 * Gives a domain the kind the user chose: the My-sources outlet listing that exact domain gets
 * the kind; without one, a new outlet is made, named and with domains as a known outlet of
 * another list that lists the domain (so the user's kind covers the same sites), else named by
 * the domain itself. Its id comes from the domain ("reuters-com").
 */
export async function setOutletKind(db: SourcecheckDB, domain: string, kind: OutletKind): Promise<StoredOutlet> {
  const wanted = normalizeDomain(domain);
  if (!DOMAIN.test(wanted)) throw new MySourcesError(`outlets (domain "${domain}"), field domains: not a domain name`);
  return db.transaction('rw', [db.lists, db.outlets], async () => {
    const listing = await db.outlets.where('domains').equals(wanted).toArray();
    const mine = listing.find((o) => o.listId === MY_SOURCES_ID);
    if (mine) return saveRecord(db, 'outlets', { ...recordOf('outlets', mine), kind });
    const known = listing[0];
    const record: OutletRecord = {
      id: await freeOutletId(db, slugId(wanted) || 'outlet'),
      name: known?.name ?? wanted,
      ...(known?.aliases ? { aliases: known.aliases } : {}),
      domains: known?.domains ?? [wanted],
      kind,
    };
    return saveRecord(db, 'outlets', record);
  });
}

/** The id itself, or with "-2", "-3"… if a My-sources outlet (listing other domains) has it. */
async function freeOutletId(db: SourcecheckDB, base: string): Promise<string> {
  let id = base;
  for (let n = 2; await db.outlets.get(keyOf(id)); n++) id = `${base}-${n}`;
  return id;
}

/**
 * "My sources", the user's own list: records are saved and deleted one at a time, where other
 * lists are only ever imported or removed whole. Its id is its own: no import writes it
 * (listIdFor gives a file named "My sources" another id) and importing another list deletes
 * only that list's records, so the user's records survive every import.
 *
 * A change rewrites the list whole (compiled-list.ts): a list a person edits by hand holds tens
 * or hundreds of records, which compile in a millisecond or two.
 */
import type { z } from 'zod';
import type { OutletKind } from '../report';
import type { OutletRecord } from '../sources-list';
import { compileList, type ListRecords } from './compiled-list';
import { normalizeDomain } from './index-keys';
import { listRecords, listTables, positionsByKey, recordsAt, writeListRows } from './list-store';
import type { SourcecheckDB, StoredList } from './schema';
import { listed, listOfKey, recordId, recordOf, recordSchemas, slugId, type ListedRecord, type RecordKind, type RecordOf } from './stored-rows';

export const MY_SOURCES_ID = 'my-sources';
export const MY_SOURCES_NAME = 'My sources';

export class MySourcesError extends Error {
  constructor(problem: string) {
    super(`${MY_SOURCES_NAME}: ${problem}`);
    this.name = 'MySourcesError';
  }
}

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
    const list: StoredList = { id: MY_SOURCES_ID, name: MY_SOURCES_NAME, origin: 'user', importedAt: now.toISOString(), ...compileList(MY_SOURCES_ID, {}).meta };
    await db.lists.add(list);
    return list;
  });
}

/** Runs `change` on My sources' records and writes the list again, all in one transaction. */
async function changeMySources<T>(db: SourcecheckDB, change: (records: Required<ListRecords>) => T): Promise<T> {
  return db.transaction('rw', listTables(db), async () => {
    const list = await ensureMySources(db);
    const records = await listRecords(db, MY_SOURCES_ID);
    const result = change(records);
    await writeListRows(db, list, records);
    return result;
  });
}

const sameRecord = <K extends RecordKind>(kind: K, id: string) => (record: RecordOf[K]) => recordId(kind, record) === id;

/**
 * Validates a record as the list format does and stores it in My sources, replacing the record
 * with the same id (recordId: for articles the URL, for claim reviews reviewer and claim). An
 * article's outlet must be a My-sources outlet, as in any list, so the list always exports valid.
 */
export async function saveRecord<K extends RecordKind>(db: SourcecheckDB, kind: K, record: unknown): Promise<ListedRecord<K>> {
  const parsed = recordSchemas[kind].safeParse(record);
  if (!parsed.success) throw new MySourcesError(describeIssues(kind, record, parsed.error.issues));
  // As it is stored (compileList normalises an outlet's domains): what is handed back is what a read gives.
  const valid = (kind === 'outlets' ? { ...parsed.data, domains: (parsed.data as OutletRecord).domains.map(normalizeDomain) } : parsed.data) as RecordOf[K];
  return changeMySources(db, (records) => {
    if ('outlet' in valid && !records.outlets.some((o) => o.id === valid.outlet)) {
      throw new MySourcesError(`${recordLabel(kind, valid)}, field outlet: no outlet with id "${valid.outlet}" in this list`);
    }
    const of = records[kind] as RecordOf[K][];
    const at = of.findIndex(sameRecord(kind, recordId(kind, valid)));
    if (at >= 0) of[at] = valid;
    else of.push(valid);
    return listed(kind, valid, MY_SOURCES_ID);
  });
}

/**
 * Deletes a My-sources record by its key; false if there was none. Records of other lists are
 * refused: they change only by re-importing or removing their list. An outlet that articles of
 * My sources name is refused too, as deleting it would leave them pointing at nothing.
 */
export async function deleteRecord(db: SourcecheckDB, kind: RecordKind, key: string): Promise<boolean> {
  const listId = listOfKey(key);
  if (listId !== MY_SOURCES_ID) {
    const listName = (await db.lists.get(listId))?.name ?? listId;
    throw new MySourcesError(`${kind} record "${key}" belongs to the list "${listName}"; only records of ${MY_SOURCES_NAME} can be deleted one by one`);
  }
  const id = key.slice(listId.length + 1);
  return changeMySources(db, (records) => {
    const of = records[kind] as RecordOf[typeof kind][];
    const at = of.findIndex(sameRecord(kind, id));
    if (at < 0) return false;
    if (kind === 'outlets') {
      const citing = records.articles.filter((a) => a.outlet === id).length;
      if (citing > 0) throw new MySourcesError(`outlets (id "${id}") is the outlet of ${citing} article(s) in this list (their field outlet); delete or change those first`);
    }
    of.splice(at, 1);
    return true;
  });
}

const DOMAIN = /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+$/u;

/** Outlets of every list that list this exact domain, the lists in the order stored. */
async function outletsListing(db: SourcecheckDB, domain: string): Promise<ListedRecord<'outlets'>[]> {
  const found: ListedRecord<'outlets'>[] = [];
  for (const list of await db.lists.toArray()) {
    const positions = (await positionsByKey(db, list, 'outlets.domains', [domain])).get(domain) ?? [];
    found.push(...(await recordsAt(db, list.id, 'outlets', positions)));
  }
  return found;
}

/**
 * Gives a domain the kind the user chose: the My-sources outlet listing that exact domain gets
 * the kind; without one, a new outlet is made, named and with domains as a known outlet of
 * another list that lists the domain (so the user's kind covers the same sites), else named by
 * the domain itself. Its id comes from the domain ("reuters-com").
 */
export async function setOutletKind(db: SourcecheckDB, domain: string, kind: OutletKind): Promise<ListedRecord<'outlets'>> {
  const wanted = normalizeDomain(domain);
  if (!DOMAIN.test(wanted)) throw new MySourcesError(`outlets (domain "${domain}"), field domains: not a domain name`);
  return db.transaction('rw', listTables(db), async () => {
    const listing = await outletsListing(db, wanted);
    const mine = listing.find((o) => o.listId === MY_SOURCES_ID);
    if (mine) return saveRecord(db, 'outlets', { ...recordOf('outlets', mine), kind });
    const known = listing[0];
    const taken = new Set((await listRecords(db, MY_SOURCES_ID)).outlets.map((o) => o.id));
    const record: OutletRecord = {
      id: freeId(slugId(wanted) || 'outlet', taken),
      name: known?.name ?? wanted,
      ...(known?.aliases ? { aliases: known.aliases } : {}),
      domains: known?.domains ?? [wanted],
      kind,
    };
    return saveRecord(db, 'outlets', record);
  });
}

/** The id itself, or with "-2", "-3"… if a My-sources outlet (listing other domains) has it. */
function freeId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

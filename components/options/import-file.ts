/**
 * Importing a file the user chose, in steps the page can show: reading (by chunks, with the
 * bytes read), parsing, for a CSV building the records from the rows, validating, writing. The
 * writing is importList's one transaction, so a list that fails changes nothing; everything
 * before it runs outside any transaction, with the page repainted between steps.
 */
import { rowsToList, type CsvKind, type CsvMapping, type CsvRejection, type CsvTable } from '../../utils/db/csv-import';
import { listIdFor, validateList, writeList } from '../../utils/db/import-list';
import { fingerprintText } from '../../utils/db/compiled-list';
import { compileInWorker } from './compile-in-worker';
import { recordIdPrints } from '../../utils/db/list-store';
import type { SourcecheckDB } from '../../utils/db/schema';
import { RECORD_KINDS, recordId, type RecordKind, type RecordOf } from '../../utils/db/stored-rows';
import type { SourcesList } from '../../utils/sources-list';

export type ImportStep =
  | { step: 'reading'; loaded: number; total: number }
  | { step: 'parsing' }
  | { step: 'building'; rows: number }
  | { step: 'validating'; records: number }
  | { step: 'indexing'; records: number }
  | { step: 'writing'; records: number };

export type KindChanges = { added: number; replaced: number; removed: number };

export type ImportOutcome = {
  listName: string;
  /** Null when nothing was imported: every row of a CSV was rejected. */
  listId: string | null;
  changes: Record<RecordKind, KindChanges>;
  rejected: CsvRejection[];
};

export class FileFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FileFormatError';
  }
}

type OnStep = (step: ImportStep) => void;

/** Resolves once the page has had a chance to paint the step just shown (promptly in a background tab too). */
function nextPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 50);
  });
}

export async function readText(file: File, onStep: OnStep): Promise<string> {
  const reader = file.stream().getReader();
  // The decoder drops a byte order mark and keeps characters split between chunks whole.
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let loaded = 0;
  onStep({ step: 'reading', loaded, total: file.size });
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    loaded += value.byteLength;
    parts.push(decoder.decode(value, { stream: true }));
    onStep({ step: 'reading', loaded, total: file.size });
  }
  parts.push(decoder.decode());
  return parts.join('');
}

function recordCount(data: unknown): number {
  const arrays = RECORD_KINDS.map((kind) => (data as Record<string, unknown>)[kind]);
  return arrays.reduce<number>((n, a) => n + (Array.isArray(a) ? a.length : 0), 0);
}

/** Ids (their fingerprints) of each kind the list has now: read from its id index, not from its records. */
async function idsOfList(db: SourcecheckDB, listId: string): Promise<Record<RecordKind, Set<string>>> {
  const ids = await Promise.all(RECORD_KINDS.map((kind) => recordIdPrints(db, listId, kind)));
  return Object.fromEntries(RECORD_KINDS.map((kind, i) => [kind, ids[i]!])) as Record<RecordKind, Set<string>>;
}

/** Ids (their fingerprints) of each kind a validated list holds. */
function idsIn(list: SourcesList): Record<RecordKind, Set<string>> {
  return Object.fromEntries(RECORD_KINDS.map((kind) => [kind, new Set((list[kind] ?? []).map((r) => fingerprintText(recordId(kind, r as RecordOf[typeof kind]))))])) as Record<RecordKind, Set<string>>;
}

/**
 * Validates and writes a parsed list. What it replaced is told by the records' ids before and
 * after: an id in both was replaced, one only after was added, one only before was removed.
 */
async function importData(db: SourcecheckDB, parsed: { data: unknown }, rejected: CsvRejection[], onStep: OnStep): Promise<ImportOutcome> {
  const records = recordCount(parsed.data);
  onStep({ step: 'validating', records });
  await nextPaint();
  const list = validateList(parsed.data);
  // The validated list is a copy: let the parsed one go, so that compiling a large list does not
  // run with both in memory, every collection tracing twice the objects.
  parsed.data = undefined;
  const before = await idsOfList(db, listIdFor(list.name));
  onStep({ step: 'indexing', records });
  await nextPaint();
  const { listId } = await writeList(db, list, 'file', { compile: compileInWorker, onCompiled: () => onStep({ step: 'writing', records }) });
  const after = idsIn(list);
  const changes = {} as Record<RecordKind, KindChanges>;
  for (const kind of RECORD_KINDS) {
    const kept = [...after[kind]].filter((key) => before[kind].has(key)).length;
    changes[kind] = { added: after[kind].size - kept, replaced: kept, removed: before[kind].size - kept };
  }
  return { listName: list.name, listId, changes, rejected };
}

/** A list file (`sourcecheck.sources/1`): a ListImportError names every problem if it is not valid. */
export async function importListText(db: SourcecheckDB, text: string, onStep: OnStep): Promise<ImportOutcome> {
  onStep({ step: 'parsing' });
  await nextPaint();
  const parsed: { data: unknown } = { data: undefined };
  try {
    parsed.data = JSON.parse(text);
  } catch (error) {
    throw new FileFormatError(`The file is not JSON, so not a list of known sources (${(error as Error).message}). Spreadsheets are imported as .csv files.`);
  }
  return importData(db, parsed, [], onStep);
}

const noChanges = (): Record<RecordKind, KindChanges> =>
  Object.fromEntries(RECORD_KINDS.map((kind) => [kind, { added: 0, replaced: 0, removed: 0 }])) as Record<RecordKind, KindChanges>;

/** CSV rows as a list of their own: rows that would not validate are set aside with their reasons. */
export async function importCsvTable(
  db: SourcecheckDB,
  table: CsvTable,
  choice: { kind: CsvKind; mapping: CsvMapping; listName: string },
  onStep: OnStep,
): Promise<ImportOutcome> {
  onStep({ step: 'building', rows: table.rows.length });
  await nextPaint();
  const { list, rejected } = rowsToList(choice.kind, table.rows, choice.mapping, { listName: choice.listName });
  if ((list[choice.kind]?.length ?? 0) === 0) return { listName: choice.listName, listId: null, changes: noChanges(), rejected };
  return importData(db, { data: list }, rejected, onStep);
}

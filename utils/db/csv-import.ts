/**
 * Outlets or people from a spreadsheet's CSV, made into a list in the list format, which the
 * caller then imports with importList like any list file. The column for each field is guessed
 * from the header names and shown to the user, who can change it. Rows that would not validate
 * are set aside, each with its row number, field and reason; the other rows make the list.
 */
import Papa from 'papaparse';
import { getDomain } from 'tldts';
import { OUTLET_KINDS } from '../report';
import { LIST_FORMAT, outletRecord, personRecord, type SourcesList } from '../sources-list';
import { normalizeDomain } from './index-keys';
import { slugId } from './stored-rows';

export type CsvKind = 'outlets' | 'people';

/** The fields a column can fill, for each kind; people's `organization` and `title` make one affiliation. */
export const CSV_FIELDS = {
  outlets: ['id', 'name', 'domains', 'aliases', 'kind', 'country', 'notes', 'evidence'],
  people: ['id', 'name', 'aliases', 'organization', 'title', 'notes', 'evidence'],
} as const;
export type CsvField = (typeof CSV_FIELDS)[CsvKind][number];
/** Which column (its index in the headers) fills each field; a field without one stays empty. */
export type CsvMapping = Partial<Record<CsvField, number>>;

/** A data row with its number as a spreadsheet shows it: the header is row 1. */
export type CsvRow = { row: number; cells: string[] };
export type CsvTable = { headers: string[]; rows: CsvRow[] };
export type CsvRejection = { row: number; field: CsvField; reason: string; message: string };

export class CsvParseError extends Error {
  constructor(readonly problems: string[]) {
    super(`The CSV file was not read: ${problems.join('; ')}`);
    this.name = 'CsvParseError';
  }
}

const isBlank = (cells: string[]) => cells.every((cell) => cell.trim() === '');

/** The header and the data rows, blank lines left out but counted, so row numbers stay the spreadsheet's. */
export function parseCsv(text: string): CsvTable {
  // Papa drops a byte order mark. It detects the delimiter (comma, semicolon, tab…) only with
  // blank lines skipped, which would lose the row numbers, so detection is a pass of its own; a
  // file of one column has no delimiter to detect, and is read as comma-separated.
  const { delimiter } = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy', preview: 50 }).meta;
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  if (parsed.errors.length > 0) throw new CsvParseError(parsed.errors.map((error) => `row ${(error.row ?? 0) + 1}: ${error.message}`));
  const rows = parsed.data.map((cells, index) => ({ row: index + 1, cells })).filter(({ cells }) => !isBlank(cells));
  const [header, ...data] = rows;
  if (!header) throw new CsvParseError(['the file has no header row']);
  return { headers: header.cells.map((cell) => cell.trim()), rows: data };
}

/** Header names each field is guessed from, compared without case, spaces or punctuation. */
const HEADER_NAMES: Record<CsvKind, Partial<Record<CsvField, string[]>>> = {
  outlets: {
    id: ['id', 'slug'],
    name: ['name', 'outlet', 'outletname', 'publication', 'media', 'source'],
    domains: ['domain', 'domains', 'website', 'websites', 'site', 'url', 'urls', 'homepage', 'host', 'hostname', 'web'],
    aliases: ['alias', 'aliases', 'aka', 'alsoknownas', 'othernames'],
    kind: ['kind', 'type', 'category', 'outlettype', 'mediatype'],
    country: ['country', 'countrycode'],
    notes: ['notes', 'note', 'comment', 'comments', 'description', 'remarks'],
    evidence: ['evidence', 'references', 'reference', 'sources'],
  },
  people: {
    id: ['id', 'slug'],
    name: ['name', 'fullname', 'person', 'personname'],
    aliases: ['alias', 'aliases', 'aka', 'alsoknownas', 'othernames'],
    organization: ['affiliation', 'organisation', 'organization', 'org', 'employer', 'company', 'outlet', 'institution', 'affiliationorganization'],
    title: ['title', 'role', 'position', 'jobtitle'],
    notes: ['notes', 'note', 'comment', 'comments', 'description', 'remarks'],
    evidence: ['evidence', 'references', 'reference', 'sources'],
  },
};

const squash = (header: string) => header.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const words = (header: string) => header.toLowerCase().split(/[^\p{L}\p{N}]+/u);

/**
 * A column for each field whose header names it: first whole headers ("Outlet name"), then
 * headers with a word naming it ("Website URL"), each column used once.
 */
export function proposeMapping(kind: CsvKind, headers: string[]): CsvMapping {
  const mapping: CsvMapping = {};
  const used = new Set<number>();
  const names = HEADER_NAMES[kind];
  for (const matches of [(h: string, n: string[]) => n.includes(squash(h)), (h: string, n: string[]) => words(h).some((w) => n.includes(w))]) {
    for (const field of CSV_FIELDS[kind]) {
      if (mapping[field] !== undefined) continue;
      const column = headers.findIndex((header, index) => !used.has(index) && matches(header, names[field] ?? []));
      if (column < 0) continue;
      mapping[field] = column;
      used.add(column);
    }
  }
  return mapping;
}

/**
 * "https://www.Reuters.com/world/" → "reuters.com"; null if the text is neither a domain nor a web
 * address, or names a host no page can have a registrable domain under (an IP address, "co.uk").
 */
function domainOf(text: string): string | null {
  try {
    const url = new URL(/^[a-z][a-z\d+.-]*:\/\//i.test(text) ? text : `http://${text}`);
    const domain = normalizeDomain(url.hostname);
    return /^[a-z\d-]+(\.[a-z\d-]+)+$/.test(domain) && getDomain(domain) ? domain : null;
  } catch {
    return null;
  }
}

const splitNames = (text: string) => text.split(/[;|]/).map((part) => part.trim()).filter(Boolean);
const splitDomains = (text: string) => text.split(/[\s,;|]+/).filter(Boolean);

/** "State media" → "state-media": kinds as a spreadsheet might spell them. */
const kindOf = (text: string) => text.trim().toLowerCase().replace(/[\s_]+/g, '-');

type Problem = { field: CsvField; reason: string };
type Candidate = { record: Record<string, unknown>; problems: Problem[] };

function outletCandidate(cell: (field: CsvField) => string): Candidate {
  const problems: Problem[] = [];
  const domains: string[] = [];
  for (const text of splitDomains(cell('domains'))) {
    const domain = domainOf(text);
    if (domain) domains.push(domain);
    else problems.push({ field: 'domains', reason: `"${text}" is not a domain or web address` });
  }
  if (!cell('domains')) problems.push({ field: 'domains', reason: 'no domain given' });
  const kind = kindOf(cell('kind'));
  if (!(OUTLET_KINDS as readonly string[]).includes(kind)) {
    const given = kind ? `"${cell('kind')}" is not an outlet kind` : 'no kind given';
    problems.push({ field: 'kind', reason: `${given}; allowed: ${OUTLET_KINDS.join(', ')}` });
  }
  const record = {
    name: cell('name') || domains[0] || '',
    aliases: splitNames(cell('aliases')),
    domains: [...new Set(domains)],
    kind,
    country: cell('country'),
    notes: cell('notes'),
    evidence: splitNames(cell('evidence')),
  };
  return { record, problems };
}

function personCandidate(cell: (field: CsvField) => string): Candidate {
  const organization = cell('organization');
  const title = cell('title');
  const problems: Problem[] = title && !organization ? [{ field: 'organization', reason: `a title ("${title}") without an organization` }] : [];
  const affiliations = organization ? [{ organization, ...(title ? { title } : {}) }] : [];
  const record = { name: cell('name'), aliases: splitNames(cell('aliases')), affiliations, notes: cell('notes'), evidence: splitNames(cell('evidence')) };
  return { record, problems };
}

/** The record without its empty optional fields, which the format leaves out rather than writes empty. */
function withoutEmpty(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== '' && !(Array.isArray(value) && value.length === 0)));
}

/** The CSV field a schema issue is about: a person's affiliation fields are columns of their own. */
function fieldOf(path: PropertyKey[]): CsvField {
  const [first, , nested] = path;
  return (first === 'affiliations' ? nested : first) as CsvField;
}

/**
 * The list the rows make, and the rows set aside. Ids are the id column's, else made from the
 * name (or first domain), made unique with "-2", "-3"…; an id column's duplicate is set aside.
 */
export function rowsToList(kind: CsvKind, rows: CsvRow[], mapping: CsvMapping, options: { listName: string }): { list: SourcesList; rejected: CsvRejection[] } {
  const rejected: CsvRejection[] = [];
  const reject = (row: number, field: CsvField, reason: string) =>
    rejected.push({ row, field, reason, message: `List "${options.listName}", CSV row ${row}, field ${field}: ${reason}` });
  const schema = kind === 'outlets' ? outletRecord : personRecord;
  const ids = new Map<string, number>();
  const records: unknown[] = [];

  for (const { row, cells } of rows) {
    const cell = (field: CsvField) => {
      const column = mapping[field];
      return column === undefined ? '' : (cells[column] ?? '').trim();
    };
    if (CSV_FIELDS[kind].every((field) => cell(field) === '')) continue;
    const { record, problems } = kind === 'outlets' ? outletCandidate(cell) : personCandidate(cell);
    const given = cell('id');
    const base = given || slugId(String(record.name)) || 'record';
    let id = base;
    for (let n = 2; !given && ids.has(id); n++) id = `${base}-${n}`;
    if (ids.has(id)) problems.push({ field: 'id', reason: `duplicate id "${id}" (row ${ids.get(id)} has it)` });
    if (!record.name) problems.push({ field: 'name', reason: 'no name given' });
    const parsed = schema.safeParse(withoutEmpty({ id, ...record }));
    if (!parsed.success) for (const issue of parsed.error.issues) problems.push({ field: fieldOf(issue.path), reason: issue.message });
    if (!parsed.success || problems.length > 0) {
      // One reason per field, the first: the schema's own repeats what was found above in its words.
      const named = new Set<CsvField>();
      for (const { field, reason } of problems) {
        if (!named.has(field)) reject(row, field, reason);
        named.add(field);
      }
      continue;
    }
    ids.set(id, row);
    records.push(parsed.data);
  }
  return { list: { format: LIST_FORMAT, name: options.listName, [kind]: records } as SourcesList, rejected };
}

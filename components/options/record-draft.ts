/**
 * The record form's fields for each kind, and the conversion between a record in the list format
 * and what the form holds (text, and one line per item for lists of names, domains and links).
 * Validation is the list format's own (recordSchemas), its issues placed beside their fields.
 */
import { OUTLET_KINDS } from '../../utils/report';
import { RATING_VALUES } from '../../utils/sources-list';
import { recordSchemas, slugId, type RecordKind } from '../../utils/db/stored-rows';

export type FieldSpec = {
  name: string;
  label: string;
  input: 'text' | 'lines' | 'textarea' | 'select' | 'outlet';
  required?: boolean;
  options?: readonly string[];
  hint?: string;
};

const id: FieldSpec = { name: 'id', label: 'Id', input: 'text', hint: 'Unique in the list; made from the name when left empty.' };
const name: FieldSpec = { name: 'name', label: 'Name', input: 'text', required: true };
const aliases: FieldSpec = { name: 'aliases', label: 'Other names', input: 'lines', hint: 'One per line.' };
const country: FieldSpec = { name: 'country', label: 'Country', input: 'text', hint: 'Two-letter code, e.g. GB.' };
const notes: FieldSpec = { name: 'notes', label: 'Notes', input: 'textarea' };
const evidence: FieldSpec = { name: 'evidence', label: 'Evidence', input: 'lines', hint: 'Web addresses that support this record, one per line.' };

export const FORM_FIELDS: Record<RecordKind, FieldSpec[]> = {
  outlets: [
    id,
    name,
    aliases,
    { name: 'domains', label: 'Domains', input: 'lines', required: true, hint: 'One per line, e.g. reuters.com; subdomains match.' },
    { name: 'kind', label: 'Kind', input: 'select', required: true, options: OUTLET_KINDS },
    country,
    notes,
    evidence,
  ],
  // A person's affiliations have a field group of their own (AffiliationsField).
  people: [id, name, aliases, notes, evidence],
  organizations: [
    id,
    name,
    aliases,
    { name: 'kind', label: 'Kind', input: 'text', hint: 'e.g. university, think-tank, ministry.' },
    country,
    { name: 'domains', label: 'Domains', input: 'lines', hint: 'One per line.' },
    notes,
    evidence,
  ],
  articles: [
    { name: 'url', label: 'Address', input: 'text', required: true },
    { name: 'title', label: 'Title', input: 'text', required: true },
    { name: 'outlet', label: 'Outlet', input: 'outlet', required: true, hint: 'An outlet of My sources.' },
    { name: 'authors', label: 'Authors', input: 'lines', hint: 'One per line.' },
    { name: 'published', label: 'Published', input: 'text', hint: 'YYYY-MM-DD' },
  ],
  claimReviews: [
    { name: 'claim', label: 'Claim', input: 'textarea', required: true },
    { name: 'rating', label: 'Rating', input: 'text', required: true, hint: "The reviewer's own words, e.g. Pants on fire." },
    { name: 'ratingValue', label: 'Rating value', input: 'select', required: true, options: RATING_VALUES },
    { name: 'reviewer', label: 'Reviewer', input: 'text', required: true },
    { name: 'url', label: 'Review address', input: 'text', required: true },
    { name: 'date', label: 'Date', input: 'text', hint: 'YYYY-MM-DD' },
  ],
};

export type AffiliationDraft = { organization: string; title: string; from: string; to: string };
export type Draft = { fields: Record<string, string>; affiliations: AffiliationDraft[] };

type Fields = Record<string, unknown>;

export const emptyAffiliation = (): AffiliationDraft => ({ organization: '', title: '', from: '', to: '' });

export function emptyDraft(kind: RecordKind): Draft {
  const fields = Object.fromEntries(FORM_FIELDS[kind].map((f) => [f.name, f.input === 'select' ? (f.options?.[0] ?? '') : '']));
  return { fields, affiliations: [] };
}

export function draftOf(kind: RecordKind, record: Fields): Draft {
  const fields: Record<string, string> = {};
  for (const spec of FORM_FIELDS[kind]) {
    const value = record[spec.name];
    fields[spec.name] = Array.isArray(value) ? value.join('\n') : typeof value === 'string' ? value : '';
  }
  const affiliations = ((record.affiliations ?? []) as Partial<Record<keyof AffiliationDraft, string | null>>[]).map((a) => ({
    organization: a.organization ?? '',
    title: a.title ?? '',
    from: a.from ?? '',
    to: a.to ?? '',
  }));
  return { fields, affiliations };
}

const lines = (text: string) => text.split('\n').map((line) => line.trim()).filter(Boolean);

/** The record the draft makes: empty fields left out, as the format leaves them out. */
export function recordOfDraft(kind: RecordKind, draft: Draft): Fields {
  const record: Fields = {};
  for (const spec of FORM_FIELDS[kind]) {
    const text = draft.fields[spec.name] ?? '';
    if (spec.input === 'lines') {
      if (lines(text).length > 0) record[spec.name] = lines(text);
    } else if (text.trim()) record[spec.name] = text.trim();
  }
  if (kind === 'people') {
    const affiliations = draft.affiliations
      .filter((a) => Object.values(a).some((v) => v.trim()))
      .map((a) => Object.fromEntries(Object.entries(a).map(([k, v]) => [k, v.trim()]).filter(([, v]) => v)));
    if (affiliations.length > 0) record.affiliations = affiliations;
  }
  const hasId = FORM_FIELDS[kind].some((spec) => spec.name === 'id');
  if (hasId && !record.id && typeof record.name === 'string') record.id = slugId(record.name);
  return record;
}

function isWebAddress(value: unknown): boolean {
  try {
    return typeof value === 'string' && ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/**
 * The list format's complaints about a record, by form field: "affiliations" for any part of an
 * affiliation (naming which one), else the field's own name.
 */
export function fieldErrors(kind: RecordKind, record: Fields): Record<string, string> {
  const errors: Record<string, string> = {};
  // Said plainly here; the schema would say "expected string, received undefined".
  for (const spec of FORM_FIELDS[kind]) if (spec.required && record[spec.name] === undefined) errors[spec.name] = 'Required.';
  const issues = recordSchemas[kind].safeParse(record).error?.issues ?? [];
  for (const issue of issues) {
    const [field, index, part] = issue.path;
    const key = String(field ?? 'record');
    const where = field === 'affiliations' && typeof index === 'number' ? `Affiliation ${index + 1}${part ? `, ${String(part)}` : ''}: ` : '';
    const item = field !== 'affiliations' && typeof index === 'number' ? `Line ${index + 1}: ` : '';
    errors[key] ??= `${where}${item}${issue.message}`;
  }
  // The format takes any URL; what people type here is shown and followed as a link, so only web addresses.
  for (const field of ['url', 'evidence']) {
    const values = ([] as unknown[]).concat(record[field] ?? []);
    const bad = values.findIndex((value) => !isWebAddress(value));
    if (bad >= 0 && !errors[field]) errors[field] = `${values.length > 1 ? `Line ${bad + 1}: ` : ''}not a web address (http or https).`;
  }
  // Without a name there is no id to make from it; the name's own error says what to do.
  if (errors.name && record.id === undefined) delete errors.id;
  return errors;
}

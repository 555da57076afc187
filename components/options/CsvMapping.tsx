import { useMemo, useState } from 'react';
import { CSV_FIELDS, proposeMapping, rowsToList, type CsvField, type CsvKind, type CsvMapping as Mapping, type CsvTable } from '../../utils/db/csv-import';
import { listIdFor } from '../../utils/db/import-list';
import type { ListInfo } from './useLists';

/** Rows shown before importing: enough to see that the columns land in the right fields. */
const PREVIEW_ROWS = 5;

type Choice = { kind: CsvKind; mapping: Mapping; listName: string };
type Props = { fileName: string; table: CsvTable; lists: ListInfo[]; onImport: (choice: Choice) => void; onCancel: () => void };

const FIELD_LABELS: Record<CsvField, string> = {
  id: 'Id',
  name: 'Name',
  domains: 'Domains',
  aliases: 'Other names',
  kind: 'Kind',
  country: 'Country',
  notes: 'Notes',
  evidence: 'Evidence',
  organization: 'Organization',
  title: 'Title',
};

/** A sheet with a domain column is a sheet of outlets; anything else is read as people. */
const guessKind = (headers: string[]): CsvKind => (proposeMapping('outlets', headers).domains !== undefined ? 'outlets' : 'people');

/** "press-outlets.csv" → "press-outlets": the new list's name until the user gives another. */
const baseName = (fileName: string) => fileName.replace(/\.[^.]+$/, '') || 'Imported sheet';

/**
 * The step between reading a CSV and importing it: what the rows are, which column fills each
 * field (guessed from the headers, changeable), and the first rows as they would be imported.
 */
export function CsvMapping({ fileName, table, lists, onImport, onCancel }: Props) {
  const [kind, setKind] = useState<CsvKind>(() => guessKind(table.headers));
  const [mapping, setMapping] = useState<Mapping>(() => proposeMapping(kind, table.headers));
  const [listName, setListName] = useState(() => baseName(fileName));
  // Importing under a list's name replaces that list, as importing a list file of that name does.
  const replaces = listName.trim() ? lists.find((list) => list.id === listIdFor(listName.trim())) : undefined;
  const fields = CSV_FIELDS[kind];
  const mapped = fields.filter((field) => mapping[field] !== undefined);
  const preview = useMemo(() => table.rows.slice(0, PREVIEW_ROWS), [table]);
  // The preview's verdicts are rowsToList's own, on the preview rows alone.
  const previewRejections = useMemo(() => rowsToList(kind, preview, mapping, { listName: 'preview' }).rejected, [kind, preview, mapping]);

  const changeKind = (next: CsvKind) => {
    setKind(next);
    setMapping(proposeMapping(next, table.headers));
  };
  const setColumn = (field: CsvField, value: string) =>
    setMapping((m) => {
      const next = { ...m };
      if (value === '') delete next[field];
      else next[field] = Number(value);
      return next;
    });

  return (
    <div className="csv-mapping" data-testid="csv-mapping">
      <h3>
        {fileName}: {table.rows.length.toLocaleString('en')} rows
      </h3>
      <div className="csv-mapping__choices">
        <label className="field">
          <span className="field__label">The rows are</span>
          <select value={kind} data-testid="csv-kind" onChange={(e) => changeKind(e.target.value as CsvKind)}>
            <option value="outlets">Outlets</option>
            <option value="people">People</option>
          </select>
        </label>
        <label className="field field--grow">
          <span className="field__label">Import as the list</span>
          <input value={listName} data-testid="csv-list-name" onChange={(e) => setListName(e.target.value)} />
          {replaces && (
            <span className="field__error" data-testid="csv-replaces">
              “{replaces.name}” is already a list: importing replaces its {replaces.total.toLocaleString('en')} records.
            </span>
          )}
        </label>
      </div>
      <h4>Columns</h4>
      <div className="csv-mapping__fields">
        {fields.map((field) => (
          <label key={field} className="field">
            <span className="field__label">{FIELD_LABELS[field]}</span>
            <select value={mapping[field] ?? ''} data-testid={`map-${field}`} onChange={(e) => setColumn(field, e.target.value)}>
              <option value="">(none)</option>
              {table.headers.map((header, index) => (
                <option key={index} value={index}>
                  {header || `Column ${index + 1}`}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <h4>First rows as they will be imported</h4>
      <div className="table-scroll">
        <table className="table" data-testid="csv-preview">
          <thead>
            <tr>
              <th scope="col">Row</th>
              {mapped.map((field) => (
                <th scope="col" key={field}>
                  {FIELD_LABELS[field]}
                </th>
              ))}
              <th scope="col">Check</th>
            </tr>
          </thead>
          <tbody>
            {preview.map(({ row, cells }) => {
              const problems = previewRejections.filter((r) => r.row === row);
              return (
                <tr key={row}>
                  <th scope="row">{row}</th>
                  {mapped.map((field) => (
                    <td key={field}>{cells[mapping[field]!] ?? ''}</td>
                  ))}
                  <td className={problems.length > 0 ? 'cell--warn' : 'cell--ok'}>
                    {problems.length > 0 ? problems.map((p) => `${p.field}: ${p.reason}`).join('; ') : 'OK'}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="actions">
        <button type="button" className="button" data-testid="csv-import" disabled={!listName.trim()} onClick={() => onImport({ kind, mapping, listName: listName.trim() })}>
          Import {table.rows.length.toLocaleString('en')} rows
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

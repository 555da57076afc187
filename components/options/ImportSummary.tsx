import { RECORD_KINDS } from '../../utils/db/stored-rows';
import type { ImportOutcome } from './import-file';
import { TAB_LABELS } from './labels';

type Props = { fileName: string; outcome: ImportOutcome; onBrowse: (listId: string) => void };

const n = (count: number) => count.toLocaleString('en');

/** What an import did: records added, replaced (same id as before) and removed, and rows rejected with their reasons. */
export function ImportSummary({ fileName, outcome, onBrowse }: Props) {
  const { listId, listName, changes, rejected } = outcome;
  const kinds = RECORD_KINDS.filter((kind) => changes[kind].added + changes[kind].replaced + changes[kind].removed > 0);
  const total = (part: 'added' | 'replaced' | 'removed') => kinds.reduce((sum, kind) => sum + changes[kind][part], 0);

  return (
    <div className={`summary${listId ? '' : ' summary--failed'}`} data-testid="import-summary" role="status">
      <h3>{listId ? `Imported “${listName}”` : `Nothing was imported from ${fileName}: no row could be used`}</h3>
      <ul className="tally">
        <li data-testid="summary-added">
          <strong>{n(total('added'))}</strong> added
        </li>
        <li data-testid="summary-replaced">
          <strong>{n(total('replaced'))}</strong> replaced
        </li>
        {total('removed') > 0 && (
          <li data-testid="summary-removed">
            <strong>{n(total('removed'))}</strong> removed (no longer in the file)
          </li>
        )}
        <li data-testid="summary-rejected" className={rejected.length > 0 ? 'tally--warn' : undefined}>
          <strong>{n(rejected.length)}</strong> rejected
        </li>
      </ul>
      {kinds.length > 0 && (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Records</th>
              <th scope="col">Added</th>
              <th scope="col">Replaced</th>
              <th scope="col">Removed</th>
            </tr>
          </thead>
          <tbody>
            {kinds.map((kind) => (
              <tr key={kind}>
                <th scope="row">{TAB_LABELS[kind]}</th>
                <td>{n(changes[kind].added)}</td>
                <td>{n(changes[kind].replaced)}</td>
                <td>{n(changes[kind].removed)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {rejected.length > 0 && (
        <>
          <h4>Rejected rows</h4>
          <ul className="problems" data-testid="rejected-rows">
            {rejected.map((r) => (
              <li key={`${r.row}-${r.field}`} data-row={r.row}>
                Row {r.row}, {r.field}: {r.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      {listId && (
        <button type="button" className="button button--quiet" onClick={() => onBrowse(listId)}>
          Show its records
        </button>
      )}
    </div>
  );
}

import { useLiveQuery } from 'dexie-react-hooks';
import { recordByKey } from '../../utils/db/list-store';
import { deleteRecord, MY_SOURCES_ID, MY_SOURCES_NAME } from '../../utils/db/my-sources';
import { recordOf, type RecordKind } from '../../utils/db/stored-rows';
import { db } from '../db';
import { ConfirmAction } from './ConfirmAction';
import { copyToMySources, myCopyKey } from './copy-to-my-sources';
import { KIND_LABELS } from './labels';
import { summarize } from './record-summary';
import { RecordFacts } from './RecordFacts';
import { useAction } from './useAction';

type Props = {
  kind: RecordKind;
  rowKey: string;
  listNames: Map<string, string>;
  onEdit: () => void;
  onDeleted: () => void;
  onCopied: (key: string) => void;
};

/** One record, read-only: My sources records can be edited or deleted, others copied to My sources. */
export function RecordDetail({ kind, rowKey, listNames, onEdit, onDeleted, onCopied }: Props) {
  // Read through the list's id index (a bucket row and a chunk); the live query follows those tables.
  const found = useLiveQuery(async () => ({ row: await recordByKey(db, kind, rowKey) }), [kind, rowKey]);
  const copyKey = found?.row && found.row.listId !== MY_SOURCES_ID ? myCopyKey(kind, found.row) : null;
  const copyExists = useLiveQuery(async () => (copyKey ? (await recordByKey(db, kind, copyKey)) !== undefined : false), [kind, copyKey]);
  const [error, act] = useAction();

  if (!found) return <p className="muted">Loading…</p>;
  const { row } = found;
  if (!row) return <p className="muted">This record is no longer there.</p>;

  const mine = row.listId === MY_SOURCES_ID;
  const listName = listNames.get(row.listId) ?? row.listId;
  const remove = () =>
    act(async () => {
      await deleteRecord(db, kind, row.key);
      onDeleted();
    });
  const copy = () =>
    act(async () => {
      const copied = await copyToMySources(db, kind, row);
      onCopied(copied.key);
    });

  return (
    <article className="record-detail" data-testid="record-detail" data-key={row.key}>
      <header className="record-detail__head">
        <p className="eyebrow">{KIND_LABELS[kind].one}</p>
        <h3 data-testid="record-title">{summarize(kind, row).title}</h3>
      </header>
      <RecordFacts kind={kind} record={recordOf(kind, row)} listId={row.listId} listName={listName} />
      <div className="actions record-detail__actions">
        {mine ? (
          <>
            <button type="button" className="button" data-testid="edit-record" onClick={onEdit}>
              Edit
            </button>
            <ConfirmAction label="Delete" question={`Delete this ${KIND_LABELS[kind].one} from ${MY_SOURCES_NAME}?`} confirmLabel="Delete" onConfirm={remove} danger testId="delete-record" />
          </>
        ) : copyExists ? (
          <ConfirmAction
            label={`Copy to ${MY_SOURCES_NAME}`}
            question={`${MY_SOURCES_NAME} already has this ${KIND_LABELS[kind].one}. Replace yours with the one from “${listName}”?`}
            confirmLabel="Replace mine"
            onConfirm={copy}
            testId="copy-record"
          />
        ) : (
          <button type="button" className="button" data-testid="copy-record" onClick={copy}>
            Copy to {MY_SOURCES_NAME}
          </button>
        )}
      </div>
      {!mine && <p className="muted small">Records of “{listName}” are read-only: they change when the list is imported again. Copy one to {MY_SOURCES_NAME} to edit it.</p>}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </article>
  );
}

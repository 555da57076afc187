import { useLiveQuery } from 'dexie-react-hooks';
import { recordByKey } from '../../utils/db/list-store';
import { recordOf, type RecordKind } from '../../utils/db/stored-rows';
import { db } from '../db';
import { RecordForm } from './RecordForm';

type Props = { kind: RecordKind; rowKey: string; onSaved: (key: string) => void; onCancel: () => void };

/** The edit form for a stored My-sources record, filled from the database. */
export function RecordEditor({ kind, rowKey, onSaved, onCancel }: Props) {
  const found = useLiveQuery(async () => ({ row: await recordByKey(db, kind, rowKey) }), [kind, rowKey]);
  if (!found) return <p className="muted">Loading…</p>;
  if (!found.row) return <p className="muted">This record is no longer there.</p>;
  // Keyed by the record, so the form starts from the stored values and keeps the user's edits after.
  return <RecordForm key={rowKey} kind={kind} editing={{ key: rowKey, record: recordOf(kind, found.row) }} onSaved={onSaved} onCancel={onCancel} />;
}

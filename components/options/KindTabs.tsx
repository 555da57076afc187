import { useLiveQuery } from 'dexie-react-hooks';
import { tableCounts } from '../../utils/db/browse';
import { RECORD_KINDS, type RecordKind } from '../../utils/db/stored-rows';
import { db } from '../db';
import { TAB_LABELS } from './labels';

/** One tab per kind of record, each with how many there are in all lists (counted by index). */
export function KindTabs({ kind, onChange }: { kind: RecordKind; onChange: (kind: RecordKind) => void }) {
  const counts = useLiveQuery(() => tableCounts(db));
  return (
    <div className="tabs" role="tablist" aria-label="Kind of record">
      {RECORD_KINDS.map((k) => (
        <button
          key={k}
          type="button"
          role="tab"
          id={`tab-${k}`}
          aria-selected={k === kind}
          aria-controls="records-panel"
          className="tab"
          data-testid={`tab-${k}`}
          onClick={() => onChange(k)}
        >
          {TAB_LABELS[k]} <span className="count">{counts ? counts[k].toLocaleString('en') : ''}</span>
        </button>
      ))}
    </div>
  );
}

import { speakerRecord } from '../utils/db/from-report';
import { saveRecord } from '../utils/db/my-sources';
import type { Attribution } from '../utils/report';
import { db } from './db';
import { useSaveToMySources } from './useSaveToMySources';

/** "Add this speaker": an unknown named speaker, saved to My sources as the page states them. */
export function AddSpeakerButton({ attribution, tabId }: { attribution: Attribution; tabId: number | null }) {
  const [status, save] = useSaveToMySources(tabId);
  const found = speakerRecord(attribution);
  if (!found) return null;
  const label = found.kind === 'people' ? 'Add this speaker' : 'Add this organization';
  return (
    <p className="actions">
      <button
        type="button"
        className="button small"
        data-testid="add-speaker"
        disabled={status.state === 'saving' || status.state === 'saved'}
        onClick={() => save(() => saveRecord(db, found.kind, found.record))}
      >
        {status.state === 'saved' ? 'Added to My sources' : label}
      </button>
      {status.state === 'failed' && <span className="error">{status.error}</span>}
    </p>
  );
}

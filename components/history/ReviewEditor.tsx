import { useState } from 'react';
import type { HistoryRow } from '../../utils/history/history-row';
import { setReview } from '../../utils/history/save-entry';
import { SEVERITIES, type Flag } from '../../utils/report';
import { FLAG_KIND_LABELS, SEVERITY_LABELS } from '../labels';
import { useAction } from '../options/useAction';
import { db } from '../db';
import { checkedTime } from './labels';

type Props = { row: HistoryRow; onClose: () => void };

/** Flags as the popup words them: severity and kind, the sentence quoted, and why. */
function FlagItems({ flags }: { flags: Flag[] }) {
  return (
    <ul className="plain review__flag-list">
      {flags.map((flag, i) => (
        <li key={i} className={`review__flag review__flag--${flag.severity}`} data-testid="review-flag" data-kind={flag.kind}>
          <span className="review__flag-kind">
            {SEVERITY_LABELS[flag.severity]} · {FLAG_KIND_LABELS[flag.kind] ?? flag.kind}
          </span>
          <q className="review__excerpt">{flag.excerpt}</q>
          <span className="muted small">{flag.message}</span>
        </li>
      ))}
    </ul>
  );
}

/** Longest note kept (the import schema's bound for text). */
const MAX_NOTE = 10_000;

/** An article's flags, to review them by, and the user's own review: reviewed or not, and a note. */
export function ReviewEditor({ row, onClose }: Props) {
  const [reviewed, setReviewed] = useState(row.review?.reviewed ?? false);
  const [note, setNote] = useState(row.review?.note ?? '');
  const [saved, setSaved] = useState(false);
  const [error, run] = useAction();
  const flagged = SEVERITIES.flatMap((severity) => (severity === 'low' ? [] : row.flags.filter((flag) => flag.severity === severity)));
  const notes = row.flags.filter((flag) => flag.severity === 'low');

  const save = () =>
    run(async () => {
      setSaved(false);
      if (!(await setReview(db, row.url, { reviewed, note: note.trim() }))) throw new Error('This article is no longer in the history.');
      setSaved(true);
    });

  return (
    <div className="review" data-testid="review-editor">
      <div className="review__flags">
        {flagged.length > 0 ? <FlagItems flags={flagged} /> : <p className="muted">No high or medium flag. {row.summary}</p>}
        {notes.length > 0 && (
          <details className="review__notes">
            <summary>
              {notes.length} low {notes.length === 1 ? 'note' : 'notes'} for the reader
            </summary>
            <FlagItems flags={notes} />
          </details>
        )}
      </div>
      <form
        className="review__form"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <label className="review__check">
          <input type="checkbox" checked={reviewed} data-testid="review-reviewed" onChange={(e) => setReviewed(e.target.checked)} />
          Reviewed
        </label>
        <label className="field">
          <span className="field__label">Your note, kept with the report and exported with it</span>
          <textarea
            rows={3}
            maxLength={MAX_NOTE}
            value={note}
            data-testid="review-note"
            placeholder="What you checked, whom you asked, what you concluded"
            onChange={(e) => {
              setNote(e.target.value);
              setSaved(false);
            }}
          />
        </label>
        <div className="actions">
          <button type="submit" className="button" data-testid="review-save">
            Save review
          </button>
          <button type="button" className="button button--quiet" onClick={onClose}>
            Close
          </button>
          {saved && (
            <span className="success" role="status" data-testid="review-saved">
              Saved.
            </span>
          )}
          {row.review && !saved && <span className="muted small">Last saved {checkedTime(row.review.reviewedAt)}</span>}
        </div>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
      </form>
    </div>
  );
}

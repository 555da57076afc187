import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { clearHistory, readRetention, RETENTIONS, setRetention, type Retention } from '../../utils/history/retention';
import { db } from '../db';
import { ConfirmAction } from '../options/ConfirmAction';
import { useAction } from '../options/useAction';
import { articles, RETENTION_LABELS } from './labels';

const DAY_MS = 86_400_000;

/** How many articles a retention would delete now: those last checked before its cutoff. */
async function wouldDelete(retention: Retention): Promise<number> {
  if (retention === 'forever') return 0;
  const cutoff = new Date(Date.now() - Number(retention) * DAY_MS).toISOString();
  return db.reports.where('checkedAt').below(cutoff).count();
}

/** How long the history keeps articles, and "Clear history". */
export function HistorySettings({ total }: { total: number }) {
  const retention = useLiveQuery(() => readRetention(db));
  const [pending, setPending] = useState<{ retention: Retention; count: number } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, run] = useAction();

  const apply = (next: Retention) =>
    run(async () => {
      const deleted = await setRetention(db, next);
      setPending(null);
      setMessage(deleted > 0 ? `${articles(deleted)} deleted.` : null);
    });

  const choose = (next: Retention) =>
    run(async () => {
      setMessage(null);
      const count = await wouldDelete(next);
      if (count > 0) setPending({ retention: next, count });
      else await apply(next);
    });

  return (
    <section className="panel" aria-labelledby="history-settings-heading" data-testid="history-settings">
      <h2 id="history-settings-heading">Keep history</h2>
      <p className="muted">
        Every checked article is kept on this computer, with its report and your review, and never sent anywhere. A re-check of an address updates
        its entry.
      </p>
      <div className="actions">
        <label className="field">
          <span className="field__label">Keep checked articles</span>
          <select value={pending?.retention ?? retention ?? 'forever'} disabled={retention === undefined} data-testid="history-retention" onChange={(e) => choose(e.target.value as Retention)}>
            {RETENTIONS.map((r) => (
              <option key={r} value={r}>
                {RETENTION_LABELS[r]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {pending && (
        <div className="confirm" role="group" aria-label="Change how long the history is kept">
          <p>
            {articles(pending.count)} were last checked more than {pending.retention} days ago and will be deleted now, with their reviews.
          </p>
          <div className="actions">
            <button type="button" className="button button--danger" data-testid="history-retention-confirm" onClick={() => apply(pending.retention)}>
              Delete them and keep {pending.retention} days
            </button>
            <button type="button" className="button button--quiet" onClick={() => setPending(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {message && (
        <p className="success" role="status">
          {message}
        </p>
      )}
      <div className="actions">
        <ConfirmAction
          label="Clear history"
          question={`Delete the whole history (${articles(total)}) with every review? This cannot be undone; export it first to keep a copy.`}
          confirmLabel="Clear history"
          danger
          testId="history-clear"
          onConfirm={() =>
            run(async () => {
              await clearHistory(db);
              setMessage('The history is empty.');
            })
          }
        />
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

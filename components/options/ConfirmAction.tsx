import { useState, type ReactNode } from 'react';

type Props = {
  label: string;
  /** What will happen, asked before it does. */
  question: ReactNode;
  confirmLabel: string;
  onConfirm: () => void | Promise<void>;
  danger?: boolean;
  testId?: string;
};

/** A button that asks first, in the page rather than a dialog box, for what cannot be undone. */
export function ConfirmAction({ label, question, confirmLabel, onConfirm, danger = false, testId }: Props) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const tone = danger ? 'button button--danger' : 'button';
  if (!asking) {
    return (
      <button type="button" className={`${tone} button--quiet`} data-testid={testId} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  const confirm = async () => {
    setBusy(true);
    try {
      await onConfirm();
    } finally {
      setBusy(false);
      setAsking(false);
    }
  };
  return (
    <div className="confirm" role="group" aria-label={label}>
      <p>{question}</p>
      <div className="actions">
        <button type="button" className={tone} disabled={busy} data-testid={testId && `${testId}-confirm`} onClick={confirm}>
          {confirmLabel}
        </button>
        <button type="button" className="button button--quiet" disabled={busy} onClick={() => setAsking(false)}>
          Cancel
        </button>
      </div>
    </div>
  );
}

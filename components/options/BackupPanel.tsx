import { useState } from 'react';
import { exportBackup, restoreBackup } from '../../utils/db/backup';
import { ensureMySources } from '../../utils/db/my-sources';
import { db } from '../db';
import { datedFileName, downloadBlob } from './download';
import { FileDrop } from './FileDrop';

type Result = { ok: boolean; text: string };

/** The whole database (every list, My sources, reports) to one file and back. */
export function BackupPanel({ onChanged }: { onChanged: () => void }) {
  const [busy, setBusy] = useState(false);
  const [chosen, setChosen] = useState<File | null>(null);
  const [result, setResult] = useState<Result | null>(null);

  const backup = async () => {
    setBusy(true);
    setResult(null);
    try {
      downloadBlob(await exportBackup(db), datedFileName('sourcecheck-backup'));
    } catch (e) {
      setResult({ ok: false, text: `The backup was not made: ${(e as Error).message}` });
    } finally {
      setBusy(false);
    }
  };

  const restore = async (file: File) => {
    setBusy(true);
    try {
      // BackupError says why a file is refused, and that nothing was changed.
      await restoreBackup(db, file);
      await ensureMySources(db);
      setResult({ ok: true, text: `Restored from ${file.name}.` });
      onChanged();
    } catch (e) {
      setResult({ ok: false, text: (e as Error).message });
    } finally {
      setBusy(false);
      setChosen(null);
    }
  };

  return (
    <section className="panel" aria-labelledby="backup-heading">
      <h2 id="backup-heading">Backup and restore</h2>
      <p className="muted">A backup holds every list, My sources and the saved reports. Restoring one replaces all of them.</p>
      <div className="actions">
        <button type="button" className="button" disabled={busy} data-testid="download-backup" onClick={backup}>
          Download a backup
        </button>
      </div>
      {chosen ? (
        <div className="confirm" role="group" aria-label="Restore">
          <p>Replace every list, My sources and the saved reports with the contents of {chosen.name}?</p>
          <div className="actions">
            <button type="button" className="button button--danger" disabled={busy} data-testid="restore-confirm" onClick={() => restore(chosen)}>
              Replace everything
            </button>
            <button type="button" className="button button--quiet" disabled={busy} onClick={() => setChosen(null)}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <FileDrop
          prompt="Drop a backup file here to restore it"
          buttonLabel="Choose a backup…"
          accept=".json,application/json"
          onFile={(file) => {
            setResult(null);
            setChosen(file);
          }}
          disabled={busy}
          testId="restore-file"
        />
      )}
      {result && (
        <p className={result.ok ? 'success' : 'error'} role={result.ok ? 'status' : 'alert'} data-testid="restore-result">
          {result.text}
        </p>
      )}
    </section>
  );
}

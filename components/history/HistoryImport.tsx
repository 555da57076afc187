import { useState } from 'react';
import { parseJsonExport } from '../../utils/export/json';
import { importEntries } from '../../utils/history/save-entry';
import { db } from '../db';
import { FileDrop } from '../options/FileDrop';
import { ImportError } from '../options/ImportError';
import { articles } from './labels';

type Outcome = { fileName: string; counts: { added: number; replaced: number; kept: number } } | { fileName: string; error: unknown };

const n = (count: number) => count.toLocaleString('en');

/**
 * A JSON export (from this or another install) into the history. The whole file is validated
 * first (parseJsonExport), so a bad file changes nothing; an article already here is replaced
 * only by a later check of it.
 */
export function HistoryImport() {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const importFile = async (file: File) => {
    setBusy(true);
    setOutcome(null);
    try {
      const entries = parseJsonExport(await file.text());
      setOutcome({ fileName: file.name, counts: await importEntries(db, entries) });
    } catch (error) {
      setOutcome({ fileName: file.name, error });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="history-import-heading" data-testid="history-import">
      <h2 id="history-import-heading">Import history (JSON)</h2>
      <p className="muted">
        A JSON export of Sourcecheck’s history, from this browser or another, with its reviews. An article already here is replaced only if the file
        holds a later check of it.
      </p>
      <FileDrop
        prompt="Drop a Sourcecheck JSON export here"
        buttonLabel="Choose a JSON export…"
        accept=".json,application/json"
        onFile={importFile}
        disabled={busy}
        testId="history-import-file"
      />
      {outcome && 'counts' in outcome && (
        <div className="summary" role="status" data-testid="history-import-summary">
          <h3>
            Imported {articles(outcome.counts.added + outcome.counts.replaced + outcome.counts.kept)} from {outcome.fileName}
          </h3>
          <ul className="tally">
            <li data-testid="history-import-added">
              <strong>{n(outcome.counts.added)}</strong> added
            </li>
            <li data-testid="history-import-replaced">
              <strong>{n(outcome.counts.replaced)}</strong> replaced
            </li>
            <li data-testid="history-import-kept">
              <strong>{n(outcome.counts.kept)}</strong> kept (this history’s check is as recent)
            </li>
          </ul>
        </div>
      )}
      {outcome && 'error' in outcome && <ImportError fileName={outcome.fileName} error={outcome.error} />}
    </section>
  );
}

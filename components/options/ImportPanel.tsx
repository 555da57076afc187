import { useState } from 'react';
import { flushSync } from 'react-dom';
import { parseCsv, type CsvTable } from '../../utils/db/csv-import';
import { db } from '../db';
import { CsvMapping } from './CsvMapping';
import { FileDrop } from './FileDrop';
import { importCsvTable, importListText, readText, type ImportOutcome, type ImportStep } from './import-file';
import { ImportError } from './ImportError';
import { ImportProgress } from './ImportProgress';
import { ImportSummary } from './ImportSummary';
import type { ListInfo } from './useLists';

type State =
  | { at: 'idle' }
  | { at: 'mapping'; fileName: string; table: CsvTable }
  | { at: 'running'; fileName: string; step: ImportStep }
  | { at: 'done'; fileName: string; outcome: ImportOutcome }
  | { at: 'failed'; fileName: string; error: unknown };

const isCsv = (file: File) => /\.(csv|tsv)$/i.test(file.name) || file.type === 'text/csv';

type Props = { lists: ListInfo[]; onBrowse: (listId: string) => void; onChanged: () => void };

/**
 * Importing a list from a file the user picks or drops: a list file is validated and written
 * whole; a CSV of outlets or people goes through the column mapping first.
 */
export function ImportPanel({ lists, onBrowse, onChanged }: Props) {
  const [state, setState] = useState<State>({ at: 'idle' });
  const running = state.at === 'running';

  const run = async (fileName: string, work: (onStep: (step: ImportStep) => void) => Promise<ImportOutcome | CsvTable>) => {
    // Shown at once: the step after it runs without yielding (validating, compiling), and would otherwise show late.
    // A performance mark per step lets devtools (and npm run bench) time the steps without polling a busy page.
    const onStep = (step: ImportStep) => {
      performance.mark(`sourcecheck-import:${step.step}`);
      flushSync(() => setState({ at: 'running', fileName, step }));
    };
    try {
      const result = await work(onStep);
      performance.mark('sourcecheck-import:done');
      if ('headers' in result) return setState({ at: 'mapping', fileName, table: result });
      setState({ at: 'done', fileName, outcome: result });
      if (result.listId) onChanged();
    } catch (error) {
      setState({ at: 'failed', fileName, error });
    }
  };

  const chooseFile = (file: File) =>
    run(file.name, async (onStep) => {
      const text = await readText(file, onStep);
      if (!isCsv(file)) return importListText(db, text, onStep);
      onStep({ step: 'parsing' });
      return parseCsv(text);
    });

  return (
    // The mapping's preview table needs the page's width; the backup panel moves below meanwhile.
    <section className={`panel${state.at === 'mapping' ? ' panel--wide' : ''}`} aria-labelledby="import-heading" data-testid="import-panel">
      <h2 id="import-heading">Import a list</h2>
      <p className="muted">
        A list file in the <code>sourcecheck.sources/1</code> format replaces the list of the same name, or is added beside the others. A CSV of
        outlets or people becomes a list of its own.
      </p>
      {state.at === 'mapping' ? (
        <CsvMapping
          fileName={state.fileName}
          table={state.table}
          lists={lists}
          onCancel={() => setState({ at: 'idle' })}
          onImport={(choice) => run(state.fileName, (onStep) => importCsvTable(db, state.table, choice, onStep))}
        />
      ) : (
        <FileDrop
          prompt="Drop a list (.json) or a spreadsheet (.csv) here"
          buttonLabel="Choose a file…"
          accept=".json,.csv,.tsv,application/json,text/csv"
          onFile={chooseFile}
          disabled={running}
          testId="import-file"
        />
      )}
      {state.at === 'running' && <ImportProgress fileName={state.fileName} step={state.step} />}
      {state.at === 'done' && <ImportSummary fileName={state.fileName} outcome={state.outcome} onBrowse={onBrowse} />}
      {state.at === 'failed' && <ImportError fileName={state.fileName} error={state.error} />}
    </section>
  );
}

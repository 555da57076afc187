import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import type { ExportFormat } from '../../utils/export/formats';
import { deleteEntries, historyFacets, queryHistory, rowsByUrl } from '../../utils/history/history-query';
import { entryOf } from '../../utils/history/history-row';
import { db } from '../db';
import { downloadExport } from '../download';
import { ConfirmAction } from '../options/ConfirmAction';
import { useAction } from '../options/useAction';
import { useDebounced } from '../options/useDebounced';
import { ExportControls } from './ExportControls';
import { historyExportContext } from './export-context';
import { NO_FILTERS, toQuery, type FilterState } from './filter-state';
import { HistoryFilters } from './HistoryFilters';
import { HistoryImport } from './HistoryImport';
import { HistorySettings } from './HistorySettings';
import { HistoryTable } from './HistoryTable';
import { articles } from './labels';
import './history.css';

/** Typing pauses this long before a search runs. */
const SEARCH_DELAY_MS = 150;
/** Rows shown at first, and added by "Show more". */
const PAGE = 100;

/**
 * The history of checked articles: filters, the matching articles newest first, a selection to
 * export or delete, a review per article, and below, import and how long the history is kept.
 * Everything is read from and written to this browser's database; nothing leaves the machine
 * except a file the user exports.
 */
export function HistoryView() {
  const [filters, setFilters] = useState<FilterState>(NO_FILTERS);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [reviewing, setReviewing] = useState<string | null>(null);
  const [shown, setShown] = useState(PAGE);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, run] = useAction();
  const search = useDebounced(filters.search, SEARCH_DELAY_MS);
  const query = useMemo(() => toQuery(filters, search), [filters, search]);

  const rows = useLiveQuery(() => queryHistory(db, query), [query]);
  const facets = useLiveQuery(() => historyFacets(db));
  const total = useLiveQuery(() => db.reports.count()) ?? 0;

  const visible = useMemo(() => (rows ?? []).slice(0, shown), [rows, shown]);
  // Only what is shown counts as selected (an article deleted elsewhere, or past "Show more", is not).
  const chosen = useMemo(() => visible.filter((row) => selected.has(row.url)).map((row) => row.url), [visible, selected]);

  // A new filter starts a new selection: what is selected is always among what is shown.
  const changeFilters = (next: FilterState) => {
    setFilters(next);
    setShown(PAGE);
    setSelected(new Set());
  };
  const select = (urls: string[], on: boolean) =>
    setSelected((before) => {
      const after = new Set(before);
      for (const url of urls) {
        if (on) after.add(url);
        else after.delete(url);
      }
      return after;
    });

  const exportRows = (format: ExportFormat, which: 'selection' | 'flagged') =>
    run(async () => {
      setStatus(null);
      setBusy(true);
      try {
        const found = which === 'selection' ? await rowsByUrl(db, chosen) : await queryHistory(db, { flaggedOnly: true });
        if (found.length === 0) throw new Error(which === 'selection' ? 'Select the articles to export first.' : 'No article in the history is flagged.');
        const fileName = await downloadExport(format, found.map(entryOf), { scope: which, count: found.length }, await historyExportContext());
        setStatus(`Saved ${fileName} (${articles(found.length)}) to your downloads.`);
      } finally {
        setBusy(false);
      }
    });

  const deleteChosen = () =>
    run(async () => {
      const deleted = await deleteEntries(db, chosen);
      select(chosen, false);
      setStatus(`${articles(deleted)} deleted.`);
    });

  const count = rows?.length ?? 0;
  const statusLine =
    rows === undefined ? 'Loading…' : count === visible.length ? `${articles(count)}` : `${visible.length.toLocaleString('en')} of ${articles(count)} shown`;

  return (
    <>
      <section className="panel" aria-labelledby="history-heading" data-testid="history-view">
        <div className="panel__title">
          <h2 id="history-heading">
            Articles <span className="count">{total.toLocaleString('en')} checked in all</span>
          </h2>
          <ExportControls label="Export all flagged" busy={busy} testId="history-export-flagged" onExport={(format) => exportRows(format, 'flagged')} />
        </div>
        <HistoryFilters state={filters} onChange={changeFilters} facets={facets} />
        <div className="history-toolbar">
          <p className="muted small" role="status" data-testid="history-status">
            {statusLine}
            {chosen.length > 0 && <strong className="history-toolbar__selected"> · {chosen.length.toLocaleString('en')} selected</strong>}
          </p>
          <div className="actions">
            <ExportControls label="Export selected" disabled={chosen.length === 0} busy={busy} testId="history-export-selected" onExport={(format) => exportRows(format, 'selection')} />
            {chosen.length > 0 ? (
              <ConfirmAction
                label="Delete selected"
                question={`Delete ${articles(chosen.length)} from the history, with their reviews? This cannot be undone.`}
                confirmLabel={`Delete ${articles(chosen.length)}`}
                danger
                testId="history-delete"
                onConfirm={deleteChosen}
              />
            ) : (
              <button type="button" className="button button--danger button--quiet" disabled data-testid="history-delete">
                Delete selected
              </button>
            )}
          </div>
        </div>
        {(status || error) && (
          <p className={error ? 'error' : 'success'} role={error ? 'alert' : 'status'} data-testid="history-action-result">
            {error ?? status}
          </p>
        )}
        {rows !== undefined && count === 0 ? (
          <div className="history-empty" data-testid="history-empty">
            <p className="muted">
              {total === 0
                ? 'No article has been checked yet. Sourcecheck keeps every news article it checks here, on this computer.'
                : 'No article matches these filters.'}
            </p>
          </div>
        ) : (
          <HistoryTable rows={visible} selected={selected} onSelect={select} reviewing={reviewing} onReview={setReviewing} />
        )}
        {count > visible.length && (
          <button type="button" className="button button--quiet history-more" onClick={() => setShown((n) => n + PAGE)}>
            Show {Math.min(PAGE, count - visible.length).toLocaleString('en')} more
          </button>
        )}
      </section>
      <div className="panel-row">
        <HistoryImport />
        <HistorySettings total={total} />
      </div>
    </>
  );
}

import { Fragment, useEffect, useRef } from 'react';
import { BADGE_COLORS } from '../../utils/badge';
import type { HistoryRow } from '../../utils/history/history-row';
import { SEVERITIES, type Severity } from '../../utils/report';
import { VERDICT_LABELS, type CheckedVerdict } from '../labels';
import { checkedTime, hostOf, isHttpUrl, SEVERITY_WORDS } from './labels';
import { ReviewEditor } from './ReviewEditor';

type Props = {
  rows: HistoryRow[];
  selected: Set<string>;
  onSelect: (urls: string[], selected: boolean) => void;
  reviewing: string | null;
  onReview: (url: string | null) => void;
};

const COLUMNS = 7;

function SelectAll({ rows, selected, onSelect }: Pick<Props, 'rows' | 'selected' | 'onSelect'>) {
  const box = useRef<HTMLInputElement>(null);
  const count = rows.filter((row) => selected.has(row.url)).length;
  const all = rows.length > 0 && count === rows.length;
  useEffect(() => {
    if (box.current) box.current.indeterminate = count > 0 && !all;
  }, [count, all]);
  return (
    <input
      ref={box}
      type="checkbox"
      checked={all}
      disabled={rows.length === 0}
      aria-label="Select all shown"
      data-testid="history-select-all"
      onChange={(e) => onSelect(rows.map((row) => row.url), e.target.checked)}
    />
  );
}

function FlagCounts({ row }: { row: HistoryRow }) {
  const counts = SEVERITIES.map((severity): [Severity, number] => [severity, row.flags.filter((flag) => flag.severity === severity).length]).filter(([, n]) => n > 0);
  if (counts.length === 0) return <span className="muted">none</span>;
  return (
    <ul className="flag-counts" data-testid="history-flag-counts">
      {counts.map(([severity, n]) => (
        <li key={severity} className={`flag-count flag-count--${severity}`} data-severity={severity} title={`${n} ${n === 1 ? SEVERITY_WORDS[severity].one : SEVERITY_WORDS[severity].many}`}>
          <span aria-hidden="true">{n}</span>
          <span className="visually-hidden">
            {n} {n === 1 ? SEVERITY_WORDS[severity].one : SEVERITY_WORDS[severity].many}
          </span>
        </li>
      ))}
    </ul>
  );
}

function ArticleCell({ row }: { row: HistoryRow }) {
  const title = row.article.title || hostOf(row.url);
  return (
    <div className="history-article">
      {isHttpUrl(row.url) ? (
        <a className="history-article__title" href={row.url} target="_blank" rel="noreferrer noopener" data-testid="history-title">
          {title}
        </a>
      ) : (
        <span className="history-article__title" data-testid="history-title">
          {title}
        </span>
      )}
      <span className="history-article__url muted small">{row.url}</span>
    </div>
  );
}

/** The history's articles, one row each, with a review editor under the one being reviewed. */
export function HistoryTable({ rows, selected, onSelect, reviewing, onReview }: Props) {
  return (
    <div className="history-table-wrap">
      <table className="table history-table" data-testid="history-table">
        <thead>
          <tr>
            <th scope="col" className="history-table__select">
              <SelectAll rows={rows} selected={selected} onSelect={onSelect} />
            </th>
            <th scope="col">Article</th>
            <th scope="col">Outlet</th>
            <th scope="col">Verdict</th>
            <th scope="col">
              Flags{' '}
              <span className="flag-legend" aria-hidden="true">
                <span className="flag-legend__item flag-legend__item--high">high</span> <span className="flag-legend__item flag-legend__item--medium">medium</span>{' '}
                <span className="flag-legend__item flag-legend__item--low">low</span>
              </span>
            </th>
            <th scope="col">Checked</th>
            <th scope="col">Review</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const verdict = row.verdict as CheckedVerdict;
            const isSelected = selected.has(row.url);
            const open = reviewing === row.url;
            const title = row.article.title || row.url;
            return (
              <Fragment key={row.url}>
                <tr className={`history-row${isSelected ? ' history-row--selected' : ''}${open ? ' history-row--open' : ''}`} data-testid="history-row" data-url={row.url}>
                  <td className="history-table__select">
                    <input type="checkbox" checked={isSelected} aria-label={`Select “${title}”`} data-testid="history-select" onChange={(e) => onSelect([row.url], e.target.checked)} />
                  </td>
                  <td>
                    <ArticleCell row={row} />
                  </td>
                  <td>
                    <div className="history-outlet">
                      <span data-testid="history-outlet">{row.outlet.name ?? row.outlet.domain ?? hostOf(row.url)}</span>
                      {row.outlet.list ? <span className="chip" title={`Known from ${row.outlet.list}`}>{row.outlet.list}</span> : <span className="muted small">in no list</span>}
                    </div>
                  </td>
                  <td>
                    <span className="verdict-pill" style={{ backgroundColor: BADGE_COLORS[verdict] }} data-testid="history-verdict-cell" data-verdict={row.verdict}>
                      {VERDICT_LABELS[verdict] ?? row.verdict}
                    </span>
                  </td>
                  <td>
                    <FlagCounts row={row} />
                  </td>
                  <td className="history-table__time">
                    <time dateTime={row.checkedAt}>{checkedTime(row.checkedAt)}</time>
                  </td>
                  <td className="history-table__review">
                    {row.review?.reviewed && (
                      <span className="reviewed-mark" data-testid="history-reviewed">
                        <span aria-hidden="true">✓</span> Reviewed
                      </span>
                    )}
                    {row.review?.note && (
                      <span className="history-note muted small" title={row.review.note} data-testid="history-note">
                        {row.review.note}
                      </span>
                    )}
                    <button
                      type="button"
                      className="button button--quiet button--small"
                      aria-expanded={open}
                      aria-label={`${open ? 'Hide the review of' : row.review ? 'Edit the review of' : 'Review'} “${title}”`}
                      data-testid="history-review-toggle"
                      onClick={() => onReview(open ? null : row.url)}
                    >
                      {open ? 'Hide review' : row.review ? 'Edit review' : 'Review'}
                    </button>
                  </td>
                </tr>
                {open && (
                  <tr className="history-row__detail">
                    <td colSpan={COLUMNS}>
                      <ReviewEditor key={row.url} row={row} onClose={() => onReview(null)} />
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

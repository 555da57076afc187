import type { HistoryFacets } from '../../utils/history/history-query';
import type { FlagKind, Verdict } from '../../utils/report';
import { FLAG_KIND_LABELS, VERDICT_LABELS, type CheckedVerdict } from '../labels';
import { isFiltered, NO_FILTERS, type FilterState } from './filter-state';

type Props = {
  state: FilterState;
  onChange: (state: FilterState) => void;
  facets: HistoryFacets | undefined;
};

const CHECKED_VERDICTS = Object.keys(VERDICT_LABELS) as CheckedVerdict[];

/** A value the filter holds stays a choice even when no article has it any more (after a delete). */
function withCurrent<T extends string>(values: T[], current: T | ''): T[] {
  return current && !values.includes(current) ? [...values, current] : values;
}

/** Search and filters of the history; the search runs when typing pauses (HistoryView debounces it). */
export function HistoryFilters({ state, onChange, facets }: Props) {
  const set = <K extends keyof FilterState>(key: K, value: FilterState[K]) => onChange({ ...state, [key]: value });
  const flagKinds = withCurrent(facets?.flagKinds ?? [], state.flagKind);
  const outlets = withCurrent(facets?.outlets ?? [], state.outlet);
  const lists = withCurrent(facets?.lists ?? [], state.list);
  return (
    <div className="filters history-filters" role="search" aria-label="Filter the history">
      <label className="field field--grow">
        <span className="field__label">Search</span>
        <input
          type="search"
          value={state.search}
          placeholder="Words of a title, a quote or a flagged sentence"
          data-testid="history-filter-search"
          onChange={(e) => set('search', e.target.value)}
        />
      </label>
      <label className="field">
        <span className="field__label">Show</span>
        <select value={state.show} data-testid="history-filter-show" onChange={(e) => set('show', e.target.value as FilterState['show'])}>
          <option value="flagged">Flagged (high or medium)</option>
          <option value="all">Every checked article</option>
        </select>
      </label>
      <label className="field">
        <span className="field__label">Verdict</span>
        <select value={state.verdict} data-testid="history-filter-verdict" onChange={(e) => set('verdict', e.target.value as Verdict | '')}>
          <option value="">Any verdict</option>
          {CHECKED_VERDICTS.map((verdict) => (
            <option key={verdict} value={verdict}>
              {VERDICT_LABELS[verdict]}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field__label">Flag</span>
        <select value={state.flagKind} data-testid="history-filter-flag-kind" onChange={(e) => set('flagKind', e.target.value as FlagKind | '')}>
          <option value="">Any flag</option>
          {flagKinds.map((kind) => (
            <option key={kind} value={kind}>
              {FLAG_KIND_LABELS[kind] ?? kind}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field__label">Outlet</span>
        <select value={state.outlet} data-testid="history-filter-outlet" onChange={(e) => set('outlet', e.target.value)}>
          <option value="">Any outlet</option>
          {outlets.map((outlet) => (
            <option key={outlet} value={outlet}>
              {outlet}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field__label">Known from</span>
        <select value={state.list} data-testid="history-filter-list" onChange={(e) => set('list', e.target.value)}>
          <option value="">Any list</option>
          {lists.map((list) => (
            <option key={list} value={list}>
              {list}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field__label">Review</span>
        <select value={state.reviewed} data-testid="history-filter-reviewed" onChange={(e) => set('reviewed', e.target.value as FilterState['reviewed'])}>
          <option value="">Reviewed or not</option>
          <option value="yes">Reviewed</option>
          <option value="no">Not reviewed</option>
        </select>
      </label>
      <label className="field">
        <span className="field__label">Checked from</span>
        <input type="date" value={state.from} max={state.to || undefined} data-testid="history-filter-from" onChange={(e) => set('from', e.target.value)} />
      </label>
      <label className="field">
        <span className="field__label">until</span>
        <input type="date" value={state.to} min={state.from || undefined} data-testid="history-filter-to" onChange={(e) => set('to', e.target.value)} />
      </label>
      {isFiltered(state) && (
        <button type="button" className="button button--quiet" data-testid="history-reset" onClick={() => onChange(NO_FILTERS)}>
          Reset filters
        </button>
      )}
    </div>
  );
}

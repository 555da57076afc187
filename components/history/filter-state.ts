import type { HistoryFilters, ReviewedFilter } from '../../utils/history/history-query';
import type { FlagKind, Verdict } from '../../utils/report';
import { startOfDay, startOfNextDay } from './labels';

/** The filters as the form holds them: '' is "any". Dates are local calendar days. */
export type FilterState = {
  search: string;
  show: 'flagged' | 'all';
  verdict: Verdict | '';
  flagKind: FlagKind | '';
  outlet: string;
  list: string;
  reviewed: ReviewedFilter | '';
  from: string;
  to: string;
};

export const NO_FILTERS: FilterState = { search: '', show: 'flagged', verdict: '', flagKind: '', outlet: '', list: '', reviewed: '', from: '', to: '' };

/** Whether any filter narrows the default view (flagged articles, all of them). */
export function isFiltered(state: FilterState): boolean {
  return (Object.keys(NO_FILTERS) as (keyof FilterState)[]).some((key) => state[key] !== NO_FILTERS[key]);
}

/** The query for a form state; the search is the settled (debounced) one. */
export function toQuery(state: FilterState, search: string): HistoryFilters {
  const q: HistoryFilters = {};
  if (search.trim()) q.search = search.trim();
  if (state.show === 'flagged') q.flaggedOnly = true;
  if (state.verdict) q.verdict = state.verdict;
  if (state.flagKind) q.flagKind = state.flagKind;
  if (state.outlet) q.outlet = state.outlet;
  if (state.list) q.list = state.list;
  if (state.reviewed) q.reviewed = state.reviewed;
  const from = state.from ? startOfDay(state.from) : undefined;
  const to = state.to ? startOfNextDay(state.to) : undefined;
  if (from) q.from = from;
  if (to) q.to = to;
  return q;
}

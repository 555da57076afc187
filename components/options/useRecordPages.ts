import { useCallback, useEffect, useRef, useState } from 'react';
import { browsePage, browseTotal, PAGE_SIZE, type BrowseCursor, type BrowseQuery } from '../../utils/db/browse';
import type { ListedRecord } from '../../utils/db/stored-rows';
import { db } from '../db';

type Row = ListedRecord;

export type RecordPages = {
  rows: Row[];
  /** All matches when an index can count them; null for searches and filters. */
  total: number | null;
  hasMore: boolean;
  loading: boolean;
  loadMore: () => void;
};

/** `query` is the query the rows answer: a page is only ever appended to rows of the same query. */
type State = { query: string; rows: Row[]; next: BrowseCursor | null; done: boolean; loading: boolean; total: number | null };

/**
 * The query's records a page at a time (browse.ts), the next page fetched when the list asks for
 * it. A new query starts again from the first page; a new `refresh` (something was saved,
 * imported or removed) reloads as many rows as were shown, so the list keeps its place.
 */
export function useRecordPages(query: BrowseQuery, refresh: string): RecordPages {
  const queryKey = JSON.stringify(query);
  const [state, setState] = useState<State>({ query: queryKey, rows: [], next: null, done: false, loading: true, total: null });
  // Answers to an older query or refresh are dropped: only the latest request may write.
  const request = useRef(0);
  const shown = useRef(0);
  const lastQuery = useRef('');
  useEffect(() => {
    shown.current = state.rows.length;
  }, [state.rows.length]);

  useEffect(() => {
    const id = ++request.current;
    const sameQuery = lastQuery.current === queryKey;
    lastQuery.current = queryKey;
    const limit = sameQuery ? Math.max(PAGE_SIZE, shown.current) : PAGE_SIZE;
    setState((s) => (sameQuery ? { ...s, loading: true } : { query: queryKey, rows: [], next: null, done: false, loading: true, total: null }));
    Promise.all([browsePage(db, query, { limit }), browseTotal(db, query)]).then(
      ([page, total]) => {
        if (id === request.current) setState({ query: queryKey, rows: page.rows, next: page.next, done: !page.next, loading: false, total });
      },
      (error: unknown) => {
        console.error('Sourcecheck: browsing failed', error);
        if (id === request.current) setState({ query: queryKey, rows: [], next: null, done: true, loading: false, total: null });
      },
    );
    // The query is compared by its JSON, so a new object with the same fields does not refetch.
  }, [queryKey, refresh]);

  const loadMore = useCallback(() => {
    if (state.loading || state.done || state.query !== queryKey) return;
    const id = ++request.current;
    setState((s) => ({ ...s, loading: true }));
    browsePage(db, query, { after: state.next }).then(
      (page) => {
        if (id === request.current) setState((s) => ({ ...s, rows: [...s.rows, ...page.rows], next: page.next, done: !page.next, loading: false }));
      },
      (error: unknown) => {
        console.error('Sourcecheck: browsing failed', error);
        if (id === request.current) setState((s) => ({ ...s, done: true, loading: false }));
      },
    );
  }, [state.loading, state.done, state.next, state.query, queryKey]);

  return { rows: state.rows, total: state.total, hasMore: !state.done, loading: state.loading, loadMore };
}

import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { MY_SOURCES_ID } from '../../utils/db/my-sources';
import type { RecordKind } from '../../utils/db/stored-rows';
import { summarize } from './record-summary';
import type { RecordPages } from './useRecordPages';

const ROW_HEIGHT = 56;
/** Rows before the end at which the next page is asked for, so scrolling rarely meets the loader. */
const PREFETCH = 30;

type Props = {
  kind: RecordKind;
  pages: RecordPages;
  listNames: Map<string, string>;
  selectedKey: string | null;
  onSelect: (key: string) => void;
};

/**
 * The records as a virtualised list: only the rows in view (and a few around) are in the page,
 * so a hundred thousand records scroll as smoothly as a hundred. The row after the last loaded
 * one is a loader; when it comes near, the next page is fetched.
 */
export function RecordList({ kind, pages, listNames, selectedKey, onSelect }: Props) {
  const { rows, hasMore, loading, loadMore } = pages;
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length + (hasMore ? 1 : 0),
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? -1;

  useEffect(() => {
    // A short page (the read budget ran out before it filled) keeps the loader in view; asking
    // again when loading ends walks on until the page fills or the matches end.
    if (hasMore && !loading && lastIndex >= rows.length - PREFETCH) loadMore();
  }, [hasMore, loading, lastIndex, rows.length, loadMore]);

  useEffect(() => {
    scroller.current?.scrollTo({ top: 0 });
  }, [kind]);

  if (rows.length === 0 && !hasMore && !loading) {
    return (
      <div className="record-list record-list--empty" data-testid="record-list">
        <p className="muted">No records match.</p>
      </div>
    );
  }

  return (
    <div className="record-list" ref={scroller} data-testid="record-list">
      <ul className="record-list__inner" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const row = rows[item.index];
          const style = { height: item.size, transform: `translateY(${item.start}px)` };
          if (!row) {
            return (
              <li key="loader" className="record-row record-row--loader muted" style={style}>
                Loading…
              </li>
            );
          }
          const { title, detail } = summarize(kind, row);
          return (
            <li key={row.key} className="record-row__item" style={style}>
              <button
                type="button"
                className="record-row"
                aria-pressed={row.key === selectedKey}
                data-testid="record-row"
                data-key={row.key}
                onClick={() => onSelect(row.key)}
              >
                <span className="record-row__text">
                  <span className="record-row__title">{title}</span>
                  <span className="record-row__detail">{detail}</span>
                </span>
                <span className={`chip${row.listId === MY_SOURCES_ID ? ' chip--user' : ''}`}>{listNames.get(row.listId) ?? row.listId}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

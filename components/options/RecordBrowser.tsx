import { useMemo, useState } from 'react';
import type { BrowseQuery } from '../../utils/db/browse';
import { MY_SOURCES_NAME } from '../../utils/db/my-sources';
import type { RecordKind } from '../../utils/db/stored-rows';
import type { OutletKind } from '../../utils/report';
import { BrowseFilters } from './BrowseFilters';
import { KindTabs } from './KindTabs';
import { countOf, KIND_LABELS } from './labels';
import { RecordDetail } from './RecordDetail';
import { RecordEditor } from './RecordEditor';
import { RecordForm } from './RecordForm';
import { RecordList } from './RecordList';
import { useDebounced } from './useDebounced';
import type { ListInfo } from './useLists';
import { useRecordPages } from './useRecordPages';

/** Typing pauses this long before a search runs. */
const SEARCH_DELAY_MS = 150;

type Pane = { at: 'none' } | { at: 'view'; key: string } | { at: 'edit'; key: string } | { at: 'add' };

type Props = {
  lists: ListInfo[];
  listId: string;
  onListId: (listId: string) => void;
  /** Changes whenever records may have changed, so the loaded pages are read again. */
  refresh: string;
  onChanged: () => void;
};

/** The records of every list by kind: search and filters, the list, and the record beside it. */
export function RecordBrowser({ lists, listId, onListId, refresh, onChanged }: Props) {
  const [kind, setKind] = useState<RecordKind>('outlets');
  const [search, setSearch] = useState('');
  const [outletKind, setOutletKind] = useState<OutletKind | ''>('');
  const [pane, setPane] = useState<Pane>({ at: 'none' });
  const settled = useDebounced(search.trim(), SEARCH_DELAY_MS);

  const query = useMemo((): BrowseQuery => {
    const q: BrowseQuery = { kind };
    if (settled) q.search = settled;
    if (listId) q.listId = listId;
    if (kind === 'outlets' && outletKind) q.outletKind = outletKind;
    return q;
  }, [kind, settled, listId, outletKind]);
  const pages = useRecordPages(query, refresh);
  const listNames = useMemo(() => new Map(lists.map((list) => [list.id, list.name])), [lists]);

  const show = (key: string) => {
    setPane({ at: 'view', key });
    onChanged();
  };
  const status =
    pages.total !== null
      ? countOf(kind, pages.total)
      : `${pages.rows.length.toLocaleString('en')}${pages.hasMore ? '+' : ''} ${pages.rows.length === 1 && !pages.hasMore ? 'match' : 'matches'}`;

  return (
    <section className="panel" aria-labelledby="records-heading" id="records">
      <div className="panel__title">
        <h2 id="records-heading">Records</h2>
        <button type="button" className="button" data-testid="add-record" onClick={() => setPane({ at: 'add' })}>
          Add {KIND_LABELS[kind].one} to {MY_SOURCES_NAME}
        </button>
      </div>
      <KindTabs
        kind={kind}
        onChange={(k) => {
          setKind(k);
          setPane({ at: 'none' });
        }}
      />
      <div id="records-panel" role="tabpanel" aria-labelledby={`tab-${kind}`}>
        <BrowseFilters
          kind={kind}
          search={search}
          onSearch={setSearch}
          lists={lists}
          listId={listId}
          onListId={onListId}
          outletKind={outletKind}
          onOutletKind={setOutletKind}
        />
        <p className="muted small status-line" role="status" data-testid="browse-status">
          {pages.loading && pages.rows.length === 0 ? 'Searching…' : status}
        </p>
        <div className="browser">
          <RecordList
            kind={kind}
            pages={pages}
            listNames={listNames}
            selectedKey={pane.at === 'view' || pane.at === 'edit' ? pane.key : null}
            onSelect={(key) => setPane({ at: 'view', key })}
          />
          <div className="detail">
            {pane.at === 'none' && <p className="muted detail__empty">Choose a record to see its details, or add one to {MY_SOURCES_NAME}.</p>}
            {pane.at === 'view' && (
              <RecordDetail
                kind={kind}
                rowKey={pane.key}
                listNames={listNames}
                onEdit={() => setPane({ at: 'edit', key: pane.key })}
                onDeleted={() => {
                  setPane({ at: 'none' });
                  onChanged();
                }}
                onCopied={show}
              />
            )}
            {pane.at === 'edit' && <RecordEditor kind={kind} rowKey={pane.key} onSaved={show} onCancel={() => setPane({ at: 'view', key: pane.key })} />}
            {pane.at === 'add' && <RecordForm key={kind} kind={kind} onSaved={show} onCancel={() => setPane({ at: 'none' })} />}
          </div>
        </div>
      </div>
    </section>
  );
}

import type { RecordKind } from '../../utils/db/stored-rows';
import type { OutletKind } from '../../utils/report';
import { OutletKindOptions } from '../OutletKindOptions';
import type { ListInfo } from './useLists';

/** What the search finds each kind by: the start of any word of these (compiled-list.ts, searchTexts). */
const PLACEHOLDERS: Record<RecordKind, string> = {
  outlets: 'Words of a name, alias or domain',
  people: 'Words of a name or alias',
  organizations: 'Words of a name, alias or domain',
  articles: 'Words of a title or address, e.g. reuters.com/world',
  claimReviews: 'Words of the claim or the reviewer',
};

type Props = {
  kind: RecordKind;
  search: string;
  onSearch: (text: string) => void;
  lists: ListInfo[];
  listId: string;
  onListId: (listId: string) => void;
  outletKind: OutletKind | '';
  onOutletKind: (kind: OutletKind | '') => void;
};

/** The search box and the filters; the search runs when typing pauses (RecordBrowser debounces it). */
export function BrowseFilters({ kind, search, onSearch, lists, listId, onListId, outletKind, onOutletKind }: Props) {
  return (
    <div className="filters">
      <label className="field field--grow">
        <span className="field__label">Search</span>
        <input type="search" value={search} placeholder={PLACEHOLDERS[kind]} data-testid="search" onChange={(e) => onSearch(e.target.value)} />
      </label>
      <label className="field">
        <span className="field__label">List</span>
        <select value={listId} data-testid="filter-list" onChange={(e) => onListId(e.target.value)}>
          <option value="">All lists</option>
          {lists.map((list) => (
            <option key={list.id} value={list.id}>
              {list.name}
            </option>
          ))}
        </select>
      </label>
      {kind === 'outlets' && (
        <label className="field">
          <span className="field__label">Outlet kind</span>
          <select value={outletKind} data-testid="filter-kind" onChange={(e) => onOutletKind(e.target.value as OutletKind | '')}>
            <option value="">Any kind</option>
            <OutletKindOptions />
          </select>
        </label>
      )}
    </div>
  );
}

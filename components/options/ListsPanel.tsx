import { ListCard } from './ListCard';
import type { ListInfo } from './useLists';

type Props = { lists: ListInfo[] | undefined; onBrowse: (listId: string) => void; onChanged: () => void };

/** Every list side by side; a lookup consults them all, and each keeps its own records. */
export function ListsPanel({ lists, onBrowse, onChanged }: Props) {
  return (
    <section className="panel" aria-labelledby="lists-heading">
      <h2 id="lists-heading">
        Lists <span className="count">({lists?.length ?? 0})</span>
      </h2>
      <p className="muted">
        Articles are checked against every list here. Lists come only from files you choose; nothing is fetched from the network.
      </p>
      {lists === undefined ? (
        <p className="muted">Loading…</p>
      ) : (
        <div className="list-cards">
          {lists.map((list) => (
            <ListCard key={list.id} list={list} onBrowse={onBrowse} onChanged={onChanged} />
          ))}
        </div>
      )}
    </section>
  );
}

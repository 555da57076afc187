import { exportList, serializeList } from '../../utils/db/export-list';
import { ensureMySources, MY_SOURCES_ID } from '../../utils/db/my-sources';
import { removeList } from '../../utils/db/remove-list';
import { RECORD_KINDS } from '../../utils/db/stored-rows';
import { db } from '../db';
import { ExternalLink } from '../ExternalLink';
import { ConfirmAction } from './ConfirmAction';
import { datedFileName, downloadBlob } from './download';
import { Facts } from './Facts';
import { dayOf, KIND_LABELS, ORIGIN_LABELS } from './labels';
import { useAction } from './useAction';
import type { ListInfo } from './useLists';

type Props = { list: ListInfo; onBrowse: (listId: string) => void; onChanged: () => void };

async function download(listId: string): Promise<void> {
  const text = serializeList(await exportList(db, listId));
  downloadBlob(new Blob([text], { type: 'application/json' }), datedFileName(listId));
}

function removalQuestion(list: ListInfo): string {
  const records = `${list.total.toLocaleString('en')} record${list.total === 1 ? '' : 's'}`;
  if (list.id === MY_SOURCES_ID) return `Delete all ${records} of My sources? Export them first to keep a copy.`;
  const back = list.origin === 'bundled' ? ' It comes back, as bundled, when the extension next starts.' : '';
  return `Remove “${list.name}” and its ${records}? Other lists keep theirs.${back}`;
}

/** One list: where it comes from, what it holds, and what can be done with it. */
export function ListCard({ list, onBrowse, onChanged }: Props) {
  const [error, run] = useAction();
  const mine = list.id === MY_SOURCES_ID;
  const remove = () =>
    run(async () => {
      await removeList(db, list.id);
      // My sources is always there to add to: removing it empties it.
      if (mine) await ensureMySources(db);
      onChanged();
    });

  return (
    <article className={`list-card list-card--${list.origin}`} data-testid="list-row" data-list-id={list.id}>
      <header className="list-card__head">
        <h3>{list.name}</h3>
        <span className={`chip chip--${list.origin}`}>{ORIGIN_LABELS[list.origin]}</span>
      </header>
      {list.description && (
        <p className="muted list-card__description" title={list.description}>
          {list.description}
        </p>
      )}
      <Facts
        items={[
          ['Version', list.version],
          ['Licence', list.license],
          ['Updated', list.updated],
          ['Homepage', list.homepage && <ExternalLink href={list.homepage} />],
          [mine ? 'Started' : 'Imported', dayOf(list.importedAt)],
        ]}
      />
      <ul className="counts" data-testid="list-counts">
        {RECORD_KINDS.map((kind) => (
          <li key={kind} data-kind={kind} className={list.counts[kind] === 0 ? 'counts--none' : undefined}>
            <strong>{list.counts[kind].toLocaleString('en')}</strong> {list.counts[kind] === 1 ? KIND_LABELS[kind].one : KIND_LABELS[kind].many}
          </li>
        ))}
      </ul>
      <div className="actions">
        <button type="button" className="button button--quiet" onClick={() => onBrowse(list.id)}>
          Browse
        </button>
        <button type="button" className="button button--quiet" data-testid="export-list" onClick={() => run(() => download(list.id))}>
          Export
        </button>
        <ConfirmAction
          label={mine ? 'Empty' : 'Remove'}
          question={removalQuestion(list)}
          confirmLabel={mine ? 'Delete my records' : 'Remove list'}
          onConfirm={remove}
          danger
          testId="remove-list"
        />
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </article>
  );
}

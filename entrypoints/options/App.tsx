import { useEffect, useReducer, useState } from 'react';
import { db } from '../../components/db';
import { BackupPanel } from '../../components/options/BackupPanel';
import { ImportPanel } from '../../components/options/ImportPanel';
import { ListsPanel } from '../../components/options/ListsPanel';
import { RecordBrowser } from '../../components/options/RecordBrowser';
import { useLists } from '../../components/options/useLists';
import { ensureMySources } from '../../utils/db/my-sources';

/** The known-sources manager: the lists, their records, and files in and out. */
export function App() {
  const lists = useLists();
  const [revision, bump] = useReducer((n: number) => n + 1, 0);
  const [listFilter, setListFilter] = useState('');

  useEffect(() => {
    // My sources is shown, and can be added to, before the user has saved anything in it.
    ensureMySources(db).catch((error: unknown) => console.error('Sourcecheck: My sources not made', error));
  }, []);

  // A list imported, replaced or removed anywhere (the worker loads the bundled ones) also
  // refreshes the records shown; edits made here bump the revision.
  const refresh = `${revision}|${lists?.map((list) => `${list.id}@${list.importedAt}`).join(',') ?? ''}`;
  const listId = lists?.some((list) => list.id === listFilter) ? listFilter : '';
  const browse = (id: string) => {
    setListFilter(id);
    document.getElementById('records')?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  };

  return (
    <div className="page">
      <header className="page__header">
        <h1>Known sources</h1>
        <p className="muted">
          Sourcecheck checks the articles you read against these lists, on this computer. Nothing here is sent anywhere.
        </p>
      </header>
      <main className="page__main">
        <ListsPanel lists={lists} onBrowse={browse} onChanged={bump} />
        <RecordBrowser lists={lists ?? []} listId={listId} onListId={setListFilter} refresh={refresh} onChanged={bump} />
        <div className="panel-row">
          <ImportPanel lists={lists ?? []} onBrowse={browse} onChanged={bump} />
          <BackupPanel onChanged={bump} />
        </div>
      </main>
    </div>
  );
}

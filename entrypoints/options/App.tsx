import { useEffect, useReducer, useState } from 'react';
import { db } from '../../components/db';
import { HistoryView } from '../../components/history/HistoryView';
import { BackupPanel } from '../../components/options/BackupPanel';
import { ImportPanel } from '../../components/options/ImportPanel';
import { ListsPanel } from '../../components/options/ListsPanel';
import { RecordBrowser } from '../../components/options/RecordBrowser';
import { useLists } from '../../components/options/useLists';
import { ensureMySources } from '../../utils/db/my-sources';

type Section = 'sources' | 'history';

const SECTION_TITLES: Record<Section, string> = { sources: 'Known sources', history: 'Flagged articles' };

/** `options.html#history` opens the history; anything else the known sources. */
const sectionOf = (hash: string): Section => (hash === '#history' ? 'history' : 'sources');

/** The options page: the known-sources manager (lists, records, files in and out) and the history of checked articles. */
export function App() {
  const [section, setSection] = useState<Section>(() => sectionOf(location.hash));
  const lists = useLists();
  const [revision, bump] = useReducer((n: number) => n + 1, 0);
  const [listFilter, setListFilter] = useState('');

  useEffect(() => {
    const follow = () => setSection(sectionOf(location.hash));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  useEffect(() => {
    document.title = `Sourcecheck: ${SECTION_TITLES[section].toLowerCase()}`;
  }, [section]);
  const show = (next: Section) => {
    history.replaceState(null, '', next === 'history' ? '#history' : location.pathname);
    setSection(next);
  };

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
      <div className="tabs page-tabs" role="tablist" aria-label="Sourcecheck">
        {(Object.keys(SECTION_TITLES) as Section[]).map((s) => (
          <button
            key={s}
            type="button"
            role="tab"
            id={`section-${s}`}
            aria-selected={s === section}
            aria-controls="section-panel"
            className="tab"
            data-testid={`section-${s}`}
            onClick={() => show(s)}
          >
            {SECTION_TITLES[s]}
          </button>
        ))}
      </div>
      <div id="section-panel" role="tabpanel" aria-labelledby={`section-${section}`}>
        {section === 'sources' ? (
          <>
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
          </>
        ) : (
          <>
            <header className="page__header">
              <h1>Flagged articles</h1>
              <p className="muted">
                Every news article Sourcecheck checks is kept here, on this computer, with your reviews. Nothing here is sent anywhere; exports are files
                you save.
              </p>
            </header>
            <main className="page__main">
              <HistoryView />
            </main>
          </>
        )}
      </div>
    </div>
  );
}

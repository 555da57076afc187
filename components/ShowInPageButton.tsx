import { useState, useSyncExternalStore } from 'react';
import { clearHighlights, showInPage, shownInPage, type ShowResult } from './showInPage';

type Props = {
  tabId: number | null;
  /** Tells this item apart from the report's others. */
  id: string;
  excerpt: string;
  /** Why the text is shown: the note beside it in the page. */
  note: string;
  /** What the item is, for the button's accessible name ("Show in page: Unknown speaker"). */
  label: string;
};

const SAYS: Partial<Record<ShowResult, string>> = {
  none: 'Not found on the page',
  prefix: 'Only its start was found on the page',
  unreachable: 'The page does not answer; reload it and try again',
};

/** "Show in page": scrolls the tab to the excerpt and highlights it; then "Hide highlights". */
export function ShowInPageButton({ tabId, id, excerpt, note, label }: Props) {
  const shown = useSyncExternalStore(shownInPage.subscribe, shownInPage.get) === id;
  const [result, setResult] = useState<ShowResult | 'asking' | null>(null);
  if (tabId === null || !excerpt.trim()) return null;

  const show = () => {
    setResult('asking');
    showInPage(tabId, excerpt, note).then((found) => {
      setResult(found);
      // The page drops any earlier highlight before looking, found or not; an unreachable page kept its own.
      if (found === 'whole' || found === 'prefix') shownInPage.set(id);
      else if (found === 'none') shownInPage.set(null);
    });
  };
  const hide = () => {
    shownInPage.set(null);
    setResult(null);
    void clearHighlights(tabId);
  };
  const says = result && result !== 'asking' && (result !== 'prefix' || shown) ? SAYS[result] : undefined;

  return (
    <p className="actions">
      <button type="button" className="button small" data-testid="show-in-page" aria-label={`Show in page: ${label}`} disabled={result === 'asking'} onClick={show}>
        Show in page
      </button>
      {shown && (
        <button type="button" className="button small secondary" data-testid="hide-highlights" onClick={hide}>
          Hide highlights
        </button>
      )}
      <span className={result === 'unreachable' ? 'error' : 'muted'} role="status" data-testid="show-in-page-status">
        {says}
      </span>
    </p>
  );
}

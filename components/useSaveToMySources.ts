import { useState } from 'react';
import { checkAgain } from './checkAgain';

export type SaveState = { state: 'idle' } | { state: 'saving' } | { state: 'saved' } | { state: 'failed'; error: string };

/**
 * Runs a write into My sources, then has the page checked again; the report the popup shows is a
 * live query, so it changes as soon as the new one is stored.
 */
export function useSaveToMySources(tabId: number | null): [SaveState, (write: () => Promise<unknown>) => void] {
  const [status, setStatus] = useState<SaveState>({ state: 'idle' });
  const save = (write: () => Promise<unknown>) => {
    setStatus({ state: 'saving' });
    write()
      .then(() => checkAgain(tabId))
      .then(
        () => setStatus({ state: 'saved' }),
        (error: unknown) => setStatus({ state: 'failed', error: error instanceof Error ? error.message : String(error) }),
      );
  };
  return [status, save];
}

import { useState } from 'react';

/** Runs a user's action and keeps its error to show beside the control that started it. */
export function useAction(): [string | null, (action: () => Promise<void>) => Promise<void>] {
  const [error, setError] = useState<string | null>(null);
  const run = async (action: () => Promise<void>) => {
    setError(null);
    try {
      await action();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return [error, run];
}

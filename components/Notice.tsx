import type { ReactNode } from 'react';

/** The popup when there is no full report to show. */
export function Notice({ testId, children }: { testId?: string; children: ReactNode }) {
  return (
    <div className="notice">
      <h1>Sourcecheck</h1>
      <p data-testid={testId} role="status">
        {children}
      </p>
    </div>
  );
}

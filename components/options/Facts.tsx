import type { ReactNode } from 'react';

/** Label and value pairs; a value not given says so rather than leaving a gap. */
export function Facts({ items, testId }: { items: [label: string, value: ReactNode][]; testId?: string }) {
  return (
    <dl className="facts" data-testid={testId}>
      {items.map(([label, value]) => (
        <div className="facts__row" key={label}>
          <dt>{label}</dt>
          <dd>{value === undefined || value === null || value === '' ? <span className="muted">not given</span> : value}</dd>
        </div>
      ))}
    </dl>
  );
}

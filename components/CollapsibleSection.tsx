import type { ReactNode } from 'react';

type Props = {
  title: string;
  count: number;
  empty: string;
  open?: boolean;
  children: ReactNode;
};

/** A report section whose heading toggles its body; an empty section just says so. */
export function CollapsibleSection({ title, count, empty, open = false, children }: Props) {
  const heading = (
    <h2>
      {title} <span className="count">({count})</span>
    </h2>
  );
  if (count === 0) {
    return (
      <section className="section">
        {heading}
        <p className="muted">{empty}</p>
      </section>
    );
  }
  return (
    <details className="section" open={open}>
      <summary>{heading}</summary>
      {children}
    </details>
  );
}

import { useLiveQuery } from 'dexie-react-hooks';
import type { StoredReport } from '../utils/db/schema';
import { corroborations } from '../utils/history/corroboration';
import { db } from './db';
import { ExternalLink } from './ExternalLink';

/** "13 May 2024" from an ISO date, or the text as given when it is not one. */
function day(date: string): string {
  const parsed = new Date(date);
  return Number.isNaN(parsed.getTime()) ? date : parsed.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** Other checked articles quoting the same words: "also in CyberScoop, 13 May 2024". */
export function CorroborationList({ report }: { report: StoredReport }) {
  const found = useLiveQuery(() => corroborations(db, report), [report]);
  if (!found || found.length === 0) return null;
  return (
    <section className="section" data-testid="corroboration">
      <h2>
        Also in your history <span className="count">({found.length})</span>
      </h2>
      <ul className="items">
        {found.map((other) => (
          <li key={other.url} data-testid="corroboration-item">
            <p className="item__title">
              Also in {other.outlet}, {day(other.date)}
            </p>
            <blockquote>{other.shared}</blockquote>
            <ExternalLink href={other.url} />
          </li>
        ))}
      </ul>
    </section>
  );
}

import { BADGE_COLORS } from '../utils/badge';
import { type CheckedVerdict, VERDICT_LABELS } from './labels';

export function VerdictHeader({ verdict, summary }: { verdict: CheckedVerdict; summary: string }) {
  return (
    <header className="verdict" style={{ backgroundColor: BADGE_COLORS[verdict] }}>
      <h1 data-testid="verdict">{VERDICT_LABELS[verdict]}</h1>
      <p data-testid="summary">{summary}</p>
    </header>
  );
}

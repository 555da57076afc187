import { STATUS_LABELS, type SourceStatus } from './labels';

export function StatusBadge({ status }: { status: SourceStatus }) {
  return <span className={`status status--${status}`}>{STATUS_LABELS[status]}</span>;
}

/** A report as a few lines a person reads in a terminal. */
import type { Report } from '../../utils/report';

export function formatReport(report: Report): string {
  const lines = [`${report.verdict.toUpperCase()}  ${report.url}`, report.summary];
  if (report.isArticle) {
    lines.push(`Outlet: ${report.outlet.status === 'known' ? `${report.outlet.name} (${report.outlet.kind}, list "${report.outlet.list}")` : `unknown (${report.outlet.domain ?? 'no domain'})`}`);
    if (report.article.byline) lines.push(`Byline: ${report.article.byline}`);
  }
  for (const flag of report.flags) lines.push(`  [${flag.severity}] ${flag.kind}: ${flag.message}`, `      “${flag.excerpt.slice(0, 200)}”`);
  for (const a of report.attributions) {
    lines.push(`  speaker: ${a.speaker ?? a.descriptor ?? 'unnamed'} — ${a.status}${a.statedRole ? ` — ${[a.statedRole, a.statedAffiliation].filter(Boolean).join(', ')}` : ''}`);
  }
  return lines.join('\n');
}

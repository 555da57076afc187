import type { StoredReport } from '../utils/db/schema';

function hostOf(url: string): string {
  try {
    return new URL(url).hostname || 'page';
  } catch {
    return 'page';
  }
}

function fileName(report: StoredReport): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `sourcecheck-${hostOf(report.url)}-${date}.json`;
}

function download(report: StoredReport): void {
  const blob = new Blob([JSON.stringify(report, null, 2)], { type: 'application/json' });
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName(report);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 1000);
}

export function ExportButton({ report }: { report: StoredReport }) {
  return (
    <button type="button" className="button" data-testid="export-json" onClick={() => download(report)}>
      Export report (JSON)
    </button>
  );
}

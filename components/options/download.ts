/**
 * Saves a file the way a link does: an object URL on an `<a download>`, so exports and backups
 * need no downloads permission and make no request.
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once it starts; the URL is only needed until then.
  setTimeout(() => URL.revokeObjectURL(href), 1000);
}

/** "my-sources" → "my-sources-2026-11-23.json", in the user's own calendar. */
export function datedFileName(base: string): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${base}-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

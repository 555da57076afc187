function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** An address as a link that opens in a new tab, or as plain text when it is not http(s). */
export function ExternalLink({ href }: { href: string }) {
  if (!isHttpUrl(href)) return <span className="url">{href}</span>;
  return (
    <a className="url" href={href} rel="noreferrer noopener" target="_blank">
      {href}
    </a>
  );
}

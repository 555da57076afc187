/** What the checks could not do on this page, said before the flags so a clean result is read in context. */
export function Limits({ limits }: { limits: string[] }) {
  if (limits.length === 0) return null;
  return (
    <section className="limits" aria-label="Limits of this check" data-testid="limits">
      {limits.map((limit) => (
        <p key={limit}>{limit}</p>
      ))}
    </section>
  );
}

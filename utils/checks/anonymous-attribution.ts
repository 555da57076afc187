/** Statements attributed to unnamed people: one note per way the page names them. */
import type { Check } from './types';

function normalise(descriptor: string): string {
  return descriptor.toLowerCase().replace(/^(?:a|an|the|one|some|many|other|another|several)\s+/, '').trim();
}

export const anonymousAttribution: Check = {
  id: 'anonymous-attribution',
  severity: 'low',
  description: 'A statement is attributed to unnamed people ("experts believe", "a senior official said").',
  check({ attributions }) {
    const groups = new Map<string, { descriptor: string; excerpt: string; count: number }>();
    for (const a of attributions) {
      if (!a.anonymous || !a.descriptor) continue;
      const key = normalise(a.descriptor);
      const group = groups.get(key);
      if (group) group.count++;
      else groups.set(key, { descriptor: a.descriptor, excerpt: a.excerpt, count: 1 });
    }
    return [...groups.values()].map((g) => ({
      kind: 'anonymous-attribution' as const,
      severity: 'low' as const,
      message: `Unnamed source "${g.descriptor}"${g.count > 1 ? ` (${g.count} statements)` : ''}: who said it cannot be checked.`,
      excerpt: g.excerpt,
    }));
  },
};

/** A statistic stated with no named source, or with a vague one ("studies show"). */
import type { Check } from './types';

export const uncitedFigure: Check = {
  id: 'uncited-figure',
  severity: 'low',
  description: 'A statistic or figure is stated with no named source, or only a vague one ("studies show").',
  check({ parsed }) {
    return parsed.figures.map((f) => ({
      kind: 'uncited-figure' as const,
      severity: 'low' as const,
      message:
        f.source === 'vague'
          ? `The figure "${f.figure}" is credited only to a vague source; no study, dataset or organisation is named.`
          : `The figure "${f.figure}" is stated with no source in the sentence.`,
      excerpt: f.excerpt,
    }));
  },
};

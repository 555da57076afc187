/** A statistic stated with no named source, or with a vague one ("studies show"). */
import type { FigureSentence } from '../analysis/figures';
import type { Check } from './types';

function message(f: FigureSentence): string {
  switch (f.source) {
    case 'vague':
      return `Uncited figure: "${f.figure}" is credited only to a vague source ("${f.vague}"), which names no study, dataset or organisation.`;
    case 'citation-needed':
      return `Uncited figure: "${f.figure}" is marked "citation needed" on the page itself; no source is given for it.`;
    default:
      return `Uncited figure: "${f.figure}" is stated in the page's own voice with no named source in its sentence (no "according to", speaker, named study or dataset) nor in the sentence before it.`;
  }
}

export const uncitedFigure: Check = {
  id: 'uncited-figure',
  severity: 'low',
  description: 'A statistic (a percentage, a sum of a million or more, a count of thousands) is stated with no named source, or only a vague one ("studies show").',
  check({ parsed }) {
    return parsed.figures.map((f) => ({ kind: 'uncited-figure' as const, severity: 'low' as const, message: message(f), excerpt: f.excerpt }));
  },
};

import { describe, expect, it } from 'vitest';
import { checkPage, flagsOf, onlyFlag } from '../support';

const LEAD = 'Copper prices climbed again this week as two large smelters cut output.';

describe('generation-artifact', () => {
  it('fires (high) for an AI speaking of itself', async () => {
    const sentence = 'As an AI language model, I cannot predict where metal prices will go next.';
    const report = await checkPage({ paragraphs: [LEAD, sentence] });
    const flag = onlyFlag(report, 'generation-artifact');
    expect(flag.severity).toBe('high');
    expect(flag.excerpt).toBe(sentence);
    expect(flag.message).toContain('As an AI language model');
  });

  it('fires for a chatbot follow-up offer', async () => {
    const sentence = 'Would you like me to add a section on storage costs for small investors?';
    const report = await checkPage({ paragraphs: [LEAD, sentence] });
    const flag = onlyFlag(report, 'generation-artifact');
    expect(flag.severity).toBe('high');
    expect(flag.excerpt).toBe(sentence);
  });

  it('fires once per sentence with an unfilled placeholder', async () => {
    const report = await checkPage({
      paragraphs: ['The new clinic opens on Monday in the former post office building.', '[Insert spokesperson quote here]', 'Patients from {{city_name}} can book online.'],
    });
    const flags = flagsOf(report, 'generation-artifact');
    expect(flags.map((f) => f.excerpt)).toEqual(['[Insert spokesperson quote here]', 'Patients from {{city_name}} can book online.']);
    expect(flags.every((f) => f.severity === 'high')).toBe(true);
    expect(flags[1]!.message).toContain('{{city_name}}');
  });

  it('fires for leaked meta-commentary that introduces a rewritten text', async () => {
    const sentence = 'Here is the article rewritten in plain English:';
    const report = await checkPage({ paragraphs: [sentence, 'The new clinic opens on Monday in the former post office building.'] });
    const flag = onlyFlag(report, 'generation-artifact');
    expect(flag.excerpt).toBe(sentence);
  });

  it('does not fire for editorial brackets such as [sic] and [the company]', async () => {
    const report = await checkPage({
      paragraphs: ['The memo said the merger “was approved by [the company] board last spring [sic] after a long debate.”', 'The new clinic opens on Monday.'],
    });
    expect(flagsOf(report, 'generation-artifact')).toEqual([]);
  });

  it('does not fire for an article that quotes a chatbot’s refusal', async () => {
    const report = await checkPage({
      paragraphs: [
        'When our reporter asked the chatbot about the mayor’s record, it answered: “I’m sorry, but I cannot help with that request. As an AI language model, I do not have opinions.”',
        'Voters who tried the same question got the same answer.',
      ],
    });
    expect(flagsOf(report, 'generation-artifact')).toEqual([]);
  });

  it('does not fire for reporting about rewriting a document', async () => {
    const report = await checkPage({ paragraphs: ['Council staff will rewrite the text of the ordinance before the next vote.', 'The new clinic opens on Monday.'] });
    expect(flagsOf(report, 'generation-artifact')).toEqual([]);
  });
});

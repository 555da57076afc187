import { describe, expect, it } from 'vitest';
import { checkPage, flagsOf } from '../support';

const LEAD = 'The ferry terminal reopened on Friday after a month of repairs.';

type Case = {
  name: string;
  /** Paragraphs after the lead; the flagged sentence must be one of their sentences. */
  paragraphs: string[];
  /** The figure the flag quotes, or null when no flag may be raised. */
  figure: string | null;
  /** The sentence the flag quotes (defaults to the last paragraph). */
  excerpt?: string;
  /** A word the message must contain. */
  says?: string;
};

const CASES: Case[] = [
  // Statistics stated with no source, or a vague one.
  { name: 'a percentage with no source', paragraphs: ['Ridership on the harbour line rose 38 percent last year.'], figure: '38 percent', says: 'no named source' },
  { name: 'a large sum with no source', paragraphs: ['The port authority lost $48 million on the crossing in 2025.'], figure: '$48 million' },
  { name: 'a count in thousands with no source', paragraphs: ['Some 14,500 commuters cross the strait every weekday.'], figure: '14,500' },
  { name: '"studies show" is vague', paragraphs: ['Studies show that 60% of commuters would pay more for a faster crossing.'], figure: '60%', says: 'vague' },
  { name: '"experts estimate" is vague', paragraphs: ['Experts estimate that 30 percent of the fleet is past its design life.'], figure: '30 percent', says: 'Experts estimate' },
  { name: '"it is estimated" is vague', paragraphs: ['It is estimated that nearly 40% of ferries in the region run on diesel.'], figure: '40%', says: 'vague' },
  { name: '"reportedly" is vague', paragraphs: ['The new hulls are reportedly 25% lighter than the old ones.'], figure: '25%', says: 'reportedly' },
  { name: '"according to experts" names no one', paragraphs: ['According to experts, 70% of delays are caused by weather.'], figure: '70%', says: 'vague' },
  { name: 'a previous sentence that names a source but is not referred to', paragraphs: ['The Census Bureau released its county estimates on Tuesday. Ferry fares rose 15% over the same period.'], figure: '15%', excerpt: 'Ferry fares rose 15% over the same period.' },
  { name: 'a footnote that says "citation needed"', paragraphs: ['The line carries over 40,000 passengers a week.[citation needed]'], figure: '40,000', says: 'citation needed' },

  // Sourced figures.
  { name: '"according to" a named body', paragraphs: ['According to the Port Elwin Transit Authority, fares brought in $4.2 million.'], figure: null },
  { name: '"according to" at the end of the sentence', paragraphs: ['Fares brought in $4.2 million last year, according to the transit authority’s annual accounts.'], figure: null },
  { name: 'a named body that said it', paragraphs: ['The Port Elwin Transit Authority said ridership rose 12 percent.'], figure: null },
  { name: '"X data show"', paragraphs: ['Census Bureau data show that 18% of households in the county have no car.'], figure: null },
  { name: '"a report by X"', paragraphs: ['A report by the Harbor Institute found that 22% of crossings run late.'], figure: null },
  { name: 'a named poll', paragraphs: ['A Gallup poll released on Friday put support for the new fares at 41%.'], figure: null },
  { name: 'a figure inside a quotation', paragraphs: ['“Fares went up 12 percent and nobody complained,” said Gideon Farrow, a ferry captain.'], figure: null },
  { name: 'a sentence attributed to a speaker by a pronoun', paragraphs: ['Gideon Farrow has run the crossing for a decade. He said fuel now eats 45% of the budget.'], figure: null },
  { name: 'a source named in the sentence before, referred back to', paragraphs: ['The Census Bureau released data on Tuesday. It shows 12% of residents commute by boat.'], figure: null },
  { name: '"the survey" after a named survey', paragraphs: ['The Harbor Institute surveyed riders in March. The survey found that 64% want later sailings.'], figure: null },
  { name: 'the writer’s own research', paragraphs: ['In our own count last spring we found that 31% of sailings left late.'], figure: null },
  { name: 'a footnote reference', paragraphs: ['The line carries about 40,000 passengers a week.[12]'], figure: null },

  // Not statistics worth a source.
  { name: 'years and small counts', paragraphs: ['The terminal first opened in 1998 with 12 berths.'], figure: null },
  { name: 'a date, a time and an age', paragraphs: ['On March 3, 2026, at 10:30 a.m., the 64-year-old captain cast off.'], figure: null },
  { name: 'the price of a ticket', paragraphs: ['A single crossing costs $4.50, and a monthly pass is $95.'], figure: null },
  { name: 'the price of a deal', paragraphs: ['The operator was bought in 2019 for $310 million by a group of pension funds.'], figure: null },
  { name: 'measurements', paragraphs: ['The new vessel is 2,400 feet of steel and weighs 1,800 tonnes.'], figure: null },
  { name: 'a rate of a machine', paragraphs: ['The ticket gates can process 1,200 passengers per minute at peak times.'], figure: null },
  { name: '100 percent and zero', paragraphs: ['The new boats are 100% electric and cost riders $0 extra.'], figure: null },
  { name: 'a question asserts nothing', paragraphs: ['Could the line really carry 20% more riders?'], figure: null },
  { name: 'the population of a place', paragraphs: ['Port Elwin, a city of about 2.3 million people, relies on its ferries.'], figure: null },
  { name: 'the size of a survey’s sample', paragraphs: ['The institute’s survey of more than 5,000 riders will be published in June.'], figure: null },
  { name: 'a table cell', paragraphs: ['16.6%'], figure: null },
];

describe('uncited-figure', () => {
  it.each(CASES)('$name', async ({ paragraphs, figure, excerpt, says }) => {
    const report = await checkPage({ paragraphs: [LEAD, ...paragraphs] });
    const flags = flagsOf(report, 'uncited-figure');
    if (figure === null) {
      expect(flags).toEqual([]);
      return;
    }
    expect(flags).toHaveLength(1);
    const flag = flags[0]!;
    expect(flag.severity).toBe('low');
    expect(flag.excerpt).toBe(excerpt ?? paragraphs.at(-1));
    expect(flag.message).toContain(`"${figure}"`);
    expect(flag.message).toMatch(/^Uncited figure: /);
    if (says) expect(flag.message).toContain(says);
  });

  it('is a note: it does not lower the verdict', async () => {
    const report = await checkPage({ paragraphs: [LEAD, 'Ridership on the harbour line rose 38 percent last year.'] });
    expect(report.verdict).toBe('verified');
  });

  it('every excerpt is a sentence of the page and every message quotes its figure', async () => {
    const paragraphs = [LEAD, 'Some 14,500 commuters cross daily. Studies show that 60% of them would pay more.', 'The port lost $48 million in 2025.'];
    const report = await checkPage({ paragraphs });
    const text = paragraphs.join(' ');
    const flags = flagsOf(report, 'uncited-figure');
    expect(flags).toHaveLength(3);
    for (const flag of flags) {
      expect(text).toContain(flag.excerpt);
      expect(flag.message).toMatch(/"[^"]+"/);
    }
  });
});

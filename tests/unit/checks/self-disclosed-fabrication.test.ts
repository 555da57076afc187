import { describe, expect, it } from 'vitest';
import { checkPage, flagsOf, onlyFlag } from '../support';

const LEAD = 'Ferry fares in Port Elwin will rise by a small amount next spring, the operator announced on its website.';

describe('self-disclosed-fabrication', () => {
  it('fires (high) when the article says in its own voice that it was made up', async () => {
    const sentence = 'We made the whole thing up to show how easily a plausible local story spreads.';
    const report = await checkPage({ paragraphs: [LEAD, sentence] });
    const flag = onlyFlag(report, 'self-disclosed-fabrication');
    expect(flag.severity).toBe('high');
    expect(flag.excerpt).toBe(sentence);
    expect(flag.message).toContain('first-person invention');
    expect(report.verdict).toBe('unverifiable');
  });

  it('fires for a first-person "I invented this"', async () => {
    const sentence = 'I invented this, start to finish, as a writing exercise.';
    const report = await checkPage({ paragraphs: ['The lighthouse keeper retired after forty years on the rock.', sentence] });
    const flag = onlyFlag(report, 'self-disclosed-fabrication');
    expect(flag.severity).toBe('high');
    expect(flag.excerpt).toBe(sentence);
  });

  it("fires for an editor's note saying the article's quotes were invented", async () => {
    const note = 'Editor’s note: The quotes in this article were invented by the writer and have not been checked.';
    const report = await checkPage({ paragraphs: [LEAD, 'Commuters said they would cope.'], page: { after: `<p class="editors-note">${note}</p>` } });
    const flag = onlyFlag(report, 'self-disclosed-fabrication');
    expect(flag.severity).toBe('high');
    expect(flag.excerpt).toBe(note);
  });

  it('does not fire for a quoted person saying "I invented the recipe"', async () => {
    const report = await checkPage({
      paragraphs: [
        'Marguerite Olsen has run the harbour café for twenty years.',
        '“I invented the recipe on a stormy night when the ferry was cancelled,” Olsen said.',
      ],
    });
    expect(flagsOf(report, 'self-disclosed-fabrication')).toEqual([]);
  });

  it('does not fire when the newsroom could not verify claims made by someone else', async () => {
    const report = await checkPage({
      paragraphs: ['The company says its new turbine is the quietest on the market.', 'We could not verify the claims made by the company.'],
    });
    expect(flagsOf(report, 'self-disclosed-fabrication')).toEqual([]);
    expect(report.verdict).not.toBe('unverifiable');
  });

  it('does not fire for a self-description inside a quote from someone the article reports on', async () => {
    const report = await checkPage({
      paragraphs: [LEAD, 'In a post that has since been deleted, the influencer wrote: “This story is completely invented, and I am sorry.”'],
    });
    expect(flagsOf(report, 'self-disclosed-fabrication')).toEqual([]);
  });
});

/**
 * Every annotated fixture page through the whole pipeline (extraction, analysis, every bundled
 * list as the extension loads them, plus the fictional fixture list): verdict, flags that must
 * and must not appear, speakers, and that every excerpt is text that is really on the page.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../utils/analysis/analyze';
import { dexieLookup } from '../../utils/db/lookup';
import type { SourcecheckDB } from '../../utils/db/schema';
import { fold } from '../../utils/extract/text';
import type { Report } from '../../utils/report';
import { GENERATOR, openLoadedDb } from '../../scripts/lib/node-db';
import { readPage } from '../../scripts/lib/read-page';
import { FIXTURE_LIST, fixtures } from '../helpers/fixtures';

/** One database for every page: the lookups only read, and loading every bundled list takes most of a second. */
let db: SourcecheckDB;
beforeAll(async () => {
  db = await openLoadedDb({ lists: [FIXTURE_LIST] });
});
afterAll(() => db.close());

const analyzeHtml = (html: string, url: string): Promise<Report> => analyze(readPage(html, 'inline.html', url), dexieLookup(db), { generator: GENERATOR });

function pageText(html: string): string {
  const dom = new JSDOM(html, { virtualConsole: new VirtualConsole() });
  const text = fold(dom.window.document.body?.textContent ?? '');
  dom.window.close();
  return text;
}

describe('fixture pages', () => {
  for (const fixture of fixtures()) {
    const { expected } = fixture;
    it(`${fixture.name}: ${expected.about}`, async () => {
      const report = await analyzeHtml(fixture.html, expected.url);
      const kinds = new Set(report.flags.map((f) => f.kind));
      expect([expected.verdict].flat()).toContain(report.verdict);
      for (const kind of expected.mustFlag ?? []) expect(kinds, `must flag ${kind}`).toContain(kind);
      for (const kind of expected.mustNotFlag ?? []) expect(kinds, `must not flag ${kind}`).not.toContain(kind);
      const speakers = new Set(report.attributions.map((a) => a.speaker));
      for (const speaker of expected.speakers ?? []) expect(speakers, `speaker ${speaker}`).toContain(speaker);
      if (expected.anonymous) expect(report.attributions.filter((a) => a.anonymous).length).toBeGreaterThanOrEqual(expected.anonymous);
    });
  }

  it('every flag excerpt is text on the page, and every flag names its evidence', async () => {
    for (const fixture of fixtures()) {
      const report = await analyzeHtml(fixture.html, fixture.expected.url);
      const text = pageText(fixture.html);
      // Site-level flags quote the site's name or the title in the tab: on the page, if not in its body.
      const meta = [report.article.siteName, report.article.title, report.article.byline, ...(report.article.byline?.split(', ') ?? [])];
      for (const flag of report.flags) {
        expect(text.includes(flag.excerpt) || meta.includes(flag.excerpt), `${fixture.name}: ${flag.kind} excerpt "${flag.excerpt}"`).toBe(true);
        expect(flag.message.length).toBeGreaterThan(20);
      }
    }
  });
});

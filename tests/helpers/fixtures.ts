/** The annotated fixture pages under tests/fixtures/pages and their expectations. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FlagKind, Verdict } from '../../utils/report';

export const FIXTURES_DIR = join(import.meta.dirname, '..', 'fixtures');
export const PAGES_DIR = join(FIXTURES_DIR, 'pages');
export const FIXTURE_LIST = join(FIXTURES_DIR, 'fixture-sources.json');

export type Expected = {
  url: string;
  about: string;
  verdict: Verdict | Verdict[];
  mustFlag?: FlagKind[];
  mustNotFlag?: FlagKind[];
  speakers?: string[];
  anonymous?: number;
};

export type Fixture = { name: string; html: string; file: string; expected: Expected };

export function fixtures(): Fixture[] {
  return readdirSync(PAGES_DIR)
    .sort()
    .map((name) => {
      const file = join(PAGES_DIR, name, 'page.html');
      return {
        name,
        file,
        html: readFileSync(file, 'utf8'),
        expected: JSON.parse(readFileSync(join(PAGES_DIR, name, 'expected.json'), 'utf8')) as Expected,
      };
    });
}

/** The checks, their files, the flag kinds and the README table stay in step. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../utils/checks';
import { FLAG_KINDS, SEVERITIES } from '../../utils/report';

const ROOT = join(import.meta.dirname, '..', '..');
const CHECKS_DIR = join(ROOT, 'utils', 'checks');
const checkFiles = readdirSync(CHECKS_DIR)
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'types.ts')
  .map((f) => f.replace(/\.ts$/, ''))
  .sort();

describe('check registry', () => {
  it('registers every check file in utils/checks, and nothing else', () => {
    expect(checkFiles.length).toBeGreaterThan(0);
    expect(CHECKS.map((c) => c.id).sort()).toEqual(checkFiles);
  });

  it('gives each check the id of the file that defines it', async () => {
    for (const file of checkFiles) {
      const module = (await import(join(CHECKS_DIR, `${file}.ts`))) as Record<string, unknown>;
      const exported = Object.values(module).filter((v): v is { id: string } => typeof v === 'object' && v !== null && 'check' in v && 'id' in v);
      expect(exported.map((c) => c.id), file).toEqual([file]);
      expect(CHECKS, file).toContain(exported[0]);
    }
  });

  it('has exactly one check per flag kind', () => {
    for (const kind of FLAG_KINDS) expect(CHECKS.filter((c) => c.id === kind), kind).toHaveLength(1);
    expect(CHECKS).toHaveLength(FLAG_KINDS.length);
  });

  it('gives every check a severity and a description', () => {
    for (const check of CHECKS) {
      expect(SEVERITIES, check.id).toContain(check.severity);
      expect(check.description.length, check.id).toBeGreaterThan(20);
    }
  });

  it('lists every check id in README.md', () => {
    const readme = join(ROOT, 'README.md');
    const text = existsSync(readme) ? readFileSync(readme, 'utf8') : '';
    for (const check of CHECKS) expect(text, `README.md names ${check.id}`).toContain(`\`${check.id}\``);
  });
});

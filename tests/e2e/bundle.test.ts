/** The built content script carries extraction only: no database, no UI, no analysis. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './harness';

describe('content-script bundle', () => {
  const bundle = readFileSync(join(EXTENSION_DIR, 'content-scripts', 'content.js'), 'utf8');

  it.each([
    ['Dexie', /\bDexie\b|indexedDB/],
    ['React', /react\.(?:element|transitional)|__SECRET_INTERNALS|createRoot/],
    ['the analysis', /self-disclosed-fabrication|SPEECH_VERBS|claimTokens/],
    ['zod', /ZodError|\$ZodType/],
  ])('does not contain %s', (_name, marker) => {
    expect(bundle).not.toMatch(marker);
  });

  it('does contain the extraction (Readability)', () => {
    expect(bundle).toMatch(/readability|Readability/);
  });
});

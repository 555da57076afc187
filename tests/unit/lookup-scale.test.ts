/**
 * The lookup at scale: names shared by many records cost a bounded number of reads, and still
 * find the exact person, the body of a name from the list that speaks first, and the near
 * misses the checks need.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { bodyFuzzyKeys, isNearMiss, isUsefulBodyFuzzyKey, nameKey, personFuzzyKeys, personKeys } from '../../utils/analysis/names';
import { importList } from '../../utils/db/import-list';
import { BODY_PER_NAME, dexieLookup, NEAR_PER_KEY, PERSON_PER_NAME } from '../../utils/db/lookup';
import type { SourcecheckDB } from '../../utils/db/schema';
import { openNodeDb } from '../../scripts/lib/node-db';

let db: SourcecheckDB | undefined;
afterEach(() => db?.close());

const pad = (i: number) => String(i).padStart(3, '0');
const GIVEN = ['Wei', 'Xi', 'Xia', 'Xiu', 'Na', 'Jun', 'Lei', 'Hong', 'Yan', 'Ming'];

/** A crowded list: 300 Zhangs (40 Zhang Li, 53 Zhang Xi), 60 James Smith, 20 "Institute of Health", 30 bodies called MIT, 20 "Springfield Daily News". */
const crowdedList = {
  format: 'sourcecheck.sources/1',
  name: 'Crowded list',
  people: [
    ...Array.from({ length: 300 }, (_, i) => ({ id: `zhang-${pad(i)}`, name: `Zhang ${i < 40 ? 'Li' : i < 70 ? 'Xi' : GIVEN[i % GIVEN.length]!}` })),
    ...Array.from({ length: 60 }, (_, i) => ({ id: `smith-${pad(i)}`, name: 'James Smith', affiliations: [{ organization: 'Institute of Health' }] })),
    { id: 'wilczek', name: 'Katarzyna Wilczek' },
  ],
  organizations: [
    ...Array.from({ length: 20 }, (_, i) => ({ id: `health-${pad(i)}`, name: 'Institute of Health', country: `C${i}` })),
    ...Array.from({ length: 30 }, (_, i) => ({ id: `mit-${pad(i)}`, name: `Millbrook Institute of Technology ${i}`, aliases: ['MIT'] })),
    { id: 'massachusetts', name: 'Massachusetts Institute of Technology', aliases: ['MIT'] },
  ],
  outlets: Array.from({ length: 20 }, (_, i) => ({ id: `daily-${pad(i)}`, name: 'Springfield Daily News', domains: [`springfield${i}.example`], kind: 'news' })),
};

/**
 * The crowded list imported as a bundled list, and a small file list that speaks before it
 * (imported files come before bundled lists) although its keys sort after the crowd's.
 */
async function crowded() {
  db = openNodeDb();
  await importList(db, crowdedList, 'bundled', { listId: 'a-crowd', rank: 0 });
  await importList(
    db,
    {
      format: 'sourcecheck.sources/1',
      name: 'Desk list',
      people: [{ id: 'zhang-li', name: 'Zhang Li', affiliations: [{ organization: 'CICIR' }] }],
      organizations: [{ id: 'health', name: 'Institute of Health', country: 'ZZ' }],
    },
    'file',
    { listId: 'zz-desk' },
  );
  return dexieLookup(db);
}

describe('dexieLookup with names shared by many records', () => {
  it('reads at most PERSON_PER_NAME people per name, and the person from the list that speaks first is among them, first', async () => {
    const lookup = await crowded();
    const zhangLi = await lookup.peopleByNameKeys(personKeys('Zhang Li'));
    expect(zhangLi).toHaveLength(PERSON_PER_NAME);
    expect(zhangLi.every((p) => p.name === 'Zhang Li')).toBe(true);
    expect(zhangLi[0]).toMatchObject({ id: 'zhang-li', listName: 'Desk list' });
    expect((await lookup.peopleByNameKeys(personKeys('Katarzyna Wilczek'))).map((p) => p.id)).toEqual(['wilczek']);
  });

  it('a crowd of namesakes in the list that speaks first does not hide another list\'s person', async () => {
    db = openNodeDb();
    await importList(db, crowdedList, 'file', { listId: 'a-crowd' });
    await importList(db, { format: 'sourcecheck.sources/1', name: 'Desk list', people: [{ id: 'zhang-li', name: 'Zhang Li' }] }, 'bundled', { listId: 'zz-desk', rank: 0 });
    const zhangLi = await dexieLookup(db).peopleByNameKeys(personKeys('Zhang Li'));
    expect(zhangLi.length).toBeLessThanOrEqual(PERSON_PER_NAME);
    expect(zhangLi.map((p) => p.listName)).toContain('Desk list');
  });

  it('reads at most NEAR_PER_KEY records per near-miss key, and still finds a misspelt common name and a rare one', async () => {
    const lookup = await crowded();
    const keys = personFuzzyKeys('James Smitth');
    const near = await lookup.peopleByFuzzyKeys(keys);
    expect(near.length).toBeGreaterThan(0);
    expect(near.length).toBeLessThanOrEqual(keys.length * NEAR_PER_KEY);
    expect(near.some((p) => isNearMiss('James Smitth', p.name, 'person'))).toBe(true);
    // A crowd of Zhang Xi, Zhang Xia, Zhang Xiu and Zhang Li under the keys of "Zhang Xin": bounded.
    const crowd = personFuzzyKeys('Zhang Xin');
    expect((await lookup.peopleByFuzzyKeys(crowd)).length).toBeLessThanOrEqual(crowd.length * NEAR_PER_KEY);
    expect((await lookup.peopleByFuzzyKeys(personFuzzyKeys('Katarzyna Wilczeck'))).map((p) => p.id)).toEqual(['wilczek']);
  });

  it('returns a record found under several keys once', async () => {
    const lookup = await crowded();
    const found = await lookup.organizationsByFuzzyKeys(bodyFuzzyKeys('Massachusetts Institute of Technology'));
    expect(found.map((o) => o.id)).toEqual(['massachusetts']);
  });

  it('reads one organisation or outlet per exact name and list, the list that speaks first first', async () => {
    const lookup = await crowded();
    expect(BODY_PER_NAME).toBe(1);
    const health = await lookup.organizationsByNameKeys([nameKey('Institute of Health')]);
    expect(health.map((o) => o.listName)).toEqual(['Desk list', expect.not.stringMatching(/^Desk list$/)]);
    expect(health[0]!.id).toBe('health');
    expect((await lookup.outletsByNameKeys([nameKey('Springfield Daily News')])).map((o) => o.id)).toEqual(['daily-000']);
    // Every domain still finds its own outlet.
    expect((await lookup.outletsByDomains(['springfield7.example'])).map((o) => o.id)).toEqual(['daily-007']);
  });

  it('does not read the near-miss keys of an acronym, and finds the misspelt full name', async () => {
    const lookup = await crowded();
    expect(bodyFuzzyKeys('MIT').filter(isUsefulBodyFuzzyKey)).toEqual([]);
    expect(await lookup.organizationsByFuzzyKeys(bodyFuzzyKeys('MIT'))).toEqual([]);
    expect(await lookup.organizationsByNameKeys([nameKey('MIT')])).toHaveLength(BODY_PER_NAME);
    const near = await lookup.organizationsByFuzzyKeys(bodyFuzzyKeys('Massachusets Institute of Technology'));
    expect(near.map((o) => o.id)).toContain('massachusetts');
  });
});

describe('isUsefulBodyFuzzyKey', () => {
  /** Every one-letter slip (drop, add, change, swap) of a word, over a small alphabet. */
  function slips(word: string): string[] {
    const out = new Set<string>();
    for (let i = 0; i <= word.length; i++) {
      if (i < word.length) out.add(word.slice(0, i) + word.slice(i + 1));
      if (i < word.length - 1) out.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
      for (const c of 'aeoz') {
        out.add(word.slice(0, i) + c + word.slice(i));
        if (i < word.length) out.add(word.slice(0, i) + c + word.slice(i + 1));
      }
    }
    out.delete(word);
    return [...out];
  }

  it.each([
    ['Shanghai Jia Tong University', 'Shanghai Jiao Tong University'],
    ['Reutres', 'Reuters'],
    ['Brightwatter Polytechnic University', 'Brightwater Polytechnic University'],
    ['Massachussets Institute of Technology', 'Massachusetts Institute of Technology'],
  ])('keeps a shared key for %s and %s', (seen, known) => {
    const stored = new Set(bodyFuzzyKeys(known));
    expect(bodyFuzzyKeys(seen).filter(isUsefulBodyFuzzyKey).some((k) => stored.has(k))).toBe(true);
  });

  it('never drops every shared key of a near miss (one-word and two-word names, words of 3 to 9 letters)', () => {
    const words = ['tom', 'ruth', 'oslow', 'zagreb', 'reuters', 'brighton', 'stavanger'];
    let nearMisses = 0;
    for (const word of words) {
      for (const known of [word, `harbor ${word}`]) {
        const stored = new Set(bodyFuzzyKeys(known));
        for (const slip of slips(word)) {
          const seen = known.replace(word, slip);
          if (!isNearMiss(seen, known, 'body')) continue;
          nearMisses += 1;
          expect(bodyFuzzyKeys(seen).filter(isUsefulBodyFuzzyKey).some((k) => stored.has(k)), `${seen} → ${known}`).toBe(true);
        }
      }
    }
    expect(nearMisses).toBeGreaterThan(50);
  });
});

import { describe, expect, it } from 'vitest';
import {
  bodyFuzzyKeys,
  classifyEdit,
  deletionVariants,
  editDistance,
  fuzzyKeys,
  isNearMiss,
  nameKey,
  nameTokens,
  personFuzzyKeys,
  personKeys,
  type NameKind,
  type NearMissContext,
} from '../../utils/analysis/names';

describe('nameKey', () => {
  it('folds case, diacritics, punctuation and a leading "the"', () => {
    expect(nameKey('Tomás')).toBe(nameKey('Tomas'));
    expect(nameKey('  José  Ñúñez-García ')).toBe('jose nunez garcia');
    expect(nameKey('The Harbor Ledger')).toBe('harbor ledger');
    expect(nameKey('Reuters’s')).toBe('reuters');
  });

  it('keeps different names apart', () => {
    expect(nameKey('Tomas')).not.toBe(nameKey('Tomasz'));
  });
});

describe('personKeys', () => {
  it('finds a person with or without a middle initial', () => {
    expect(personKeys('Derek B. Johnson')).toContain('derek johnson');
    expect(personKeys('Derek B. Johnson').some((k) => personKeys('Derek Johnson').includes(k))).toBe(true);
    expect(personKeys('Derek Johnson')).toEqual(['derek johnson']);
  });

  it('keeps a one-letter first or last name', () => {
    expect(personKeys('J. Okafor')).toEqual(['j okafor']);
  });

  it('matches accented and unaccented spellings', () => {
    expect(personKeys('Tomás Ferreira')).toEqual(personKeys('Tomas Ferreira'));
  });
});

describe('nameTokens', () => {
  it('drops generic words and short tokens', () => {
    expect(nameTokens('University of International Business and Economics')).toEqual(['business', 'economics']);
  });
});

describe('isNearMiss: likely misspellings', () => {
  it.each<[string, string, NameKind, NearMissContext?]>([
    // Organisations and outlets: a wrong syllable, dropped, doubled, swapped or changed letters.
    ['Shanghai Jia Tong University', 'Shanghai Jiao Tong University', 'body'],
    ['Jia Tong', 'Jiao Tong', 'body'],
    ['Massachusets', 'Massachusetts', 'body'],
    ['Massachussets', 'Massachusetts', 'body'],
    ['Massachusets Institute of Technology', 'Massachusetts Institute of Technology', 'body'],
    ['Bremmerton Polytechnic Institute', 'Bremerton Polytechnic Institute', 'body'],
    ['Brightwatter Polytechnic University', 'Brightwater Polytechnic University', 'body'],
    ['Harvrad University', 'Harvard University', 'body'],
    ['Trade Council of Australya', 'Trade Council of Australia', 'body'],
    ['Reutres', 'Reuters', 'body'],
    ['The Washingon Post', 'The Washington Post', 'body'],
    // People: a slip inside the surname, or any small slip when the stated affiliation is theirs.
    ['Katarzyna Wilczeck', 'Katarzyna Wilczek', 'person'],
    ['Tom Ashwroth', 'Tom Ashworth', 'person'],
    ['Ray Castilo', 'Ray Castillo', 'person'],
    ['Jane Okafur', 'Jane Okafor', 'person', { affiliation: 'agrees' }],
    ['Daniel Ortz', 'Daniel Ortiz', 'person', { affiliation: 'agrees' }],
    ['Jon Smith', 'John Smith', 'person', { affiliation: 'agrees' }],
    ['Phillip Grant', 'Philip Grant', 'person', { affiliation: 'agrees' }],
  ])('%s for %s (%s) is a near miss', (seen, known, kind, context) => {
    expect(isNearMiss(seen, known, kind, context)).toBe(true);
  });
});

describe('isNearMiss: distinct names that merely look alike', () => {
  it.each<[string, string, NameKind, NearMissContext?]>([
    // Two real places, or a place and its people.
    ['Austria', 'Australia', 'body'],
    ['Trade Council of Austria', 'Trade Council of Australia', 'body'],
    ['Bank of Slovenia', 'Bank of Slovakia', 'body'],
    ['Central Bank of Gambia', 'Central Bank of Zambia', 'body'],
    ['Embassy of Iran', 'Embassy of Iraq', 'body'],
    ['Korea Herald', 'Korean Herald', 'body'],
    // Acronyms and short names.
    ['MIT', 'MITRE', 'body'],
    ['CNN', 'CNBC', 'body'],
    ['NASA Ames', 'NASD Ames', 'body'],
    // Two spellings of one word, numbers, word counts, several words.
    ['Labour Party', 'Labor Party', 'body'],
    ['Centre for Policy Studies', 'Center for Policy Studies', 'body'],
    ['District 7 Council', 'District 9 Council', 'body'],
    ['Harbor City Ledger', 'Harbor Ledger', 'body'],
    ['Bremmerton Politechnic Institute', 'Bremerton Polytechnic Institute', 'body'],
    // The same name, however written.
    ['Massachusetts', 'Massachusetts', 'body'],
    ['The Harbor Ledger', 'Harbor Ledger', 'body'],
    // Short words may not change a letter.
    ['Wang Jin', 'Wang Jun', 'body'],
    // People: distinct given names and surnames a letter apart, shared surnames.
    ['Zhang Li', 'Zhang Xin', 'person'],
    ['Wang Jin', 'Wang Jun', 'person'],
    ['Mark Johnson', 'Derek Johnson', 'person'],
    ['Paula Dean', 'Paul Dean', 'person'],
    ['Maria Lopez', 'Mario Lopez', 'person'],
    ['Phillip Grant', 'Philip Grant', 'person'],
    ['Jon Smith', 'John Smith', 'person'],
    ['Anna Jansen', 'Anna Jensen', 'person'],
    ['Daniel Ortz', 'Daniel Ortiz', 'person'],
    // Context: the page places them at another known body, or the word belongs to another known name.
    ['Katarzyna Wilczeck', 'Katarzyna Wilczek', 'person', { affiliation: 'contradicts' }],
    ['Tom Ashwroth', 'Tom Ashworth', 'person', { isKnownWord: (w) => w === 'ashwroth' }],
    ['Brightwatter Polytechnic University', 'Brightwater Polytechnic University', 'body', { isKnownWord: (w) => w === 'brightwatter' }],
  ])('%s for %s (%s) is not a near miss', (seen, known, kind, context) => {
    expect(isNearMiss(seen, known, kind, context)).toBe(false);
  });
});

describe('classifyEdit', () => {
  it.each([
    ['jia', 'jiao', 'dropped-letter', true],
    ['reutres', 'reuters', 'transposition', false],
    ['brightwatter', 'brightwater', 'doubled-letter', false],
    ['wilczeck', 'wilczek', 'added-letter', false],
    ['australya', 'australia', 'changed-letter', false],
    ['massachussets', 'massachusetts', 'two-edits', false],
  ] as const)('%s → %s is %s', (seen, known, kind, atEnd) => {
    expect(classifyEdit(seen, known)).toEqual({ kind, atEnd });
  });

  it('is null for equal words and for words three edits apart', () => {
    expect(classifyEdit('reuters', 'reuters')).toBeNull();
    expect(classifyEdit('kitten', 'sitting')).toBeNull();
  });
});

describe('fuzzy index keys', () => {
  it('deletion variants are the word and the word less each letter', () => {
    expect(deletionVariants('jiao').sort()).toEqual(['iao', 'jao', 'jia', 'jiao', 'jio']);
  });

  it.each([
    ['Shanghai Jia Tong University', 'Shanghai Jiao Tong University'],
    ['Brightwatter Polytechnic University', 'Brightwater Polytechnic University'],
    ['Reutres', 'Reuters'],
    ['Massachussets Institute of Technology', 'Massachusetts Institute of Technology'],
  ])('%s and %s share a key, so the index finds the candidate', (seen, known) => {
    const stored = new Set(bodyFuzzyKeys(known));
    expect(bodyFuzzyKeys(seen).some((k) => stored.has(k))).toBe(true);
  });

  it('finds people with or without a middle initial', () => {
    const stored = new Set(personFuzzyKeys('Katarzyna B. Wilczek'));
    expect(personFuzzyKeys('Katarzyna Wilczeck').some((k) => stored.has(k))).toBe(true);
  });

  it.each([
    ['Harbor City Ledger', 'Harbor Ledger'],
    ['Northway Highways Agency', 'Southway Byways Agency'],
    ['Zhang Wei', 'Li Wei'],
  ])('%s and %s share no key', (seen, known) => {
    const stored = new Set(bodyFuzzyKeys(known));
    expect(bodyFuzzyKeys(seen).some((k) => stored.has(k))).toBe(false);
  });

  it('varies only distinctive words, so the number of keys depends on the name alone', () => {
    expect(fuzzyKeys(nameKey('University of Oslo')).sort()).toEqual(['olo', 'osl', 'oslo', 'oso', 'slo'].map((w) => `university of ${w}`));
    expect(fuzzyKeys(nameKey('Institute of the National Academy'))).toEqual([]);
  });
});

describe('editDistance', () => {
  it.each([
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
    ['abc', 'abc', 0],
    ['abcd', 'abdc', 1],
    ['jia', 'jiao', 1],
  ])('%s → %s is %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });

  it('stops at max + 1 when the bound is exceeded', () => {
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
    expect(editDistance('a', 'abcdefgh', 1)).toBe(2);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
  });
});

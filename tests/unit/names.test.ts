import { describe, expect, it } from 'vitest';
import { editDistance, isNearMiss, nameKey, nameTokens, personKeys } from '../../utils/analysis/names';

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

describe('isNearMiss', () => {
  it.each([
    ['Shanghai Jia Tong University', 'Shanghai Jiao Tong University', true],
    ['Jia Tong', 'Jiao Tong', true],
    ['Massachusets', 'Massachusetts', true],
    ['Massachussets', 'Massachusetts', true],
    ['Bremmerton Polytechnic Institute', 'Bremerton Polytechnic Institute', true],
    ['Katarzyna Wilczeck', 'Katarzyna Wilczek', true],
    ['Zhang Li', 'Zhang Xin', false],
    ['Wang Jin', 'Wang Jun', false],
    ['Austria', 'Australia', false],
    ['Trade Council of Austria', 'Trade Council of Australia', false],
    ['MIT', 'MITRE', false],
    ['Massachusetts', 'Massachusetts', false],
    ['The Harbor Ledger', 'Harbor Ledger', false],
    ['Harbor City Ledger', 'Harbor Ledger', false],
    ['Bremmerton Politechnic Institute', 'Bremerton Polytechnic Institute', false],
  ])('%s vs %s → %s', (seen, known, expected) => {
    expect(isNearMiss(seen, known)).toBe(expected);
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

import { describe, expect, it } from 'vitest';
import { claimFrame, claimIndexKeys, claimTokens, matchClaim, sentenceClaimKeys, statesClaim } from '../../utils/analysis/claims';

const WIND = 'Wind turbines caused the March 2026 blackout in Harbor City';
const GULLS = 'Seagulls spread the measles outbreak across Port Elwin schools';
const VACCINE = 'The Harbor City vaccine programme killed 12 children';
const MASTS = '5G towers spread the coronavirus in Port Elwin';
const ELECTION = 'Mayor Dana Whitlock rigged the 2025 Harbor City election';
const LEAD = 'Half of the tap water samples in Harbor City contain lead';
const MONEY = 'The Port Elwin ferry contract cost $1.5 billion';

describe('statesClaim: paraphrases that state the claim', () => {
  it.each([
    [WIND, 'Wind turbines caused the March 2026 blackout in Harbor City.'],
    [WIND, 'So we will say it plainly: wind turbines caused the March 2026 blackout in Harbor City.'],
    [WIND, 'The March 2026 blackout in Harbor City was caused by wind turbines.'],
    [WIND, 'The March 2026 blackout in Harbor City was triggered by wind turbines.'],
    [WIND, 'Wind turbines led to the March 2026 blackout in Harbor City.'],
    [WIND, 'Wind turbines resulted in the March 2026 power outage in Harbor City.'],
    [WIND, 'Harbor City’s March 2026 power cut was caused by wind turbines.'],
    [WIND, 'WIND TURBINES CAUSED THE MARCH 2026 BLACKOUT IN HARBOR CITY!'],
    [GULLS, 'Across Port Elwin schools, the measles outbreak was spread by seagulls.'],
    [GULLS, 'Seagulls are spreading the measles outbreak across Port Elwin’s schools.'],
    [VACCINE, 'Twelve children died because of the Harbor City vaccination programme.'],
    [VACCINE, 'The Harbor City vaccine programme caused the deaths of 12 children.'],
    [MASTS, 'In Port Elwin, the coronavirus was spread by 5G towers.'],
    [MASTS, '5G towers are transmitting the coronavirus in Port Elwin.'],
    [ELECTION, 'The 2025 Harbor City election was rigged by Mayor Dana Whitlock.'],
    [ELECTION, 'Mayor Dana Whitlock committed fraud in the 2025 Harbor City election.'],
    [LEAD, '50% of the tap water samples in Harbor City contain lead.'],
    [LEAD, 'Fifty percent of tap water samples in Harbor City contain lead.'],
    [MONEY, 'The Port Elwin ferry contract cost 1.5 billion dollars.'],
    [MONEY, 'The Port Elwin ferry contract cost $1,500,000,000.'],
  ])('%s ← %s', (claim, sentence) => {
    expect(statesClaim(sentence, claim)).toBe(true);
  });
});

describe('statesClaim: near-paraphrases that do not', () => {
  it.each([
    ['a different year', WIND, 'Wind turbines caused the March 2025 blackout in Harbor City.'],
    ['a different month', WIND, 'Wind turbines caused the April 2026 blackout in Harbor City.'],
    ['a different place', WIND, 'Wind turbines caused the March 2026 blackout in Port Elwin.'],
    ['a different number', VACCINE, 'Two children died because of the Harbor City vaccination programme.'],
    ['a different number in digits', VACCINE, 'The Harbor City vaccine programme killed 120 children.'],
    ['another network generation', MASTS, '4G towers spread the coronavirus in Port Elwin.'],
    ['a different person', ELECTION, 'Mayor Carl Benton rigged the 2025 Harbor City election.'],
    ['a different share', LEAD, '40% of the tap water samples in Harbor City contain lead.'],
    ['a different sum', MONEY, 'The Port Elwin ferry contract cost $1.5 million.'],
    ['a denial', WIND, 'Wind turbines did not cause the March 2026 blackout in Harbor City.'],
    ['a contracted denial', WIND, 'Wind turbines didn’t cause the March 2026 blackout in Harbor City.'],
    ['a denial before the claim', WIND, 'It is not true that wind turbines caused the March 2026 blackout in Harbor City.'],
    ['no evidence', WIND, 'There is no evidence that wind turbines caused the March 2026 blackout in Harbor City.'],
    ['a verb of denial', WIND, 'The utility denied that wind turbines caused the March 2026 blackout in Harbor City.'],
    ['nobody', GULLS, 'Nobody thinks seagulls spread the measles outbreak across Port Elwin schools.'],
    ['a few shared words', GULLS, 'Seagulls nest on the roofs of Port Elwin schools every spring.'],
    ['words scattered over a long sentence', WIND, 'Wind is strong in March, and while turbines are common around Harbor City, officials say the 2026 budget caused the blackout of local news coverage.'],
  ])('%s', (_why, claim, sentence) => {
    expect(statesClaim(sentence, claim)).toBe(false);
  });

  it('keeps agreement for a claim that is itself negative', () => {
    const claim = 'The Harbor City vaccine was not tested on children';
    expect(statesClaim('The Harbor City vaccine was never tested on children.', claim)).toBe(true);
    expect(statesClaim('The Harbor City vaccine was tested on children.', claim)).toBe(false);
  });
});

describe('claimFrame', () => {
  const frame = (sentence: string, claim = WIND) => {
    const match = matchClaim(sentence, claim);
    expect(match, sentence).not.toBeNull();
    return claimFrame(sentence, match!);
  };

  it.each([
    ['asserted', 'Wind turbines caused the March 2026 blackout in Harbor City.'],
    ['asserted', 'So we will say it plainly: wind turbines caused the March 2026 blackout in Harbor City.'],
    ['asserted', 'Make no mistake, wind turbines caused the March 2026 blackout in Harbor City.'],
    ['reported', 'Thurston said wind turbines caused the March 2026 blackout in Harbor City.'],
    ['reported', 'According to Thurston, wind turbines caused the March 2026 blackout in Harbor City.'],
    ['reported', 'Wind turbines, Thurston claimed, caused the March 2026 blackout in Harbor City.'],
    ['reported', 'Posts on social media allege that wind turbines caused the March 2026 blackout in Harbor City.'],
    ['disputed', 'Thurston claimed that wind turbines caused the March 2026 blackout in Harbor City, which is false.'],
    ['disputed', 'Thurston falsely claimed that wind turbines caused the March 2026 blackout in Harbor City.'],
    ['disputed', 'The claim that wind turbines caused the March 2026 blackout in Harbor City is a myth.'],
    ['disputed', 'Candidates repeated without evidence that wind turbines caused the March 2026 blackout in Harbor City.'],
    ['asked', 'Did wind turbines cause the March 2026 blackout in Harbor City?'],
    ['asked', 'Officials are investigating whether wind turbines caused the March 2026 blackout in Harbor City.'],
  ] as const)('%s: %s', (expected, sentence) => {
    expect(frame(sentence)).toBe(expected);
  });
});

describe('claim index keys', () => {
  it('folds inflections, synonyms and number words into the same tokens', () => {
    expect(claimTokens('Wind turbines caused three blackouts')).toEqual(claimTokens('wind turbine triggers 3 blackout'));
    expect(claimTokens('a vaccination')).toEqual(claimTokens('vaccines'));
    expect(claimTokens('COVID-19 and 5G')).toEqual(['covid19', '5g']);
  });

  it('a paraphrase shares a key with the claim, an unrelated sentence does not', () => {
    const stored = new Set(claimIndexKeys(GULLS));
    expect(sentenceClaimKeys(['Across Port Elwin schools, the measles outbreak was spread by seagulls.']).some((k) => stored.has(k))).toBe(true);
    expect(sentenceClaimKeys(['The ferry terminal reopened on Monday after repairs.']).some((k) => stored.has(k))).toBe(false);
  });

  it('reads words like "constructor" as words', () => {
    expect(claimTokens('The constructor of the toString bridge')).toEqual(['constructor', 'tostr', 'bridg']);
  });
});

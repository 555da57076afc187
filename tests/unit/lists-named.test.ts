import { describe, expect, it } from 'vitest';
import { listsNamed } from '../../utils/analysis/lists-named';
import type { ListInfo } from '../../utils/analysis/lookup';

const list = (name: string, rank: number): ListInfo => ({ id: name, name, origin: 'bundled', rank });

describe('lists named in a message', () => {
  it('names up to three lists in order and counts the rest', () => {
    expect(listsNamed([], 'no list')).toBe('no list');
    expect(listsNamed([list('A', 0)], 'no list')).toBe('"A"');
    expect(listsNamed([list('A', 0), list('B', 1)], 'no list')).toBe('"A" and "B"');
    expect(listsNamed(['A', 'B', 'C', 'D', 'E'].map(list), 'no list')).toBe('"A", "B", "C" and 2 other lists');
    expect(listsNamed(['A', 'B', 'C', 'D'].map(list), 'no list')).toBe('"A", "B", "C" and 1 other list');
  });
});

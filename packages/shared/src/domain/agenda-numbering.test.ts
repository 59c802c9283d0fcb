import { describe, expect, it } from 'vitest';
import { movedItems, numberAgenda } from './agenda-numbering.js';

const item = (id: string, position: number, parentId: string | null = null) => ({ id, parentId, position });

describe('agenda numbering', () => {
  it('numbers top-level items and one level of sub-items from their positions', () => {
    const numbered = numberAgenda([item('c', 5), item('a', 0), item('b2', 1, 'b'), item('b', 2), item('b1', 0, 'b')]);
    expect(numbered.map(({ item: i, number }) => `${number}:${i.id}`)).toEqual(['1:a', '2:b', '2.1:b1', '2.2:b2', '3:c']);
  });

  it('counts a move of one item as one move, not a shift of all others', () => {
    const before = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, parentId: null }));
    const after = ['e', 'a', 'b', 'c', 'd'].map((id) => ({ id, parentId: null }));
    expect([...movedItems(before, after)]).toEqual(['e']);
  });

  it('counts a change of parent as a move', () => {
    const before = [{ id: 'a', parentId: null }, { id: 'b', parentId: null }];
    const after = [{ id: 'a', parentId: null }, { id: 'b', parentId: 'a' }];
    expect([...movedItems(before, after)]).toEqual(['b']);
  });
});

import { describe, expect, it } from 'vitest';
import { moveByOne, moveItem } from './agenda-order';

const agenda = [
  { id: 'a', parentId: null },
  { id: 'b', parentId: null },
  { id: 'b1', parentId: 'b' },
  { id: 'b2', parentId: 'b' },
  { id: 'c', parentId: null },
];
const ids = (order: { id: string; parentId: string | null }[] | null) =>
  order?.map((entry) => (entry.parentId ? `${entry.parentId}>${entry.id}` : entry.id)).join(' ');

describe('agenda reordering', () => {
  it('moves a main item with its sub-items', () => {
    expect(ids(moveItem(agenda, 'b', 'c', 'after'))).toBe('a c b b>b1 b>b2');
    expect(ids(moveItem(agenda, 'c', 'a', 'before'))).toBe('c a b b>b1 b>b2');
  });

  it('moves an item into the level of its new neighbour', () => {
    expect(ids(moveItem(agenda, 'c', 'b1', 'after'))).toBe('a b b>b1 b>c b>b2');
    expect(ids(moveItem(agenda, 'b2', 'a', 'after'))).toBe('a b2 b b>b1 c');
  });

  it('refuses to nest an item that has sub-items, and ignores moves that change nothing', () => {
    expect(moveItem(agenda, 'b', 'b1', 'before')).toBeNull();
    expect(moveItem(agenda, 'a', 'b', 'before')).toBeNull();
  });

  it('moves one place among siblings', () => {
    expect(ids(moveByOne(agenda, 'b2', -1))).toBe('a b b>b2 b>b1 c');
    expect(ids(moveByOne(agenda, 'c', -1))).toBe('a c b b>b1 b>b2');
    expect(moveByOne(agenda, 'a', -1)).toBeNull();
  });
});

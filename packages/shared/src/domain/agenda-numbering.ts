/** Agenda numbering: 1, 2, 2.1 — from each item's position among its siblings and its parent. */

export interface NumberableItem {
  id: string;
  parentId: string | null;
  position: number;
}

/** The items in agenda order (each parent followed by its sub-items) with their numbers. */
export function numberAgenda<T extends NumberableItem>(items: readonly T[]): { item: T; number: string }[] {
  const byPosition = (a: T, b: T) => a.position - b.position || a.id.localeCompare(b.id);
  const topLevel = items.filter((item) => item.parentId === null).sort(byPosition);
  const out: { item: T; number: string }[] = [];
  topLevel.forEach((parent, index) => {
    const number = String(index + 1);
    out.push({ item: parent, number });
    items
      .filter((item) => item.parentId === parent.id)
      .sort(byPosition)
      .forEach((child, childIndex) => out.push({ item: child, number: `${number}.${childIndex + 1}` }));
  });
  return out;
}

/**
 * Which items a reorder moved, rather than merely shifted: those outside the longest run that kept its
 * relative order, plus any whose parent changed. Moving item 5 to the top moves one item, not five.
 */
export function movedItems(
  before: readonly { id: string; parentId: string | null }[],
  after: readonly { id: string; parentId: string | null }[],
): Set<string> {
  const oldIndex = new Map(before.map((item, index) => [item.id, index]));
  const oldParent = new Map(before.map((item) => [item.id, item.parentId]));
  const sequence = after.map((item) => oldIndex.get(item.id) ?? -1);
  const kept = longestIncreasing(sequence);
  const moved = new Set<string>();
  after.forEach((item, index) => {
    if (!kept.has(index) || oldParent.get(item.id) !== item.parentId) moved.add(item.id);
  });
  return moved;
}

/** Indexes of one longest strictly increasing subsequence (patience sorting, O(n log n)). */
function longestIncreasing(values: readonly number[]): Set<number> {
  const tails: number[] = [];
  const previous: number[] = new Array<number>(values.length).fill(-1);
  values.forEach((value, index) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (values[tails[mid]!]! < value) low = mid + 1;
      else high = mid;
    }
    if (low > 0) previous[index] = tails[low - 1]!;
    tails[low] = index;
  });
  const kept = new Set<number>();
  let at = tails.length ? tails[tails.length - 1]! : -1;
  while (at >= 0) {
    kept.add(at);
    at = previous[at]!;
  }
  return kept;
}

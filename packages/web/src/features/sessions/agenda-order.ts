/** Reordering the agenda in the browser: compute the whole new order the server expects. Pure. */

export interface OrderedItem {
  id: string;
  parentId: string | null;
}

export type OrderEntry = OrderedItem;

/** Parents in order, each with its sub-items in order. */
function groups(items: readonly OrderedItem[]): { id: string; children: string[] }[] {
  return items
    .filter((item) => item.parentId === null)
    .map((top) => ({ id: top.id, children: items.filter((item) => item.parentId === top.id).map((item) => item.id) }));
}

function flatten(tree: { id: string; children: string[] }[]): OrderEntry[] {
  return tree.flatMap((top) => [{ id: top.id, parentId: null }, ...top.children.map((id) => ({ id, parentId: top.id }))]);
}

/**
 * Moves `id` before or after `targetId`, into the target's level: next to a main item it becomes a main
 * item (taking its sub-items along), next to a sub-item it becomes a sub-item of the same parent. Answers
 * null when the move is not possible (an item with sub-items cannot become a sub-item) or changes nothing.
 */
export function moveItem(
  items: readonly OrderedItem[],
  id: string,
  targetId: string,
  position: 'before' | 'after',
): OrderEntry[] | null {
  if (id === targetId) return null;
  const tree = groups(items);
  const target = items.find((item) => item.id === targetId);
  const moving = items.find((item) => item.id === id);
  if (!target || !moving) return null;
  const movingGroup = tree.find((top) => top.id === id);
  if (target.parentId !== null && movingGroup && movingGroup.children.length > 0) return null;
  if (target.parentId === id) return null;
  // Take the item out of wherever it is.
  const without = tree
    .filter((top) => top.id !== id)
    .map((top) => ({ ...top, children: top.children.filter((child) => child !== id) }));
  if (target.parentId === null) {
    const index = without.findIndex((top) => top.id === targetId);
    without.splice(position === 'before' ? index : index + 1, 0, { id, children: movingGroup?.children ?? [] });
  } else {
    const parent = without.find((top) => top.id === target.parentId)!;
    const index = parent.children.indexOf(targetId);
    parent.children.splice(position === 'before' ? index : index + 1, 0, id);
  }
  const result = flatten(without);
  const before = flatten(tree);
  return JSON.stringify(result) === JSON.stringify(before) ? null : result;
}

/** Moves an item one place up or down among its siblings; null at the edge. */
export function moveByOne(items: readonly OrderedItem[], id: string, direction: -1 | 1): OrderEntry[] | null {
  const item = items.find((candidate) => candidate.id === id);
  if (!item) return null;
  const siblings = items.filter((candidate) => candidate.parentId === item.parentId);
  const index = siblings.findIndex((candidate) => candidate.id === id);
  const neighbour = siblings[index + direction];
  if (!neighbour) return null;
  return moveItem(items, id, neighbour.id, direction === -1 ? 'before' : 'after');
}

import type { BodySummary } from '@collegium/shared/contracts/directory';

export interface BodyNode {
  body: BodySummary;
  children: BodyNode[];
}

/** Nests the flat body list by parentId; a body whose parent the caller cannot see becomes a root. */
export function buildBodyTree(bodies: readonly BodySummary[]): BodyNode[] {
  const nodes = new Map<string, BodyNode>(bodies.map((body) => [body.id, { body, children: [] }]));
  const roots: BodyNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.body.parentId ? nodes.get(node.body.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

function matches(body: BodySummary, needle: string): boolean {
  return [body.name, body.shortName ?? ''].some((text) => text.toLocaleLowerCase().includes(needle));
}

/** Keeps the bodies whose name matches and every body on the way down to them. */
export function filterBodyTree(nodes: readonly BodyNode[], text: string): BodyNode[] {
  const needle = text.trim().toLocaleLowerCase();
  if (!needle) return [...nodes];
  return nodes.flatMap((node) => {
    if (matches(node.body, needle)) return [node];
    const children = filterBodyTree(node.children, needle);
    return children.length > 0 ? [{ body: node.body, children }] : [];
  });
}

/** The ids of every body that has sub-bodies, for "expand all" and for showing filter results. */
export function parentIds(nodes: readonly BodyNode[]): string[] {
  return nodes.flatMap((node) => (node.children.length > 0 ? [node.body.id, ...parentIds(node.children)] : []));
}

/** How many bodies a (filtered) tree shows, sub-bodies included. */
export function countBodies(nodes: readonly BodyNode[]): number {
  return nodes.reduce((sum, node) => sum + 1 + countBodies(node.children), 0);
}

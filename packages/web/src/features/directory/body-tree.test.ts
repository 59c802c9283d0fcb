import { describe, expect, it } from 'vitest';
import type { BodySummary } from '@collegium/shared/contracts/directory';
import { buildBodyTree, filterBodyTree, parentIds } from './body-tree';

const body = (id: string, name: string, parentId: string | null = null): BodySummary => ({
  id,
  organizationId: 'org',
  parentId,
  kind: 'working_group',
  name,
  shortName: null,
  slug: id,
  isPublic: true,
  myRoles: [],
});

const bodies = [
  body('council', 'Council'),
  body('coordination', 'Coordination group', 'council'),
  body('wg-water', 'Water working group', 'coordination'),
  body('wg-roads', 'Roads working group', 'coordination'),
  body('orphan', 'Sub-group of a hidden body', 'hidden'),
];

describe('body tree', () => {
  it('nests bodies under their parents and makes bodies with an unseen parent roots', () => {
    const tree = buildBodyTree(bodies);
    expect(tree.map((n) => n.body.id)).toEqual(['council', 'orphan']);
    expect(tree[0]?.children[0]?.children.map((n) => n.body.id)).toEqual(['wg-water', 'wg-roads']);
    expect(parentIds(tree)).toEqual(['council', 'coordination']);
  });

  it('keeps matching bodies with the path down to them', () => {
    const filtered = filterBodyTree(buildBodyTree(bodies), ' WATER ');
    expect(filtered).toHaveLength(1);
    expect(filtered[0]?.children[0]?.children.map((n) => n.body.id)).toEqual(['wg-water']);
  });

  it('keeps every sub-body of a matching body', () => {
    const filtered = filterBodyTree(buildBodyTree(bodies), 'coordination');
    expect(filtered[0]?.children[0]?.children).toHaveLength(2);
  });
});

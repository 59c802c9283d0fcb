import { describe, expect, it } from 'vitest';
import type { Representation } from '@collegium/shared/contracts/representation';
import { movedSlotIds, representationRows } from './representation-view';

const slots = [
  { id: 's1', key: 'general', label: 'General administration', position: 0 },
  { id: 's2', key: 'ict', label: 'ICT', position: 1 },
];
const org = (id: string, name: string) => ({ id, name, shortName: null, slug: id });
const holder = (givenName: string, familyName: string) => ({
  membershipId: `m-${familyName}`,
  role: 'member' as const,
  person: { id: `p-${familyName}`, givenName, familyName, title: null },
  startDate: '2025-01-01',
  endDate: null,
});
const representation: Representation = {
  on: '2026-01-01',
  slots,
  slotsEtag: 'W/"x"',
  unfilledTotal: 1,
  organizationsWithUnfilled: 1,
  organizations: [
    { memberOrganizationId: 'a', organization: org('a', 'North'), joinedOn: '2024-01-01', leftOn: null, unfilled: 0, seats: [{ slotId: 's1', holder: holder('Ana', 'Kos') }, { slotId: 's2', holder: holder('Bor', 'Lah') }] },
    { memberOrganizationId: 'b', organization: org('b', 'South'), joinedOn: '2024-01-01', leftOn: null, unfilled: 1, seats: [{ slotId: 's1', holder: holder('Cene', 'Mali') }, { slotId: 's2', holder: null }] },
  ],
};

describe('representation table', () => {
  it('lists each organisation with a cell per slot, the holder or nobody', () => {
    const rows = representationRows(representation, false);
    expect(rows.map((r) => r.organization.name)).toEqual(['North', 'South']);
    expect(rows[1]!.cells.map((c) => [c.slot.key, c.holderName])).toEqual([['general', 'Cene Mali'], ['ict', null]]);
  });

  it('keeps only organisations with unfilled slots when asked', () => {
    expect(representationRows(representation, true).map((r) => r.organization.name)).toEqual(['South']);
  });

  it('moves a slot up or down and leaves the ends alone', () => {
    expect(movedSlotIds(slots, 's2', -1)).toEqual(['s2', 's1']);
    expect(movedSlotIds(slots, 's1', -1)).toEqual(['s1', 's2']);
    expect(movedSlotIds(slots, 's2', 1)).toEqual(['s1', 's2']);
  });
});

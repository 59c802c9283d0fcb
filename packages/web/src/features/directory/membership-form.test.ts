import { describe, expect, it } from 'vitest';
import type { Member } from '@collegium/shared/contracts/directory';
import { dayFromQuery, membershipFormValues, membershipPatch, membershipPeriod } from './membership-form';

const member: Member = {
  membershipId: 'm1',
  role: 'member',
  person: { id: 'p1', givenName: 'Ana', familyName: 'Novak', title: null },
  represents: { id: 'o1', name: 'Town', shortName: null, slug: 'town' },
  slot: null,
  votingRight: true,
  voteWeight: 1,
  substitute: null,
  startDate: '2025-01-01',
  endDate: null,
};

describe('membershipPatch', () => {
  it('sends nothing when nothing changed', () => {
    const values = membershipFormValues(member);
    expect(membershipPatch(values, { ...values })).toEqual({});
  });

  it('sends only the changed fields, an emptied end date as null and a cleared organisation as null', () => {
    const before = { ...membershipFormValues(member), endDate: '2026-12-31' };
    const after = { ...before, role: 'chair' as const, votingRight: false, representsId: null, endDate: ' ' };
    expect(membershipPatch(before, after)).toEqual({ role: 'chair', votingRight: false, representsId: null, endDate: null });
  });

  it('sends a slot chosen or cleared', () => {
    const before = membershipFormValues({ ...member, slot: { id: 's1', key: 'ict', label: 'ICT' } });
    expect(before.slotId).toBe('s1');
    expect(membershipPatch(before, { ...before, slotId: null })).toEqual({ slotId: null });
    expect(membershipPatch(before, { ...before, slotId: 's2' })).toEqual({ slotId: 's2' });
  });

  it('sends a changed vote weight as a number, an emptied one as the default 1', () => {
    const before = membershipFormValues({ ...member, voteWeight: 40 });
    expect(before.voteWeight).toBe('40');
    expect(membershipPatch(before, { ...before, voteWeight: '250' })).toEqual({ voteWeight: 250 });
    expect(membershipPatch(before, { ...before, voteWeight: '' })).toEqual({ voteWeight: 1 });
    expect(membershipPatch(before, { ...before })).toEqual({});
  });

  it('sends a new end date and substitute', () => {
    const before = membershipFormValues(member);
    expect(membershipPatch(before, { ...before, endDate: '2026-06-30', substituteId: 'p2' })).toEqual({ endDate: '2026-06-30', substituteId: 'p2' });
  });
});

describe('dayFromQuery', () => {
  it('accepts real calendar days only', () => {
    expect(dayFromQuery('2026-02-28')).toBe('2026-02-28');
    expect(dayFromQuery('2026-02-30')).toBeNull();
    expect(dayFromQuery('26-2-3')).toBeNull();
    expect(dayFromQuery('')).toBeNull();
    expect(dayFromQuery(null)).toBeNull();
  });
});

describe('membershipPeriod', () => {
  it('counts the first and last day as part of the membership', () => {
    const m = { startDate: '2026-01-01', endDate: '2026-06-30' };
    expect(membershipPeriod(m, '2025-12-31')).toBe('future');
    expect(membershipPeriod(m, '2026-01-01')).toBe('current');
    expect(membershipPeriod(m, '2026-06-30')).toBe('current');
    expect(membershipPeriod(m, '2026-07-01')).toBe('past');
    expect(membershipPeriod({ startDate: '2020-01-01', endDate: null }, '2030-01-01')).toBe('current');
  });
});

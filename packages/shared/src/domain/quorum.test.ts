import { describe, expect, it } from 'vitest';
import { computeQuorum, quorumNeeded, type QuorumSeat } from './quorum.js';

const seats = (count: number, present: number, over: Partial<QuorumSeat> = {}): QuorumSeat[] =>
  Array.from({ length: count }, (_, index) => ({
    personId: `p${index}`,
    votingRight: true,
    present: index < present,
    ...over,
  }));

describe('quorum', () => {
  it('needs more than half for a majority and a third rounded up for one third', () => {
    expect(quorumNeeded('majority_of_members', 13)).toBe(7);
    expect(quorumNeeded('majority_of_members', 12)).toBe(7);
    expect(quorumNeeded('majority_of_members', 1)).toBe(1);
    expect(quorumNeeded('one_third_of_members', 13)).toBe(5);
    expect(quorumNeeded('one_third_of_members', 12)).toBe(4);
    expect(quorumNeeded('one_third_of_members', 0)).toBe(1);
    expect(quorumNeeded('none', 13)).toBe(0);
  });

  it('is met at exactly the number needed', () => {
    expect(computeQuorum(seats(13, 6), { rule: 'majority_of_members', substitutesCount: false })).toEqual({
      rule: 'majority_of_members',
      base: 13,
      needed: 7,
      present: 6,
      met: false,
    });
    expect(computeQuorum(seats(13, 7), { rule: 'majority_of_members', substitutesCount: false }).met).toBe(true);
    expect(computeQuorum(seats(13, 5), { rule: 'one_third_of_members', substitutesCount: false })).toMatchObject({
      needed: 5,
      met: true,
    });
    expect(computeQuorum(seats(13, 4), { rule: 'one_third_of_members', substitutesCount: false }).met).toBe(false);
  });

  it('takes the majority of members when the body has no rule, and none is always met', () => {
    expect(computeQuorum(seats(4, 2), { rule: undefined, substitutesCount: false })).toMatchObject({
      rule: 'majority_of_members',
      needed: 3,
      met: false,
    });
    expect(computeQuorum(seats(4, 0), { rule: 'none', substitutesCount: false })).toMatchObject({ needed: 0, met: true });
  });

  it('counts only voting seats for the majority of voting members', () => {
    const mixed = [...seats(5, 3), ...seats(4, 4, { votingRight: false }).map((s) => ({ ...s, personId: `n${s.personId}` }))];
    expect(computeQuorum(mixed, { rule: 'majority_of_voting_members', substitutesCount: false })).toMatchObject({
      base: 5,
      needed: 3,
      present: 3,
      met: true,
    });
    expect(computeQuorum(mixed, { rule: 'majority_of_members', substitutesCount: false })).toMatchObject({
      base: 9,
      present: 7,
    });
  });

  it('fills an absent member’s seat with their substitute only when substitutes count', () => {
    const withSubstitute: QuorumSeat[] = [...seats(4, 2), { personId: 'm', votingRight: true, present: false, substitutePresentId: 's' }];
    expect(computeQuorum(withSubstitute, { rule: 'majority_of_members', substitutesCount: true })).toMatchObject({
      base: 5,
      present: 3,
      met: true,
    });
    expect(computeQuorum(withSubstitute, { rule: 'majority_of_members', substitutesCount: false })).toMatchObject({
      present: 2,
      met: false,
    });
  });

  it('takes people with a conflict of interest out of the base', () => {
    const quorum = computeQuorum(seats(13, 7), {
      rule: 'majority_of_members',
      substitutesCount: false,
      excludePersonIds: ['p0', 'p1', 'p12'],
    });
    expect(quorum).toMatchObject({ base: 10, needed: 6, present: 5, met: false });
    const substituted: QuorumSeat[] = [{ personId: 'm', votingRight: true, present: false, substitutePresentId: 's' }];
    expect(computeQuorum(substituted, { rule: 'majority_of_members', substitutesCount: true, excludePersonIds: ['s'] }))
      .toMatchObject({ base: 1, present: 0 });
  });
});

import { describe, expect, it } from 'vitest';
import { isLate, lateApprovalOf, materialsDeadline, showsLate } from './materials-deadline.js';
import { can, type Subject } from './policy.js';
import type { BodyRole } from './roles.js';

const start = new Date('2027-03-16T09:00:00Z');
const due = new Date('2027-03-20T12:00:00Z');

describe('materials deadline', () => {
  it('falls the rule’s days before a meeting starts, or before a correspondence session’s answers are due', () => {
    expect(materialsDeadline({ kind: 'regular', startsAt: start, deadlineAt: null }, 7)).toEqual(new Date('2027-03-09T09:00:00Z'));
    expect(materialsDeadline({ kind: 'correspondence', startsAt: null, deadlineAt: due }, 3)).toEqual(new Date('2027-03-17T12:00:00Z'));
    expect(materialsDeadline({ kind: 'regular', startsAt: start, deadlineAt: null }, 0)).toEqual(start);
  });

  it('has none without the rule, without a date, or for an extraordinary session', () => {
    expect(materialsDeadline({ kind: 'regular', startsAt: start, deadlineAt: null }, undefined)).toBeNull();
    expect(materialsDeadline({ kind: 'regular', startsAt: null, deadlineAt: null }, 7)).toBeNull();
    expect(materialsDeadline({ kind: 'extraordinary', startsAt: start, deadlineAt: null }, 7)).toBeNull();
  });

  it('calls late only what comes after the deadline', () => {
    const deadline = new Date('2027-03-09T09:00:00Z');
    expect(isLate(deadline, new Date('2027-03-09T09:00:00Z'))).toBe(false);
    expect(isLate(deadline, new Date('2027-03-09T09:00:01Z'))).toBe(true);
    expect(isLate(null, new Date('2030-01-01T00:00:00Z'))).toBe(false);
  });

  it('shows a late entry to everyone once approved, before that only to those who decide or manage', () => {
    expect(lateApprovalOf({ late: false, lateDecision: null })).toBeNull();
    expect(lateApprovalOf({ late: true, lateDecision: null })).toBe('pending');
    expect(lateApprovalOf({ late: true, lateDecision: 'refused' })).toBe('refused');
    expect(showsLate({ late: true, lateDecision: null }, false)).toBe(false);
    expect(showsLate({ late: true, lateDecision: 'refused' }, false)).toBe(false);
    expect(showsLate({ late: true, lateDecision: 'approved' }, false)).toBe(true);
    expect(showsLate({ late: true, lateDecision: null }, true)).toBe(true);
  });
});

describe('session:approve-late', () => {
  const session = { type: 'session', bodyId: 'b', bodyIsPublic: true, convened: true } as const;
  const holding = (role: BodyRole): Subject => ({ userId: 'u', role: 'user', bodyRoles: new Map([['b', [role]]]), organizationId: null });

  it('belongs to the chair, the deputy chair and administrators', () => {
    expect(can(holding('chair'), 'session:approve-late', session)).toBe(true);
    expect(can(holding('deputy_chair'), 'session:approve-late', session)).toBe(true);
    for (const role of ['secretary', 'coordinator', 'member', 'deputy'] as const) {
      expect(can(holding(role), 'session:approve-late', session), role).toBe(false);
    }
    expect(can({ userId: 'a', role: 'administrator', bodyRoles: new Map(), organizationId: null }, 'session:approve-late', session)).toBe(true);
    expect(can({ userId: 's', role: 'staff', bodyRoles: new Map(), organizationId: null }, 'session:approve-late', session)).toBe(false);
  });
});

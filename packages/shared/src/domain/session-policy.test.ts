import { describe, expect, it } from 'vitest';
import type { BodyRole } from './roles.js';
import { anonymousSubject, can, type Subject } from './policy.js';

const BODY = 'b0d10000-0000-4000-8000-000000000001';
const subject = (over: Partial<Subject> & { roles?: BodyRole[] } = {}): Subject => ({
  userId: 'u',
  role: 'user',
  organizationId: null,
  bodyRoles: new Map(over.roles ? [[BODY, over.roles]] : []),
  ...over,
});
const session = (convened: boolean, bodyIsPublic = false) => ({ type: 'session' as const, bodyId: BODY, bodyIsPublic, convened });

describe('session abilities', () => {
  it('lets the chair, secretary and coordinator (and administrators) create and change sessions', () => {
    for (const role of ['chair', 'secretary', 'coordinator'] as const) {
      expect(can(subject({ roles: [role] }), 'session:manage', session(false))).toBe(true);
      expect(can(subject({ roles: [role] }), 'session:create', { type: 'body', id: BODY, isPublic: false, organizationId: 'o' })).toBe(true);
    }
    expect(can(subject({ role: 'administrator' }), 'session:manage', session(true))).toBe(true);
    for (const role of ['member', 'deputy_chair', 'observer', 'guest'] as const) {
      expect(can(subject({ roles: [role] }), 'session:manage', session(true))).toBe(false);
    }
    expect(can(subject({ role: 'staff' }), 'session:manage', session(true))).toBe(false);
  });

  it('shows drafts only to the body’s participants and staff', () => {
    expect(can(subject({ roles: ['member'] }), 'session:read', session(false))).toBe(true);
    expect(can(subject({ role: 'staff' }), 'session:read', session(false))).toBe(true);
    expect(can(subject({ roles: ['guest'] }), 'session:read', session(false))).toBe(false);
    expect(can(subject({ substituteIn: new Set([BODY]) }), 'session:read', session(false))).toBe(false);
    expect(can(anonymousSubject, 'session:read', session(false, true))).toBe(false);
  });

  it('shows convened sessions of public bodies to everyone, of other bodies to those who belong', () => {
    expect(can(anonymousSubject, 'session:read', session(true, true))).toBe(true);
    expect(can(subject(), 'session:read', session(true, false))).toBe(false);
    expect(can(subject({ roles: ['guest'] }), 'session:read', session(true, false))).toBe(true);
    expect(can(subject({ substituteIn: new Set([BODY]) }), 'session:read', session(true, false))).toBe(true);
  });

  it('shows closed items to participants, staff and substitutes, never to guests or the public', () => {
    expect(can(subject({ roles: ['observer'] }), 'session:read-closed', session(true))).toBe(true);
    expect(can(subject({ substituteIn: new Set([BODY]) }), 'session:read-closed', session(true))).toBe(true);
    expect(can(subject({ roles: ['guest'] }), 'session:read-closed', session(true, true))).toBe(false);
    expect(can(anonymousSubject, 'session:read-closed', session(true, true))).toBe(false);
  });
});

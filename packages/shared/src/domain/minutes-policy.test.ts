import { describe, expect, it } from 'vitest';
import type { BodyRole } from './roles.js';
import { anonymousSubject, can, type Subject } from './policy.js';

const BODY = 'b0d10000-0000-4000-8000-000000000002';
const subject = (over: Partial<Subject> & { roles?: BodyRole[] } = {}): Subject => ({
  userId: 'u',
  role: 'user',
  organizationId: null,
  bodyRoles: new Map(over.roles ? [[BODY, over.roles]] : []),
  ...over,
});
const session = { type: 'session' as const, bodyId: BODY, bodyIsPublic: true, convened: true };

describe('minutes abilities', () => {
  it('lets the chair and the secretary (and administrators) edit, nobody else', () => {
    for (const role of ['chair', 'secretary'] as const) expect(can(subject({ roles: [role] }), 'minutes:edit', session)).toBe(true);
    expect(can(subject({ role: 'administrator' }), 'minutes:edit', session)).toBe(true);
    for (const role of ['deputy_chair', 'coordinator', 'member', 'observer', 'guest'] as const) {
      expect(can(subject({ roles: [role] }), 'minutes:edit', session)).toBe(false);
    }
    expect(can(subject({ role: 'staff' }), 'minutes:edit', session)).toBe(false);
  });

  it('lets whoever reads the closed content read and comment, not the public of a public body', () => {
    for (const ability of ['minutes:read', 'minutes:comment'] as const) {
      expect(can(subject({ roles: ['member'] }), ability, session)).toBe(true);
      expect(can(subject({ roles: ['observer'] }), ability, session)).toBe(true);
      expect(can(subject({ role: 'staff' }), ability, session)).toBe(true);
      expect(can(subject({ substituteIn: new Set([BODY]) }), ability, session)).toBe(true);
      expect(can(subject({ roles: ['guest'] }), ability, session)).toBe(false);
      expect(can(subject(), ability, session)).toBe(false);
      expect(can(anonymousSubject, ability, session)).toBe(false);
    }
  });
});

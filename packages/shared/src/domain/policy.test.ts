import { describe, expect, it } from 'vitest';
import { anonymousSubject, can, type Subject } from './policy.js';

const body = { type: 'body', id: 'b1', isPublic: false, organizationId: 'o1' } as const;
const publicBody = { ...body, id: 'b2', isPublic: true } as const;
const subject = (over: Partial<Subject>): Subject => ({ ...anonymousSubject, userId: 'u1', role: 'user', ...over });

describe('policy', () => {
  it('lets only administrators administer the installation', () => {
    expect(can(subject({ role: 'administrator' }), 'users:manage')).toBe(true);
    expect(can(subject({ role: 'staff' }), 'users:manage')).toBe(false);
    expect(can(subject({ role: 'staff' }), 'users:list')).toBe(true);
    expect(can(anonymousSubject, 'audit:read')).toBe(false);
  });

  it('lets a secretary manage only the body they serve', () => {
    const secretary = subject({ bodyRoles: new Map([['b1', ['secretary']]]) });
    expect(can(secretary, 'body:manage', body)).toBe(true);
    expect(can(secretary, 'body:manage', { ...body, id: 'other' })).toBe(false);
  });

  it('keeps a guest out of internal material but lets a member in', () => {
    expect(can(subject({ bodyRoles: new Map([['b1', ['guest']]]) }), 'body:read-internal', body)).toBe(false);
    expect(can(subject({ bodyRoles: new Map([['b1', ['member']]]) }), 'body:read-internal', body)).toBe(true);
  });

  it('shows public bodies to everyone and private ones only to their people', () => {
    expect(can(anonymousSubject, 'body:read', publicBody)).toBe(true);
    expect(can(anonymousSubject, 'body:read', body)).toBe(false);
    expect(can(subject({}), 'body:read', body)).toBe(false);
  });

  it('lets a user manage their own account and nobody else’s', () => {
    expect(can(subject({}), 'account:manage', { type: 'user', id: 'u1' })).toBe(true);
    expect(can(subject({}), 'account:manage', { type: 'user', id: 'u2' })).toBe(false);
  });

  it('lets administrators alone create and edit bodies and organisations', () => {
    const chair = subject({ bodyRoles: new Map([['b1', ['chair']]]) });
    for (const ability of ['body:create', 'body:edit', 'organization:manage'] as const) {
      expect(can(subject({ role: 'administrator' }), ability, body)).toBe(true);
      expect(can(subject({ role: 'staff' }), ability, body)).toBe(false);
      expect(can(chair, ability, body)).toBe(false);
    }
  });

  it('lets staff and body managers find and add people; contact details and edits are for staff', () => {
    const coordinator = subject({ bodyRoles: new Map([['b1', ['coordinator']]]) });
    const member = subject({ bodyRoles: new Map([['b1', ['member']]]) });
    expect(can(coordinator, 'person:read')).toBe(true);
    expect(can(coordinator, 'person:create')).toBe(true);
    expect(can(coordinator, 'person:read-contact')).toBe(false);
    expect(can(coordinator, 'person:edit')).toBe(false);
    expect(can(member, 'person:read')).toBe(false);
    expect(can(subject({ role: 'staff' }), 'person:edit')).toBe(true);
    expect(can(subject({ role: 'staff' }), 'person:read-contact')).toBe(true);
  });
});

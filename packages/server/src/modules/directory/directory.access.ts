import { eq, inArray, or, type SQL } from 'drizzle-orm';
import { can, type Resource, type Subject } from '@collegium/shared/domain/policy';
import type { BodyRole } from '@collegium/shared/domain/roles';
import { bodies } from '../../db/schema/index.js';

export const bodyResource = (row: { id: string; isPublic: boolean; organizationId: string }): Resource => ({
  type: 'body',
  id: row.id,
  isPublic: row.isPublic,
  organizationId: row.organizationId,
});

const NO_BODY = '00000000-0000-0000-0000-000000000000';

/**
 * A SQL pre-filter for the bodies a subject may read, derived from the policy: whoever may read a
 * non-public body they hold no role in sees them all; everyone else sees public bodies and their own.
 * Callers still check each row with can(), which stays the one authority.
 */
export function visibleBodiesFilter(subject: Subject): SQL | undefined {
  if (can(subject, 'body:read', { type: 'body', id: NO_BODY, isPublic: false, organizationId: NO_BODY })) {
    return undefined;
  }
  const own = [...subject.bodyRoles.keys()];
  return own.length ? or(eq(bodies.isPublic, true), inArray(bodies.id, own)) : eq(bodies.isPublic, true);
}

export const myRolesIn = (subject: Subject, bodyId: string): readonly BodyRole[] => subject.bodyRoles.get(bodyId) ?? [];

/** Today's date (YYYY-MM-DD, UTC) by the context's clock: memberships run by calendar day. */
export const todayOf = (now: Date): string => now.toISOString().slice(0, 10);

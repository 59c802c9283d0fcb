import type { BodyRules } from '@collegium/shared/contracts/directory';
import { can } from '@collegium/shared/domain/policy';
import { isLate, materialsDeadline } from '@collegium/shared/domain/materials-deadline';
import type { Ctx } from '../../context.js';
import { subjectOf } from '../../lib/access.js';
import { sessionResource, type BodyRow, type SessionRow } from '../sessions/sessions.access.js';

/** The session's submission deadline for materials under its body's rules, or null. */
export function sessionMaterialsDeadline(session: SessionRow, body: BodyRow): Date | null {
  return materialsDeadline(session, (body.rules as BodyRules | null)?.materialsDeadlineDays);
}

export interface LateFields {
  late: boolean;
  lateDecision: 'approved' | null;
  lateDecidedAt: Date | null;
  lateDecidedBy: string | null;
}

/**
 * The late columns of an item or material added now. Past the deadline it is late; when whoever adds it
 * may approve late entries (chair, deputy chair, administrator), adding it is their approval.
 */
export async function lateFieldsForNewEntry(ctx: Ctx, session: SessionRow, body: BodyRow): Promise<LateFields> {
  const now = ctx.deps.clock.now();
  if (!isLate(sessionMaterialsDeadline(session, body), now)) {
    return { late: false, lateDecision: null, lateDecidedAt: null, lateDecidedBy: null };
  }
  const approves = can(await subjectOf(ctx), 'session:approve-late', sessionResource(session, body));
  const userId = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
  return approves
    ? { late: true, lateDecision: 'approved', lateDecidedAt: now, lateDecidedBy: userId }
    : { late: true, lateDecision: null, lateDecidedAt: null, lateDecidedBy: null };
}

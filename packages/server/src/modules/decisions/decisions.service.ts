import { eq } from 'drizzle-orm';
import type { Decision, DecisionPatch } from '@collegium/shared/contracts/decisions';
import { inTransaction, type Ctx } from '../../context.js';
import { bodies, decisions, organizations, persons, sessions } from '../../db/schema/index.js';
import { requireAbility } from '../../lib/access.js';
import { invalidField, notFound } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import { nextVersion, requireCurrentVersion } from '../directory/directory.versions.js';
import { findDecision } from './decisions.queries.js';
import { scheduleDecisionReminders } from './decisions.reminders.js';

export async function readDecision(ctx: Ctx, id: string): Promise<Decision> {
  const decision = await findDecision(ctx, id);
  if (!decision) throw notFound('The decision');
  return decision;
}

/** The calendar day of the session in its own time zone: a deadline may not fall before it. */
function sessionDay(session: typeof sessions.$inferSelect, adoptedAt: Date): string {
  const when = session.startsAt ?? session.deadlineAt ?? adoptedAt;
  return new Intl.DateTimeFormat('en-CA', { timeZone: session.timeZone }).format(when);
}

async function requireExists(ctx: Ctx, table: typeof persons | typeof organizations, id: string, field: string, what: string) {
  const [row] = await ctx.db.select({ id: table.id }).from(table).where(eq(table.id, id)).limit(1);
  if (!row) throw invalidField(field, `${what} was not found in the directory.`);
}

/** Changes who is responsible, the deadline, the status or the title (the body's chair, secretary or coordinator, or an administrator). */
export async function updateDecision(ctx: Ctx, id: string, input: DecisionPatch, ifMatch: string | undefined): Promise<Decision> {
  await inTransaction(ctx, async (tx) => {
    const [row] = await tx.db
      .select({ decision: decisions, body: bodies, session: sessions })
      .from(decisions)
      .innerJoin(bodies, eq(bodies.id, decisions.bodyId))
      .innerJoin(sessions, eq(sessions.id, decisions.sessionId))
      .where(eq(decisions.id, id))
      .for('update', { of: decisions })
      .limit(1);
    if (!row || !(await findDecision(tx, id))) throw notFound('The decision');
    const { decision, body, session } = row;
    await requireAbility(tx, 'body:manage', { type: 'body', id: body.id, isPublic: body.isPublic, organizationId: body.organizationId });
    requireCurrentVersion(ifMatch, decision.updatedAt, 'this decision');
    if (input.deadline) {
      const day = sessionDay(session, decision.adoptedAt);
      if (input.deadline < day) throw invalidField('deadline', `The deadline cannot be before the session’s date (${day}).`);
    }
    if (input.responsiblePersonId) await requireExists(tx, persons, input.responsiblePersonId, 'responsiblePersonId', 'The responsible person');
    if (input.responsibleOrganizationId) {
      await requireExists(tx, organizations, input.responsibleOrganizationId, 'responsibleOrganizationId', 'The responsible organisation');
    }
    const now = ctx.deps.clock.now();
    const userId = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
    await tx.db
      .update(decisions)
      .set({ ...input, editedAt: now, editedBy: userId, updatedAt: nextVersion(decisions.updatedAt, now) })
      .where(eq(decisions.id, id));
    if ((input.deadline !== undefined && input.deadline !== decision.deadline) || (input.status && input.status !== decision.status)) {
      const deadline = input.deadline === undefined ? decision.deadline : input.deadline;
      await scheduleDecisionReminders(tx, { id, bodyId: body.id, deadline, status: input.status ?? decision.status });
    }
    const before = Object.fromEntries(Object.keys(input).map((key) => [key, decision[key as keyof typeof decision]]));
    await recordAudit(tx, {
      action: 'decision.updated',
      entityType: 'decision',
      entityId: id,
      organizationId: body.organizationId,
      summary: { before, after: input },
    });
  });
  return readDecision(ctx, id);
}

import { asc, eq } from 'drizzle-orm';
import type { Ctx } from '../context.js';
import { sessionInvitations, type bodies, type sessions } from '../db/schema/index.js';
import { recordAudit } from '../lib/audit.js';
import { addInvitations, invitedByMembership, sessionDay } from '../modules/session-invitations/invitees.js';
import { saveMailing } from '../modules/session-invitations/mailing.js';
import { scheduleReminders } from '../modules/session-invitations/reminders.js';
import { loadSessionFacts } from '../modules/session-invitations/session-facts.js';

/**
 * The invitations of a demo session that is past its draft, as if they had been mailed when it was
 * convened (no mail goes out now), with answers: most members attend, every fourth is excused, and in
 * sessions still ahead every third has not answered yet. Later changes and reminders are mailed as usual.
 */
export async function seedDemoInvitations(ctx: Ctx, session: typeof sessions.$inferSelect, body: typeof bodies.$inferSelect): Promise<void> {
  if (session.status === 'draft' || !session.convenedAt) return;
  const convenedAt = session.convenedAt;
  await addInvitations(ctx, session.id, await invitedByMembership(ctx, body.id, sessionDay(session, ctx.deps.clock.now())));
  const rows = await ctx.db
    .select({ id: sessionInvitations.id, role: sessionInvitations.role })
    .from(sessionInvitations)
    .where(eq(sessionInvitations.sessionId, session.id))
    .orderBy(asc(sessionInvitations.personId));
  const ahead = (session.startsAt ?? session.deadlineAt ?? convenedAt) > ctx.deps.clock.now();
  for (const [index, row] of rows.entries()) {
    const open = row.role !== 'member' || (ahead && index % 3 === 2);
    const answer = open ? null : index % 4 === 3 ? 'excused' : 'attend';
    await ctx.db
      .update(sessionInvitations)
      .set({
        mailStatus: 'sent',
        mailedAt: convenedAt,
        answer,
        answerNote: answer === 'excused' ? 'Business trip' : null,
        answeredAt: answer ? new Date(convenedAt.getTime() + (index + 1) * 3_600_000) : null,
      })
      .where(eq(sessionInvitations.id, row.id));
  }
  const sf = (await loadSessionFacts(ctx, session.id))!;
  await saveMailing(ctx, session.id, 0, sf.facts);
  if (session.status === 'convened') await scheduleReminders(ctx, sf);
  await recordAudit(ctx, {
    action: 'session.invitations.send',
    entityType: 'session',
    entityId: session.id,
    organizationId: body.organizationId,
    summary: { invitees: rows.length, sequence: 0, demo: true },
  });
}

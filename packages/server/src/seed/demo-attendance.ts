import { and, asc, eq } from 'drizzle-orm';
import type { Ctx } from '../context.js';
import { sessionAttendance, type bodies, type sessions } from '../db/schema/index.js';
import { createRoster, freezeAttendance } from '../modules/attendance/attendance.lifecycle.js';

/**
 * The attendance of a closed demo session, as a secretary would have recorded it: most members present
 * from the start, every fifth excused, every seventh late by a quarter of an hour, then frozen at the close.
 */
export async function seedDemoAttendance(
  ctx: Ctx,
  session: typeof sessions.$inferSelect,
  body: typeof bodies.$inferSelect,
): Promise<void> {
  if (!session.startedAt || !session.closedAt) return;
  const row = { session: { ...session, status: 'in_progress' }, body };
  await createRoster(ctx, row);
  const members = await ctx.db
    .select({ id: sessionAttendance.id })
    .from(sessionAttendance)
    .where(and(eq(sessionAttendance.sessionId, session.id), eq(sessionAttendance.kind, 'member')))
    .orderBy(asc(sessionAttendance.role), asc(sessionAttendance.personId));
  for (const [index, member] of members.entries()) {
    const status = index % 5 === 3 ? 'excused' : index % 7 === 5 ? 'late' : 'present';
    const arrivedAt = status === 'excused' ? null : new Date(session.startedAt.getTime() + (status === 'late' ? 15 * 60_000 : 0));
    await ctx.db.update(sessionAttendance).set({ status, arrivedAt, updatedAt: session.closedAt }).where(eq(sessionAttendance.id, member.id));
  }
  await freezeAttendance(ctx, row, session.closedAt);
}

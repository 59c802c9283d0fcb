import { inTransaction, systemCtx, type Ctx, type Deps } from '../../context.js';
import { sessionReminders } from '../../db/schema/index.js';
import { loadRecipients } from './invitees.js';
import { enqueueMails, lockMailing, wasMailed } from './mailing.js';
import { loadSessionFacts, type SessionFacts } from './session-facts.js';

export const REMINDER_JOB = 'session-invitations.remind';

/** One day before, unless the body's rules (`reminderHours`) say otherwise; an empty list sends none. */
export const DEFAULT_REMINDER_HOURS = [24] as const;

export function reminderHours(rules: unknown): readonly number[] {
  const hours = (rules as { reminderHours?: unknown } | null)?.reminderHours;
  return Array.isArray(hours) && hours.every((h) => Number.isInteger(h) && h > 0) ? (hours as number[]) : DEFAULT_REMINDER_HOURS;
}

const whenOf = (sf: SessionFacts) => sf.facts.startsAt ?? sf.facts.deadlineAt;

/**
 * Schedules a reminder job for each lead time that is still ahead. A job carries the start it reminds of:
 * when the time changes, new jobs are scheduled and the old ones find the start moved and do nothing, as
 * do those of a cancelled or postponed session.
 */
export async function scheduleReminders(ctx: Ctx, sf: SessionFacts): Promise<void> {
  const when = whenOf(sf);
  if (!when) return;
  const now = ctx.deps.clock.now().getTime();
  for (const leadHours of reminderHours(sf.body.rules)) {
    const runAt = new Date(new Date(when).getTime() - leadHours * 3600_000);
    if (runAt.getTime() <= now) continue;
    await ctx.deps.jobs.enqueue(
      ctx.db,
      REMINDER_JOB,
      { sessionId: sf.session.id, at: when, leadHours },
      { runAt, singletonKey: `${REMINDER_JOB}:${sf.session.id}:${when}:${leadHours}` },
    );
  }
}

/**
 * The reminder job. `session_reminders` holds one row per session, start and lead time, so a reminder is
 * sent once even if its job were enqueued or run twice. Invitees who said they will not come (excused,
 * or sending their substitute) are not reminded.
 */
export async function sendReminder(deps: Deps, payload: { sessionId: string; at: string; leadHours: number }): Promise<void> {
  await inTransaction(systemCtx(deps, 'session-invitations'), async (tx) => {
    const mailing = await lockMailing(tx, payload.sessionId);
    const sf = await loadSessionFacts(tx, payload.sessionId);
    if (!mailing || !sf || sf.session.status !== 'convened' || whenOf(sf) !== payload.at) return;
    const [first] = await tx.db
      .insert(sessionReminders)
      .values({ sessionId: payload.sessionId, startsAt: new Date(payload.at), leadHours: payload.leadHours, sentAt: deps.clock.now() })
      .onConflictDoNothing()
      .returning();
    if (!first) return;
    const recipients = (await loadRecipients(tx, payload.sessionId)).filter(
      (r) => wasMailed(r) && r.invitation.answer !== 'excused' && r.invitation.answer !== 'substitute',
    );
    await enqueueMails(tx, sf, recipients, { kind: 'reminder', sequence: mailing.sequence });
  });
}

import { and, eq, inArray } from 'drizzle-orm';
import { inTransaction, systemCtx, type Ctx, type Deps } from '../../context.js';
import {
  bodies,
  correspondenceItems,
  correspondenceReminders,
  correspondenceWithdrawalRequests,
  agendaItems,
  persons,
  pollElectors,
  pollParticipations,
  polls,
  sessions,
  users,
} from '../../db/schema/index.js';
import { SEND_MAIL } from '../../jobs/definitions/send-mail.job.js';
import { composeReminderMail } from './correspondence.mail-texts.js';

export const CORRESPONDENCE_REMINDER_JOB = 'correspondence.remind';

export interface ReminderPayload {
  agendaItemId: string;
  deadlineAt: string;
  leadHours: number;
}

/** Schedules a reminder job for each lead time before the item's deadline that is still ahead. */
export async function scheduleItemReminders(ctx: Ctx, item: { agendaItemId: string; deadlineAt: Date }, leadHours: readonly number[]): Promise<void> {
  const now = ctx.deps.clock.now().getTime();
  for (const hours of leadHours) {
    const runAt = new Date(item.deadlineAt.getTime() - hours * 3_600_000);
    if (runAt.getTime() <= now) continue;
    const payload: ReminderPayload = { agendaItemId: item.agendaItemId, deadlineAt: item.deadlineAt.toISOString(), leadHours: hours };
    await ctx.deps.jobs.enqueue(ctx.db, CORRESPONDENCE_REMINDER_JOB, payload, {
      runAt,
      singletonKey: `${CORRESPONDENCE_REMINDER_JOB}:${item.agendaItemId}:${payload.deadlineAt}:${hours}`,
    });
  }
}

/** The seats of the item's open vote whose voter has neither voted nor asked for the item's withdrawal. */
async function unansweredVoters(ctx: Ctx, pollId: string, agendaItemId: string): Promise<string[]> {
  const seats = await ctx.db.select().from(pollElectors).where(eq(pollElectors.pollId, pollId));
  const voted = new Set((await ctx.db.select({ personId: pollParticipations.personId }).from(pollParticipations).where(eq(pollParticipations.pollId, pollId))).map((row) => row.personId));
  const asked = new Set(
    (await ctx.db.select({ personId: correspondenceWithdrawalRequests.personId }).from(correspondenceWithdrawalRequests).where(eq(correspondenceWithdrawalRequests.agendaItemId, agendaItemId))).map(
      (row) => row.personId,
    ),
  );
  return [...new Set(seats.filter((seat) => !voted.has(seat.personId) && !asked.has(seat.voterPersonId)).map((seat) => seat.voterPersonId))];
}

/**
 * The reminder job. A vote or a request to withdraw counts as an answer; a written position alone does
 * not, since it decides nothing. `correspondence_reminders` keeps one row per item, deadline and lead time,
 * so each reminder goes once even when its job runs twice; a job whose item got another deadline, was
 * withdrawn or whose vote is no longer open does nothing.
 */
export async function sendItemReminder(deps: Deps, payload: ReminderPayload): Promise<void> {
  await inTransaction(systemCtx(deps, CORRESPONDENCE_REMINDER_JOB), async (tx) => {
    const [row] = await tx.db
      .select({ item: correspondenceItems, title: agendaItems.title, session: sessions, bodyName: bodies.name })
      .from(correspondenceItems)
      .innerJoin(agendaItems, eq(agendaItems.id, correspondenceItems.agendaItemId))
      .innerJoin(sessions, eq(sessions.id, correspondenceItems.sessionId))
      .innerJoin(bodies, eq(bodies.id, sessions.bodyId))
      .where(eq(correspondenceItems.agendaItemId, payload.agendaItemId));
    if (!row || row.item.withdrawnAt || row.item.deadlineAt.toISOString() !== payload.deadlineAt) return;
    if (row.item.deadlineAt <= deps.clock.now()) return;
    const [poll] = await tx.db
      .select({ id: polls.id })
      .from(polls)
      .where(and(eq(polls.agendaItemId, payload.agendaItemId), eq(polls.status, 'open')))
      .limit(1);
    if (!poll) return;
    const [first] = await tx.db
      .insert(correspondenceReminders)
      .values({ agendaItemId: payload.agendaItemId, deadlineAt: row.item.deadlineAt, leadHours: payload.leadHours, sentAt: deps.clock.now() })
      .onConflictDoNothing()
      .returning();
    if (!first) return;
    const voters = await unansweredVoters(tx, poll.id, payload.agendaItemId);
    if (voters.length === 0) return;
    const recipients = await tx.db
      .select({ givenName: persons.givenName, familyName: persons.familyName, personEmail: persons.email, userEmail: users.email, locale: users.locale })
      .from(persons)
      .leftJoin(users, eq(users.id, persons.userId))
      .where(inArray(persons.id, voters));
    const link = `${deps.config.publicUrl}/sessions/${row.session.id}`;
    for (const recipient of recipients) {
      const to = recipient.personEmail ?? recipient.userEmail;
      if (!to) continue;
      const mail = composeReminderMail({
        locale: recipient.locale,
        name: `${recipient.givenName} ${recipient.familyName}`,
        bodyName: row.bodyName,
        itemTitle: row.title,
        deadlineAt: row.item.deadlineAt,
        timeZone: row.session.timeZone,
        link,
      });
      await deps.jobs.enqueue(tx.db, SEND_MAIL, { to, ...mail });
    }
  });
}

import { eq } from 'drizzle-orm';
import type { Ctx } from '../../context.js';
import { correspondenceItems, sessions } from '../../db/schema/index.js';
import { createPoll } from '../polls/polls.service.js';
import { openPoll } from '../polls/polls.flow.js';
import { loadAgendaRows, currentNumbers } from '../sessions/agenda.queries.js';
import { refuseDeadlineOutsideWindow } from './correspondence.deadlines.js';
import { scheduleItemReminders } from './correspondence.reminders.js';
import { loadVotedItems } from './correspondence.items.js';
import { correspondenceRulesOf } from './correspondence.rules.js';

/**
 * Convening a correspondence session opens a named yes/no vote on every voted item, closing at the item's
 * own deadline or, when it has none, the session's (a durable job closes it then; it also closes once every
 * seat has voted). Each deadline must leave members the body's minimum time to answer and no more than its
 * maximum, counted from now; the session's deadline becomes the latest of them. Reminders are scheduled.
 * Runs inside the convening transaction, so a refusal leaves the session a draft.
 */
export async function openCorrespondenceVotes(ctx: Ctx, sessionId: string, rules: unknown): Promise<string[]> {
  const [session] = await ctx.db.select().from(sessions).where(eq(sessions.id, sessionId));
  if (!session || session.kind !== 'correspondence') return [];
  const now = ctx.deps.clock.now();
  const window = correspondenceRulesOf(rules);
  const items = await loadVotedItems(ctx, sessionId);
  const own = new Map(
    (await ctx.db.select().from(correspondenceItems).where(eq(correspondenceItems.sessionId, sessionId))).map((row) => [row.agendaItemId, row.deadlineAt]),
  );
  const numbers = currentNumbers(await loadAgendaRows(ctx, sessionId));
  const deadlines = new Map<string, Date>();
  if (items.length === 0 || items.some((item) => !own.has(item.id))) {
    refuseDeadlineOutsideWindow(session.deadlineAt, now, window, null);
  }
  for (const item of items) {
    const ownDeadline = own.get(item.id);
    if (ownDeadline) refuseDeadlineOutsideWindow(ownDeadline, now, window, { id: item.id, number: numbers.get(item.id) ?? '', title: item.title });
    deadlines.set(item.id, ownDeadline ?? session.deadlineAt!);
  }
  const latest = [...deadlines.values(), ...(session.deadlineAt && items.some((item) => !own.has(item.id)) ? [session.deadlineAt] : [])].reduce<Date | null>(
    (max, at) => (!max || at > max ? at : max),
    null,
  );
  if (latest && latest.getTime() !== session.deadlineAt?.getTime()) {
    await ctx.db.update(sessions).set({ deadlineAt: latest }).where(eq(sessions.id, sessionId));
  }
  const opened: string[] = [];
  for (const item of items) {
    const deadline = deadlines.get(item.id)!;
    await ctx.db
      .insert(correspondenceItems)
      .values({ agendaItemId: item.id, sessionId, deadlineAt: deadline, updatedAt: now })
      .onConflictDoUpdate({ target: correspondenceItems.agendaItemId, set: { deadlineAt: deadline, updatedAt: now } });
    const draft = await createPoll(ctx, sessionId, {
      agendaItemId: item.id,
      subject: 'resolution',
      title: item.title,
      method: 'named',
      closesAt: deadline.toISOString(),
    });
    opened.push((await openPoll(ctx, draft.id)).id);
    await scheduleItemReminders(ctx, { agendaItemId: item.id, deadlineAt: deadline }, window.reminderHours);
  }
  return opened;
}


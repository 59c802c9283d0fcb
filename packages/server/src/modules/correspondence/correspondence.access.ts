import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Ctx } from '../../context.js';
import { agendaItems, correspondenceItems, persons, pollElectors, polls } from '../../db/schema/index.js';
import { AppError, forbidden, notFound } from '../../lib/app-error.js';
import { mayReadItem } from '../polls/polls.access.js';
import { loadReadableSession, type SessionWithBody } from '../sessions/sessions.access.js';

export type AgendaItemRow = typeof agendaItems.$inferSelect;
export type PollRow = typeof polls.$inferSelect;

export interface AnswerContext extends SessionWithBody {
  item: AgendaItemRow;
  poll: PollRow;
  personId: string;
  deadlineAt: Date;
  withdrawnAt: Date | null;
}

/** The person record of the signed-in caller, or null (an account without a person, or the system). */
export async function callerPersonId(ctx: Ctx): Promise<string | null> {
  if (ctx.actor.kind !== 'user') return null;
  const [row] = await ctx.db.select({ id: persons.id }).from(persons).where(eq(persons.userId, ctx.actor.userId)).limit(1);
  return row?.id ?? null;
}

/** The item's vote of a correspondence session: the latest one that was opened. */
export async function loadItemPoll(ctx: Ctx, agendaItemId: string, options: { forUpdate?: boolean } = {}): Promise<PollRow | null> {
  const query = ctx.db
    .select()
    .from(polls)
    .where(and(eq(polls.agendaItemId, agendaItemId), inArray(polls.status, ['open', 'closed', 'annulled'])))
    .orderBy(desc(polls.createdAt))
    .limit(1);
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

/**
 * An item of a correspondence session the caller answers: 404 for who may not see it, 409 when it is not
 * a correspondence item or not open for answers (before convening, after the deadline, once withdrawn or
 * the vote closed), 403 for who holds no seat in its vote. The vote's row is locked (for share, as casts do;
 * for update where answers are counted), so an answer never lands after the close.
 */
export async function loadAnswerContext(ctx: Ctx, agendaItemId: string, lock: 'share' | 'update' = 'share'): Promise<AnswerContext> {
  const [item] = await ctx.db.select().from(agendaItems).where(eq(agendaItems.id, agendaItemId)).limit(1);
  if (!item) throw notFound('The agenda item');
  const row = await loadReadableSession(ctx, item.sessionId);
  if (!(await mayReadItem(ctx, row, agendaItemId))) throw notFound('The agenda item');
  if (row.session.kind !== 'correspondence') throw new AppError('conflict', 'Only items of a correspondence session are answered in writing.');
  const poll = await loadItemPoll(ctx, agendaItemId);
  if (!poll) throw new AppError('conflict', 'Members answer once the correspondence session is convened; this item is not voted on yet.');
  const personId = await callerPersonId(ctx);
  const seat = personId
    ? await ctx.db
        .select({ personId: pollElectors.personId })
        .from(pollElectors)
        .where(and(eq(pollElectors.pollId, poll.id), eq(pollElectors.voterPersonId, personId)))
        .limit(1)
    : [];
  if (!personId || seat.length === 0) throw forbidden('You hold no seat in this vote, so you cannot answer it.');
  const [corr] = await ctx.db.select().from(correspondenceItems).where(eq(correspondenceItems.agendaItemId, agendaItemId)).limit(1);
  const deadlineAt = corr?.deadlineAt ?? poll.closesAt ?? row.session.deadlineAt!;
  const [locked] = await ctx.db.select({ status: polls.status }).from(polls).where(eq(polls.id, poll.id)).for(lock);
  const now = ctx.deps.clock.now();
  if (corr?.withdrawnAt) throw new AppError('conflict', 'The item was withdrawn at the members’ request; it takes no more answers.');
  if (locked?.status !== 'open' || deadlineAt <= now) {
    throw new AppError('conflict', 'The answers to this item are closed: its deadline has passed or its vote is over.', { pollStatus: locked?.status });
  }
  return { ...row, item, poll, personId, deadlineAt, withdrawnAt: corr?.withdrawnAt ?? null };
}

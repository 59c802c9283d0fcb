import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../context.js';
import { agendaItems, polls } from '../../db/schema/index.js';
import { allows, requireAbility } from '../../lib/access.js';
import { AppError, notFound } from '../../lib/app-error.js';
import { loadReadableSession, loadSessionWithBody, sessionResource, type SessionWithBody } from '../sessions/sessions.access.js';

export type PollRow = typeof polls.$inferSelect;
export interface PollWithSession extends SessionWithBody {
  poll: PollRow;
}

/**
 * A poll the caller may see, with its session: 404 when they may not read the session, or when the poll is
 * on a closed item and they may not read closed items. With `forUpdate` the poll row stays locked.
 */
export async function loadReadablePoll(ctx: Ctx, pollId: string, options: { forUpdate?: boolean } = {}): Promise<PollWithSession> {
  const query = ctx.db.select().from(polls).where(eq(polls.id, pollId)).limit(1);
  const [poll] = options.forUpdate ? await query.for('update') : await query;
  if (!poll) throw notFound('The poll');
  const row = await loadReadableSession(ctx, poll.sessionId);
  if (poll.agendaItemId && !(await mayReadItem(ctx, row, poll.agendaItemId))) throw notFound('The poll');
  return { ...row, poll };
}

/** A poll the caller runs (the body's chair, secretary, coordinator or an administrator), locked. */
export async function loadManagedPoll(ctx: Ctx, pollId: string): Promise<PollWithSession> {
  const row = await loadReadablePoll(ctx, pollId, { forUpdate: true });
  await requireAbility(ctx, 'session:manage', sessionResource(row.session, row.body));
  return row;
}

/** A poll and its session for the system (jobs), locked, without access checks. */
export async function loadPollForSystem(ctx: Ctx, pollId: string): Promise<PollWithSession | null> {
  const [poll] = await ctx.db.select().from(polls).where(eq(polls.id, pollId)).limit(1).for('update');
  if (!poll) return null;
  const row = await loadSessionWithBody(ctx, poll.sessionId);
  return row ? { ...row, poll } : null;
}

export async function mayReadItem(ctx: Ctx, row: SessionWithBody, agendaItemId: string): Promise<boolean> {
  const [item] = await ctx.db
    .select({ isPublic: agendaItems.isPublic })
    .from(agendaItems)
    .where(and(eq(agendaItems.id, agendaItemId), eq(agendaItems.sessionId, row.session.id)))
    .limit(1);
  if (!item) return false;
  return item.isPublic || (await allows(ctx, 'session:read-closed', sessionResource(row.session, row.body)));
}

const pollStatusWords: Record<string, string> = {
  draft: 'has not been opened yet',
  open: 'is open',
  closed: 'is already closed',
  annulled: 'was annulled',
};

/** 409 unless the poll is in one of `allowed` states, saying what state it is in. */
export function requirePollStatus(poll: PollRow, allowed: readonly string[], action: string): void {
  if (allowed.includes(poll.status)) return;
  throw new AppError('conflict', `The poll ${pollStatusWords[poll.status] ?? poll.status}; it cannot be ${action}.`, {
    pollStatus: poll.status,
  });
}

import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Ctx } from '../../context.js';
import { agendaItems, sessions } from '../../db/schema/index.js';
import { invalidField } from '../../lib/app-error.js';
import { createPoll } from '../polls/polls.service.js';
import { openPoll } from '../polls/polls.flow.js';

/** Item kinds a correspondence session decides by vote; the others (information…) are only noted. */
export const correspondenceVotedKinds = ['decision', 'consent_request'] as const;

export const DEFAULT_CORRESPONDENCE_MIN_HOURS = 4;
export const DEFAULT_CORRESPONDENCE_MAX_HOURS = 72;

const HOUR_MS = 3_600_000;

/** The answering window a body allows, in hours from convening (defaults when its rules say nothing). */
export function correspondenceWindowOf(rules: unknown): { minHours: number; maxHours: number } {
  const given = (rules ?? {}) as { correspondenceMinHours?: unknown; correspondenceMaxHours?: unknown };
  const hours = (value: unknown, fallback: number) => (typeof value === 'number' && value > 0 ? value : fallback);
  return {
    minHours: hours(given.correspondenceMinHours, DEFAULT_CORRESPONDENCE_MIN_HOURS),
    maxHours: hours(given.correspondenceMaxHours, DEFAULT_CORRESPONDENCE_MAX_HOURS),
  };
}

/**
 * Convening a correspondence session opens a named yes/no vote on every voted item, closing at the
 * session's deadline (a durable job closes it then; it also closes once every seat has voted). The deadline
 * must leave members the body's minimum time to answer and no more than its maximum, counted from now.
 * Runs inside the convening transaction, so a refusal leaves the session a draft.
 */
export async function openCorrespondenceVotes(ctx: Ctx, sessionId: string, rules: unknown): Promise<string[]> {
  const [session] = await ctx.db.select().from(sessions).where(eq(sessions.id, sessionId));
  if (!session || session.kind !== 'correspondence') return [];
  const now = ctx.deps.clock.now();
  const deadline = session.deadlineAt;
  const { minHours, maxHours } = correspondenceWindowOf(rules);
  if (!deadline || deadline.getTime() < now.getTime() + minHours * HOUR_MS) {
    throw invalidField('deadlineAt', `Members need at least ${minHours} hours to answer: move the deadline later before convening.`);
  }
  if (deadline.getTime() > now.getTime() + maxHours * HOUR_MS) {
    throw invalidField('deadlineAt', `A correspondence session may run at most ${maxHours} hours: move the deadline earlier before convening.`);
  }
  const items = await ctx.db
    .select()
    .from(agendaItems)
    .where(and(eq(agendaItems.sessionId, sessionId), isNull(agendaItems.withdrawnAt), inArray(agendaItems.kind, [...correspondenceVotedKinds])))
    .orderBy(asc(agendaItems.parentId), asc(agendaItems.position));
  const opened: string[] = [];
  for (const item of items) {
    if (item.late && item.lateDecision !== 'approved') continue;
    const draft = await createPoll(ctx, sessionId, {
      agendaItemId: item.id,
      subject: 'resolution',
      title: item.title,
      method: 'named',
      closesAt: deadline.toISOString(),
    });
    opened.push((await openPoll(ctx, draft.id)).id);
  }
  return opened;
}

import { eq } from 'drizzle-orm';
import { systemCtx, type Deps } from '../../context.js';
import { polls } from '../../db/schema/index.js';
import { sessionTopic } from '../../lib/session-events.js';
import { closePoll } from '../polls/polls.flow.js';
import { everySeatVoted, turnoutOf } from '../polls/polls.turnout.js';

/** how often, at most, an instance tells a poll's followers how many have voted */
export const COUNT_INTERVAL_MS = 250;

const pending = new Map<string, NodeJS.Timeout>();

async function announce(deps: Deps, poll: { id: string; sessionId: string; closesAt: Date | null }): Promise<void> {
  const db = deps.database.db;
  const turnout = await turnoutOf(deps.database, poll.id);
  const [current] = await db.select({ status: polls.status }).from(polls).where(eq(polls.id, poll.id));
  if (current?.status !== 'open') return;
  const data = { kind: 'poll.count', pollId: poll.id, sessionId: poll.sessionId, ...turnout };
  await deps.bus.publish(sessionTopic(poll.sessionId), data);
  // A poll with a closing time (a correspondence vote) closes as soon as every seat has voted; the job the
  // last cast enqueued does the same should this instance stop first.
  if (poll.closesAt && everySeatVoted(turnout)) {
    await closePoll(systemCtx(deps, 'poll.all-voted'), poll.id, { reason: 'all_voted' });
  }
}

/**
 * After a cast commits: tells the poll's followers the number of votes, at most every COUNT_INTERVAL_MS per
 * poll on this instance, so a thousand votes in a second make a handful of events rather than a thousand.
 */
export function announceCast(deps: Deps, poll: { id: string; sessionId: string; closesAt: Date | null }): void {
  if (pending.has(poll.id)) return;
  const timer = setTimeout(() => {
    pending.delete(poll.id);
    announce(deps, poll).catch((error: unknown) => deps.log.warn({ err: error, pollId: poll.id }, 'announcing the vote count failed'));
  }, COUNT_INTERVAL_MS);
  timer.unref();
  pending.set(poll.id, timer);
}

import { and, eq } from 'drizzle-orm';
import type { Poll, PollCloseInput } from '@collegium/shared/contracts/polls';
import { inTransaction, type Ctx } from '../../context.js';
import { agendaItems, pollElectors, polls } from '../../db/schema/index.js';
import { AppError } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import { publishSessionEvent } from '../../lib/session-events.js';
import { readMeetingStateRow } from '../meeting/meeting.access.js';
import { adoptAgenda } from '../meeting/meeting.agenda.service.js';
import { saveProceeding } from '../meeting/meeting.proceedings.js';
import { loadManagedPoll, requirePollStatus, type PollWithSession } from './polls.access.js';
import { electorateFor } from './polls.electors.js';
import { readPoll } from './polls.read.js';
import { sealSecretBallots } from './polls.seal.js';
import { computeResult } from './polls.tally.js';
import { closeFinishedCorrespondence } from '../correspondence/correspondence.finish.js';
import { decidesItem } from './polls.subject.js';

/** The durable job that closes a poll at its closing time (jobs/definitions/poll-deadline.job.ts). */
export const POLL_DEADLINE_JOB = 'poll.deadline';

const actorId = (ctx: Ctx) => (ctx.actor.kind === 'user' ? ctx.actor.userId : null);

function requireSessionVoting({ session }: PollWithSession): void {
  const correspondence = session.kind === 'correspondence';
  if (correspondence ? session.status === 'convened' || session.status === 'in_progress' : session.status === 'in_progress') return;
  throw new AppError(
    'conflict',
    correspondence
      ? `The correspondence session is ${session.status}; its votes open once it is convened.`
      : `The session is ${session.status.replace('_', ' ')}; votes are taken only while it is in progress.`,
    { sessionStatus: session.status },
  );
}

/**
 * Opens a poll: who may vote is fixed now, and for a meeting the quorum must be there. A poll with a
 * closing time gets a durable job that closes it then.
 */
export async function openPoll(ctx: Ctx, pollId: string): Promise<Poll> {
  await inTransaction(ctx, async (tx) => {
    const row = await loadManagedPoll(tx, pollId);
    const { poll, body } = row;
    requirePollStatus(poll, ['draft'], 'opened');
    requireSessionVoting(row);
    if (poll.agendaItemId) {
      const [item] = await tx.db.select({ withdrawnAt: agendaItems.withdrawnAt }).from(agendaItems).where(eq(agendaItems.id, poll.agendaItemId));
      if (item?.withdrawnAt) throw new AppError('conflict', 'The item was withdrawn from the agenda; it is not voted on.');
      const [other] = await tx.db
        .select({ id: polls.id })
        .from(polls)
        .where(and(eq(polls.agendaItemId, poll.agendaItemId), eq(polls.status, 'open')))
        .limit(1);
      if (other) throw new AppError('conflict', 'Another vote on this item is open; close it first.', { pollId: other.id });
    }
    const now = ctx.deps.clock.now();
    if (poll.closesAt && poll.closesAt <= now) throw new AppError('conflict', 'The poll’s closing time has passed; change it before opening the poll.');
    const electorate = await electorateFor(tx, row, poll);
    if (electorate.quorum && !electorate.quorum.met) {
      const { present, needed } = electorate.quorum;
      throw new AppError('conflict', `There is no quorum: ${present} present, ${needed} needed. The vote cannot be opened.`, { quorum: electorate.quorum });
    }
    if (electorate.electors.length === 0) throw new AppError('conflict', 'No one may vote on this: no voting member is present.');
    await tx.db.insert(pollElectors).values(electorate.electors.map((elector) => ({ pollId, ...elector })));
    await tx.db
      .update(polls)
      .set({ status: 'open', openedAt: now, openedBy: actorId(ctx), quorumAtOpen: electorate.quorum, updatedAt: now })
      .where(eq(polls.id, pollId));
    if (poll.closesAt) await ctx.deps.jobs.enqueue(tx.db, POLL_DEADLINE_JOB, { pollId }, { runAt: poll.closesAt });
    await recordAudit(tx, {
      action: 'poll.open',
      entityType: 'poll',
      entityId: pollId,
      organizationId: body.organizationId,
      summary: { sessionId: poll.sessionId, electors: electorate.electors.length, recused: electorate.recused, quorum: electorate.quorum },
    });
    await publishSessionEvent(tx, poll.sessionId, { kind: 'poll.opened', pollId });
  });
  return readPoll(ctx, pollId);
}

/** What closing a poll does to its item: a resolution (or the minutes) is adopted or rejected; the agenda is adopted. */
async function applyOutcome(ctx: Ctx, row: PollWithSession, passed: boolean, now: Date): Promise<void> {
  const { poll } = row;
  if (poll.subject === 'agenda' && passed && row.session.kind !== 'correspondence') {
    const state = await readMeetingStateRow(ctx, poll.sessionId);
    if (!state?.agendaAdoptedAt) await adoptAgenda(ctx, poll.sessionId);
    return;
  }
  if (!decidesItem(poll.subject) || poll.kind === 'choice' || !poll.agendaItemId) return;
  const [item] = await ctx.db.select({ proposed: agendaItems.proposedResolution }).from(agendaItems).where(eq(agendaItems.id, poll.agendaItemId));
  await saveProceeding(ctx, poll.sessionId, poll.agendaItemId, {
    outcome: passed ? 'adopted' : 'rejected',
    resolutionText: passed ? (item?.proposed ?? null) : null,
    outcomeRecordedAt: now,
    outcomeRecordedBy: actorId(ctx),
  });
  await publishSessionEvent(ctx, poll.sessionId, { kind: 'outcome', agendaItemId: poll.agendaItemId });
}

/**
 * Closes an open poll and counts it. The poll row is locked first, and casts lock it for share, so no vote
 * commits after the close. `reason` says who closed it: the chair, its deadline, or the last voter.
 */
export async function closePoll(
  ctx: Ctx,
  pollId: string,
  input: PollCloseInput & { reason?: 'manual' | 'deadline' | 'all_voted' } = {},
): Promise<Poll> {
  await inTransaction(ctx, async (tx) => {
    const row = await loadManagedPoll(tx, pollId);
    const { poll, body } = row;
    requirePollStatus(poll, ['open'], 'closed');
    if (poll.method === 'secret') await sealSecretBallots(tx, pollId);
    const result = await computeResult(tx, row, input);
    const now = ctx.deps.clock.now();
    await tx.db
      .update(polls)
      .set({ status: 'closed', closedAt: now, closedBy: actorId(ctx), quorumAtClose: result.quorum, result, updatedAt: now })
      .where(eq(polls.id, pollId));
    if (poll.appliesOutcome && !result.void) await applyOutcome(tx, row, result.passed, now);
    await recordAudit(tx, {
      action: 'poll.close',
      entityType: 'poll',
      entityId: pollId,
      organizationId: body.organizationId,
      summary: {
        sessionId: poll.sessionId,
        reason: input.reason ?? 'manual',
        after: { passed: result.passed, void: result.void, counts: result.counts, base: result.base, needed: result.needed },
      },
    });
    await publishSessionEvent(tx, poll.sessionId, { kind: 'poll.closed', pollId, passed: result.passed, void: result.void });
    await closeFinishedCorrespondence(tx, poll.sessionId);
  });
  return readPoll(ctx, pollId);
}

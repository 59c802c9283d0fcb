import { eq } from 'drizzle-orm';
import type { PollAnnulInput, PollAnnulResult, PollResult } from '@collegium/shared/contracts/polls';
import { inTransaction, type Ctx } from '../../context.js';
import { pollOptions, polls } from '../../db/schema/index.js';
import { invalidField } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import { publishSessionEvent } from '../../lib/session-events.js';
import { readProceeding, saveProceeding } from '../meeting/meeting.proceedings.js';
import { loadManagedPoll, requirePollStatus, type PollRow } from './polls.access.js';
import { readPoll } from './polls.read.js';
import { closeFinishedCorrespondence } from '../correspondence/correspondence.finish.js';
import { decidesItem } from './polls.subject.js';

const actorId = (ctx: Ctx) => (ctx.actor.kind === 'user' ? ctx.actor.userId : null);

/** Clears the item's outcome when this poll wrote it and nothing has overwritten it since. */
async function clearOutcomeOf(ctx: Ctx, poll: PollRow): Promise<boolean> {
  const result = poll.result as PollResult | null;
  if (!poll.agendaItemId || !decidesItem(poll.subject) || !poll.appliesOutcome || !result || result.void || !poll.closedAt) return false;
  const proceeding = await readProceeding(ctx, poll.agendaItemId);
  const written = result.passed ? 'adopted' : 'rejected';
  if (proceeding?.outcome !== written || proceeding.outcomeRecordedAt?.getTime() !== poll.closedAt.getTime()) return false;
  await saveProceeding(ctx, poll.sessionId, poll.agendaItemId, { outcome: null, resolutionText: null, outcomeRecordedAt: null, outcomeRecordedBy: null });
  await publishSessionEvent(ctx, poll.sessionId, { kind: 'outcome', agendaItemId: poll.agendaItemId });
  return true;
}

/**
 * Annuls an open or closed poll with a reason: its result no longer counts, and the outcome it wrote is
 * undone. With `repeat`, a new draft of the same question is made to vote again.
 */
export async function annulPoll(ctx: Ctx, pollId: string, input: PollAnnulInput): Promise<PollAnnulResult> {
  const reason = input.reason.trim();
  if (!reason) throw invalidField('reason', 'Say why the vote is annulled; the reason goes on the record.');
  const repeatId = await inTransaction(ctx, async (tx) => {
    const { poll, body } = await loadManagedPoll(tx, pollId);
    requirePollStatus(poll, ['open', 'closed'], 'annulled');
    const now = ctx.deps.clock.now();
    const outcomeCleared = await clearOutcomeOf(tx, poll);
    await tx.db
      .update(polls)
      .set({ status: 'annulled', annulledAt: now, annulledBy: actorId(ctx), annulledReason: reason, updatedAt: now })
      .where(eq(polls.id, pollId));
    let repeat: string | null = null;
    if (input.repeat) {
      const { sessionId, agendaItemId, subject, title, method, kind, majorityRule, abstentions, tieBreak, weighted, appliesOutcome } = poll;
      const [made] = await tx.db
        .insert(polls)
        .values({
          sessionId, agendaItemId, subject, title, method, kind, majorityRule, abstentions, tieBreak, weighted, appliesOutcome,
          closesAt: poll.closesAt && poll.closesAt > now ? poll.closesAt : null,
          repeatOfPollId: pollId,
          createdBy: actorId(ctx),
        })
        .returning({ id: polls.id });
      const options = await tx.db.select().from(pollOptions).where(eq(pollOptions.pollId, pollId));
      await tx.db.insert(pollOptions).values(options.map(({ role, label, position }) => ({ pollId: made!.id, role, label, position })));
      repeat = made!.id;
    }
    await recordAudit(tx, {
      action: 'poll.annul',
      entityType: 'poll',
      entityId: pollId,
      organizationId: body.organizationId,
      summary: { sessionId: poll.sessionId, reason, before: { status: poll.status }, outcomeCleared, repeatPollId: repeat },
    });
    await publishSessionEvent(tx, poll.sessionId, { kind: 'poll.changed', pollId });
    await closeFinishedCorrespondence(tx, poll.sessionId);
    return repeat;
  });
  return { poll: await readPoll(ctx, pollId), repeat: repeatId ? await readPoll(ctx, repeatId) : null };
}

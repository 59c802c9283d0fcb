import { eq } from 'drizzle-orm';
import type { Poll, PollInput, PollOptionRole, PollPatch } from '@collegium/shared/contracts/polls';
import { inTransaction, type Ctx } from '../../context.js';
import { pollOptions, polls } from '../../db/schema/index.js';
import { AppError, invalidField } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import { publishSessionEvent } from '../../lib/session-events.js';
import { requireCurrentVersion } from '../directory/directory.versions.js';
import { loadManagedSession } from '../sessions/sessions.access.js';
import { loadSessionItem } from '../meeting/meeting.access.js';
import { loadManagedPoll, requirePollStatus, type PollRow } from './polls.access.js';
import { readPoll } from './polls.read.js';
import { votingRulesOf } from '@collegium/shared/domain/voting-rules';
import { decidesItem } from './polls.subject.js';

const actorId = (ctx: Ctx) => (ctx.actor.kind === 'user' ? ctx.actor.userId : null);

const yesNoOptions: { role: PollOptionRole; label: string }[] = [
  { role: 'for', label: 'For' },
  { role: 'against', label: 'Against' },
  { role: 'abstain', label: 'Abstain' },
];

function optionsFor(kind: string, labels: readonly string[] | undefined) {
  if (kind === 'yes_no') {
    if (labels) throw invalidField('options', 'A yes/no poll has the options for, against and abstain; give options only for a choice poll.');
    return yesNoOptions;
  }
  if (!labels) throw invalidField('options', 'A choice poll needs at least two options.');
  const trimmed = labels.map((label) => label.trim());
  if (trimmed.some((label) => !label)) throw invalidField('options', 'An option cannot be empty.');
  if (new Set(trimmed.map((label) => label.toLowerCase())).size !== trimmed.length) throw invalidField('options', 'Two options have the same label.');
  return trimmed.map((label) => ({ role: 'choice' as const, label }));
}

function checkSettings(poll: Pick<PollRow, 'method' | 'weighted' | 'closesAt' | 'kind' | 'appliesOutcome'>, now: Date): void {
  if (poll.kind === 'choice' && poll.appliesOutcome) {
    throw invalidField('appliesOutcome', 'A vote among several options does not adopt or reject the item by itself: record the item’s outcome after the vote.');
  }
  if (poll.method === 'secret' && poll.weighted) {
    throw invalidField('method', 'This body weighs votes, and a weight could identify who cast a secret ballot: use a named vote or a show of hands.');
  }
  if (poll.closesAt && poll.closesAt <= now) throw invalidField('closesAt', 'The poll’s closing time must be in the future.');
}

/** Drafts a poll on an item of a session the caller manages; its rules default to the body's. */
export async function createPoll(ctx: Ctx, sessionId: string, input: PollInput): Promise<Poll> {
  const id = await inTransaction(ctx, async (tx) => {
    const row = await loadManagedSession(tx, sessionId);
    if (row.session.status === 'closed' || row.session.status === 'cancelled') {
      throw new AppError('conflict', `The session is ${row.session.status}; no more votes can be prepared for it.`);
    }
    const subject = input.subject ?? (input.agendaItemId ? 'resolution' : 'agenda');
    if (input.agendaItemId) await loadSessionItem(tx, sessionId, input.agendaItemId);
    else if (subject !== 'agenda' && subject !== 'other') throw invalidField('agendaItemId', 'Say which agenda item this vote is on.');
    const rules = votingRulesOf(row.body.rules);
    const kind = input.kind ?? 'yes_no';
    const options = optionsFor(kind, input.options);
    const values = {
      sessionId,
      agendaItemId: input.agendaItemId ?? null,
      subject,
      title: input.title.trim(),
      method: input.method,
      kind,
      majorityRule: input.majorityRule ?? rules.majorityRule,
      abstentions: input.abstentions ?? rules.abstentions,
      tieBreak: input.tieBreak ?? rules.tieBreak,
      weighted: rules.weighted,
      appliesOutcome: input.appliesOutcome ?? (kind === 'yes_no' && (subject === 'agenda' || decidesItem(subject))),
      closesAt: input.closesAt ? new Date(input.closesAt) : null,
      createdBy: actorId(ctx),
    };
    checkSettings(values, ctx.deps.clock.now());
    const [poll] = await tx.db.insert(polls).values(values).returning();
    await tx.db.insert(pollOptions).values(options.map((option, position) => ({ pollId: poll!.id, ...option, position })));
    await recordAudit(tx, {
      action: 'poll.create',
      entityType: 'poll',
      entityId: poll!.id,
      organizationId: row.body.organizationId,
      summary: { sessionId, after: { title: values.title, method: values.method, kind, majorityRule: values.majorityRule } },
    });
    await publishSessionEvent(tx, sessionId, { kind: 'poll.changed', pollId: poll!.id });
    return poll!.id;
  });
  return readPoll(ctx, id);
}

/** Changes a draft poll; needs If-Match with its ETag. */
export async function updatePoll(ctx: Ctx, pollId: string, patch: PollPatch, ifMatch: string | undefined): Promise<Poll> {
  await inTransaction(ctx, async (tx) => {
    const { poll, body } = await loadManagedPoll(tx, pollId);
    requirePollStatus(poll, ['draft'], 'changed');
    requireCurrentVersion(ifMatch, poll.updatedAt, 'the poll');
    const kind = patch.kind ?? poll.kind;
    const next = {
      title: patch.title?.trim() ?? poll.title,
      subject: patch.subject ?? poll.subject,
      method: patch.method ?? poll.method,
      kind,
      majorityRule: patch.majorityRule ?? poll.majorityRule,
      abstentions: patch.abstentions ?? poll.abstentions,
      tieBreak: patch.tieBreak ?? poll.tieBreak,
      appliesOutcome: patch.appliesOutcome ?? (kind === 'choice' ? false : poll.appliesOutcome),
      closesAt: patch.closesAt === undefined ? poll.closesAt : patch.closesAt ? new Date(patch.closesAt) : null,
      weighted: poll.weighted,
    };
    if (!poll.agendaItemId && next.subject !== 'agenda' && next.subject !== 'other') {
      throw invalidField('subject', 'A vote without an agenda item can only be on the agenda itself or another question.');
    }
    checkSettings(next, ctx.deps.clock.now());
    const now = new Date(Math.max(ctx.deps.clock.now().getTime(), poll.updatedAt.getTime() + 1));
    await tx.db.update(polls).set({ ...next, updatedAt: now }).where(eq(polls.id, pollId));
    if (patch.kind !== undefined || patch.options !== undefined) {
      const options = optionsFor(kind, patch.options);
      await tx.db.delete(pollOptions).where(eq(pollOptions.pollId, pollId));
      await tx.db.insert(pollOptions).values(options.map((option, position) => ({ pollId, ...option, position })));
    }
    await recordAudit(tx, {
      action: 'poll.update',
      entityType: 'poll',
      entityId: pollId,
      organizationId: body.organizationId,
      summary: { sessionId: poll.sessionId, before: { title: poll.title, method: poll.method }, after: { title: next.title, method: next.method } },
    });
    await publishSessionEvent(tx, poll.sessionId, { kind: 'poll.changed', pollId });
  });
  return readPoll(ctx, pollId);
}

/** Deletes a poll that was never opened. */
export async function deletePoll(ctx: Ctx, pollId: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const { poll, body } = await loadManagedPoll(tx, pollId);
    requirePollStatus(poll, ['draft'], 'deleted (annul it instead)');
    await tx.db.delete(polls).where(eq(polls.id, pollId));
    await recordAudit(tx, {
      action: 'poll.delete',
      entityType: 'poll',
      entityId: pollId,
      organizationId: body.organizationId,
      summary: { sessionId: poll.sessionId, before: { title: poll.title } },
    });
    await publishSessionEvent(tx, poll.sessionId, { kind: 'poll.changed', pollId });
  });
}

import { inTransaction, systemCtx, type Ctx, type Deps } from '../../context.js';
import { recordAudit } from '../../lib/audit.js';
import { addInvitations, invitedByMembership, loadRecipients, sessionDay } from './invitees.js';
import { enqueueMails, lockMailing, saveMailing, wasMailed } from './mailing.js';
import { scheduleReminders } from './reminders.js';
import { diffFacts, loadSessionFacts, type SessionFacts } from './session-facts.js';

export const SESSION_UPDATE_JOB = 'session-invitations.update';

/**
 * Changes made within this window are mailed together: a secretary who moves the time and then adds an
 * item sends invitees one update naming both, not two.
 */
export const UPDATE_BATCH_MS = 3 * 60_000;

async function audit(ctx: Ctx, sf: SessionFacts, action: string, summary: Record<string, unknown>): Promise<void> {
  await recordAudit(ctx, { action, entityType: 'session', entityId: sf.session.id, organizationId: sf.body.organizationId, summary });
}

/**
 * Convening invites the body's members (memberships covering the session's day), the substitutes they
 * name and the guests already added. Convening again after a postponement mails those invited before an
 * update naming what changed, and anyone new the invitation itself. Cancelling and postponing tell
 * everyone already invited at once. Call it in the transaction of the status change.
 */
export async function mailStatusChange(ctx: Ctx, sessionId: string, to: string): Promise<void> {
  if (to !== 'convened' && to !== 'cancelled' && to !== 'postponed') return;
  const sf = await loadSessionFacts(ctx, sessionId);
  if (!sf) return;
  const mailing = await lockMailing(ctx, sessionId);
  if (to === 'convened') {
    await addInvitations(ctx, sessionId, await invitedByMembership(ctx, sf.body.id, sessionDay(sf.session, ctx.deps.clock.now())));
  }
  const recipients = await loadRecipients(ctx, sessionId);
  if (!mailing) {
    if (to !== 'convened') return;
    await saveMailing(ctx, sessionId, 0, sf.facts);
    await enqueueMails(ctx, sf, recipients, { kind: 'invitation', sequence: 0 });
    await scheduleReminders(ctx, sf);
    await audit(ctx, sf, 'session.invitations.send', { invitees: recipients.length, sequence: 0 });
    return;
  }
  const sequence = mailing.sequence + 1;
  await saveMailing(ctx, sessionId, sequence, sf.facts);
  const informed = recipients.filter(wasMailed);
  if (to === 'convened') {
    const changes = mailing.facts ? diffFacts(mailing.facts, sf.facts) : [];
    await enqueueMails(ctx, sf, informed, { kind: 'update', sequence, changes });
    await enqueueMails(ctx, sf, recipients.filter((r) => !wasMailed(r)), { kind: 'invitation', sequence });
    await scheduleReminders(ctx, sf);
  } else {
    await enqueueMails(ctx, sf, informed, { kind: to === 'cancelled' ? 'cancel' : 'postpone', sequence });
  }
  await audit(ctx, sf, `session.invitations.${to === 'convened' ? 'send' : to === 'cancelled' ? 'cancel' : 'postpone'}`, {
    invitees: recipients.length,
    sequence,
  });
}

/**
 * A convened session's time, place, link or agenda changed: mail an update once the batching window has
 * passed. While an update job is pending, further changes join it (singleton key); the job compares the
 * facts last mailed with the session as it is then, so changes that cancel out send nothing.
 */
export async function noteSessionChange(ctx: Ctx, sessionId: string): Promise<void> {
  const mailing = await lockMailing(ctx, sessionId);
  if (!mailing) return;
  await ctx.deps.jobs.enqueue(
    ctx.db,
    SESSION_UPDATE_JOB,
    { sessionId },
    { singletonKey: `${SESSION_UPDATE_JOB}:${sessionId}`, runAt: new Date(ctx.deps.clock.now().getTime() + UPDATE_BATCH_MS) },
  );
}

/** The update job: mails what changed since the last mailing, with a raised SEQUENCE. */
export async function mailSessionUpdate(deps: Deps, sessionId: string): Promise<void> {
  await inTransaction(systemCtx(deps, 'session-invitations'), async (tx) => {
    const mailing = await lockMailing(tx, sessionId);
    const sf = await loadSessionFacts(tx, sessionId);
    // cancelled or postponed sessions were told at once; a started one is no longer mailed about
    if (!mailing?.facts || !sf || sf.session.status !== 'convened') return;
    const changes = diffFacts(mailing.facts, sf.facts);
    if (changes.length === 0) return;
    const sequence = mailing.sequence + 1;
    await saveMailing(tx, sessionId, sequence, sf.facts);
    const recipients = (await loadRecipients(tx, sessionId)).filter(wasMailed);
    await enqueueMails(tx, sf, recipients, { kind: 'update', sequence, changes });
    if (changes.some((change) => change.kind === 'time' || change.kind === 'deadline')) await scheduleReminders(tx, sf);
    await audit(tx, sf, 'session.invitations.update', { invitees: recipients.length, sequence, changes: changes.map((c) => c.kind) });
  });
}

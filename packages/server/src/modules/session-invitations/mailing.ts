import { eq, inArray } from 'drizzle-orm';
import type { Ctx } from '../../context.js';
import { sessionInvitations, sessionMailings } from '../../db/schema/index.js';
import { composeInvitationMail, type MailSession } from './invitation-mail.js';
import type { Recipient } from './invitees.js';
import type { MailKind } from './mail-texts.js';
import type { FactChange, MailedFacts, SessionFacts } from './session-facts.js';

export const INVITATION_MAIL_JOB = 'session-invitations.mail';

export const noAddress = 'There is no e-mail address for this person in the directory or their user account.';

/** The state of a session's mailings, locked until the transaction ends; undefined before convening. */
export async function lockMailing(ctx: Ctx, sessionId: string) {
  const [row] = await ctx.db.select().from(sessionMailings).where(eq(sessionMailings.sessionId, sessionId)).for('update').limit(1);
  return row ? { sequence: row.sequence, facts: row.mailedFacts as MailedFacts | null } : undefined;
}

/** Stores the facts now mailed with the given SEQUENCE (the first mailing starts at 0). */
export async function saveMailing(ctx: Ctx, sessionId: string, sequence: number, facts: MailedFacts): Promise<void> {
  const now = ctx.deps.clock.now();
  await ctx.db
    .insert(sessionMailings)
    .values({ sessionId, sequence, mailedFacts: facts, updatedAt: now })
    .onConflictDoUpdate({ target: sessionMailings.sessionId, set: { sequence, mailedFacts: facts, updatedAt: now } });
}

function site(ctx: Ctx) {
  const { publicUrl, mail } = ctx.deps.config;
  const address = /<([^>]+)>/.exec(mail.from)?.[1] ?? mail.from.trim();
  return { host: new URL(publicUrl).hostname, organizer: { name: 'Collegium', email: address } };
}

export const answerLink = (ctx: Ctx, token: string) =>
  `${ctx.deps.config.publicUrl}/invitation-answer#${encodeURIComponent(token)}`;

const mailSession = (sf: SessionFacts): MailSession => ({
  id: sf.session.id,
  kind: sf.session.kind as MailSession['kind'],
  number: sf.session.number,
  title: sf.session.title,
  timeZone: sf.session.timeZone,
  statusReason: sf.session.statusReason,
  bodyName: sf.body.name,
});

export interface MailPlan {
  kind: MailKind;
  sequence: number;
  changes?: FactChange[];
  memberName?: string;
}

/**
 * Composes each recipient's mail now (the facts and SEQUENCE of this moment) and enqueues it through the
 * caller's transaction; the invitation shows "pending" until the job has sent it. A person without an
 * address is marked failed at once, which the secretary sees in the list of invitees.
 */
export async function enqueueMails(ctx: Ctx, sf: SessionFacts, recipients: Recipient[], plan: MailPlan): Promise<void> {
  const where = site(ctx);
  const page = `${ctx.deps.config.publicUrl}/sessions/${sf.session.id}`;
  const withAddress = recipients.filter((r) => r.email);
  const without = recipients.filter((r) => !r.email).map((r) => r.invitation.id);
  for (const recipient of withAddress) {
    const message = composeInvitationMail({
      kind: plan.kind,
      session: mailSession(sf),
      facts: sf.facts,
      sequence: plan.sequence,
      stamp: ctx.deps.clock.now(),
      recipient: {
        name: recipient.name,
        email: recipient.email!,
        locale: recipient.locale,
        role: recipient.invitation.role as 'member' | 'substitute' | 'guest',
        readsClosed: recipient.invitation.role !== 'guest',
      },
      ...(plan.changes ? { changes: plan.changes } : {}),
      ...(plan.memberName ? { memberName: plan.memberName } : {}),
      links: { page, answer: answerLink(ctx, recipient.invitation.answerToken) },
      site: where,
    });
    await ctx.deps.jobs.enqueue(ctx.db, INVITATION_MAIL_JOB, { invitationId: recipient.invitation.id, message });
  }
  const ids = withAddress.map((r) => r.invitation.id);
  if (ids.length > 0) {
    await ctx.db
      .update(sessionInvitations)
      .set({ mailStatus: 'pending', mailError: null })
      .where(inArray(sessionInvitations.id, ids));
  }
  if (without.length > 0) {
    await ctx.db
      .update(sessionInvitations)
      .set({ mailStatus: 'failed', mailError: noAddress })
      .where(inArray(sessionInvitations.id, without));
  }
}

/** Invitees who were mailed before (a person added since gets the invitation itself instead). */
export const wasMailed = (recipient: Recipient) => recipient.invitation.mailStatus !== 'none';

import { and, eq } from 'drizzle-orm';
import type {
  AnswerInput,
  MyInvitation,
  OwnInvitation,
  TokenAnswerInput,
  TokenInvitation,
} from '@collegium/shared/contracts/session-invitations';
import { inTransaction, type Ctx } from '../../context.js';
import { bodies, persons, sessionInvitations, sessions } from '../../db/schema/index.js';
import { unauthenticated, AppError, notFound } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import { publishSessionEvent } from '../../lib/session-events.js';
import { loadReadableSession } from '../sessions/sessions.access.js';
import { addInvitations, loadRecipients, namedSubstitute, sessionDay, type InvitationRow } from './invitees.js';
import { enqueueMails, lockMailing } from './mailing.js';
import { loadSessionFacts, type BodyRow, type SessionRow } from './session-facts.js';

/** Answers are taken while the session is convened and has not begun (for correspondence: its deadline). */
function answerRefusal(session: SessionRow, now: Date): string | null {
  if (session.status === 'draft') return 'The session is not convened yet; answers are taken once the invitations are out.';
  if (session.status === 'postponed') return 'The session is postponed; answers are taken again once it is convened with its new date.';
  if (session.status !== 'convened') return `The session is ${session.status.replace('_', ' ')}; answers are no longer taken.`;
  const when = session.startsAt ?? session.deadlineAt;
  if (when && when <= now) return 'The session has started; answers are no longer taken.';
  return null;
}

async function presentOwn(ctx: Ctx, row: InvitationRow, session: SessionRow): Promise<OwnInvitation> {
  const day = sessionDay(session, ctx.deps.clock.now());
  const [sent] = row.sentSubstituteId
    ? await ctx.db.select().from(persons).where(eq(persons.id, row.sentSubstituteId)).limit(1)
    : [];
  return {
    id: row.id,
    role: row.role as OwnInvitation['role'],
    answer: row.answer as OwnInvitation['answer'],
    answerNote: row.answerNote,
    answeredAt: row.answeredAt?.toISOString() ?? null,
    sentSubstitute: sent ? { id: sent.id, name: `${sent.givenName} ${sent.familyName}` } : null,
    namedSubstitute: row.role === 'member' ? await namedSubstitute(ctx, session.bodyId, row.personId, day) : null,
    canAnswer: answerRefusal(session, ctx.deps.clock.now()) === null,
  };
}

/** The caller's invitation row for a session they may read, if they are invited. */
async function ownInvitation(ctx: Ctx, sessionId: string) {
  if (ctx.actor.kind !== 'user') throw unauthenticated();
  const { session } = await loadReadableSession(ctx, sessionId);
  const [row] = await ctx.db
    .select({ invitation: sessionInvitations })
    .from(sessionInvitations)
    .innerJoin(persons, eq(persons.id, sessionInvitations.personId))
    .where(and(eq(sessionInvitations.sessionId, sessionId), eq(persons.userId, ctx.actor.userId)))
    .limit(1);
  return { session, invitation: row?.invitation };
}

export async function getMyInvitation(ctx: Ctx, sessionId: string): Promise<MyInvitation> {
  const { session, invitation } = await ownInvitation(ctx, sessionId);
  return { invitation: invitation ? await presentOwn(ctx, invitation, session) : null };
}

export async function answerMyInvitation(ctx: Ctx, sessionId: string, input: AnswerInput): Promise<MyInvitation> {
  const { invitation } = await ownInvitation(ctx, sessionId);
  if (!invitation) throw notFound('Your invitation to this session');
  const saved = await applyAnswer(ctx, invitation.id, input, 'app');
  return { invitation: saved };
}

async function byToken(ctx: Ctx, token: string) {
  const [row] = await ctx.db
    .select({ invitation: sessionInvitations, person: persons, session: sessions, body: bodies })
    .from(sessionInvitations)
    .innerJoin(persons, eq(persons.id, sessionInvitations.personId))
    .innerJoin(sessions, eq(sessions.id, sessionInvitations.sessionId))
    .innerJoin(bodies, eq(bodies.id, sessions.bodyId))
    .where(eq(sessionInvitations.answerToken, token))
    .limit(1);
  if (!row) throw new AppError('not_found', 'This answer link is not valid. Open the newest invitation mail, or answer on the session page.', { field: 'token' });
  return row;
}

/** What the answer page shows for the token of an invitation mail. The token signs nobody in. */
export async function readTokenInvitation(ctx: Ctx, token: string): Promise<TokenInvitation> {
  const { invitation, person, session, body } = await byToken(ctx, token);
  return {
    invitee: `${person.givenName} ${person.familyName}`,
    session: {
      id: session.id,
      bodyName: body.name,
      kind: session.kind as TokenInvitation['session']['kind'],
      number: session.number,
      title: session.title,
      status: session.status as TokenInvitation['session']['status'],
      startsAt: session.startsAt?.toISOString() ?? null,
      deadlineAt: session.deadlineAt?.toISOString() ?? null,
      timeZone: session.timeZone,
      place: session.place,
    },
    invitation: await presentOwn(ctx, invitation, session),
  };
}

export async function answerByToken(ctx: Ctx, input: TokenAnswerInput): Promise<TokenInvitation> {
  const { invitation } = await byToken(ctx, input.token);
  await applyAnswer(ctx, invitation.id, { answer: input.answer, note: input.note ?? null }, 'link');
  return readTokenInvitation(ctx, input.token);
}

/**
 * Records an answer. Sending the substitute needs a substitute named in the invitee's membership on the
 * session's day (409 otherwise); that person is invited (if not yet) and mailed that they are sent.
 */
async function applyAnswer(ctx: Ctx, invitationId: string, input: AnswerInput, via: 'app' | 'link'): Promise<OwnInvitation> {
  return inTransaction(ctx, async (tx) => {
    const [row] = await tx.db
      .select({ invitation: sessionInvitations, session: sessions, body: bodies })
      .from(sessionInvitations)
      .innerJoin(sessions, eq(sessions.id, sessionInvitations.sessionId))
      .innerJoin(bodies, eq(bodies.id, sessions.bodyId))
      .where(eq(sessionInvitations.id, invitationId))
      .for('update', { of: [sessionInvitations, sessions] })
      .limit(1);
    if (!row) throw notFound('The invitation');
    const { invitation, session, body } = row;
    const refusal = answerRefusal(session, tx.deps.clock.now());
    if (refusal) throw new AppError('conflict', refusal, { field: 'answer', sessionStatus: session.status });
    const substitute = input.answer === 'substitute' ? await requireSubstitute(tx, invitation, session, body) : null;
    const [saved] = await tx.db
      .update(sessionInvitations)
      .set({ answer: input.answer, answerNote: input.note ?? null, answeredAt: tx.deps.clock.now(), sentSubstituteId: substitute?.id ?? null })
      .where(eq(sessionInvitations.id, invitationId))
      .returning();
    if (substitute && substitute.id !== invitation.sentSubstituteId) await tellSubstitute(tx, session.id, substitute.id, invitation.personId);
    await recordAudit(tx, {
      action: 'session.invitation.answer',
      entityType: 'session',
      entityId: session.id,
      organizationId: body.organizationId,
      summary: { invitationId, via, before: { answer: invitation.answer }, after: { answer: input.answer, substituteId: substitute?.id ?? null } },
    });
    await publishSessionEvent(tx, session.id, { kind: 'invitation-answered', invitationId });
    return presentOwn(tx, saved!, session);
  });
}

async function requireSubstitute(ctx: Ctx, invitation: InvitationRow, session: SessionRow, body: BodyRow) {
  const substitute =
    invitation.role === 'member' ? await namedSubstitute(ctx, body.id, invitation.personId, sessionDay(session, ctx.deps.clock.now())) : null;
  if (!substitute) {
    throw new AppError(
      'conflict',
      `Your membership of ${body.name} names no substitute, so you cannot send one. Answer "excused", or ask the secretary to name your substitute.`,
      { field: 'answer' },
    );
  }
  return substitute;
}

async function tellSubstitute(ctx: Ctx, sessionId: string, substituteId: string, memberPersonId: string): Promise<void> {
  await addInvitations(ctx, sessionId, new Map([[substituteId, 'substitute' as const]]));
  const mailing = await lockMailing(ctx, sessionId);
  if (!mailing) return;
  const recipients = await loadRecipients(ctx, sessionId);
  const target = recipients.filter((r) => r.invitation.personId === substituteId);
  const member = recipients.find((r) => r.invitation.personId === memberPersonId);
  const sf = (await loadSessionFacts(ctx, sessionId))!;
  await enqueueMails(ctx, sf, target, { kind: 'substitute', sequence: mailing.sequence, memberName: member?.name ?? '' });
}

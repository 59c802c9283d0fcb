import { and, eq } from 'drizzle-orm';
import type { GuestInput, Invitee, InviteeList } from '@collegium/shared/contracts/session-invitations';
import { alias } from 'drizzle-orm/pg-core';
import { inTransaction, type Ctx } from '../../context.js';
import { persons, sessionInvitations } from '../../db/schema/index.js';
import { AppError, invalidField, notFound } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import { randomToken } from '../../lib/crypto.js';
import { loadManagedSession } from '../sessions/sessions.access.js';
import { loadRecipients } from './invitees.js';
import { enqueueMails, lockMailing } from './mailing.js';
import { loadSessionFacts } from './session-facts.js';

const roleOrder = { member: 0, substitute: 1, guest: 2 } as const;
const sentSubstitutes = alias(persons, 'sent_substitutes');

/** The invitees of a session with their answers and mail state, for the body's managers. */
export async function listInvitees(ctx: Ctx, sessionId: string): Promise<InviteeList> {
  const { session } = await loadManagedSession(ctx, sessionId);
  const rows = await ctx.db
    .select({
      invitation: sessionInvitations,
      person: { id: persons.id, givenName: persons.givenName, familyName: persons.familyName },
      substitute: { id: sentSubstitutes.id, givenName: sentSubstitutes.givenName, familyName: sentSubstitutes.familyName },
    })
    .from(sessionInvitations)
    .innerJoin(persons, eq(persons.id, sessionInvitations.personId))
    .leftJoin(sentSubstitutes, eq(sentSubstitutes.id, sessionInvitations.sentSubstituteId))
    .where(eq(sessionInvitations.sessionId, sessionId));
  const items: (Invitee & { sortName: string })[] = rows.map(({ invitation, person, substitute }) => ({
    id: invitation.id,
    person: { id: person.id, name: `${person.givenName} ${person.familyName}` },
    role: invitation.role as Invitee['role'],
    answer: invitation.answer as Invitee['answer'],
    answerNote: invitation.answerNote,
    answeredAt: invitation.answeredAt?.toISOString() ?? null,
    sentSubstitute: substitute?.id ? { id: substitute.id, name: `${substitute.givenName} ${substitute.familyName}` } : null,
    mailStatus: invitation.mailStatus as Invitee['mailStatus'],
    mailedAt: invitation.mailedAt?.toISOString() ?? null,
    mailError: invitation.mailError,
    sortName: `${person.familyName} ${person.givenName}`,
  }));
  items.sort((a, b) => roleOrder[a.role] - roleOrder[b.role] || a.sortName.localeCompare(b.sortName));
  return { items: items.map(({ sortName: _, ...item }) => item), mailed: session.convenedAt !== null };
}

const acceptsGuests = (status: string) => status === 'draft' || status === 'convened' || status === 'postponed';

/** Invites a person of the directory as a guest; once the session is convened the invitation is mailed at once. */
export async function addGuest(ctx: Ctx, sessionId: string, input: GuestInput): Promise<InviteeList> {
  await inTransaction(ctx, async (tx) => {
    const { session, body } = await loadManagedSession(tx, sessionId);
    if (!acceptsGuests(session.status)) {
      throw new AppError('conflict', `The session is ${session.status.replace('_', ' ')}; guests can no longer be invited.`, { field: 'personId' });
    }
    const [person] = await tx.db.select().from(persons).where(eq(persons.id, input.personId)).limit(1);
    if (!person) throw invalidField('personId', 'There is no such person in the directory.');
    const [row] = await tx.db
      .insert(sessionInvitations)
      .values({ sessionId, personId: person.id, role: 'guest', answerToken: randomToken(), addedBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null })
      .onConflictDoNothing({ target: [sessionInvitations.sessionId, sessionInvitations.personId] })
      .returning();
    if (!row) {
      throw new AppError('already_exists', `${person.givenName} ${person.familyName} is already invited to this session.`, { field: 'personId' });
    }
    const mailing = await lockMailing(tx, sessionId);
    if (mailing && session.status === 'convened') {
      const sf = (await loadSessionFacts(tx, sessionId))!;
      await enqueueMails(tx, sf, await loadRecipients(tx, sessionId, [row.id]), { kind: 'invitation', sequence: mailing.sequence });
    }
    await recordAudit(tx, {
      action: 'session.invitation.add-guest',
      entityType: 'session',
      entityId: sessionId,
      organizationId: body.organizationId,
      summary: { after: { personId: person.id, invitationId: row.id } },
    });
  });
  return listInvitees(ctx, sessionId);
}

/** Removes a guest; one who was already mailed receives a cancellation. Members follow the membership. */
export async function removeGuest(ctx: Ctx, sessionId: string, invitationId: string): Promise<InviteeList> {
  await inTransaction(ctx, async (tx) => {
    const { session, body } = await loadManagedSession(tx, sessionId);
    const [recipient] = await loadRecipients(tx, sessionId, [invitationId]);
    if (!recipient) throw notFound('The invitation');
    if (recipient.invitation.role !== 'guest') {
      throw new AppError('conflict', `${recipient.name} is invited through their membership of the body, not as a guest; end or change the membership instead.`);
    }
    const mailing = await lockMailing(tx, sessionId);
    if (mailing && recipient.invitation.mailStatus !== 'none' && (session.status === 'convened' || session.status === 'postponed')) {
      const sf = (await loadSessionFacts(tx, sessionId))!;
      await enqueueMails(tx, sf, [recipient], { kind: 'cancel', sequence: mailing.sequence });
    }
    await tx.db.delete(sessionInvitations).where(and(eq(sessionInvitations.id, invitationId), eq(sessionInvitations.sessionId, sessionId)));
    await recordAudit(tx, {
      action: 'session.invitation.remove-guest',
      entityType: 'session',
      entityId: sessionId,
      organizationId: body.organizationId,
      summary: { before: { personId: recipient.invitation.personId, invitationId } },
    });
  });
  return listInvitees(ctx, sessionId);
}

/** Sends one invitee the invitation again, as the session stands now (same SEQUENCE). */
export async function resendInvitation(ctx: Ctx, sessionId: string, invitationId: string): Promise<InviteeList> {
  await inTransaction(ctx, async (tx) => {
    const { session, body } = await loadManagedSession(tx, sessionId);
    const [recipient] = await loadRecipients(tx, sessionId, [invitationId]);
    if (!recipient) throw notFound('The invitation');
    const mailing = await lockMailing(tx, sessionId);
    if (!mailing || session.status !== 'convened') {
      throw new AppError('conflict', 'Invitations are sent for a convened session; this one is not convened.');
    }
    const sf = (await loadSessionFacts(tx, sessionId))!;
    await enqueueMails(tx, sf, [recipient], { kind: 'invitation', sequence: mailing.sequence });
    await recordAudit(tx, {
      action: 'session.invitation.resend',
      entityType: 'session',
      entityId: sessionId,
      organizationId: body.organizationId,
      summary: { invitationId, personId: recipient.invitation.personId },
    });
  });
  return listInvitees(ctx, sessionId);
}

import { and, eq } from 'drizzle-orm';
import type { BodyRules } from '@collegium/shared/contracts/directory';
import { bodyParticipantRoles } from '@collegium/shared/domain/roles';
import type { Ctx } from '../../context.js';
import { agendaItems, meetingStates, persons } from '../../db/schema/index.js';
import { allows, requireAbility, subjectOf } from '../../lib/access.js';
import { AppError, invalidField } from '../../lib/app-error.js';
import { loadReadableSession, sessionResource, type SessionWithBody } from '../sessions/sessions.access.js';

export type MeetingStateRow = typeof meetingStates.$inferSelect;
export type AgendaItemRow = typeof agendaItems.$inferSelect;

const statusWords: Record<string, string> = {
  draft: 'still a draft',
  convened: 'convened but has not started',
  postponed: 'postponed',
  cancelled: 'cancelled',
  closed: 'closed',
};

/** 409 unless the session is in progress: the meeting is only run while it is. */
export function requireInProgress({ session }: SessionWithBody): void {
  if (session.status === 'in_progress') return;
  throw new AppError('conflict', `The session is ${statusWords[session.status] ?? session.status}; the meeting can only be run while it is in progress.`, {
    sessionStatus: session.status,
  });
}

/** Loads the session for a chair's or secretary's step, locked, in progress. */
export async function loadConductedSession(ctx: Ctx, sessionId: string): Promise<SessionWithBody> {
  const row = await loadReadableSession(ctx, sessionId, { forUpdate: true });
  await requireAbility(ctx, 'session:manage', sessionResource(row.session, row.body));
  requireInProgress(row);
  return row;
}

export async function mayConduct(ctx: Ctx, row: SessionWithBody): Promise<boolean> {
  return row.session.status === 'in_progress' && (await allows(ctx, 'session:manage', sessionResource(row.session, row.body)));
}

/** The meeting's row, made on first use. */
export async function loadMeetingState(ctx: Ctx, sessionId: string): Promise<MeetingStateRow> {
  await ctx.db.insert(meetingStates).values({ sessionId }).onConflictDoNothing();
  const [row] = await ctx.db.select().from(meetingStates).where(eq(meetingStates.sessionId, sessionId)).limit(1);
  return row!;
}

export async function readMeetingStateRow(ctx: Ctx, sessionId: string): Promise<MeetingStateRow | null> {
  const [row] = await ctx.db.select().from(meetingStates).where(eq(meetingStates.sessionId, sessionId)).limit(1);
  return row ?? null;
}

export function requireAgendaAdopted(state: MeetingStateRow): void {
  if (!state.agendaAdoptedAt) throw new AppError('conflict', 'Adopt the agenda first; the meeting works through the adopted agenda.');
}

/** An item of this session's agenda; 400 naming `field` when it is not one. */
export async function loadSessionItem(ctx: Ctx, sessionId: string, itemId: string, field = 'agendaItemId'): Promise<AgendaItemRow> {
  const [item] = await ctx.db
    .select()
    .from(agendaItems)
    .where(and(eq(agendaItems.id, itemId), eq(agendaItems.sessionId, sessionId)))
    .limit(1);
  if (!item) throw invalidField(field, 'There is no such item on this session’s agenda.');
  return item;
}

/** The directory person of the signed-in caller, if their account is linked to one. */
export async function callerPerson(ctx: Ctx): Promise<string | null> {
  if (ctx.actor.kind !== 'user') return null;
  const [person] = await ctx.db.select({ id: persons.id }).from(persons).where(eq(persons.userId, ctx.actor.userId)).limit(1);
  return person?.id ?? null;
}

/**
 * Whether the caller may ask for the floor in this body's meeting: members and other participants, the
 * named substitute of a member, and guests of the body when its rules let guests speak.
 */
export async function maySpeak(ctx: Ctx, { body }: SessionWithBody): Promise<boolean> {
  const subject = await subjectOf(ctx);
  const roles = subject.bodyRoles.get(body.id) ?? [];
  if (roles.some((role) => bodyParticipantRoles.includes(role))) return true;
  if (subject.substituteIn?.has(body.id)) return true;
  return roles.includes('guest') && (body.rules as BodyRules | null)?.guestsMaySpeak === true;
}

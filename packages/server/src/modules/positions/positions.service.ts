import { and, eq, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Position, PositionInput, PositionKind, SessionPositions } from '@collegium/shared/contracts/positions';
import { emptyPositionCounts, refuseBeforeMeeting } from '@collegium/shared/domain/consent-block';
import type { SessionStatusName } from '@collegium/shared/domain/session-lifecycle';
import { inTransaction, type Ctx } from '../../context.js';
import { agendaItemPositions, agendaItems, persons } from '../../db/schema/index.js';
import { requireAbility } from '../../lib/access.js';
import { AppError, forbidden, invalidField, notFound } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import { publishSessionEvent } from '../../lib/session-events.js';
import { loadReadableSession, sessionResource, type SessionRow } from '../sessions/sessions.access.js';
import { leaveOpenVotes, lockOpenPolls, requireNoOpenVote } from './positions.recusal.js';
import { personName, seatOfCaller, seatsOf } from './positions.seats.js';

const recorder = alias(persons, 'recorder');

/** Every position recorded on a session's items, with the names of the seat and of who recorded it. */
async function loadPositions(ctx: Ctx, where: SQL): Promise<Position[]> {
  const rows = await ctx.db
    .select({
      row: agendaItemPositions,
      name: personName,
      recorderName: sql`${recorder.givenName} || ' ' || ${recorder.familyName}`.mapWith(String),
    })
    .from(agendaItemPositions)
    .innerJoin(persons, eq(persons.id, agendaItemPositions.personId))
    .leftJoin(recorder, eq(recorder.id, agendaItemPositions.recordedByPersonId))
    .where(where)
    .orderBy(persons.familyName, persons.givenName);
  return rows.map(({ row, name, recorderName }) => ({
    agendaItemId: row.agendaItemId,
    person: { id: row.personId, name },
    position: row.position as PositionKind,
    reason: row.reason,
    recordedBy: row.recordedByPersonId && recorderName ? { id: row.recordedByPersonId, name: recorderName } : null,
    recordedAt: row.recordedAt.toISOString(),
  }));
}

/**
 * A session's positions for those who may read its closed items (members, staff, named substitutes):
 * the caller's own, and per item the counts and who objects, wishes to speak or declared a conflict.
 * The public and guests never see positions (403; 404 when the session is hidden from them).
 */
export async function readPositions(ctx: Ctx, sessionId: string): Promise<SessionPositions> {
  const { session, body } = await loadReadableSession(ctx, sessionId);
  await requireAbility(ctx, 'session:read-closed', sessionResource(session, body));
  const seats = await seatsOf(ctx, session);
  const seat = await seatOfCaller(ctx, session, seats);
  const positions = await loadPositions(ctx, eq(agendaItemPositions.sessionId, sessionId));
  const byItem = new Map<string, Position[]>();
  for (const position of positions) byItem.set(position.agendaItemId, [...(byItem.get(position.agendaItemId) ?? []), position]);
  return {
    sessionId,
    open: refuseBeforeMeeting(session.status as SessionStatusName) === null,
    seat: seat ? { person: seat.person, asSubstitute: seat.asSubstitute } : null,
    seats: seats.length,
    recorded: new Set(positions.map((position) => position.person.id)).size,
    mine: seat ? positions.filter((position) => position.person.id === seat.person.id) : [],
    items: [...byItem].map(([agendaItemId, held]) => {
      const counts = emptyPositionCounts();
      for (const { position } of held) counts[position]++;
      return { agendaItemId, counts, statements: held.filter(({ position }) => position !== 'agree') };
    }),
  };
}

function requireItemOpen(item: typeof agendaItems.$inferSelect): void {
  if (item.withdrawnAt) throw new AppError('conflict', 'The item was withdrawn; positions on it can no longer be recorded.');
  if (item.late && item.lateDecision !== 'approved') {
    throw new AppError('conflict', 'The item was added late and is not on the agenda until the chair approves it.');
  }
}

/** Positions are recorded before the meeting; a conflict of interest can still be declared during it. */
function requireOpen(session: SessionRow, position: PositionKind): void {
  if (position === 'conflict_of_interest' && session.status === 'in_progress') return;
  const refusal = refuseBeforeMeeting(session.status as SessionStatusName);
  if (refusal) throw new AppError('conflict', refusal, { sessionStatus: session.status });
}

/**
 * Records (or changes) the caller's position on an item, for their own seat or the seat of the member
 * who sent them as substitute. Only while the session is convened: the session row is locked, so a
 * position never lands after the start. Audited; a conflict of interest as a declaration of its own.
 */
export async function recordPosition(ctx: Ctx, itemId: string, input: PositionInput): Promise<Position> {
  return inTransaction(ctx, async (tx) => {
    const [found] = await tx.db.select().from(agendaItems).where(eq(agendaItems.id, itemId)).limit(1);
    if (!found) throw notFound('The agenda item');
    const openVotes = await lockOpenPolls(tx, itemId);
    const { session, body } = await loadReadableSession(tx, found.sessionId, { forUpdate: true });
    const seat = await seatOfCaller(tx, session, await seatsOf(tx, session));
    if (!seat) throw forbidden('Only the members of the body, or the substitute a member sent, record positions.');
    requireOpen(session, input.position);
    const [item] = await tx.db.select().from(agendaItems).where(eq(agendaItems.id, itemId)).limit(1);
    if (!item) throw notFound('The agenda item');
    requireItemOpen(item);
    const reason = input.reason?.trim() || null;
    if (input.position === 'conflict_of_interest' && !reason) {
      throw invalidField('reason', 'Say briefly what the conflict of interest is: the declaration is part of the record.');
    }
    const key = and(eq(agendaItemPositions.agendaItemId, itemId), eq(agendaItemPositions.personId, seat.person.id))!;
    const [before] = await tx.db.select().from(agendaItemPositions).where(key).limit(1);
    if (input.position === 'conflict_of_interest') await leaveOpenVotes(tx, session.id, openVotes, seat.person.id);
    else if (before?.position === 'conflict_of_interest') requireNoOpenVote(openVotes);
    const values = { position: input.position, reason, recordedByPersonId: seat.recorder.id, recordedAt: ctx.deps.clock.now() };
    await tx.db
      .insert(agendaItemPositions)
      .values({ ...values, sessionId: session.id, agendaItemId: itemId, personId: seat.person.id })
      .onConflictDoUpdate({ target: [agendaItemPositions.agendaItemId, agendaItemPositions.personId], set: values });
    await recordAudit(tx, {
      action: input.position === 'conflict_of_interest' ? 'position.declare_conflict' : 'position.record',
      entityType: 'agenda_item',
      entityId: itemId,
      organizationId: body.organizationId,
      summary: {
        sessionId: session.id,
        personId: seat.person.id,
        recordedByPersonId: seat.recorder.id,
        before: before ? { position: before.position, reason: before.reason } : null,
        after: { position: input.position, reason },
      },
    });
    await publishSessionEvent(tx, session.id, { kind: 'positions.changed', agendaItemId: itemId });
    const [saved] = await loadPositions(tx, key);
    return saved!;
  });
}

/**
 * Who declared a conflict of interest on an item: the member of each such seat, and the substitute who
 * declared it for them. They leave the item's quorum base and its vote (attendance, meeting and voting
 * call this). No access check: callers have checked theirs. Works inside their transaction.
 */
export async function conflictedPersonIds(ctx: Pick<Ctx, 'db'>, agendaItemId: string): Promise<string[]> {
  const rows = await ctx.db
    .select({ personId: agendaItemPositions.personId, recordedBy: agendaItemPositions.recordedByPersonId })
    .from(agendaItemPositions)
    .where(and(eq(agendaItemPositions.agendaItemId, agendaItemId), eq(agendaItemPositions.position, 'conflict_of_interest')));
  return [...new Set(rows.flatMap((row) => (row.recordedBy ? [row.personId, row.recordedBy] : [row.personId])))];
}

/**
 * Who asked beforehand to speak on an item, in the order they recorded it, for the meeting's speakers
 * list: the person who recorded it (the member, or the substitute who attends in the member's place).
 * No access check; works inside the caller's transaction.
 */
export async function personIdsWishingToSpeak(ctx: Pick<Ctx, 'db'>, agendaItemId: string): Promise<string[]> {
  const rows = await ctx.db
    .select({ personId: agendaItemPositions.personId, recordedBy: agendaItemPositions.recordedByPersonId })
    .from(agendaItemPositions)
    .where(and(eq(agendaItemPositions.agendaItemId, agendaItemId), eq(agendaItemPositions.position, 'wish_to_speak')))
    .orderBy(agendaItemPositions.recordedAt, agendaItemPositions.id);
  return [...new Set(rows.map((row) => row.recordedBy ?? row.personId))];
}

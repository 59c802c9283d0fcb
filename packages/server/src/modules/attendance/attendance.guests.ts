import { and, eq } from 'drizzle-orm';
import type { AttendanceRoster, GuestInput } from '@collegium/shared/contracts/attendance';
import { inTransaction, type Ctx } from '../../context.js';
import { persons, sessionAttendance } from '../../db/schema/index.js';
import { requireAbility } from '../../lib/access.js';
import { AppError, invalidField, notFound } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import { publishSessionEvent } from '../../lib/session-events.js';
import { sessionResource, type SessionWithBody } from '../sessions/sessions.access.js';
import { loadAttendanceSession, requireAttendanceOpen } from './attendance.policy.js';
import { presentRoster } from './attendance.present.js';
import { fullName } from './attendance.seats.js';

/** The session locked for a change of its guests, by one of its managers, while it is in progress. */
async function loadForGuests(tx: Ctx, sessionId: string): Promise<SessionWithBody> {
  const row = await loadAttendanceSession(tx, sessionId, { forUpdate: true });
  await requireAbility(tx, 'session:manage', sessionResource(row.session, row.body));
  requireAttendanceOpen(row.session, 'register');
  return row;
}

/** Adds a guest on the spot — from the directory or by name and organisation — present from now. */
export async function addGuest(ctx: Ctx, sessionId: string, input: GuestInput): Promise<AttendanceRoster> {
  const name = input.name?.trim();
  if (input.personId && name) throw invalidField('name', 'Give either a person from the directory or a name, not both.');
  if (!input.personId && !name) throw invalidField('name', 'Name the guest, or choose them from the directory.');
  const row = await inTransaction(ctx, async (tx) => {
    const row = await loadForGuests(tx, sessionId);
    let label = name ?? '';
    if (input.personId) {
      const [person] = await tx.db.select().from(persons).where(eq(persons.id, input.personId));
      if (!person) throw new AppError('not_found', 'The person was not found in the directory.', { field: 'personId' });
      const [onRoster] = await tx.db
        .select({ kind: sessionAttendance.kind })
        .from(sessionAttendance)
        .where(and(eq(sessionAttendance.sessionId, sessionId), eq(sessionAttendance.personId, person.id)));
      if (onRoster) throw new AppError('conflict', `${fullName(person)} is already on the roster of this session.`, { field: 'personId' });
      label = fullName(person);
    }
    const now = tx.deps.clock.now();
    const [guest] = await tx.db
      .insert(sessionAttendance)
      .values({
        sessionId,
        kind: 'guest',
        personId: input.personId ?? null,
        guestName: input.personId ? null : name,
        guestOrganization: input.personId ? null : input.organization?.trim() || null,
        status: 'present',
        arrivedAt: now,
        note: input.note ?? null,
        recordedBy: tx.actor.kind === 'user' ? tx.actor.userId : null,
        updatedAt: now,
      })
      .returning({ id: sessionAttendance.id });
    await recordAudit(tx, {
      action: 'attendance.guest_add',
      entityType: 'session',
      entityId: sessionId,
      organizationId: row.body.organizationId,
      summary: { after: { guestId: guest!.id, personId: input.personId ?? null, name: label } },
    });
    await publishSessionEvent(tx, sessionId, { kind: 'attendance' });
    return row;
  });
  return presentRoster(ctx, row);
}

/** Removes a guest added by mistake (a guest who leaves is recorded as left early instead). */
export async function removeGuest(ctx: Ctx, sessionId: string, guestId: string): Promise<AttendanceRoster> {
  const row = await inTransaction(ctx, async (tx) => {
    const row = await loadForGuests(tx, sessionId);
    const [removed] = await tx.db
      .delete(sessionAttendance)
      .where(and(eq(sessionAttendance.id, guestId), eq(sessionAttendance.sessionId, sessionId), eq(sessionAttendance.kind, 'guest')))
      .returning();
    if (!removed) throw notFound('The guest');
    await recordAudit(tx, {
      action: 'attendance.guest_remove',
      entityType: 'session',
      entityId: sessionId,
      organizationId: row.body.organizationId,
      summary: { before: { guestId, personId: removed.personId, name: removed.guestName } },
    });
    await publishSessionEvent(tx, sessionId, { kind: 'attendance' });
    return row;
  });
  return presentRoster(ctx, row);
}

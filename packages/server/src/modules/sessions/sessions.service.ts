import { and, eq, sql, type SQL } from 'drizzle-orm';
import type {
  SessionDetail,
  SessionInput,
  SessionList,
  SessionListQuery,
  SessionPatch,
  SessionWarning,
} from '@collegium/shared/contracts/sessions';
import type { BodyRules } from '@collegium/shared/contracts/directory';
import { can } from '@collegium/shared/domain/policy';
import { isEditable, type SessionStatusName } from '@collegium/shared/domain/session-lifecycle';
import { inTransaction, type Ctx } from '../../context.js';
import { bodies, sessionNumbers, sessions } from '../../db/schema/index.js';
import { requireAbility, subjectOf } from '../../lib/access.js';
import { AppError, notFound } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import { bodyResource } from '../directory/directory.access.js';
import { nextVersion, requireCurrentVersion } from '../directory/directory.versions.js';
import { sessionMaterialsDeadline } from '../materials/late.rules.js';
import { readAgenda } from './agenda.queries.js';
import { loadReadableSession, sessionAbilities, sessionResource, type SessionRow } from './sessions.access.js';
import { presentSessionFields, presentSessionSummary } from './sessions.presenters.js';
import { overlapWarnings } from './session-overlaps.js';
import { whenFilter, whenOrder } from './session-when.js';
import { checkSessionTimes, type SessionTimes } from './session-times.js';
import { requestSessionPacket } from '../session-packet/packet-requests.js';
import { noteSessionChange } from '../session-invitations/session-mail-hooks.js';
import { suggestMinutesApprovals } from '../minutes/minutes.approval-hooks.js';
import { putImplementationReport } from '../decisions/decisions.implementation-report.js';
import { carryPendingCorrespondenceItems } from '../correspondence/correspondence.carry.js';

/** A session with its agenda, as far as the caller may see it. */
export async function getSession(ctx: Ctx, id: string, warnings: SessionWarning[] = []): Promise<SessionDetail> {
  const row = await loadReadableSession(ctx, id);
  const abilities = sessionAbilities(await subjectOf(ctx), row);
  return {
    ...presentSessionFields(row.session, row.body),
    agenda: await readAgenda(ctx, row.session, abilities.readClosed, abilities.manage || abilities.approveLate),
    materialsDeadline: sessionMaterialsDeadline(row.session, row.body)?.toISOString() ?? null,
    abilities: { manage: abilities.manage, readClosed: abilities.readClosed, approveLate: abilities.approveLate },
    warnings,
  };
}

async function loadReadableBody(ctx: Ctx, bodyId: string) {
  const [body] = await ctx.db.select().from(bodies).where(eq(bodies.id, bodyId)).limit(1);
  if (!body || !can(await subjectOf(ctx), 'body:read', bodyResource(body))) throw notFound('The body');
  return body;
}

export async function listBodySessions(ctx: Ctx, bodyId: string, query: SessionListQuery = {}): Promise<SessionList> {
  const body = await loadReadableBody(ctx, bodyId);
  const subject = await subjectOf(ctx);
  const when = query.when ?? 'all';
  const filters: SQL[] = [eq(sessions.bodyId, bodyId), ...whenFilter(when, ctx.deps.clock.now())];
  // Non-members never see drafts: leave them out in SQL so totals and pages stay right.
  if (!can(subject, 'session:read', { type: 'session', bodyId, bodyIsPublic: body.isPublic, convened: false })) {
    filters.push(sql`${sessions.status} <> 'draft'`);
  }
  const where = and(...filters);
  const [rows, [total]] = await Promise.all([
    ctx.db.select().from(sessions).where(where).orderBy(...whenOrder(when)).limit(query.limit ?? 100).offset(query.offset ?? 0),
    ctx.db.select({ value: sql<number>`count(*)::int` }).from(sessions).where(where),
  ]);
  return {
    total: total?.value ?? 0,
    items: rows
      .filter((session) => can(subject, 'session:read', sessionResource(session, body)))
      .map((session) => presentSessionSummary(session, body)),
    canCreate: can(subject, 'session:create', bodyResource(body)),
  };
}

/** Takes the next number for a session of this body and kind; the upsert locks the counter row. */
export async function takeSessionNumber(ctx: Ctx, bodyId: string, kind: string): Promise<number> {
  const [row] = await ctx.db
    .insert(sessionNumbers)
    .values({ bodyId, kind, lastNumber: 1 })
    .onConflictDoUpdate({
      target: [sessionNumbers.bodyId, sessionNumbers.kind],
      set: { lastNumber: sql`${sessionNumbers.lastNumber} + 1` },
    })
    .returning({ number: sessionNumbers.lastNumber });
  return row!.number;
}

const toDate = (value: string | null | undefined): Date | null | undefined =>
  value === undefined ? undefined : value === null ? null : new Date(value);

function timesOf(input: SessionPatch, before?: SessionRow): SessionTimes {
  return {
    startsAt: toDate(input.startsAt) === undefined ? (before?.startsAt ?? null) : toDate(input.startsAt)!,
    endsAt: toDate(input.endsAt) === undefined ? (before?.endsAt ?? null) : toDate(input.endsAt)!,
    deadlineAt: toDate(input.deadlineAt) === undefined ? (before?.deadlineAt ?? null) : toDate(input.deadlineAt)!,
  };
}

function zoneOf(rules: unknown, fallback: string): string {
  const zone = (rules as BodyRules | null)?.timeZone;
  if (!zone) return fallback;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone;
  } catch {
    return fallback;
  }
}

/** Creates a draft session of a body with the next number of its kind. */
export async function createSession(ctx: Ctx, bodyId: string, input: SessionInput): Promise<SessionDetail> {
  const body = await loadReadableBody(ctx, bodyId);
  await requireAbility(ctx, 'session:create', bodyResource(body));
  const times = timesOf(input);
  checkSessionTimes(input.kind, times, input);
  const session = await inTransaction(ctx, async (tx) => {
    const number = await takeSessionNumber(tx, bodyId, input.kind);
    const [row] = await tx.db
      .insert(sessions)
      .values({
        bodyId,
        kind: input.kind,
        number,
        title: input.title ?? null,
        ...times,
        timeZone: zoneOf(body.rules, ctx.deps.config.timeZone),
        place: input.place ?? null,
        onlineUrl: input.onlineUrl ?? null,
        notes: input.notes ?? null,
        createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
      })
      .returning();
    await recordAudit(tx, {
      action: 'session.create',
      entityType: 'session',
      entityId: row!.id,
      organizationId: body.organizationId,
      summary: { after: { bodyId, kind: input.kind, number, startsAt: times.startsAt, deadlineAt: times.deadlineAt } },
    });
    await carryPendingCorrespondenceItems(tx, row!, body.organizationId);
    await suggestMinutesApprovals(tx, row!);
    await putImplementationReport(tx, row!);
    return row!;
  });
  return getSession(ctx, session.id, await overlapWarnings(ctx, session));
}

/** Changes a session's date, place, title or notes; needs the ETag of the caller's last read. */
export async function updateSession(
  ctx: Ctx,
  id: string,
  patch: SessionPatch,
  ifMatch: string | undefined,
): Promise<SessionDetail> {
  const after = await inTransaction(ctx, async (tx) => {
    const { session: before, body } = await loadReadableSession(tx, id, { forUpdate: true });
    await requireAbility(tx, 'session:manage', sessionResource(before, body));
    requireCurrentVersion(ifMatch, before.updatedAt, 'this session');
    if (!isEditable(before.status as SessionStatusName)) {
      throw new AppError('conflict', `The session is ${before.status.replace('_', ' ')}; its details can no longer be changed.`);
    }
    const times = timesOf(patch, before);
    checkSessionTimes(before.kind as SessionInput['kind'], times, patch);
    const [row] = await tx.db
      .update(sessions)
      .set({ ...patch, ...times, updatedAt: nextVersion(sessions.updatedAt, ctx.deps.clock.now()) })
      .where(eq(sessions.id, id))
      .returning();
    await recordAudit(tx, {
      action: 'session.update',
      entityType: 'session',
      entityId: id,
      organizationId: body.organizationId,
      summary: { changed: Object.keys(patch) },
    });
    await requestSessionPacket(tx, id);
    await noteSessionChange(tx, id);
    return row!;
  });
  return getSession(ctx, id, await overlapWarnings(ctx, after));
}

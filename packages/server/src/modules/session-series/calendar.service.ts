import { and, asc, eq, gte, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { CalendarEntries, CalendarEntry, CalendarQuery } from '@collegium/shared/contracts/session-series';
import { can, type Subject } from '@collegium/shared/domain/policy';
import type { Ctx } from '../../context.js';
import { bodies, sessions, sessionSeries } from '../../db/schema/index.js';
import { subjectOf } from '../../lib/access.js';
import { notFound, unauthenticated } from '../../lib/app-error.js';
import { bodyResource, visibleBodiesFilter } from '../directory/directory.access.js';
import { sessionResource, type BodyRow } from '../sessions/sessions.access.js';
import { checkWindow, expandOccurrences, loadOccurrenceRows } from './occurrences.js';
import { canReadSeriesOf } from './series.access.js';

const bodyRef = (body: Pick<BodyRow, 'id' | 'name' | 'slug'>) => ({ id: body.id, name: body.name, slug: body.slug });
const when = sql`coalesce(${sessions.startsAt}, ${sessions.deadlineAt})`;

/** The bodies a caller's calendar covers: the one asked for, or those they belong to or substitute in. */
async function calendarBodyIds(ctx: Ctx, subject: Subject, bodyId: string | undefined): Promise<string[]> {
  if (bodyId) {
    const [body] = await ctx.db.select().from(bodies).where(eq(bodies.id, bodyId)).limit(1);
    if (!body || !can(subject, 'body:read', bodyResource(body))) throw notFound('The body');
    return [body.id];
  }
  if (ctx.actor.kind !== 'user') throw unauthenticated();
  return [...new Set([...subject.bodyRoles.keys(), ...(subject.substituteIn ?? [])])];
}

/** The bodies offered as a filter: all readable ones for staff, one's own bodies for everyone else. */
async function filterBodies(ctx: Ctx, subject: Subject) {
  const staff = subject.role === 'administrator' || subject.role === 'staff';
  const own = [...new Set([...subject.bodyRoles.keys(), ...(subject.substituteIn ?? [])])];
  if (!staff && own.length === 0) return [];
  const rows = await ctx.db
    .select({ id: bodies.id, name: bodies.name, slug: bodies.slug })
    .from(bodies)
    .where(staff ? visibleBodiesFilter(subject) : inArray(bodies.id, own))
    .orderBy(asc(bodies.name))
    .limit(500);
  return rows.map(bodyRef);
}

async function sessionEntries(ctx: Ctx, subject: Subject, bodyIds: string[], from: Date, to: Date): Promise<CalendarEntry[]> {
  const rows = await ctx.db
    .select({ session: sessions, body: bodies })
    .from(sessions)
    .innerJoin(bodies, eq(bodies.id, sessions.bodyId))
    .where(and(inArray(sessions.bodyId, bodyIds), sql`${when} >= ${from.toISOString()}::timestamptz`, sql`${when} <= ${to.toISOString()}::timestamptz`))
    .orderBy(when)
    .limit(2000);
  return rows
    .filter((row) => can(subject, 'session:read', sessionResource(row.session, row.body)))
    .map(({ session, body }) => ({
      type: 'session',
      sessionId: session.id,
      seriesId: null,
      body: bodyRef(body),
      kind: session.kind,
      number: session.number,
      title: session.title,
      status: session.status,
      startsAt: (session.startsAt ?? session.deadlineAt)!.toISOString(),
      endsAt: session.endsAt?.toISOString() ?? null,
      isDeadline: session.startsAt === null,
      timeZone: session.timeZone,
      place: session.place,
    }));
}

/** Occurrences not yet prepared as sessions (prepared ones are listed as their sessions). */
async function occurrenceEntries(ctx: Ctx, subject: Subject, bodyIds: string[], from: Date, to: Date): Promise<CalendarEntry[]> {
  const fromDay = new Date(from.getTime() - 86_400_000).toISOString().slice(0, 10);
  const toDay = new Date(to.getTime() + 86_400_000).toISOString().slice(0, 10);
  const rows = (
    await ctx.db
      .select({ series: sessionSeries, body: bodies })
      .from(sessionSeries)
      .innerJoin(bodies, eq(bodies.id, sessionSeries.bodyId))
      .where(
        and(
          inArray(sessionSeries.bodyId, bodyIds),
          lte(sessionSeries.startsOn, toDay),
          or(isNull(sessionSeries.endsOn), gte(sessionSeries.endsOn, fromDay)),
        ),
      )
  ).filter((row) => canReadSeriesOf(subject, row.body));
  const recorded = await loadOccurrenceRows(ctx, rows.map((row) => row.series.id), from, to);
  return rows.flatMap(({ series, body }) =>
    expandOccurrences(series, recorded, from, to)
      .filter((occurrence) => occurrence.status !== 'prepared')
      .filter((occurrence) => occurrence.startsAt >= from.toISOString() && occurrence.startsAt <= to.toISOString())
      .map((occurrence) => ({
        type: 'occurrence' as const,
        sessionId: null,
        seriesId: series.id,
        body: bodyRef(body),
        kind: series.kind,
        number: null,
        title: series.title,
        status: occurrence.status,
        startsAt: occurrence.startsAt,
        endsAt: occurrence.endsAt,
        isDeadline: false,
        timeZone: occurrence.timeZone,
        place: occurrence.place,
      })),
  );
}

/**
 * The calendar of sessions and planned series occurrences in a window, as far as the caller may see them:
 * their own bodies, or one body they may read (the public sees a public body's convened sessions).
 */
export async function listCalendar(ctx: Ctx, query: CalendarQuery): Promise<CalendarEntries> {
  const from = new Date(query.from);
  const to = new Date(query.to);
  checkWindow(from, to);
  const subject = await subjectOf(ctx);
  const bodyIds = await calendarBodyIds(ctx, subject, query.bodyId);
  const [sessionItems, occurrenceItems, filter] = bodyIds.length
    ? await Promise.all([
        sessionEntries(ctx, subject, bodyIds, from, to),
        occurrenceEntries(ctx, subject, bodyIds, from, to),
        ctx.actor.kind === 'user' ? filterBodies(ctx, subject) : Promise.resolve([]),
      ])
    : [[], [], ctx.actor.kind === 'user' ? await filterBodies(ctx, subject) : []];
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    items: [...sessionItems, ...occurrenceItems].sort((a, b) => a.startsAt.localeCompare(b.startsAt)),
    bodies: filter,
  };
}

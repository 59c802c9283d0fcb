import { and, asc, eq, gte } from 'drizzle-orm';
import type { BodyRules } from '@collegium/shared/contracts/directory';
import type { Series, SeriesEnd, SeriesInput, SeriesList, SeriesSplit } from '@collegium/shared/contracts/session-series';
import { can } from '@collegium/shared/domain/policy';
import { inTransaction, type Ctx } from '../../context.js';
import { bodies, sessionSeries, sessionSeriesOccurrences } from '../../db/schema/index.js';
import { requireAbility, subjectOf } from '../../lib/access.js';
import { invalidField, notFound } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import { bodyResource } from '../directory/directory.access.js';
import { nextVersion, requireCurrentVersion } from '../directory/directory.versions.js';
import type { BodyRow } from '../sessions/sessions.access.js';
import { canReadSeriesOf, loadManagedSeries, loadReadableSeries, presentSeries, timingOf, type SeriesRow } from './series.access.js';
import {
  checkTimeZone,
  countOf,
  instantOf,
  nextOccurrence,
  normaliseRule,
  occurrenceStarts,
  patternDefaults,
  withCount,
  type SeriesTiming,
} from './series-rule.js';

function bodyZone(ctx: Ctx, body: BodyRow): string {
  const zone = (body.rules as BodyRules | null)?.timeZone;
  if (!zone) return ctx.deps.config.timeZone;
  try {
    checkTimeZone(zone);
    return zone;
  } catch {
    return ctx.deps.config.timeZone;
  }
}

async function loadReadableBody(ctx: Ctx, bodyId: string): Promise<BodyRow> {
  const [body] = await ctx.db.select().from(bodies).where(eq(bodies.id, bodyId)).limit(1);
  if (!body || !can(await subjectOf(ctx), 'body:read', bodyResource(body))) throw notFound('The body');
  return body;
}

/** Refuses a timing whose rule gives no meeting at all, naming the rule. */
function requireSomeOccurrence(timing: SeriesTiming): void {
  if (!nextOccurrence(timing, instantOf(timing.startsOn, '00:00', timing.timeZone))) {
    throw invalidField('rrule', 'The rule gives no meeting on or after the start day.');
  }
}

/** A body's series (for its participants and staff) and what a new one starts with. */
export async function listBodySeries(ctx: Ctx, bodyId: string): Promise<SeriesList> {
  const body = await loadReadableBody(ctx, bodyId);
  const subject = await subjectOf(ctx);
  const canCreate = can(subject, 'session:create', bodyResource(body));
  const rows = canReadSeriesOf(subject, body)
    ? await ctx.db.select().from(sessionSeries).where(eq(sessionSeries.bodyId, bodyId)).orderBy(asc(sessionSeries.startsOn))
    : [];
  const rules = (body.rules as BodyRules | null) ?? {};
  return {
    items: rows.map((row) => presentSeries(row, subject, body)),
    canCreate,
    defaults: { ...patternDefaults(rules.meetingPattern), timeZone: bodyZone(ctx, body) },
  };
}

export async function getSeries(ctx: Ctx, id: string): Promise<Series> {
  const { series, body } = await loadReadableSeries(ctx, id);
  return presentSeries(series, await subjectOf(ctx), body);
}

/** Starts a series of a body's meetings; the body's chair, secretary or coordinator. */
export async function createSeries(ctx: Ctx, bodyId: string, input: SeriesInput): Promise<Series> {
  const body = await loadReadableBody(ctx, bodyId);
  await requireAbility(ctx, 'session:create', bodyResource(body));
  const timeZone = input.timeZone ?? bodyZone(ctx, body);
  checkTimeZone(timeZone);
  const timing: SeriesTiming = { rrule: normaliseRule(input.rrule), startsOn: input.startsOn, startTime: input.startTime, timeZone, endsOn: null };
  requireSomeOccurrence(timing);
  const row = await inTransaction(ctx, async (tx) => {
    const [created] = await tx.db
      .insert(sessionSeries)
      .values({
        bodyId,
        kind: input.kind ?? 'regular',
        title: input.title ?? null,
        ...timing,
        durationMinutes: input.durationMinutes,
        place: input.place ?? null,
        onlineUrl: input.onlineUrl ?? null,
        createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
      })
      .returning();
    await recordAudit(tx, {
      action: 'session_series.create',
      entityType: 'session_series',
      entityId: created!.id,
      organizationId: body.organizationId,
      summary: { after: { bodyId, rrule: timing.rrule, startsOn: timing.startsOn, startTime: timing.startTime, timeZone } },
    });
    return created!;
  });
  return presentSeries(row, await subjectOf(ctx), body);
}

const dayBefore = (day: string): string => {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
};

/** The rule the part from `from` on gets: the given one, or the old one with the meetings a COUNT has left. */
function ruleFrom(series: SeriesRow, input: SeriesSplit): string {
  if (input.rrule !== undefined) return normaliseRule(input.rrule);
  const count = countOf(series.rrule);
  if (count === null) return series.rrule;
  const timing = timingOf(series);
  const before = occurrenceStarts(timing, instantOf(series.startsOn, '00:00', series.timeZone), new Date(instantOf(input.from, '00:00', series.timeZone).getTime() - 1));
  const left = count - before.length;
  if (left < 1) throw invalidField('from', 'The series has no meetings left from that day.');
  return withCount(series.rrule, left);
}

/**
 * "This and following": from `from` on the series runs with the changed fields. The old series ends the
 * day before and a new one continues it; cancelled, moved and prepared occurrences from that day move along.
 * From the series' first day on, the series itself changes.
 */
export async function splitSeries(ctx: Ctx, id: string, input: SeriesSplit, ifMatch: string | undefined): Promise<Series> {
  const result = await inTransaction(ctx, async (tx) => {
    const { series, body } = await loadManagedSeries(tx, id);
    requireCurrentVersion(ifMatch, series.updatedAt, 'this series');
    if (series.endsOn !== null && input.from > series.endsOn) throw invalidField('from', 'The series has ended before that day.');
    const timeZone = input.timeZone ?? series.timeZone;
    checkTimeZone(timeZone);
    const whole = input.from <= series.startsOn;
    const fields = {
      kind: input.kind ?? series.kind,
      title: input.title === undefined ? series.title : input.title,
      durationMinutes: input.durationMinutes ?? series.durationMinutes,
      place: input.place === undefined ? series.place : input.place,
      onlineUrl: input.onlineUrl === undefined ? series.onlineUrl : input.onlineUrl,
    };
    const timing: SeriesTiming = {
      rrule: whole ? normaliseRule(input.rrule ?? series.rrule) : ruleFrom(series, input),
      startsOn: whole ? series.startsOn : input.from,
      startTime: input.startTime ?? series.startTime,
      timeZone,
      endsOn: series.endsOn,
    };
    requireSomeOccurrence(timing);
    const now = ctx.deps.clock.now();
    let row: SeriesRow;
    if (whole) {
      [row] = (await tx.db
        .update(sessionSeries)
        .set({ ...fields, ...timing, updatedAt: nextVersion(sessionSeries.updatedAt, now) })
        .where(eq(sessionSeries.id, id))
        .returning()) as [SeriesRow];
    } else {
      await tx.db
        .update(sessionSeries)
        .set({ endsOn: dayBefore(input.from), updatedAt: nextVersion(sessionSeries.updatedAt, now) })
        .where(eq(sessionSeries.id, id));
      [row] = (await tx.db
        .insert(sessionSeries)
        .values({ bodyId: series.bodyId, ...fields, ...timing, previousSeriesId: id, createdBy: series.createdBy })
        .returning()) as [SeriesRow];
      await tx.db
        .update(sessionSeriesOccurrences)
        .set({ seriesId: row.id })
        .where(
          and(
            eq(sessionSeriesOccurrences.seriesId, id),
            gte(sessionSeriesOccurrences.originalStart, instantOf(input.from, '00:00', series.timeZone)),
          ),
        );
    }
    await recordAudit(tx, {
      action: whole ? 'session_series.update' : 'session_series.split',
      entityType: 'session_series',
      entityId: id,
      organizationId: body.organizationId,
      summary: { from: input.from, changed: Object.keys(input).filter((key) => key !== 'from'), continuedBy: whole ? undefined : row.id },
    });
    return { row, body };
  });
  return presentSeries(result.row, await subjectOf(ctx), result.body);
}

/** Ends a series: no occurrences after `lastDay`. Sessions already prepared stay as they are. */
export async function endSeries(ctx: Ctx, id: string, input: SeriesEnd, ifMatch: string | undefined): Promise<Series> {
  const result = await inTransaction(ctx, async (tx) => {
    const { series, body } = await loadManagedSeries(tx, id);
    requireCurrentVersion(ifMatch, series.updatedAt, 'this series');
    if (input.lastDay < series.startsOn) {
      throw invalidField('lastDay', `The series starts on ${series.startsOn}; its last day cannot be earlier.`);
    }
    const [row] = await tx.db
      .update(sessionSeries)
      .set({ endsOn: input.lastDay, updatedAt: nextVersion(sessionSeries.updatedAt, ctx.deps.clock.now()) })
      .where(eq(sessionSeries.id, id))
      .returning();
    await recordAudit(tx, {
      action: 'session_series.end',
      entityType: 'session_series',
      entityId: id,
      organizationId: body.organizationId,
      summary: { before: { endsOn: series.endsOn }, after: { endsOn: input.lastDay } },
    });
    return { row: row!, body };
  });
  return presentSeries(result.row, await subjectOf(ctx), result.body);
}

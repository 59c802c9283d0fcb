import { eq } from 'drizzle-orm';
import type { Series, SeriesKind } from '@collegium/shared/contracts/session-series';
import { can, type Resource, type Subject } from '@collegium/shared/domain/policy';
import type { Ctx } from '../../context.js';
import { bodies, sessionSeries } from '../../db/schema/index.js';
import { requireAbility, subjectOf } from '../../lib/access.js';
import { notFound } from '../../lib/app-error.js';
import { etagOf } from '../directory/directory.versions.js';
import type { BodyRow } from '../sessions/sessions.access.js';
import type { SeriesTiming } from './series-rule.js';

export type SeriesRow = typeof sessionSeries.$inferSelect;

/**
 * A series' planned occurrences are sessions not yet convened: the policy's draft rule applies, so the
 * body's participants and staff read them, managers change them, everyone else does not know they exist.
 */
export const seriesResource = (body: Pick<BodyRow, 'id' | 'isPublic'>): Resource => ({
  type: 'session',
  bodyId: body.id,
  bodyIsPublic: body.isPublic,
  convened: false,
});

export const canReadSeriesOf = (subject: Subject, body: Pick<BodyRow, 'id' | 'isPublic'>) =>
  can(subject, 'session:read', seriesResource(body));

export const timingOf = (series: SeriesRow): SeriesTiming => ({
  rrule: series.rrule,
  startsOn: series.startsOn,
  startTime: series.startTime,
  timeZone: series.timeZone,
  endsOn: series.endsOn,
});

/** Loads a series the caller may read (404 otherwise); `forUpdate` locks its row for the transaction. */
export async function loadReadableSeries(
  ctx: Ctx,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<{ series: SeriesRow; body: BodyRow }> {
  const query = ctx.db
    .select({ series: sessionSeries, body: bodies })
    .from(sessionSeries)
    .innerJoin(bodies, eq(bodies.id, sessionSeries.bodyId))
    .where(eq(sessionSeries.id, id))
    .limit(1);
  const [row] = options.forUpdate ? await query.for('update', { of: sessionSeries }) : await query;
  if (!row || !canReadSeriesOf(await subjectOf(ctx), row.body)) throw notFound('The series');
  return row;
}

/** Loads a series the caller manages, locked until the transaction ends. */
export async function loadManagedSeries(ctx: Ctx, id: string) {
  const row = await loadReadableSeries(ctx, id, { forUpdate: true });
  await requireAbility(ctx, 'session:manage', seriesResource(row.body));
  return row;
}

export function presentSeries(series: SeriesRow, subject: Subject, body: Pick<BodyRow, 'id' | 'isPublic'>): Series {
  return {
    id: series.id,
    bodyId: series.bodyId,
    kind: series.kind as SeriesKind,
    title: series.title,
    rrule: series.rrule,
    startsOn: series.startsOn,
    startTime: series.startTime,
    durationMinutes: series.durationMinutes,
    timeZone: series.timeZone,
    place: series.place,
    onlineUrl: series.onlineUrl,
    endsOn: series.endsOn,
    previousSeriesId: series.previousSeriesId,
    abilities: { manage: can(subject, 'session:manage', seriesResource(body)) },
    etag: etagOf(series.updatedAt),
  };
}

import { and, eq, gte, inArray, lte, or } from 'drizzle-orm';
import type { Occurrence } from '@collegium/shared/contracts/session-series';
import type { Ctx } from '../../context.js';
import { sessionSeriesOccurrences } from '../../db/schema/index.js';
import { invalidField } from '../../lib/app-error.js';
import { timingOf, type SeriesRow } from './series.access.js';
import { isOccurrence, occurrenceStarts } from './series-rule.js';

export type OccurrenceRow = typeof sessionSeriesOccurrences.$inferSelect;

/** The longest window one request expands: a year and a day. */
export const maxWindowDays = 366;
const day = 24 * 60 * 60 * 1000;

/** Checks a requested window, naming `to` when it is backwards or too long. */
export function checkWindow(from: Date, to: Date): void {
  if (to.getTime() <= from.getTime()) throw invalidField('to', 'The end of the period must come after its start.');
  if (to.getTime() - from.getTime() > maxWindowDays * day) {
    throw invalidField('to', `Ask for at most ${maxWindowDays} days at a time.`);
  }
}

/** The recorded occurrences of these series that start, or were moved to, within the window. */
export async function loadOccurrenceRows(ctx: Ctx, seriesIds: string[], from: Date, to: Date): Promise<OccurrenceRow[]> {
  if (seriesIds.length === 0) return [];
  const table = sessionSeriesOccurrences;
  return ctx.db
    .select()
    .from(table)
    .where(
      and(
        inArray(table.seriesId, seriesIds),
        or(and(gte(table.originalStart, from), lte(table.originalStart, to)), and(gte(table.movedStart, from), lte(table.movedStart, to))),
      ),
    );
}

export function statusOf(row: OccurrenceRow | undefined): Occurrence['status'] {
  if (!row) return 'planned';
  if (row.sessionId) return 'prepared';
  if (row.cancelledAt) return 'cancelled';
  return row.movedStart ? 'moved' : 'planned';
}

function present(series: SeriesRow, originalStart: Date, row: OccurrenceRow | undefined): Occurrence {
  const startsAt = row?.movedStart ?? originalStart;
  const endsAt = row?.movedEnd ?? new Date(startsAt.getTime() + series.durationMinutes * 60_000);
  return {
    seriesId: series.id,
    originalStart: originalStart.toISOString(),
    startsAt: startsAt.toISOString(),
    endsAt: endsAt.toISOString(),
    timeZone: series.timeZone,
    status: statusOf(row),
    place: row?.place ?? series.place,
    onlineUrl: row?.onlineUrl ?? series.onlineUrl,
    cancelReason: row?.cancelledAt ? row.cancelReason : null,
    sessionId: row?.sessionId ?? null,
  };
}

/**
 * A series' occurrences in the window, soonest first: what the rule gives, with what happened to each.
 * A prepared session stays listed even when a later edit of the series no longer gives its start.
 */
export function expandOccurrences(series: SeriesRow, rows: OccurrenceRow[], from: Date, to: Date): Occurrence[] {
  const timing = timingOf(series);
  const own = rows.filter((row) => row.seriesId === series.id);
  const byStart = new Map(own.map((row) => [row.originalStart.getTime(), row]));
  const starts = new Set(occurrenceStarts(timing, from, to).map((start) => start.getTime()));
  for (const row of own) {
    const start = row.originalStart.getTime();
    if (starts.has(start)) continue;
    if (row.sessionId || (row.movedStart && isOccurrence(timing, row.originalStart))) starts.add(start);
  }
  return [...starts]
    .map((start) => present(series, new Date(start), byStart.get(start)))
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

/** Refuses a start that is not one of the series' occurrences, naming the field. */
export function requireOccurrenceStart(series: SeriesRow, originalStart: Date): void {
  if (!isOccurrence(timingOf(series), originalStart)) {
    throw invalidField('originalStart', 'No meeting of this series starts at that time.');
  }
}

export async function loadOccurrenceRow(ctx: Ctx, seriesId: string, originalStart: Date): Promise<OccurrenceRow | undefined> {
  const [row] = await ctx.db
    .select()
    .from(sessionSeriesOccurrences)
    .where(and(eq(sessionSeriesOccurrences.seriesId, seriesId), eq(sessionSeriesOccurrences.originalStart, originalStart)))
    .limit(1);
  return row;
}

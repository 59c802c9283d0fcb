import { and, eq } from 'drizzle-orm';
import type {
  Occurrence,
  OccurrenceCancel,
  OccurrenceList,
  OccurrenceMove,
  OccurrenceRef,
  OccurrenceWindow,
} from '@collegium/shared/contracts/session-series';
import { inTransaction, type Ctx } from '../../context.js';
import { sessionSeriesOccurrences } from '../../db/schema/index.js';
import { AppError, invalidField } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import { createSession, getSession } from '../sessions/sessions.service.js';
import {
  checkWindow,
  expandOccurrences,
  loadOccurrenceRow,
  loadOccurrenceRows,
  requireOccurrenceStart,
  type OccurrenceRow,
} from './occurrences.js';
import { loadManagedSeries, loadReadableSeries, type SeriesRow } from './series.access.js';
import type { BodyRow } from '../sessions/sessions.access.js';

const day = 24 * 60 * 60 * 1000;

/** A series' occurrences from `from` (now by default) to `to` (90 days later by default). */
export async function listSeriesOccurrences(ctx: Ctx, id: string, window: OccurrenceWindow): Promise<OccurrenceList> {
  const { series } = await loadReadableSeries(ctx, id);
  const from = window.from ? new Date(window.from) : ctx.deps.clock.now();
  const to = window.to ? new Date(window.to) : new Date(from.getTime() + 90 * day);
  checkWindow(from, to);
  const rows = await loadOccurrenceRows(ctx, [series.id], from, to);
  return { items: expandOccurrences(series, rows, from, to) };
}

function occurrenceOf(series: SeriesRow, originalStart: Date, row: OccurrenceRow | undefined): Occurrence {
  const start = originalStart.getTime();
  return expandOccurrences(series, row ? [row] : [], new Date(start), new Date(start)).find(
    (occurrence) => new Date(occurrence.originalStart).getTime() === start,
  )!;
}

function refusePrepared(row: OccurrenceRow | undefined): void {
  if (row?.sessionId) {
    throw new AppError('conflict', 'This occurrence is already a session; change or cancel the session itself.', {
      field: 'originalStart',
      sessionId: row.sessionId,
    });
  }
}

/**
 * Runs a change of one occurrence of a managed series: checks that the series gives that start, writes the
 * occurrence's row through `change` and records the audit event in the same transaction.
 */
async function changeOccurrence(
  ctx: Ctx,
  id: string,
  originalStart: string,
  action: string,
  change: (tx: Ctx, series: SeriesRow, body: BodyRow, start: Date, row: OccurrenceRow | undefined) => Promise<OccurrenceRow | undefined>,
): Promise<Occurrence> {
  return inTransaction(ctx, async (tx) => {
    const { series, body } = await loadManagedSeries(tx, id);
    const start = new Date(originalStart);
    const before = await loadOccurrenceRow(tx, id, start);
    if (!before?.sessionId) requireOccurrenceStart(series, start);
    const after = await change(tx, series, body, start, before);
    await recordAudit(tx, {
      action,
      entityType: 'session_series',
      entityId: id,
      organizationId: body.organizationId,
      summary: { originalStart: start.toISOString(), after: after ? { ...after, createdAt: undefined, updatedAt: undefined } : null },
    });
    return occurrenceOf(series, start, after);
  });
}

async function upsertOccurrence(
  ctx: Ctx,
  seriesId: string,
  originalStart: Date,
  values: Partial<Pick<OccurrenceRow, 'cancelledAt' | 'cancelReason' | 'movedStart' | 'movedEnd' | 'place' | 'onlineUrl' | 'sessionId'>>,
): Promise<OccurrenceRow> {
  const [row] = await ctx.db
    .insert(sessionSeriesOccurrences)
    .values({ seriesId, originalStart, ...values })
    .onConflictDoUpdate({
      target: [sessionSeriesOccurrences.seriesId, sessionSeriesOccurrences.originalStart],
      set: { ...values, updatedAt: ctx.deps.clock.now() },
    })
    .returning();
  return row!;
}

export const cancelOccurrence = (ctx: Ctx, id: string, input: OccurrenceCancel) =>
  changeOccurrence(ctx, id, input.originalStart, 'session_series.cancel_occurrence', async (tx, series, _body, start, row) => {
    refusePrepared(row);
    return upsertOccurrence(tx, series.id, start, { cancelledAt: ctx.deps.clock.now(), cancelReason: input.reason });
  });

export const moveOccurrence = (ctx: Ctx, id: string, input: OccurrenceMove) =>
  changeOccurrence(ctx, id, input.originalStart, 'session_series.move_occurrence', async (tx, series, _body, start, row) => {
    refusePrepared(row);
    const movedStart = new Date(input.startsAt);
    const movedEnd = input.endsAt ? new Date(input.endsAt) : null;
    if (movedEnd && movedEnd.getTime() <= movedStart.getTime()) throw invalidField('endsAt', 'The meeting must end after it starts.');
    return upsertOccurrence(tx, series.id, start, {
      cancelledAt: null,
      cancelReason: null,
      movedStart,
      movedEnd,
      place: input.place === undefined ? (row?.place ?? null) : input.place,
      onlineUrl: input.onlineUrl === undefined ? (row?.onlineUrl ?? null) : input.onlineUrl,
    });
  });

/** Undoes cancelling or moving an occurrence: it is planned again as the rule gives it. */
export const restoreOccurrence = (ctx: Ctx, id: string, input: OccurrenceRef) =>
  changeOccurrence(ctx, id, input.originalStart, 'session_series.restore_occurrence', async (tx, series, _body, start, row) => {
    refusePrepared(row);
    await tx.db
      .delete(sessionSeriesOccurrences)
      .where(and(eq(sessionSeriesOccurrences.seriesId, series.id), eq(sessionSeriesOccurrences.originalStart, start)));
    return undefined;
  });

/**
 * Makes an occurrence a real draft session, numbered like any other, with the occurrence's time, place and
 * link as they are now. Once prepared, later edits of the series leave the session alone; twice → 409.
 */
export const prepareOccurrence = (ctx: Ctx, id: string, input: OccurrenceRef) =>
  changeOccurrence(ctx, id, input.originalStart, 'session_series.prepare_occurrence', async (tx, series, _body, start, row) => {
    if (row?.sessionId) {
      const existing = await getSession(tx, row.sessionId);
      throw new AppError('conflict', `This occurrence was already prepared as ${existing.kind} session no. ${existing.number}; open that session instead.`, {
        field: 'originalStart',
        sessionId: row.sessionId,
      });
    }
    if (row?.cancelledAt) throw new AppError('conflict', 'This occurrence is cancelled; restore it before preparing it.', { field: 'originalStart' });
    const occurrence = occurrenceOf(series, start, row);
    const session = await createSession(tx, series.bodyId, {
      kind: series.kind as 'regular' | 'extraordinary',
      title: series.title,
      startsAt: occurrence.startsAt,
      endsAt: occurrence.endsAt,
      place: occurrence.place,
      onlineUrl: occurrence.onlineUrl,
    });
    return upsertOccurrence(tx, series.id, start, { sessionId: session.id });
  });

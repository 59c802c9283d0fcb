import { and, eq, isNull, sql } from 'drizzle-orm';
import { DEFAULT_DECISION_NUMBER_FORMAT, formatDecisionNumber } from '@collegium/shared/domain/decision-numbers';
import { numberAgenda } from '@collegium/shared/domain/agenda-numbering';
import type { Ctx } from '../../context.js';
import { agendaItemProceedings, agendaItems, bodies, decisionNumbers, decisions, sessions } from '../../db/schema/index.js';
import { recordAudit } from '../../lib/audit.js';

/** Item kinds whose adopted resolution is a decision to follow up. */
const decidingKinds = new Set(['decision', 'consent_request']);
const adoptedOutcomes = new Set(['adopted', 'adopted_with_amendments']);

/** The calendar year of an instant in the session's time zone: a decision of 31 December counts in that year. */
const yearIn = (instant: Date, timeZone: string): number =>
  Number(new Intl.DateTimeFormat('en', { timeZone, year: 'numeric' }).format(instant));

/** Takes the next running number of a body's decisions in a year; the upsert locks the counter row. */
async function takeDecisionNumber(ctx: Ctx, bodyId: string, year: number): Promise<number> {
  const [row] = await ctx.db
    .insert(decisionNumbers)
    .values({ bodyId, year, lastNumber: 1 })
    .onConflictDoUpdate({
      target: [decisionNumbers.bodyId, decisionNumbers.year],
      set: { lastNumber: sql`${decisionNumbers.lastNumber} + 1` },
    })
    .returning({ number: decisionNumbers.lastNumber });
  return row!.number;
}

/**
 * Keeps the register in step with an item's outcome; called wherever an outcome is written (meeting,
 * polls, correspondence) inside their transaction. An adopted decision or consent item gets its decision,
 * numbered at first adoption; an outcome changed away cancels it while nobody has worked on it yet
 * (an annulled vote), and a later adoption opens the same decision again under its number.
 */
export async function syncDecisionForOutcome(
  ctx: Ctx,
  sessionId: string,
  agendaItemId: string,
  outcome: string | null | undefined,
): Promise<void> {
  const [row] = await ctx.db
    .select({ item: agendaItems, session: sessions, body: bodies, resolutionText: agendaItemProceedings.resolutionText })
    .from(agendaItems)
    .innerJoin(sessions, eq(sessions.id, agendaItems.sessionId))
    .innerJoin(bodies, eq(bodies.id, sessions.bodyId))
    .leftJoin(agendaItemProceedings, eq(agendaItemProceedings.agendaItemId, agendaItems.id))
    .where(and(eq(agendaItems.id, agendaItemId), eq(agendaItems.sessionId, sessionId)))
    .limit(1);
  if (!row || !decidingKinds.has(row.item.kind)) return;
  const [existing] = await ctx.db.select().from(decisions).where(eq(decisions.agendaItemId, agendaItemId)).limit(1);
  const now = ctx.deps.clock.now();
  const audit = (action: string, id: string, summary: Record<string, unknown>) =>
    recordAudit(ctx, { action, entityType: 'decision', entityId: id, organizationId: row.body.organizationId, summary });

  if (!adoptedOutcomes.has(outcome ?? '')) {
    if (!existing || existing.status !== 'open' || existing.editedAt) return;
    await ctx.db.update(decisions).set({ status: 'cancelled', updatedAt: now }).where(eq(decisions.id, existing.id));
    await audit('decision.cancelled', existing.id, { before: { status: 'open' }, after: { status: 'cancelled' }, outcome: outcome ?? null });
    return;
  }

  const text = row.resolutionText ?? row.item.proposedResolution ?? '';
  if (existing) {
    const untouched = !existing.editedAt;
    const reopen = existing.status === 'cancelled' && untouched;
    if (!reopen && !(untouched && existing.text !== text)) return;
    await ctx.db
      .update(decisions)
      .set({ text, ...(reopen ? { status: 'open', adoptedAt: now } : {}), updatedAt: now })
      .where(and(eq(decisions.id, existing.id), isNull(decisions.editedAt)));
    await audit(reopen ? 'decision.reopened' : 'decision.text', existing.id, { after: { status: 'open', text } });
    return;
  }

  const year = yearIn(now, row.session.timeZone);
  const sequence = await takeDecisionNumber(ctx, row.body.id, year);
  const agendaRows = await ctx.db
    .select({ id: agendaItems.id, parentId: agendaItems.parentId, position: agendaItems.position })
    .from(agendaItems)
    .where(eq(agendaItems.sessionId, sessionId));
  const itemNumber = numberAgenda(agendaRows).find(({ item }) => item.id === agendaItemId)?.number ?? '';
  const rules = (row.body.rules ?? {}) as { decisionNumberFormat?: string };
  const number = formatDecisionNumber(rules.decisionNumberFormat ?? DEFAULT_DECISION_NUMBER_FORMAT, {
    body: row.body.shortName ?? row.body.slug,
    year,
    session: row.session.number,
    item: itemNumber,
    n: sequence,
  });
  const [created] = await ctx.db
    .insert(decisions)
    .values({
      bodyId: row.body.id,
      sessionId,
      agendaItemId,
      number,
      year,
      sequence,
      title: row.item.title,
      text,
      adoptedAt: now,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: decisions.id });
  await audit('decision.created', created!.id, { after: { number, title: row.item.title, sessionId, agendaItemId } });
}

import { and, eq } from 'drizzle-orm';
import type { WrittenPositionInput } from '@collegium/shared/contracts/correspondence';
import { inTransaction, type Ctx } from '../../context.js';
import { correspondencePositions } from '../../db/schema/index.js';
import { AppError, invalidField } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import { publishSessionEvent } from '../../lib/session-events.js';
import { loadAnswerContext } from './correspondence.access.js';

/** Writes or rewrites the caller's position on an item until its deadline: plain text, one per member. */
export async function saveWrittenPosition(ctx: Ctx, agendaItemId: string, input: WrittenPositionInput): Promise<string> {
  const text = input.text.replace(/\r\n/g, '\n').trim();
  if (!text) throw invalidField('text', 'Write your position, or delete it instead.');
  return inTransaction(ctx, async (tx) => {
    const answer = await loadAnswerContext(tx, agendaItemId);
    const now = ctx.deps.clock.now();
    const [before] = await tx.db
      .select({ text: correspondencePositions.text })
      .from(correspondencePositions)
      .where(and(eq(correspondencePositions.agendaItemId, agendaItemId), eq(correspondencePositions.personId, answer.personId)));
    await tx.db
      .insert(correspondencePositions)
      .values({ agendaItemId, personId: answer.personId, text, createdAt: now, updatedAt: now })
      .onConflictDoUpdate({ target: [correspondencePositions.agendaItemId, correspondencePositions.personId], set: { text, updatedAt: now } });
    await recordAudit(tx, {
      action: before ? 'correspondence.position.update' : 'correspondence.position.create',
      entityType: 'agenda_item',
      entityId: agendaItemId,
      organizationId: answer.body.organizationId,
      summary: { sessionId: answer.session.id, personId: answer.personId, ...(before ? { before: { text: before.text } } : {}), after: { text } },
    });
    await publishSessionEvent(tx, answer.session.id, { kind: 'correspondence.changed', agendaItemId });
    return answer.session.id;
  });
}

/** Deletes the caller's position on an item, until its deadline. */
export async function deleteWrittenPosition(ctx: Ctx, agendaItemId: string): Promise<string> {
  return inTransaction(ctx, async (tx) => {
    const answer = await loadAnswerContext(tx, agendaItemId);
    const [removed] = await tx.db
      .delete(correspondencePositions)
      .where(and(eq(correspondencePositions.agendaItemId, agendaItemId), eq(correspondencePositions.personId, answer.personId)))
      .returning();
    if (!removed) throw new AppError('not_found', 'You have written no position on this item.');
    await recordAudit(tx, {
      action: 'correspondence.position.delete',
      entityType: 'agenda_item',
      entityId: agendaItemId,
      organizationId: answer.body.organizationId,
      summary: { sessionId: answer.session.id, personId: answer.personId, before: { text: removed.text } },
    });
    await publishSessionEvent(tx, answer.session.id, { kind: 'correspondence.changed', agendaItemId });
    return answer.session.id;
  });
}

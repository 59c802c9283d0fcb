import { eq, inArray } from 'drizzle-orm';
import type { CorrespondenceDeadlinesInput } from '@collegium/shared/contracts/correspondence';
import { inTransaction, type Ctx } from '../../context.js';
import { correspondenceItems, sessions } from '../../db/schema/index.js';
import { AppError, invalidField } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import { publishSessionEvent } from '../../lib/session-events.js';
import { nextVersion } from '../directory/directory.versions.js';
import { currentNumbers, loadAgendaRows } from '../sessions/agenda.queries.js';
import { loadManagedSession } from '../sessions/sessions.access.js';
import { loadVotedItems } from './correspondence.items.js';
import { correspondenceRulesOf, type CorrespondenceRules } from './correspondence.rules.js';

const HOUR_MS = 3_600_000;

interface NamedItem {
  id: string;
  number: string;
  title: string;
}

/**
 * 400 unless `deadline` leaves members at least the body's minimum and at most its maximum time to answer,
 * counted from `from` (the moment of convening, or now while preparing). `item` names the item whose own
 * deadline it is; null means the session's deadline.
 */
export function refuseDeadlineOutsideWindow(
  deadline: Date | null,
  from: Date,
  window: Pick<CorrespondenceRules, 'minHours' | 'maxHours'>,
  item: NamedItem | null,
  field = item ? `items.${item.id}.deadlineAt` : 'deadlineAt',
): void {
  const whose = item ? `Item ${item.number} “${item.title}”: ` : '';
  const details = item ? { agendaItemId: item.id } : {};
  if (!deadline || deadline.getTime() < from.getTime() + window.minHours * HOUR_MS) {
    throw new AppError('validation_failed', `${whose}Members need at least ${window.minHours} hours to answer: move the deadline later before convening.`, {
      field,
      ...details,
    });
  }
  if (deadline.getTime() > from.getTime() + window.maxHours * HOUR_MS) {
    throw new AppError('validation_failed', `${whose}A correspondence session may run at most ${window.maxHours} hours: move the deadline earlier before convening.`, {
      field,
      ...details,
    });
  }
}

/**
 * Sets (or, with null, clears) the deadlines of items of a correspondence session while it is a draft.
 * Each is checked against the answering window as if the session were convened now (convening checks
 * again). An item without its own deadline follows the session's; the session's deadline becomes the
 * latest deadline of its items, so it always says when the session ends at the latest.
 */
export async function setCorrespondenceDeadlines(ctx: Ctx, sessionId: string, input: CorrespondenceDeadlinesInput): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const { session, body } = await loadManagedSession(tx, sessionId);
    if (session.kind !== 'correspondence') throw new AppError('conflict', 'Only the items of a correspondence session have their own deadlines.');
    if (session.status !== 'draft') {
      throw new AppError('conflict', `The session is ${session.status.replace('_', ' ')}; its items’ deadlines were fixed when it was convened.`, {
        sessionStatus: session.status,
      });
    }
    const now = ctx.deps.clock.now();
    const window = correspondenceRulesOf(body.rules);
    const voted = new Map((await loadVotedItems(tx, sessionId)).map((item) => [item.id, item]));
    const numbers = currentNumbers(await loadAgendaRows(tx, sessionId));
    for (const [index, entry] of input.items.entries()) {
      const item = voted.get(entry.agendaItemId);
      if (!item) throw invalidField(`items[${index}].agendaItemId`, 'That is not an item of this session that members vote on.');
      if (entry.deadlineAt === null) continue;
      const named = { id: item.id, number: numbers.get(item.id) ?? '', title: item.title };
      refuseDeadlineOutsideWindow(new Date(entry.deadlineAt), now, window, named, `items[${index}].deadlineAt`);
    }
    const cleared = input.items.filter((entry) => entry.deadlineAt === null).map((entry) => entry.agendaItemId);
    if (cleared.length > 0) await tx.db.delete(correspondenceItems).where(inArray(correspondenceItems.agendaItemId, cleared));
    for (const entry of input.items) {
      if (entry.deadlineAt === null) continue;
      const deadlineAt = new Date(entry.deadlineAt);
      await tx.db
        .insert(correspondenceItems)
        .values({ agendaItemId: entry.agendaItemId, sessionId, deadlineAt, updatedAt: now })
        .onConflictDoUpdate({ target: correspondenceItems.agendaItemId, set: { deadlineAt, updatedAt: now } });
    }
    const own = await tx.db.select().from(correspondenceItems).where(eq(correspondenceItems.sessionId, sessionId));
    const followers = [...voted.keys()].some((id) => !own.some((row) => row.agendaItemId === id));
    const candidates = [...own.filter((row) => voted.has(row.agendaItemId)).map((row) => row.deadlineAt), ...(followers && session.deadlineAt ? [session.deadlineAt] : [])];
    const latest = candidates.reduce<Date | null>((max, at) => (!max || at > max ? at : max), null);
    if (latest && latest.getTime() !== session.deadlineAt?.getTime()) {
      await tx.db.update(sessions).set({ deadlineAt: latest, updatedAt: nextVersion(sessions.updatedAt, now) }).where(eq(sessions.id, sessionId));
    }
    await recordAudit(tx, {
      action: 'correspondence.deadlines',
      entityType: 'session',
      entityId: sessionId,
      organizationId: body.organizationId,
      summary: { after: { items: input.items, sessionDeadlineAt: latest?.toISOString() ?? null } },
    });
    await publishSessionEvent(tx, sessionId, { kind: 'correspondence.changed' });
  });
}

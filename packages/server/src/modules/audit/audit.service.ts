import { and, count, desc, eq, type SQL } from 'drizzle-orm';
import type { AuditEvent } from '@collegium/shared/contracts/users';
import type { Ctx } from '../../context.js';
import { auditEvents } from '../../db/schema/index.js';
import { requireAbility } from '../../lib/access.js';

export async function listAuditEvents(
  ctx: Ctx,
  query: { entityType?: string; entityId?: string; limit?: number; offset?: number },
): Promise<{ items: AuditEvent[]; total: number }> {
  await requireAbility(ctx, 'audit:read');
  const filters: SQL[] = [];
  if (query.entityType) filters.push(eq(auditEvents.entityType, query.entityType));
  if (query.entityId) filters.push(eq(auditEvents.entityId, query.entityId));
  const where = filters.length ? and(...filters) : undefined;
  const [rows, [total]] = await Promise.all([
    ctx.db
      .select()
      .from(auditEvents)
      .where(where)
      .orderBy(desc(auditEvents.id))
      .limit(query.limit ?? 50)
      .offset(query.offset ?? 0),
    ctx.db.select({ value: count() }).from(auditEvents).where(where),
  ]);
  return {
    total: total?.value ?? 0,
    items: rows.map((row) => ({
      id: row.id,
      occurredAt: new Date(row.occurredAt).toISOString(),
      actorLabel: row.actorLabel,
      action: row.action,
      entityType: row.entityType,
      entityId: row.entityId,
      ip: row.ip,
      summary: row.summary,
    })),
  };
}

import { and, asc, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { DecisionOverdueSummary } from '@collegium/shared/contracts/decisions';
import type { Ctx } from '../../context.js';
import { agendaItems, bodies, decisions, organizations } from '../../db/schema/index.js';
import { subjectOf } from '../../lib/access.js';
import { overdueWhere, todayOf, visibleWhere } from './decisions.queries.js';

/** Overdue decisions the caller may see, counted per body and per responsible organisation (most first). */
export async function summarizeOverdue(ctx: Ctx): Promise<DecisionOverdueSummary> {
  const visible = visibleWhere(await subjectOf(ctx));
  const where = and(...[overdueWhere(todayOf(ctx)), visible].filter((c): c is SQL => c !== undefined));
  const count = sql<number>`count(*)::int`;
  const [byBody, byOrganization, without] = await Promise.all([
    ctx.db
      .select({ id: bodies.id, name: bodies.name, count })
      .from(decisions)
      .innerJoin(bodies, eq(bodies.id, decisions.bodyId))
      .innerJoin(agendaItems, eq(agendaItems.id, decisions.agendaItemId))
      .where(where)
      .groupBy(bodies.id, bodies.name)
      .orderBy(desc(count), asc(bodies.name)),
    ctx.db
      .select({ id: organizations.id, name: organizations.name, count })
      .from(decisions)
      .innerJoin(bodies, eq(bodies.id, decisions.bodyId))
      .innerJoin(agendaItems, eq(agendaItems.id, decisions.agendaItemId))
      .innerJoin(organizations, eq(organizations.id, decisions.responsibleOrganizationId))
      .where(where)
      .groupBy(organizations.id, organizations.name)
      .orderBy(desc(count), asc(organizations.name)),
    ctx.db
      .select({ count })
      .from(decisions)
      .innerJoin(bodies, eq(bodies.id, decisions.bodyId))
      .innerJoin(agendaItems, eq(agendaItems.id, decisions.agendaItemId))
      .where(and(where, isNull(decisions.responsibleOrganizationId))),
  ]);
  const total = byBody.reduce((sum, group) => sum + group.count, 0);
  return { total, byBody, byOrganization, withoutOrganization: without[0]?.count ?? 0 };
}

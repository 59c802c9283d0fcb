import { and, eq, inArray, sql } from 'drizzle-orm';
import type { SessionList, SessionListQuery } from '@collegium/shared/contracts/sessions';
import { can } from '@collegium/shared/domain/policy';
import type { Ctx } from '../../context.js';
import { bodies, sessions } from '../../db/schema/index.js';
import { subjectOf } from '../../lib/access.js';
import { sessionResource } from './sessions.access.js';
import { presentSessionSummary } from './sessions.presenters.js';
import { whenFilter, whenOrder } from './session-when.js';

/** Sessions of the bodies the caller belongs to (or substitutes in), as far as they may see them. */
export async function listMySessions(ctx: Ctx, query: SessionListQuery = {}): Promise<SessionList> {
  const subject = await subjectOf(ctx);
  const bodyIds = [...new Set([...subject.bodyRoles.keys(), ...(subject.substituteIn ?? [])])];
  if (bodyIds.length === 0) return { items: [], total: 0, canCreate: false };
  const when = query.when ?? 'upcoming';
  const rows = await ctx.db
    .select({ session: sessions, body: bodies })
    .from(sessions)
    .innerJoin(bodies, eq(bodies.id, sessions.bodyId))
    .where(and(inArray(sessions.bodyId, bodyIds), ...whenFilter(when, ctx.deps.clock.now())))
    .orderBy(...whenOrder(when), sql`${bodies.name}`)
    .limit(500);
  // The policy decides per row (drafts only for participants); page after that so totals stay true.
  const visible = rows.filter((row) => can(subject, 'session:read', sessionResource(row.session, row.body)));
  const offset = query.offset ?? 0;
  return {
    total: visible.length,
    items: visible.slice(offset, offset + (query.limit ?? 100)).map((row) => presentSessionSummary(row.session, row.body)),
    canCreate: false,
  };
}

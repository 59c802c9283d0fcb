import { and, eq, ne, sql } from 'drizzle-orm';
import type { Ctx } from '../../context.js';
import type { bodies, organizations } from '../../db/schema/index.js';
import { AppError } from '../../lib/app-error.js';

/** Bodies and organisations: both have a public slug and a parent of their own kind. */
type Hierarchy = typeof bodies | typeof organizations;

export async function requireFreeSlug(
  ctx: Ctx,
  table: Hierarchy,
  { slug, exceptId, noun }: { slug: string; exceptId?: string; noun: string },
): Promise<void> {
  const [taken] = await ctx.db
    .select({ id: table.id })
    .from(table)
    .where(exceptId ? and(eq(table.slug, slug), ne(table.id, exceptId)) : eq(table.slug, slug))
    .limit(1);
  if (taken) throw new AppError('already_exists', `Another ${noun} already uses the slug “${slug}”.`, { field: 'slug' });
}

/** Refuses `parentId` when it is the record itself or one of its descendants, at any depth. */
export async function requireNoCycle(ctx: Ctx, table: Hierarchy, { id, parentId, message }: { id: string; parentId: string; message: string }): Promise<void> {
  const result = (await ctx.db.execute(sql`
    with recursive ancestors(id, parent_id) as (
      select id, parent_id from ${table} where id = ${parentId}
      union
      select t.id, t.parent_id from ${table} t join ancestors a on t.id = a.parent_id
    )
    select id from ancestors where id = ${id} limit 1`)) as unknown as { rows: unknown[] };
  if (result.rows.length) throw new AppError('conflict', message, { field: 'parentId' });
}

import { and, asc, count, eq, ilike, or, type SQL } from 'drizzle-orm';
import type {
  OrganizationDetail,
  OrganizationKind,
  OrganizationList,
  OrganizationListQuery,
} from '@collegium/shared/contracts/directory';
import type { Ctx } from '../../context.js';
import { organizations } from '../../db/schema/index.js';
import { requireAbility } from '../../lib/access.js';
import { notFound } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import { listBodies } from './bodies.service.js';
import { containsPattern } from './directory.search.js';
import { presentOrganization, presentOrganizationRef } from './directory.presenters.js';

export async function listOrganizations(ctx: Ctx, query: OrganizationListQuery = {}): Promise<OrganizationList> {
  await requireAbility(ctx, 'organization:read');
  const filters: SQL[] = [];
  if (query.kind) filters.push(eq(organizations.kind, query.kind));
  if (query.q) {
    const pattern = containsPattern(query.q);
    filters.push(
      or(ilike(organizations.name, pattern), ilike(organizations.shortName, pattern), ilike(organizations.slug, pattern))!,
    );
  }
  const where = filters.length ? and(...filters) : undefined;
  const [rows, [total]] = await Promise.all([
    ctx.db
      .select()
      .from(organizations)
      .where(where)
      .orderBy(asc(organizations.name), asc(organizations.id))
      .limit(query.limit ?? 50)
      .offset(query.offset ?? 0),
    ctx.db.select({ value: count() }).from(organizations).where(where),
  ]);
  return { total: total?.value ?? 0, items: rows.map(presentOrganization) };
}

/** One organisation with its parent and those of its bodies the caller may see. */
export async function getOrganization(ctx: Ctx, id: string): Promise<OrganizationDetail> {
  await requireAbility(ctx, 'organization:read', { type: 'organization', id });
  const [row] = await ctx.db.select().from(organizations).where(eq(organizations.id, id)).limit(1);
  if (!row) throw notFound('The organisation');
  const [parent] = row.parentId
    ? await ctx.db.select().from(organizations).where(eq(organizations.id, row.parentId)).limit(1)
    : [];
  const { items } = await listBodies(ctx, { organizationId: id });
  return { ...presentOrganization(row), parent: parent ? presentOrganizationRef(parent) : null, bodies: items };
}

export interface NewOrganization {
  parentId?: string | null;
  kind: OrganizationKind;
  name: string;
  shortName?: string | null;
  slug: string;
  email?: string | null;
  phone?: string | null;
  website?: string | null;
  address?: string | null;
}

/** Adds an organisation and its audit event. Run it inside inTransaction; the caller checks permissions. */
export async function insertOrganization(ctx: Ctx, input: NewOrganization): Promise<{ id: string }> {
  const [row] = await ctx.db.insert(organizations).values(input).returning({ id: organizations.id });
  await recordAudit(ctx, {
    action: 'organization.create',
    entityType: 'organization',
    entityId: row!.id,
    organizationId: row!.id,
    summary: { after: { name: input.name, kind: input.kind, slug: input.slug } },
  });
  return { id: row!.id };
}

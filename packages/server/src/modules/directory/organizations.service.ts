import { and, asc, count, eq, type SQL } from 'drizzle-orm';
import type {
  OrganizationDetail,
  OrganizationInput,
  OrganizationKind,
  OrganizationList,
  OrganizationListQuery,
  OrganizationPatch,
  OrganizationSaved,
} from '@collegium/shared/contracts/directory';
import { inTransaction, type Ctx } from '../../context.js';
import { organizations } from '../../db/schema/index.js';
import { requireAbility } from '../../lib/access.js';
import { invalidField, notFound } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import { listBodies } from './bodies.service.js';
import { changeSummary } from './directory.changes.js';
import { requireFreeSlug, requireNoCycle } from './directory.hierarchy.js';
import { searchMatches } from './directory.search.js';
import { etagOf, nextVersion, requireCurrentVersion } from './directory.versions.js';
import { presentOrganization, presentOrganizationRef } from './directory.presenters.js';

export async function listOrganizations(ctx: Ctx, query: OrganizationListQuery = {}): Promise<OrganizationList> {
  await requireAbility(ctx, 'organization:read');
  const filters: SQL[] = [];
  if (query.kind) filters.push(eq(organizations.kind, query.kind));
  if (query.q) {
    filters.push(searchMatches(organizations.searchText, query.q));
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
  return {
    ...presentOrganization(row),
    parent: parent ? presentOrganizationRef(parent) : null,
    bodies: items,
    etag: etagOf(row.updatedAt),
  };
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

async function requireOrganization(ctx: Ctx, id: string, field: string): Promise<void> {
  const [row] = await ctx.db.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, id)).limit(1);
  if (!row) throw invalidField(field, 'There is no such organisation.');
}

const saved = (row: typeof organizations.$inferSelect): OrganizationSaved => ({
  ...presentOrganization(row),
  etag: etagOf(row.updatedAt),
});

export async function createOrganization(ctx: Ctx, input: OrganizationInput): Promise<OrganizationSaved> {
  await requireAbility(ctx, 'organization:manage');
  const id = await inTransaction(ctx, async (tx) => {
    if (input.parentId) await requireOrganization(tx, input.parentId, 'parentId');
    await requireFreeSlug(tx, organizations, { slug: input.slug, noun: 'organisation' });
    return (await insertOrganization(tx, input)).id;
  });
  return getOrganizationVersion(ctx, id);
}

export async function getOrganizationVersion(ctx: Ctx, id: string): Promise<OrganizationSaved> {
  const [row] = await ctx.db.select().from(organizations).where(eq(organizations.id, id)).limit(1);
  if (!row) throw notFound('The organisation');
  return saved(row);
}

export async function updateOrganization(
  ctx: Ctx,
  id: string,
  patch: OrganizationPatch,
  ifMatch: string | undefined,
): Promise<OrganizationSaved> {
  await requireAbility(ctx, 'organization:manage', { type: 'organization', id });
  return inTransaction(ctx, async (tx) => {
    const [before] = await tx.db.select().from(organizations).where(eq(organizations.id, id)).for('update').limit(1);
    if (!before) throw notFound('The organisation');
    requireCurrentVersion(ifMatch, before.updatedAt, 'this organisation');
    if (patch.parentId) {
      await requireOrganization(tx, patch.parentId, 'parentId');
      await requireNoCycle(tx, organizations, { id, parentId: patch.parentId, message: 'An organisation cannot be its own parent or the parent of one of its ancestors.' });
    }
    if (patch.slug !== undefined && patch.slug !== before.slug) await requireFreeSlug(tx, organizations, { slug: patch.slug, exceptId: id, noun: 'organisation' });
    const [after] = await tx.db
      .update(organizations)
      .set({ ...patch, updatedAt: nextVersion(organizations.updatedAt, ctx.deps.clock.now()) })
      .where(eq(organizations.id, id))
      .returning();
    await recordAudit(tx, {
      action: 'organization.update',
      entityType: 'organization',
      entityId: id,
      organizationId: id,
      summary: changeSummary(before, patch),
    });
    return saved(after!);
  });
}

import { and, asc, count, eq, type SQL } from 'drizzle-orm';
import type {
  BodyDetail,
  BodyInput,
  BodyKind,
  BodyList,
  BodyListQuery,
  BodyPatch,
  BodyRules,
} from '@collegium/shared/contracts/directory';
import { can } from '@collegium/shared/domain/policy';
import { inTransaction, type Ctx } from '../../context.js';
import { bodies, memberships, organizations } from '../../db/schema/index.js';
import { requireAbility, subjectOf } from '../../lib/access.js';
import { invalidField, notFound } from '../../lib/app-error.js';
import { sanitizeOptionalRichText } from '../../lib/rich-text.js';
import { recordAudit } from '../../lib/audit.js';
import { bodyResource, myRolesIn, visibleBodiesFilter } from './directory.access.js';
import { changeSummary } from './directory.changes.js';
import { requireFreeSlug, requireNoCycle } from './directory.hierarchy.js';
import { searchMatches } from './directory.search.js';
import { etagOf, nextVersion, requireCurrentVersion } from './directory.versions.js';
import { presentBodySummary, presentOrganizationRef, presentRules } from './directory.presenters.js';
import { listCurrentMembers } from './memberships.service.js';
import { checkCorrespondenceRules } from '../correspondence/correspondence.rules.js';

/** The bodies the caller may see, as a flat list ordered by name; build the tree from parentId. */
export async function listBodies(ctx: Ctx, query: BodyListQuery = {}): Promise<BodyList> {
  const subject = await subjectOf(ctx);
  const filters: SQL[] = [];
  const visible = visibleBodiesFilter(subject);
  if (visible) filters.push(visible);
  if (query.organizationId) filters.push(eq(bodies.organizationId, query.organizationId));
  if (query.q) {
    filters.push(searchMatches(bodies.searchText, query.q));
  }
  const where = filters.length ? and(...filters) : undefined;
  const [rows, [total]] = await Promise.all([
    ctx.db
      .select()
      .from(bodies)
      .where(where)
      .orderBy(asc(bodies.name), asc(bodies.id))
      .limit(query.limit ?? 1000)
      .offset(query.offset ?? 0),
    ctx.db.select({ value: count() }).from(bodies).where(where),
  ]);
  return {
    total: total?.value ?? 0,
    items: rows
      .filter((row) => can(subject, 'body:read', bodyResource(row)))
      .map((row) => presentBodySummary(row, myRolesIn(subject, row.id))),
  };
}

/** One body with its rules and current members; bodies the caller may not see do not exist for them. */
export async function getBody(ctx: Ctx, id: string): Promise<BodyDetail> {
  const subject = await subjectOf(ctx);
  const [row] = await ctx.db
    .select({ body: bodies, organization: organizations })
    .from(bodies)
    .innerJoin(organizations, eq(organizations.id, bodies.organizationId))
    .where(eq(bodies.id, id))
    .limit(1);
  if (!row || !can(subject, 'body:read', bodyResource(row.body))) throw notFound('The body');
  const { body, organization } = row;
  const readInternal = can(subject, 'body:read-internal', bodyResource(body));
  const [parent] = body.parentId
    ? await ctx.db
        .select({ id: bodies.id, name: bodies.name, slug: bodies.slug })
        .from(bodies)
        .where(eq(bodies.id, body.parentId))
        .limit(1)
    : [];
  return {
    ...presentBodySummary(body, myRolesIn(subject, body.id)),
    description: body.description,
    rules: presentRules(body.rules),
    organization: presentOrganizationRef(organization),
    parent: parent ?? null,
    memberGroups: await listCurrentMembers(ctx, body.id, { withContacts: readInternal }),
    abilities: {
      readInternal,
      manage: can(subject, 'body:manage', bodyResource(body)),
      edit: can(subject, 'body:edit', bodyResource(body)),
    },
    etag: etagOf(body.updatedAt),
  };
}

export interface NewBody {
  organizationId: string;
  parentId?: string | null;
  kind: BodyKind;
  name: string;
  shortName?: string | null;
  slug: string;
  description?: string | null;
  isPublic: boolean;
  rules?: BodyRules;
}

/** Adds a body and its audit event. Run it inside inTransaction; the caller checks permissions. */
export async function insertBody(ctx: Ctx, input: NewBody): Promise<{ id: string }> {
  const [row] = await ctx.db
    .insert(bodies)
    .values({ ...input, rules: input.rules ?? {} })
    .returning({ id: bodies.id });
  await recordAudit(ctx, {
    action: 'body.create',
    entityType: 'body',
    entityId: row!.id,
    organizationId: input.organizationId,
    summary: { after: { name: input.name, kind: input.kind, slug: input.slug, isPublic: input.isPublic } },
  });
  return { id: row!.id };
}

async function requireOrganizationExists(ctx: Ctx, id: string): Promise<void> {
  const [row] = await ctx.db.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, id)).limit(1);
  if (!row) throw invalidField('organizationId', 'There is no such organisation.');
}

async function requireParentBody(ctx: Ctx, parentId: string): Promise<void> {
  const [row] = await ctx.db.select({ id: bodies.id }).from(bodies).where(eq(bodies.id, parentId)).limit(1);
  if (!row) throw invalidField('parentId', 'There is no such parent body.');
}

/** Creates a body (administrators). Answers it as GET /bodies/:id would. */
export async function createBody(ctx: Ctx, input: BodyInput): Promise<BodyDetail> {
  await requireAbility(ctx, 'body:create');
  checkCorrespondenceRules(input.rules);
  const { id } = await inTransaction(ctx, async (tx) => {
    await requireOrganizationExists(tx, input.organizationId);
    if (input.parentId) await requireParentBody(tx, input.parentId);
    await requireFreeSlug(tx, bodies, { slug: input.slug, noun: 'body' });
    return insertBody(tx, { ...input, description: sanitizeOptionalRichText(input.description) });
  });
  return getBody(ctx, id);
}

/**
 * Changes a body (administrators). `rules`, when given, replaces the whole rules object. Moving a body to
 * another organisation moves its memberships' ownership with it.
 */
export async function updateBody(ctx: Ctx, id: string, patch: BodyPatch, ifMatch: string | undefined): Promise<BodyDetail> {
  await inTransaction(ctx, async (tx) => {
    const [before] = await tx.db.select().from(bodies).where(eq(bodies.id, id)).for('update').limit(1);
    if (!before) throw notFound('The body');
    await requireAbility(tx, 'body:edit', bodyResource(before));
    requireCurrentVersion(ifMatch, before.updatedAt, 'this body');
    checkCorrespondenceRules(patch.rules);
    if (patch.organizationId && patch.organizationId !== before.organizationId) {
      await requireOrganizationExists(tx, patch.organizationId);
    }
    if (patch.parentId) {
      await requireParentBody(tx, patch.parentId);
      await requireNoCycle(tx, bodies, { id, parentId: patch.parentId, message: 'A body cannot be placed under itself or under one of its own sub-bodies.' });
    }
    if (patch.slug !== undefined && patch.slug !== before.slug) await requireFreeSlug(tx, bodies, { slug: patch.slug, exceptId: id, noun: 'body' });
    if (patch.description !== undefined) patch = { ...patch, description: sanitizeOptionalRichText(patch.description) };
    await tx.db
      .update(bodies)
      .set({ ...patch, updatedAt: nextVersion(bodies.updatedAt, ctx.deps.clock.now()) })
      .where(eq(bodies.id, id));
    if (patch.organizationId && patch.organizationId !== before.organizationId) {
      await tx.db.update(memberships).set({ organizationId: patch.organizationId }).where(eq(memberships.bodyId, id));
    }
    await recordAudit(tx, {
      action: 'body.update',
      entityType: 'body',
      entityId: id,
      organizationId: patch.organizationId ?? before.organizationId,
      summary: changeSummary(before, patch),
    });
  });
  return getBody(ctx, id);
}

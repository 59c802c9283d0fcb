import { and, asc, count, eq, ilike, or, type SQL } from 'drizzle-orm';
import type { BodyDetail, BodyKind, BodyList, BodyListQuery, BodyRules } from '@collegium/shared/contracts/directory';
import { can } from '@collegium/shared/domain/policy';
import type { Ctx } from '../../context.js';
import { bodies, organizations } from '../../db/schema/index.js';
import { subjectOf } from '../../lib/access.js';
import { notFound } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import { bodyResource, myRolesIn, visibleBodiesFilter } from './directory.access.js';
import { containsPattern } from './directory.search.js';
import { presentBodySummary, presentOrganizationRef, presentRules } from './directory.presenters.js';
import { listCurrentMembers } from './memberships.service.js';

/** The bodies the caller may see, as a flat list ordered by name; build the tree from parentId. */
export async function listBodies(ctx: Ctx, query: BodyListQuery = {}): Promise<BodyList> {
  const subject = await subjectOf(ctx);
  const filters: SQL[] = [];
  const visible = visibleBodiesFilter(subject);
  if (visible) filters.push(visible);
  if (query.organizationId) filters.push(eq(bodies.organizationId, query.organizationId));
  if (query.q) {
    const pattern = containsPattern(query.q);
    filters.push(or(ilike(bodies.name, pattern), ilike(bodies.shortName, pattern), ilike(bodies.slug, pattern))!);
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
    abilities: { readInternal, manage: can(subject, 'body:manage', bodyResource(body)) },
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

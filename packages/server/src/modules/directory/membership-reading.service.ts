import { and, eq, inArray } from 'drizzle-orm';
import type { BodyKind, MembershipSaved } from '@collegium/shared/contracts/directory';
import type { PersonMembershipList } from '@collegium/shared/contracts/person-memberships';
import { can } from '@collegium/shared/domain/policy';
import type { Ctx } from '../../context.js';
import { bodies, memberships, persons } from '../../db/schema/index.js';
import { requireAbility, subjectOf } from '../../lib/access.js';
import { notFound } from '../../lib/app-error.js';
import { bodyResource, visibleBodiesFilter } from './directory.access.js';
import { etagOf } from './directory.versions.js';
import { listMembershipsWhere } from './memberships.service.js';

/** One membership with its version, for an edit form; a membership of a body the caller may not see is not found. */
export async function getMembership(ctx: Ctx, id: string): Promise<MembershipSaved> {
  const [row] = await ctx.db
    .select({ body: bodies, updatedAt: memberships.updatedAt })
    .from(memberships)
    .innerJoin(bodies, eq(bodies.id, memberships.bodyId))
    .where(eq(memberships.id, id))
    .limit(1);
  const subject = await subjectOf(ctx);
  if (!row || !can(subject, 'body:read', bodyResource(row.body))) throw notFound('The membership');
  const withContacts = can(subject, 'body:read-internal', bodyResource(row.body));
  const [member] = await listMembershipsWhere(ctx, eq(memberships.id, id), withContacts);
  return { ...member!, bodyId: row.body.id, etag: etagOf(row.updatedAt) };
}

/** Every membership of a person in the bodies the caller may see (people readers: staff and body managers). */
export async function listPersonMemberships(ctx: Ctx, personId: string): Promise<PersonMembershipList> {
  await requireAbility(ctx, 'person:read');
  const [person] = await ctx.db.select({ id: persons.id }).from(persons).where(eq(persons.id, personId)).limit(1);
  if (!person) throw notFound('The person');
  const subject = await subjectOf(ctx);
  const rows = await ctx.db
    .selectDistinct({ body: bodies })
    .from(memberships)
    .innerJoin(bodies, eq(bodies.id, memberships.bodyId))
    .where(and(eq(memberships.personId, personId), visibleBodiesFilter(subject)));
  const visible = new Map(rows.filter(({ body }) => can(subject, 'body:read', bodyResource(body))).map(({ body }) => [body.id, body]));
  if (visible.size === 0) return { items: [] };
  const members = await listMembershipsWhere(
    ctx,
    and(eq(memberships.personId, personId), inArray(memberships.bodyId, [...visible.keys()])),
    false,
  );
  const bodyOf = await membershipBodies(ctx, members.map((m) => m.membershipId));
  return {
    items: members.map((member) => {
      const body = visible.get(bodyOf.get(member.membershipId)!)!;
      return {
        ...member,
        body: { id: body.id, name: body.name, shortName: body.shortName, slug: body.slug, kind: body.kind as BodyKind },
      };
    }),
  };
}

async function membershipBodies(ctx: Ctx, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await ctx.db
    .select({ id: memberships.id, bodyId: memberships.bodyId })
    .from(memberships)
    .where(inArray(memberships.id, ids));
  return new Map(rows.map((row) => [row.id, row.bodyId]));
}

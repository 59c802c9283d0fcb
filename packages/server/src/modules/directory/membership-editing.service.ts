import { and, eq, gte, isNull, lte, ne, or, type SQL } from 'drizzle-orm';
import type {
  MembersOn,
  MembershipEnd,
  MembershipHistory,
  MembershipInput,
  MembershipPatch,
  MembershipSaved,
} from '@collegium/shared/contracts/directory';
import { can } from '@collegium/shared/domain/policy';
import type { BodyRole } from '@collegium/shared/domain/roles';
import { inTransaction, type Ctx } from '../../context.js';
import { bodies, memberships, organizations, persons } from '../../db/schema/index.js';
import { requireAbility, subjectOf } from '../../lib/access.js';
import { AppError, invalidField, notFound } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import { bodyResource, todayOf } from './directory.access.js';
import { changeSummary } from './directory.changes.js';
import { etagOf, nextVersion, requireCurrentVersion } from './directory.versions.js';
import { checkSlotFilling } from '../representation/membership-slot.rules.js';
import { insertMembership, listCurrentMembers, listMembershipsWhere } from './memberships.service.js';

type BodyRow = typeof bodies.$inferSelect;

/** The body, if the caller may see it; otherwise it does not exist for them. */
async function readableBody(ctx: Ctx, bodyId: string, lock = false): Promise<BodyRow> {
  const query = ctx.db.select().from(bodies).where(eq(bodies.id, bodyId)).limit(1);
  const [body] = lock ? await query.for('update') : await query;
  if (!body || !can(await subjectOf(ctx), 'body:read', bodyResource(body))) throw notFound('The body');
  return body;
}

/** The members of a body on one day, grouped by role. */
export async function listMembersOn(ctx: Ctx, bodyId: string, on?: string): Promise<MembersOn> {
  const body = await readableBody(ctx, bodyId);
  const withContacts = can(await subjectOf(ctx), 'body:read-internal', bodyResource(body));
  const day = on ?? todayOf(ctx.deps.clock.now());
  return { on: day, memberGroups: await listCurrentMembers(ctx, bodyId, { withContacts, day }) };
}

/** Every membership the body has had, has and will have, newest start first. */
export async function listMembershipHistory(ctx: Ctx, bodyId: string): Promise<MembershipHistory> {
  const body = await readableBody(ctx, bodyId);
  const withContacts = can(await subjectOf(ctx), 'body:read-internal', bodyResource(body));
  return { items: await listMembershipsWhere(ctx, eq(memberships.bodyId, bodyId), withContacts) };
}

async function requireRow(ctx: Ctx, table: typeof persons | typeof organizations, id: string, field: string, what: string) {
  const [row] = await ctx.db.select({ id: table.id }).from(table).where(eq(table.id, id)).limit(1);
  if (!row) throw invalidField(field, `There is no such ${what}.`);
}

interface MembershipShape {
  personId: string;
  role: BodyRole;
  representsId: string | null;
  slotId: string | null;
  substituteId: string | null;
  startDate: string;
  endDate: string | null;
}

/** The rules every membership keeps, checked before it is written; the body row is locked by then. */
async function checkMembership(ctx: Ctx, bodyId: string, m: MembershipShape, exceptId?: string): Promise<void> {
  if (m.endDate !== null && m.endDate < m.startDate) {
    throw invalidField('endDate', 'A membership cannot end before it starts.');
  }
  if (m.representsId) await requireRow(ctx, organizations, m.representsId, 'representsId', 'organisation');
  if (m.substituteId) {
    if (m.substituteId === m.personId) throw invalidField('substituteId', 'A person cannot be their own substitute.');
    await requireRow(ctx, persons, m.substituteId, 'substituteId', 'person');
  }
  const overlapping: SQL[] = [
    eq(memberships.bodyId, bodyId),
    eq(memberships.personId, m.personId),
    eq(memberships.role, m.role),
    or(isNull(memberships.endDate), gte(memberships.endDate, m.startDate))!,
  ];
  if (m.endDate !== null) overlapping.push(lte(memberships.startDate, m.endDate));
  if (exceptId) overlapping.push(ne(memberships.id, exceptId));
  const [clash] = await ctx.db
    .select({ startDate: memberships.startDate, endDate: memberships.endDate })
    .from(memberships)
    .where(and(...overlapping))
    .limit(1);
  if (clash) {
    const until = clash.endDate ? `until ${clash.endDate}` : 'without an end date';
    throw new AppError(
      'conflict',
      `This person already holds the role “${m.role}” in this body from ${clash.startDate} ${until}; end that membership first or choose other dates.`,
      { field: 'role' },
    );
  }
  await checkSlotFilling(ctx, bodyId, m, exceptId);
}

async function savedMembership(ctx: Ctx, id: string): Promise<MembershipSaved> {
  const [row] = await ctx.db.select({ bodyId: memberships.bodyId, updatedAt: memberships.updatedAt }).from(memberships).where(eq(memberships.id, id)).limit(1);
  if (!row) throw notFound('The membership');
  const body = await readableBody(ctx, row.bodyId);
  const withContacts = can(await subjectOf(ctx), 'body:read-internal', bodyResource(body));
  const [member] = await listMembershipsWhere(ctx, eq(memberships.id, id), withContacts);
  return { ...member!, bodyId: row.bodyId, etag: etagOf(row.updatedAt) };
}

/** Adds a membership (administrators and the body's chair, secretary or coordinator). */
export async function addMembership(ctx: Ctx, bodyId: string, input: MembershipInput): Promise<MembershipSaved> {
  const { id } = await addMembershipAndReturnId(ctx, bodyId, input);
  return savedMembership(ctx, id);
}

/** addMembership without reading the result back, for bulk callers such as the directory import. */
export async function addMembershipAndReturnId(ctx: Ctx, bodyId: string, input: MembershipInput): Promise<{ id: string }> {
  return inTransaction(ctx, async (tx) => {
    const body = await readableBody(tx, bodyId, true);
    await requireAbility(tx, 'body:manage', bodyResource(body));
    await requireRow(tx, persons, input.personId, 'personId', 'person');
    const shape: MembershipShape = {
      personId: input.personId,
      role: input.role,
      representsId: input.representsId ?? null,
      slotId: input.slotId ?? null,
      substituteId: input.substituteId ?? null,
      startDate: input.startDate,
      endDate: input.endDate ?? null,
    };
    await checkMembership(tx, bodyId, shape);
    return insertMembership(tx, { ...shape, bodyId, votingRight: input.votingRight ?? true, voteWeight: input.voteWeight ?? 1 }, body);
  });
}

/** Loads a membership for a change: its body locked, the caller allowed to manage it. */
async function membershipForChange(ctx: Ctx, id: string) {
  const [found] = await ctx.db.select({ bodyId: memberships.bodyId }).from(memberships).where(eq(memberships.id, id)).limit(1);
  if (!found) throw notFound('The membership');
  const body = await readableBody(ctx, found.bodyId, true).catch((error: unknown) => {
    // a membership of a body the caller may not see does not exist for them either
    throw error instanceof AppError && error.code === 'not_found' ? notFound('The membership') : error;
  });
  await requireAbility(ctx, 'body:manage', bodyResource(body));
  const [before] = await ctx.db.select().from(memberships).where(eq(memberships.id, id)).for('update').limit(1);
  if (!before) throw notFound('The membership');
  return { body, before };
}

async function writeMembershipChange(
  ctx: Ctx,
  before: typeof memberships.$inferSelect,
  patch: MembershipPatch,
  action: string,
): Promise<void> {
  const next: MembershipShape = {
    personId: before.personId,
    role: patch.role ?? (before.role as BodyRole),
    representsId: patch.representsId === undefined ? before.representsId : patch.representsId,
    slotId: patch.slotId === undefined ? before.slotId : patch.slotId,
    substituteId: patch.substituteId === undefined ? before.substituteId : patch.substituteId,
    startDate: patch.startDate ?? before.startDate,
    endDate: patch.endDate === undefined ? before.endDate : patch.endDate,
  };
  await checkMembership(ctx, before.bodyId, next, before.id);
  await ctx.db
    .update(memberships)
    .set({ ...patch, updatedAt: nextVersion(memberships.updatedAt, ctx.deps.clock.now()) })
    .where(eq(memberships.id, before.id));
  await recordAudit(ctx, {
    action,
    entityType: 'membership',
    entityId: before.id,
    organizationId: before.organizationId,
    summary: { bodyId: before.bodyId, personId: before.personId, ...changeSummary(before, patch) },
  });
}

/** Changes a membership's role, representation, voting right, vote weight, substitute or dates. */
export async function updateMembership(
  ctx: Ctx,
  id: string,
  patch: MembershipPatch,
  ifMatch: string | undefined,
): Promise<MembershipSaved> {
  await inTransaction(ctx, async (tx) => {
    const { before } = await membershipForChange(tx, id);
    requireCurrentVersion(ifMatch, before.updatedAt, 'this membership');
    await writeMembershipChange(tx, before, patch, 'membership.update');
  });
  return savedMembership(ctx, id);
}

/** Ends a membership on `endDate`; it stays in the body's history. If-Match is checked when sent. */
export async function endMembership(
  ctx: Ctx,
  id: string,
  input: MembershipEnd,
  ifMatch: string | undefined,
): Promise<MembershipSaved> {
  await inTransaction(ctx, async (tx) => {
    const { before } = await membershipForChange(tx, id);
    if (ifMatch) requireCurrentVersion(ifMatch, before.updatedAt, 'this membership');
    await writeMembershipChange(tx, before, { endDate: input.endDate }, 'membership.end');
  });
  return savedMembership(ctx, id);
}

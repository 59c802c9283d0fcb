import { and, eq } from 'drizzle-orm';
import { anonymousSubject, can, type Ability, type Resource, type Subject } from '@collegium/shared/domain/policy';
import type { BodyRole } from '@collegium/shared/domain/roles';
import type { Ctx } from '../context.js';
import { memberships, persons } from '../db/schema/index.js';
import { AppError, forbidden, unauthenticated } from './app-error.js';
import { coversDay } from './periods.js';

const subjects = new WeakMap<Ctx['actor'], Promise<Subject>>();

async function loadSubject(ctx: Ctx): Promise<Subject> {
  const { actor } = ctx;
  if (actor.kind === 'anonymous') return anonymousSubject;
  if (actor.kind === 'system') {
    return { userId: null, role: 'administrator', bodyRoles: new Map(), organizationId: null };
  }
  const today = ctx.deps.clock.now().toISOString().slice(0, 10);
  const rows = await ctx.db
    .select({ bodyId: memberships.bodyId, role: memberships.role, organizationId: persons.organizationId })
    .from(persons)
    .leftJoin(
      memberships,
      and(
        eq(memberships.personId, persons.id),
        coversDay(memberships.startDate, memberships.endDate, today),
      ),
    )
    .where(eq(persons.userId, actor.userId));
  const bodyRoles = new Map<string, BodyRole[]>();
  for (const row of rows) {
    if (!row.bodyId || !row.role) continue;
    bodyRoles.set(row.bodyId, [...(bodyRoles.get(row.bodyId) ?? []), row.role as BodyRole]);
  }
  const substituteRows = await ctx.db
    .select({ bodyId: memberships.bodyId })
    .from(memberships)
    .innerJoin(persons, eq(persons.id, memberships.substituteId))
    .where(
      and(
        eq(persons.userId, actor.userId),
        coversDay(memberships.startDate, memberships.endDate, today),
      ),
    );
  return {
    userId: actor.userId,
    role: actor.role,
    bodyRoles,
    organizationId: rows[0]?.organizationId ?? null,
    substituteIn: new Set(substituteRows.map((row) => row.bodyId)),
  };
}

/** The policy subject for this ctx's actor, loaded once per actor object (that is, per request). */
export function subjectOf(ctx: Ctx): Promise<Subject> {
  let subject = subjects.get(ctx.actor);
  if (!subject) {
    subject = loadSubject(ctx);
    subjects.set(ctx.actor, subject);
  }
  return subject;
}

export async function allows(ctx: Ctx, ability: Ability, resource?: Resource): Promise<boolean> {
  return can(await subjectOf(ctx), ability, resource);
}

/**
 * The first line of a guarded service function. Anonymous callers get 401, signed-in ones 403 —
 * or 404 when `hideAs` names the resource, so its existence is not revealed.
 */
export async function requireAbility(
  ctx: Ctx,
  ability: Ability,
  resource?: Resource,
  options: { hideAs?: string } = {},
): Promise<void> {
  if (await allows(ctx, ability, resource)) return;
  if (ctx.actor.kind === 'anonymous') throw unauthenticated();
  if (options.hideAs) throw new AppError('not_found', `${options.hideAs} was not found.`);
  throw forbidden();
}

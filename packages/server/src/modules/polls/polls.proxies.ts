import { and, asc, eq, isNull, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { ProxyDelegation, ProxyInput, ProxyList } from '@collegium/shared/contracts/polls';
import { inTransaction, type Ctx } from '../../context.js';
import { persons, proxyDelegations } from '../../db/schema/index.js';
import { allows } from '../../lib/access.js';
import { AppError, forbidden, invalidField, notFound } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import { publishSessionEvent } from '../../lib/session-events.js';
import { fullName, membersOnDate, rosterDay } from '../attendance/attendance.seats.js';
import { callerPerson } from '../meeting/meeting.access.js';
import { loadReadableSession, sessionResource, type SessionWithBody } from '../sessions/sessions.access.js';
import { votingRulesOf } from '@collegium/shared/domain/voting-rules';

const fromPerson = alias(persons, 'from_person');
const toPerson = alias(persons, 'to_person');
const iso = (value: Date | null) => (value ? value.toISOString() : null);

async function readDelegations(ctx: Ctx, sessionId: string, id?: string): Promise<ProxyDelegation[]> {
  const rows = await ctx.db
    .select({ delegation: proxyDelegations, from: fromPerson, to: toPerson })
    .from(proxyDelegations)
    .innerJoin(fromPerson, eq(fromPerson.id, proxyDelegations.fromPersonId))
    .innerJoin(toPerson, eq(toPerson.id, proxyDelegations.toPersonId))
    .where(id ? eq(proxyDelegations.id, id) : eq(proxyDelegations.sessionId, sessionId))
    .orderBy(asc(proxyDelegations.createdAt));
  return rows.map(({ delegation, from, to }) => ({
    id: delegation.id,
    sessionId: delegation.sessionId,
    from: { personId: from.id, name: fullName(from) },
    to: { personId: to.id, name: fullName(to) },
    createdAt: delegation.createdAt.toISOString(),
    revokedAt: iso(delegation.revokedAt),
  }));
}

/**
 * A session's proxy delegations: the body's managers see all of them, members the ones they gave or hold.
 */
export async function listProxies(ctx: Ctx, sessionId: string): Promise<ProxyList> {
  const row = await loadReadableSession(ctx, sessionId);
  const all = await readDelegations(ctx, sessionId);
  const manage = await allows(ctx, 'session:manage', sessionResource(row.session, row.body));
  const me = await callerPerson(ctx);
  const items = manage ? all : all.filter((item) => item.from.personId === me || item.to.personId === me);
  return { items, allowed: votingRulesOf(row.body.rules).proxyVoting, myPersonId: me };
}

function requireProxiesOpen(row: SessionWithBody): void {
  if (!votingRulesOf(row.body.rules).proxyVoting) {
    throw new AppError('conflict', 'This body’s rules of procedure do not allow voting by proxy.');
  }
  if (row.session.status === 'closed' || row.session.status === 'cancelled') {
    throw new AppError('conflict', `The session is ${row.session.status}; proxies can no longer be given or revoked.`);
  }
}

/**
 * Entrusts a member's vote to another member for this session. A member gives their own; the body's
 * managers may record one given on paper. No chains: whoever holds a proxy cannot give one, and the reverse.
 */
export async function giveProxy(ctx: Ctx, sessionId: string, input: ProxyInput): Promise<ProxyDelegation> {
  const id = await inTransaction(ctx, async (tx) => {
    const row = await loadReadableSession(tx, sessionId, { forUpdate: true });
    requireProxiesOpen(row);
    const manage = await allows(tx, 'session:manage', sessionResource(row.session, row.body));
    const me = await callerPerson(tx);
    const from = input.fromPersonId ?? me;
    if (!from) throw invalidField('fromPersonId', 'Your account is not linked to a member of this body; say whose vote is entrusted.');
    if (from !== me && !manage) throw forbidden('You can give only your own proxy; the chair or secretary records others.');
    if (from === input.toPersonId) throw invalidField('toPersonId', 'A member cannot hold their own proxy.');
    const voting = new Set(
      (await membersOnDate(tx, row.body.id, rosterDay(row.session, ctx.deps.clock.now())))
        .filter((member) => member.hasSeat && member.votingRight)
        .map((member) => member.personId),
    );
    if (!voting.has(from)) throw invalidField('fromPersonId', 'Only a voting member of the body can give a proxy.');
    if (!voting.has(input.toPersonId)) throw invalidField('toPersonId', 'A proxy can be given only to another voting member of the body.');
    const inForce = await tx.db
      .select()
      .from(proxyDelegations)
      .where(
        and(
          eq(proxyDelegations.sessionId, sessionId),
          isNull(proxyDelegations.revokedAt),
          or(eq(proxyDelegations.fromPersonId, from), eq(proxyDelegations.toPersonId, from), eq(proxyDelegations.fromPersonId, input.toPersonId), eq(proxyDelegations.toPersonId, input.toPersonId)),
        ),
      );
    if (inForce.some((d) => d.fromPersonId === from)) throw new AppError('conflict', 'That member has already given a proxy for this session; revoke it first.');
    if (inForce.some((d) => d.toPersonId === from)) throw new AppError('conflict', 'That member holds another member’s proxy, so cannot give their own: proxies do not pass on.');
    if (inForce.some((d) => d.fromPersonId === input.toPersonId)) throw invalidField('toPersonId', 'That member has given their own proxy away, so cannot hold one.');
    if (inForce.some((d) => d.toPersonId === input.toPersonId)) throw invalidField('toPersonId', 'That member already holds a proxy; a member holds at most one.');
    const now = ctx.deps.clock.now();
    const [made] = await tx.db
      .insert(proxyDelegations)
      .values({ sessionId, fromPersonId: from, toPersonId: input.toPersonId, createdAt: now, createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null })
      .returning({ id: proxyDelegations.id });
    await recordAudit(tx, {
      action: 'proxy.give',
      entityType: 'session',
      entityId: sessionId,
      organizationId: row.body.organizationId,
      summary: { after: { fromPersonId: from, toPersonId: input.toPersonId } },
    });
    await publishSessionEvent(tx, sessionId, { kind: 'proxies' });
    return made!.id;
  });
  return (await readDelegations(ctx, sessionId, id))[0]!;
}

/** Revokes a proxy in force: by the member who gave it, the one holding it, or the body's managers. */
export async function revokeProxy(ctx: Ctx, delegationId: string): Promise<ProxyDelegation> {
  const sessionId = await inTransaction(ctx, async (tx) => {
    const [delegation] = await tx.db.select().from(proxyDelegations).where(eq(proxyDelegations.id, delegationId)).for('update');
    if (!delegation) throw notFound('The proxy');
    const row = await loadReadableSession(tx, delegation.sessionId);
    const me = await callerPerson(tx);
    const manage = await allows(tx, 'session:manage', sessionResource(row.session, row.body));
    if (!manage && me !== delegation.fromPersonId && me !== delegation.toPersonId) throw notFound('The proxy');
    requireProxiesOpen(row);
    if (delegation.revokedAt) throw new AppError('conflict', 'That proxy was already revoked.');
    const now = ctx.deps.clock.now();
    await tx.db
      .update(proxyDelegations)
      .set({ revokedAt: now, revokedBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null })
      .where(eq(proxyDelegations.id, delegationId));
    await recordAudit(tx, {
      action: 'proxy.revoke',
      entityType: 'session',
      entityId: delegation.sessionId,
      organizationId: row.body.organizationId,
      summary: { before: { fromPersonId: delegation.fromPersonId, toPersonId: delegation.toPersonId } },
    });
    await publishSessionEvent(tx, delegation.sessionId, { kind: 'proxies' });
    return delegation.sessionId;
  });
  return (await readDelegations(ctx, sessionId, delegationId))[0]!;
}

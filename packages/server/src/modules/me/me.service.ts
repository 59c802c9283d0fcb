import { eq } from 'drizzle-orm';
import type { ChangePasswordBody, Me, SupportedLocale, UpdateMeBody } from '@collegium/shared/contracts/auth';
import type { InstallationRole } from '@collegium/shared/domain/roles';
import { inTransaction, type Actor, type Ctx } from '../../context.js';
import { can, type Subject } from '@collegium/shared/domain/policy';
import { users } from '../../db/schema/index.js';
import { requireAbility, subjectOf } from '../../lib/access.js';
import { invalidField, notFound, unauthenticated } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import { hashPassword, verifyPassword } from '../../lib/passwords.js';
import { endAllAuthSessions } from '../auth/auth.sessions.js';
import { requireBrowserSession } from '../auth/browser-session.js';
import { expirePasswordResetTokens } from '../auth/password-reset.service.js';

/**
 * The signed-in user as /me shows them. A resolved session already carries everything needed, so the
 * common case costs no query; installation-wide abilities depend on the installation role alone.
 */
export async function presentMe(
  ctx: Ctx,
  userId: string,
  csrfToken: string | null,
  known?: { actor: Actor; profile: { locale: string; totpEnabled: boolean } },
): Promise<Me> {
  const user = known?.actor.kind === 'user' && known.actor.userId === userId ? { ...known.actor, ...known.profile } : await loadUser(ctx, userId);
  const subject = await subjectFor(ctx, userId, user.role);
  return {
    id: userId,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    locale: user.locale as SupportedLocale,
    totpEnabled: user.totpEnabled,
    mustEnrolTotp: ctx.deps.config.requireAdminTotp && user.role === 'administrator' && !user.totpEnabled,
    csrfToken,
    abilities: {
      administer: can(subject, 'installation:administer'),
      listUsers: can(subject, 'users:list'),
      readAudit: can(subject, 'audit:read'),
      createBodies: can(subject, 'body:create'),
      manageOrganizations: can(subject, 'organization:manage'),
      readPeople: can(subject, 'person:read'),
      createPeople: can(subject, 'person:create'),
      editPeople: can(subject, 'person:edit'),
      readContacts: can(subject, 'person:read-contact'),
      linkAccounts: can(subject, 'person:link-account'),
    },
  };
}

/**
 * Body roles count for some abilities (a body's secretary may find people); while signing in the request
 * has no actor yet, so the installation role alone decides until the next /me.
 */
async function subjectFor(ctx: Ctx, userId: string, role: InstallationRole): Promise<Subject> {
  if (ctx.actor.kind === 'user' && ctx.actor.userId === userId) return subjectOf(ctx);
  return { userId, role, bodyRoles: new Map(), organizationId: null };
}

async function loadUser(ctx: Ctx, userId: string) {
  const [user] = await ctx.db.select().from(users).where(eq(users.id, userId)).limit(1);
  if (!user) throw notFound('The user');
  return { ...user, role: user.role as InstallationRole, totpEnabled: user.totpEnabledAt !== null };
}

export async function updateMe(ctx: Ctx, input: UpdateMeBody): Promise<void> {
  if (ctx.actor.kind !== 'user') throw unauthenticated();
  const userId = ctx.actor.userId;
  await requireAbility(ctx, 'account:manage', { type: 'user', id: userId });
  await inTransaction(ctx, async (tx) => {
    const [before] = await tx.db
      .select({ displayName: users.displayName, locale: users.locale })
      .from(users)
      .where(eq(users.id, userId))
      .for('update');
    if (!before) throw notFound('The account');
    const after = {
      displayName: input.displayName?.trim() || before.displayName,
      locale: input.locale ?? before.locale,
    };
    await tx.db.update(users).set({ ...after, updatedAt: ctx.deps.clock.now() }).where(eq(users.id, userId));
    await recordAudit(tx, { action: 'account.update', entityType: 'user', entityId: userId, summary: { before, after } });
  });
}

/** Changes the password after checking the current one; every other session of the account ends. */
export async function changePassword(ctx: Ctx, input: ChangePasswordBody): Promise<void> {
  const userId = requireBrowserSession(ctx);
  await requireAbility(ctx, 'account:manage', { type: 'user', id: userId });
  const [user] = await ctx.db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId));
  if (!user) throw notFound('The account');
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw invalidField('currentPassword', 'The current password is not correct.');
  }
  const passwordHash = await hashPassword(input.newPassword);
  const currentSession = ctx.actor.kind === 'user' ? ctx.actor.sessionId : undefined;
  await inTransaction(ctx, async (tx) => {
    await tx.db.update(users).set({ passwordHash, updatedAt: ctx.deps.clock.now() }).where(eq(users.id, userId));
    const ended = await endAllAuthSessions(tx.db, userId, currentSession);
    await expirePasswordResetTokens(tx, userId);
    await recordAudit(tx, {
      action: 'account.password_changed',
      entityType: 'user',
      entityId: userId,
      summary: { otherSessionsEnded: ended },
    });
  });
}

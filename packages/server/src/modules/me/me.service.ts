import { eq } from 'drizzle-orm';
import type { Me, SupportedLocale } from '@collegium/shared/contracts/auth';
import type { InstallationRole } from '@collegium/shared/domain/roles';
import type { Ctx } from '../../context.js';
import { users } from '../../db/schema/index.js';
import { allows } from '../../lib/access.js';
import { notFound } from '../../lib/app-error.js';

export async function presentMe(ctx: Ctx, userId: string, csrfToken: string | null): Promise<Me> {
  const [user] = await ctx.db.select().from(users).where(eq(users.id, userId)).limit(1);
  if (!user) throw notFound('The user');
  const role = user.role as InstallationRole;
  const actorCtx: Ctx =
    ctx.actor.kind === 'user' && ctx.actor.userId === userId
      ? ctx
      : { ...ctx, actor: { kind: 'user', userId, email: user.email, displayName: user.displayName, role, via: 'session' } };
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role,
    locale: user.locale as SupportedLocale,
    totpEnabled: user.totpEnabledAt !== null,
    mustEnrolTotp: ctx.deps.config.requireAdminTotp && role === 'administrator' && user.totpEnabledAt === null,
    csrfToken,
    abilities: {
      administer: await allows(actorCtx, 'installation:administer'),
      listUsers: await allows(actorCtx, 'users:list'),
      readAudit: await allows(actorCtx, 'audit:read'),
    },
  };
}

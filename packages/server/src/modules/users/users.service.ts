import { eq, sql } from 'drizzle-orm';
import type { InstallationRole } from '@collegium/shared/domain/roles';
import { inTransaction, type Ctx } from '../../context.js';
import { users } from '../../db/schema/index.js';
import { AppError } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import { hashPassword } from '../../lib/passwords.js';

export async function findUserByEmail(ctx: Ctx, email: string) {
  const [user] = await ctx.db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.trim().toLowerCase()))
    .limit(1);
  return user;
}

/** Creates an account; the caller checks permissions (routes) or is the system (CLI, first start). */
export async function insertUser(
  ctx: Ctx,
  input: { email: string; displayName: string; role: InstallationRole; password?: string; locale?: string },
): Promise<{ id: string }> {
  if (await findUserByEmail(ctx, input.email)) {
    throw new AppError('already_exists', `An account with the e-mail address ${input.email} already exists.`, { field: 'email' });
  }
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  return inTransaction(ctx, async (tx) => {
    const [row] = await tx.db
      .insert(users)
      .values({
        email: input.email.trim(),
        displayName: input.displayName.trim(),
        role: input.role,
        passwordHash,
        locale: input.locale ?? 'en',
      })
      .returning({ id: users.id });
    await recordAudit(tx, {
      action: 'user.create',
      entityType: 'user',
      entityId: row!.id,
      summary: { after: { email: input.email, displayName: input.displayName, role: input.role } },
    });
    return { id: row!.id };
  });
}

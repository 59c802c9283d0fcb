import { and, asc, count, eq, ilike, isNull, or, sql } from 'drizzle-orm';
import type { CreateUserBody, UpdateUserBody, User, UserList, UserListQuery } from '@collegium/shared/contracts/users';
import type { InstallationRole } from '@collegium/shared/domain/roles';
import { limits } from '@collegium/shared/limits';
import { inTransaction, type Ctx } from '../../context.js';
import { persons, users } from '../../db/schema/index.js';
import { requireAbility } from '../../lib/access.js';
import { AppError, notFound } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import { hashPassword } from '../../lib/passwords.js';
import { endAllAuthSessions } from '../auth/auth.sessions.js';
import { sendPasswordResetMail } from '../auth/password-reset.service.js';
import { totpCleared } from '../auth/totp.service.js';

type UserRow = typeof users.$inferSelect;

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
    if (!passwordHash) {
      await sendPasswordResetMail(tx, { id: row!.id, email: input.email.trim(), displayName: input.displayName.trim() }, 'invitation');
    }
    return { id: row!.id };
  });
}

const linkedPerson = { id: persons.id, givenName: persons.givenName, familyName: persons.familyName, title: persons.title };
type LinkedPerson = User['person'];

/** Users with the person of the directory each one is (persons.user_id is unique: one at most). */
const usersWithPerson = (ctx: Ctx) =>
  ctx.db.select({ user: users, person: linkedPerson }).from(users).leftJoin(persons, eq(persons.userId, users.id));

const presentUserWithPerson = ({ user, person }: { user: UserRow; person: LinkedPerson | undefined }): User => ({
  ...presentUser(user),
  person: person ?? null,
});

export function presentUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    role: row.role,
    totpEnabled: row.totpEnabledAt !== null,
    disabled: row.disabledAt !== null,
    lockedUntil: row.lockedUntil?.toISOString() ?? null,
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Accounts whose name or e-mail contains `q`, by name. */
export async function listUsers(ctx: Ctx, query: UserListQuery): Promise<UserList> {
  await requireAbility(ctx, 'users:list');
  const q = query.q?.trim();
  const pattern = q ? `%${escapeLike(q)}%` : undefined;
  const where = pattern ? or(ilike(users.displayName, pattern), ilike(users.email, pattern)) : undefined;
  const [rows, [total]] = await Promise.all([
    usersWithPerson(ctx)
      .where(where)
      .orderBy(asc(sql`lower(${users.displayName})`), asc(users.email))
      .limit(query.limit ?? limits.pageSizeDefault)
      .offset(query.offset ?? 0),
    ctx.db.select({ value: count() }).from(users).where(where),
  ]);
  return { items: rows.map(presentUserWithPerson), total: total?.value ?? 0 };
}

export async function getUser(ctx: Ctx, userId: string): Promise<User> {
  await requireAbility(ctx, 'users:list');
  const [row] = await usersWithPerson(ctx).where(eq(users.id, userId)).limit(1);
  if (!row) throw notFound('The user');
  return presentUserWithPerson(row);
}

/** An administrator creates an account; without a password the person gets a "set your password" e-mail. */
export async function createUser(ctx: Ctx, input: CreateUserBody): Promise<User> {
  await requireAbility(ctx, 'users:manage');
  const { id } = await insertUser(ctx, input);
  return getUser(ctx, id);
}

/**
 * Refuses changes that would leave the installation without an active administrator. Locks the
 * administrators' rows so that two administrators demoting each other at once cannot both succeed.
 */
async function guardAdministrators(tx: Ctx, target: UserRow, change: UpdateUserBody): Promise<void> {
  const removesAdmin =
    target.role === 'administrator' &&
    !target.disabledAt &&
    ((change.role !== undefined && change.role !== 'administrator') || change.disabled === true);
  if (!removesAdmin) return;
  if (tx.actor.kind === 'user' && tx.actor.userId === target.id) {
    throw new AppError(
      'conflict',
      change.disabled === true
        ? 'You cannot disable your own account. Ask another administrator.'
        : 'You cannot take away your own administrator role. Ask another administrator.',
      { field: change.disabled === true ? 'disabled' : 'role' },
    );
  }
  const admins = await tx.db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, 'administrator'), isNull(users.disabledAt)))
    .for('update');
  if (admins.length <= 1) {
    throw new AppError('conflict', 'This is the last active administrator; make someone else an administrator first.', {
      field: change.disabled === true ? 'disabled' : 'role',
    });
  }
}

function snapshot(row: UserRow) {
  return {
    displayName: row.displayName,
    role: row.role,
    disabled: row.disabledAt !== null,
    locked: row.lockedUntil !== null,
    totpEnabled: row.totpEnabledAt !== null,
  };
}

export async function updateUser(ctx: Ctx, userId: string, change: UpdateUserBody): Promise<User> {
  await requireAbility(ctx, 'users:manage');
  return inTransaction(ctx, async (tx) => {
    const [target] = await tx.db.select().from(users).where(eq(users.id, userId)).for('update');
    if (!target) throw notFound('The user');
    await guardAdministrators(tx, target, change);
    const now = ctx.deps.clock.now();
    const set: Partial<typeof users.$inferInsert> = { updatedAt: now };
    if (change.displayName !== undefined) set.displayName = change.displayName.trim();
    if (change.role !== undefined) set.role = change.role;
    if (change.disabled === true && !target.disabledAt) set.disabledAt = now;
    if (change.disabled === false) set.disabledAt = null;
    if (change.unlock) Object.assign(set, { failedLoginCount: 0, lockedUntil: null });
    if (change.resetTotp) Object.assign(set, totpCleared);
    const [after] = await tx.db.update(users).set(set).where(eq(users.id, userId)).returning();
    const sessionsEnded = change.disabled === true || change.resetTotp ? await endAllAuthSessions(tx.db, userId) : 0;
    await recordAudit(tx, {
      action: 'user.update',
      entityType: 'user',
      entityId: userId,
      summary: { before: snapshot(target), after: snapshot(after!), sessionsEnded },
    });
    return presentUser(after!);
  });
}

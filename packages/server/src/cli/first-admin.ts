import { count } from 'drizzle-orm';
import { systemCtx, type Deps } from '../context.js';
import { users } from '../db/schema/index.js';
import { randomToken } from '../lib/crypto.js';
import { insertUser } from '../modules/users/users.service.js';

/**
 * On the first start with an empty database, creates the administrator from COLLEGIUM_ADMIN_EMAIL /
 * COLLEGIUM_ADMIN_PASSWORD, or with a generated password printed once.
 */
export async function ensureFirstAdministrator(deps: Deps, say: (line: string) => void): Promise<void> {
  const [existing] = await deps.database.db.select({ value: count() }).from(users);
  if ((existing?.value ?? 0) > 0) return;
  const email = deps.config.admin.email ?? 'admin@collegium.local';
  const generated = deps.config.admin.password === undefined;
  const password = deps.config.admin.password ?? randomToken(12);
  await insertUser(systemCtx(deps, 'first-start'), { email, displayName: 'Administrator', role: 'administrator', password });
  say('');
  say('  An administrator account was created:');
  say(`    e-mail:   ${email}`);
  if (generated) say(`    password: ${password}   (shown only this once — change it after signing in)`);
  else say('    password: the value of COLLEGIUM_ADMIN_PASSWORD');
  say('');
}

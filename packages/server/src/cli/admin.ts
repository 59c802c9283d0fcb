import { systemCtx, type Deps } from '../context.js';
import { randomToken } from '../lib/crypto.js';
import { OpsError } from '../ops/ops-error.js';
import { insertUser } from '../modules/users/users.service.js';

/**
 * `collegium admin create`: an administrator account. The password is COLLEGIUM_ADMIN_PASSWORD when set,
 * otherwise generated and printed this once. An address already in use is refused.
 */
export async function createAdministrator(
  deps: Deps,
  input: { email: string; displayName?: string },
  say: (line: string) => void,
): Promise<{ id: string }> {
  const email = input.email.trim();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new OpsError(`"${input.email}" is not an e-mail address.`);
  const displayName = input.displayName?.trim() || 'Administrator';
  const generated = deps.config.admin.password === undefined;
  const password = deps.config.admin.password ?? randomToken(12);
  const { id } = await insertUser(systemCtx(deps, 'cli'), { email, displayName, role: 'administrator', password });
  say(`An administrator account was created for ${email} (${displayName}).`);
  if (generated) say(`  password: ${password}   (shown only this once — change it after signing in)`);
  else say('  password: the value of COLLEGIUM_ADMIN_PASSWORD');
  return { id };
}

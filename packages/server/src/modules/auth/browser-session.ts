import type { Ctx } from '../../context.js';
import { AppError, unauthenticated } from '../../lib/app-error.js';

/**
 * The signed-in user's id, for account-security operations (password, two-factor, API tokens) that an
 * API token may not perform: a leaked token must not be able to mint more tokens or take over the account.
 */
export function requireBrowserSession(ctx: Ctx): string {
  const { actor } = ctx;
  if (actor.kind !== 'user') throw unauthenticated();
  if (actor.via !== 'session') {
    throw new AppError('forbidden', 'This can only be done from a signed-in browser session, not with an API token.');
  }
  return actor.userId;
}

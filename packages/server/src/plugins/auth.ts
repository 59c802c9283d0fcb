import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Ability } from '@collegium/shared/domain/policy';
import type { Actor, Ctx, Deps } from '../context.js';
import { AppError, unauthenticated } from '../lib/app-error.js';
import { requireAbility } from '../lib/access.js';
import { credentialCache } from '../modules/auth/credential-cache.js';
import { resolveBearer, resolveSessionCookie, SESSION_COOKIE, type ResolvedSession } from '../modules/auth/auth.sessions.js';

/**
 * What a route needs, declared on every route as `config: { access }`:
 * - `public`: anyone, signed in or not;
 * - `signed-in`: any fully signed-in user;
 * - `second-factor`: a session that passed the password but still owes the TOTP code;
 * - `{ ability }`: a signed-in user the policy grants this installation-wide ability.
 * Resource-level checks happen in the service with requireAbility.
 */
export type RouteAccess = 'public' | 'signed-in' | 'second-factor' | { ability: Ability };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
    /** lets an administrator who still must enrol TOTP through (profile, TOTP set-up, sign-out) */
    allowBeforeTotpEnrolment?: boolean;
  }
  interface FastifyRequest {
    actor: Actor;
    authSession: ResolvedSession | null;
    /** the service context for this request */
    ctx: Ctx;
  }
}

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function registerAuth(app: FastifyInstance, deps: Deps): void {
  const anonymous: Actor = { kind: 'anonymous' };
  app.decorateRequest('actor', null as never);
  app.decorateRequest('authSession', null);
  app.decorateRequest('ctx', null as never);

  app.addHook('onRoute', (route) => {
    // Static files of the web app are public by nature; every API route must say what it needs.
    if (!/^\/(api|oparl|metrics|healthz|readyz)/.test(route.url) || route.url.startsWith('/api/docs')) return;
    if (!route.config?.access) throw new Error(`route ${String(route.method)} ${route.url} does not declare its access`);
  });

  app.addHook('onRequest', async (request) => {
    const { actor, session } = await identify(request, deps);
    request.actor = actor ?? anonymous;
    request.authSession = session;
    request.ctx = {
      deps,
      db: deps.database.db,
      actor: request.actor,
      origin: { ip: request.ip, requestId: request.id, userAgent: request.headers['user-agent'] },
    };
  });

  // A write through this instance may have ended a session or changed a user: forget every cached
  // credential before the answer leaves, so the caller's next request sees the change. Other instances
  // learn of it from the database trigger's notification.
  app.addHook('onSend', async (request, _reply, payload) => {
    if (unsafeMethods.has(request.method)) credentialCache(deps).clear();
    return payload;
  });

  // preValidation, so that an anonymous caller learns "sign in" before anything about the request body.
  app.addHook('preValidation', async (request) => {
    const access = request.routeOptions.config.access;
    if (!access || access === 'public') return;
    const session = request.authSession;
    if (access === 'second-factor') {
      if (!session || session.fullyAuthenticated) throw new AppError('bad_request', 'No sign-in is waiting for a code.');
      return;
    }
    if (request.actor.kind !== 'user') throw unauthenticated();
    if (session && unsafeMethods.has(request.method)) checkCsrf(request, session);
    if (session?.mustEnrolTotp && !request.routeOptions.config.allowBeforeTotpEnrolment) {
      throw new AppError('totp_enrolment_required', 'Administrators must set up two-factor sign-in first.');
    }
    if (typeof access === 'object') await requireAbility(request.ctx, access.ability);
  });
}

function checkCsrf(request: FastifyRequest, session: ResolvedSession): void {
  const header = request.headers['x-csrf-token'];
  if (header !== session.csrfToken) {
    throw new AppError('csrf_failed', 'The request is missing its CSRF token. Reload the page and try again.');
  }
}

async function identify(
  request: FastifyRequest,
  deps: Deps,
): Promise<{ actor: Actor | null; session: ResolvedSession | null }> {
  const authorization = request.headers.authorization;
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match?.[1]) throw new AppError('unauthenticated', 'The Authorization header must be "Bearer <token>".');
    const actor = await resolveBearer(deps, match[1]);
    if (!actor) throw new AppError('unauthenticated', 'The API token is not valid, has expired or was revoked.');
    return { actor, session: null };
  }
  const cookie = request.cookies[SESSION_COOKIE];
  if (!cookie) return { actor: null, session: null };
  const session = await resolveSessionCookie(deps, cookie);
  if (!session) return { actor: null, session: null };
  return { actor: session.fullyAuthenticated ? session.actor : null, session };
}

import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { LIVE_PATH } from '@collegium/shared/contracts/live';
import type { Actor, Deps } from '../../context.js';
import { AppError } from '../../lib/app-error.js';
import { resolveBearer, resolveSessionCookie, SESSION_COOKIE } from '../auth/auth.sessions.js';
import { LiveConnection } from './live.connection.js';

const LiveQuery = Type.Object({
  token: Type.Optional(Type.String({ maxLength: 200, description: 'API token, for clients that cannot send headers' })),
});

/**
 * The WebSocket at /api/v1/live. The upgrade request passes the same hooks as any route: the session
 * cookie or `Authorization: Bearer` identify the user, and an unauthenticated upgrade is answered 401.
 */
export async function liveRoutes(app: FastifyInstance, deps: Deps): Promise<void> {
  // Browsers cannot set headers on a WebSocket, so an API token may also come as ?token=.
  app.addHook('onRequest', async (request) => {
    const token = queryToken(request);
    if (!token || request.actor.kind !== 'anonymous') return;
    const actor = await resolveBearer(deps, token);
    if (!actor) throw new AppError('unauthenticated', 'The API token is not valid, has expired or was revoked.');
    request.actor = actor;
    request.ctx = { ...request.ctx, actor };
  });

  // A browser sends the cookie on a cross-site WebSocket too; only pages of this installation may use it.
  app.addHook('preHandler', async (request) => {
    if (request.actor.kind !== 'user' || request.actor.via !== 'session') return;
    const origin = request.headers.origin;
    if (origin && !isOwnOrigin(origin, request, deps)) {
      throw new AppError('forbidden', 'Live updates may only be opened from pages of this installation.');
    }
  });

  app.get(
    LIVE_PATH,
    { websocket: true, config: { access: 'signed-in' }, schema: { querystring: LiveQuery } },
    (socket, request) => {
      new LiveConnection(socket, request.ctx, { reauthenticate: reauthenticator(request, deps) });
    },
  );
}

function queryToken(request: FastifyRequest): string | undefined {
  const token = (request.query as { token?: unknown } | undefined)?.token;
  return typeof token === 'string' && token !== '' ? token : undefined;
}

function isOwnOrigin(origin: string, request: FastifyRequest, deps: Deps): boolean {
  try {
    const url = new URL(origin);
    return url.origin === new URL(deps.config.publicUrl).origin || url.host === request.headers.host;
  } catch {
    return false;
  }
}

/** How to check, later, that the credential this connection opened with still holds. */
function reauthenticator(request: FastifyRequest, deps: Deps): () => Promise<Actor | null> {
  const { actor } = request;
  if (actor.kind === 'user' && actor.via === 'token') {
    const token = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1] ?? queryToken(request) ?? '';
    return () => resolveBearer(deps, token);
  }
  const cookie = request.cookies[SESSION_COOKIE] ?? '';
  return async () => {
    const session = await resolveSessionCookie(deps, cookie);
    return session?.fullyAuthenticated ? session.actor : null;
  };
}

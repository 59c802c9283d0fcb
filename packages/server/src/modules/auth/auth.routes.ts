import type { FastifyInstance, FastifyReply } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import {
  LoginBody,
  LoginResult,
  PasswordResetConfirmBody,
  PasswordResetRequestBody,
  TotpVerifyBody,
} from '@collegium/shared/contracts/auth';
import { Ok, Problem } from '@collegium/shared/contracts/common';
import type { Deps } from '../../context.js';
import { AppError } from '../../lib/app-error.js';
import { presentMe } from '../me/me.service.js';
import { SESSION_COOKIE, type ResolvedSession } from './auth.sessions.js';
import { completeTotpLogin, login, logout, logoutEverywhere } from './auth.service.js';
import { confirmPasswordReset, requestPasswordReset } from './password-reset.service.js';
import { perSessionKey } from './rate-limit-keys.js';

/**
 * Per client address. Lockout protects each account; this slows guessing across many accounts while
 * leaving room for a council whose members all sign in from one office address at once.
 */
export const LOGIN_ATTEMPTS_PER_MINUTE = 30;
export const PASSWORD_RESET_REQUESTS_PER_MINUTE = 10;

export function setSessionCookie(reply: FastifyReply, deps: Deps, token: string, expiresAt: Date): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: deps.config.secureCookies,
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply, deps: Deps): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: deps.config.secureCookies });
}

/** Routes that run before the session is fully signed in check the CSRF token themselves. */
function checkCsrfOf(session: ResolvedSession, header: string | string[] | undefined): void {
  if (header !== session.csrfToken) {
    throw new AppError('csrf_failed', 'The request is missing its CSRF token. Reload the page and try again.');
  }
}

const errors = { 400: Problem, 401: Problem, 403: Problem, 423: Problem, 429: Problem };

export async function authRoutes(app: FastifyInstance, deps: Deps): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.post(
    '/api/v1/auth/login',
    {
      config: { access: 'public', rateLimit: { max: LOGIN_ATTEMPTS_PER_MINUTE, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with e-mail and password',
        description:
          'Sets the session cookie. When the account has two-factor sign-in, answers `totp_required` unless `totp` was sent; then call /auth/totp.',
        body: LoginBody,
        response: { 200: LoginResult, ...errors },
      },
    },
    async (request, reply) => {
      const outcome = await login(request.ctx, request.body);
      setSessionCookie(reply, deps, outcome.session.token, outcome.session.expiresAt);
      if (outcome.status === 'totp_required') {
        return { status: outcome.status, csrfToken: outcome.session.csrfToken };
      }
      return {
        status: outcome.status,
        csrfToken: outcome.session.csrfToken,
        user: await presentMe(request.ctx, outcome.userId, outcome.session.csrfToken),
      };
    },
  );

  r.post(
    '/api/v1/auth/totp',
    {
      config: { access: 'second-factor', rateLimit: { max: 10, timeWindow: '1 minute', keyGenerator: perSessionKey } },
      schema: {
        tags: ['auth'],
        summary: 'Complete a sign-in with the two-factor code',
        body: TotpVerifyBody,
        response: { 200: LoginResult, ...errors },
      },
    },
    async (request) => {
      const session = request.authSession!;
      checkCsrfOf(session, request.headers['x-csrf-token']);
      await completeTotpLogin(request.ctx, { sessionId: session.id, userId: session.userId }, request.body.code);
      return {
        status: 'ok' as const,
        csrfToken: session.csrfToken,
        user: await presentMe(request.ctx, session.userId, session.csrfToken),
      };
    },
  );

  r.post(
    '/api/v1/auth/logout',
    {
      config: { access: 'public', allowBeforeTotpEnrolment: true },
      schema: { tags: ['auth'], summary: 'Sign out of this browser', response: { 200: Ok, 403: Problem } },
    },
    async (request, reply) => {
      const session = request.authSession;
      if (session) {
        checkCsrfOf(session, request.headers['x-csrf-token']);
        await logout(request.ctx, session.id, session.userId);
      }
      clearSessionCookie(reply, deps);
      return { ok: true as const };
    },
  );

  r.post(
    '/api/v1/auth/logout-everywhere',
    {
      config: { access: 'signed-in', allowBeforeTotpEnrolment: true },
      schema: {
        tags: ['auth'],
        summary: 'Sign out of every browser and device',
        response: { 200: Type.Object({ ok: Type.Literal(true), ended: Type.Integer() }), 401: Problem, 403: Problem },
      },
    },
    async (request, reply) => {
      if (request.actor.kind !== 'user') throw new AppError('unauthenticated', 'Please sign in first.');
      const ended = await logoutEverywhere(request.ctx, request.actor.userId);
      clearSessionCookie(reply, deps);
      return { ok: true as const, ended };
    },
  );

  r.post(
    '/api/v1/auth/password-reset/request',
    {
      config: { access: 'public', rateLimit: { max: PASSWORD_RESET_REQUESTS_PER_MINUTE, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: 'Ask for a password-reset e-mail',
        description:
          'Answers `ok` whether or not the address belongs to an account, so that it cannot be used to find accounts. ' +
          'The e-mail carries a link to /reset-password?token=… valid once, for one hour.',
        body: PasswordResetRequestBody,
        response: { 200: Ok, 400: Problem, 429: Problem },
      },
    },
    async (request) => {
      await requestPasswordReset(request.ctx, request.body.email);
      return { ok: true as const };
    },
  );

  r.post(
    '/api/v1/auth/password-reset/confirm',
    {
      config: { access: 'public', rateLimit: { max: LOGIN_ATTEMPTS_PER_MINUTE, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: 'Set a new password with the token from the e-mail',
        description: 'Ends every session of the account and lifts a lockout; sign in again afterwards.',
        body: PasswordResetConfirmBody,
        response: { 200: Ok, 400: Problem, 429: Problem },
      },
    },
    async (request) => {
      await confirmPasswordReset(request.ctx, request.body);
      return { ok: true as const };
    },
  );
}

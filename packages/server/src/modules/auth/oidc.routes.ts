import type { FastifyBaseLogger, FastifyInstance, FastifyReply } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { AuthProviders } from '@collegium/shared/contracts/auth';
import { Problem } from '@collegium/shared/contracts/common';
import type { Deps } from '../../context.js';
import { AppError } from '../../lib/app-error.js';
import { setSessionCookie } from './auth.routes.js';
import {
  completeOidcSignIn,
  listAuthProviders,
  OIDC_CALLBACK_PATH,
  OIDC_START_PATH,
  OIDC_TRANSACTION_COOKIE,
  OIDC_TRANSACTION_TTL_SECONDS,
  OidcClient,
  OidcSignInFailure,
  startOidcSignIn,
} from './oidc.service.js';

const TRANSACTION_COOKIE_PATH = '/api/v1/auth/oidc';

const Redirect = (description: string) => Type.Null({ description });

const StartQuery = Type.Object({
  returnTo: Type.Optional(
    Type.String({ maxLength: 2000, description: 'a path on this site to open after signing in; default /' }),
  ),
});

const CallbackQuery = Type.Object(
  {
    code: Type.Optional(Type.String({ maxLength: 4096 })),
    state: Type.Optional(Type.String({ maxLength: 4096 })),
    iss: Type.Optional(Type.String({ maxLength: 2000 })),
    error: Type.Optional(Type.String({ maxLength: 200 })),
    error_description: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: true },
);

const notConfigured = () => new AppError('not_found', 'Single sign-on is not configured.');

export async function oidcRoutes(app: FastifyInstance, deps: Deps): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const client = deps.config.oidc ? new OidcClient(deps.config.oidc, deps.config.publicUrl) : null;
  const cookieOptions = {
    path: TRANSACTION_COOKIE_PATH,
    httpOnly: true,
    // Lax: the provider sends the browser back with a top-level GET from another site.
    sameSite: 'lax' as const,
    secure: deps.config.secureCookies,
  };

  const failTo = (reply: FastifyReply, log: FastifyBaseLogger, failure: OidcSignInFailure) => {
    log.info({ code: failure.code, cause: failure.cause }, `single sign-on refused: ${failure.message}`);
    return reply.redirect(`/sign-in?error=${failure.code}`, 302);
  };

  r.get(
    '/api/v1/auth/providers',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Ways to sign in on this installation',
        description: 'The web app shows a single sign-on button when `oidc` is set; it links to `startUrl`.',
        response: { 200: AuthProviders },
      },
    },
    async () => listAuthProviders(deps.config),
  );

  r.get(
    OIDC_START_PATH,
    {
      config: { access: 'public', rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: 'Begin single sign-on',
        description:
          'Open in the browser: redirects to the OpenID Connect provider. A failure to reach the provider redirects to `/sign-in?error=oidc_failed`.',
        querystring: StartQuery,
        response: { 302: Redirect('to the provider, or to the sign-in page with an error code'), 400: Problem, 404: Problem },
      },
    },
    async (request, reply) => {
      if (!client) throw notConfigured();
      try {
        const started = await startOidcSignIn(request.ctx, { client, returnTo: request.query.returnTo });
        reply.setCookie(OIDC_TRANSACTION_COOKIE, started.transactionCookie, {
          ...cookieOptions,
          maxAge: OIDC_TRANSACTION_TTL_SECONDS,
        });
        return reply.redirect(started.location, 302);
      } catch (error) {
        if (error instanceof OidcSignInFailure) return failTo(reply, request.log, error);
        throw error;
      }
    },
  );

  r.get(
    OIDC_CALLBACK_PATH,
    {
      config: { access: 'public', rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: 'Return from single sign-on',
        description:
          'The provider redirects here. Success sets the session cookie and redirects to the return path; a refusal redirects to `/sign-in?error=<code>` with one of oidc_failed, oidc_unverified_email, oidc_no_account, oidc_account_disabled.',
        querystring: CallbackQuery,
        response: { 302: Redirect('to the return path, or to the sign-in page with an error code'), 404: Problem },
      },
    },
    async (request, reply) => {
      if (!client) throw notConfigured();
      reply.clearCookie(OIDC_TRANSACTION_COOKIE, cookieOptions);
      try {
        const signedIn = await completeOidcSignIn(request.ctx, {
          client,
          callbackQuery: new URL(request.url, 'http://callback.invalid').search,
          transactionCookie: request.cookies[OIDC_TRANSACTION_COOKIE],
        });
        setSessionCookie(reply, deps, signedIn.session.token, signedIn.session.expiresAt);
        return reply.redirect(signedIn.returnTo, 302);
      } catch (error) {
        if (error instanceof OidcSignInFailure) return failTo(reply, request.log, error);
        throw error;
      }
    },
  );
}

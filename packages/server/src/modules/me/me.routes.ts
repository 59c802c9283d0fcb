import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import {
  ApiTokenList,
  ApiTokenParams,
  ChangePasswordBody,
  CreateApiTokenBody,
  CreatedApiToken,
  Me,
  TotpDisableBody,
  TotpEnableBody,
  TotpSetup,
  UpdateMeBody,
} from '@collegium/shared/contracts/auth';
import { Ok, Problem } from '@collegium/shared/contracts/common';
import type { Deps } from '../../context.js';
import { unauthenticated } from '../../lib/app-error.js';
import { perSessionKey } from '../auth/rate-limit-keys.js';
import { disableTotp, enableTotp, startTotpSetup } from '../auth/totp.service.js';
import { createApiToken, listApiTokens, revokeApiToken } from './api-tokens.service.js';
import { changePassword, presentMe, updateMe } from './me.service.js';

const errors = { 400: Problem, 401: Problem, 403: Problem };
/** steps that check a password or code: a few tries per minute and session */
const perSession = { max: 10, timeWindow: '1 minute', keyGenerator: perSessionKey };

export async function meRoutes(app: FastifyInstance, _deps: Deps): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.get(
    '/api/v1/me',
    {
      config: { access: 'signed-in', allowBeforeTotpEnrolment: true },
      schema: { tags: ['me'], summary: 'The signed-in user', response: { 200: Me, 401: Problem } },
    },
    async (request) => {
      if (request.actor.kind !== 'user') throw unauthenticated();
      const session = request.authSession;
      return presentMe(request.ctx, request.actor.userId, session?.csrfToken ?? null, session ?? undefined);
    },
  );

  r.patch(
    '/api/v1/me',
    {
      config: { access: 'signed-in' },
      schema: { tags: ['me'], summary: 'Change your name or language', body: UpdateMeBody, response: { 200: Me, ...errors } },
    },
    async (request) => {
      if (request.actor.kind !== 'user') throw unauthenticated();
      await updateMe(request.ctx, request.body);
      return presentMe(request.ctx, request.actor.userId, request.authSession?.csrfToken ?? null);
    },
  );

  r.post(
    '/api/v1/me/password',
    {
      config: { access: 'signed-in', rateLimit: perSession },
      schema: {
        tags: ['me'],
        summary: 'Change your password',
        description: 'Needs the current password. Every other session of the account ends; this one stays.',
        body: ChangePasswordBody,
        response: { 200: Ok, ...errors, 429: Problem },
      },
    },
    async (request) => {
      await changePassword(request.ctx, request.body);
      return { ok: true as const };
    },
  );

  r.post(
    '/api/v1/me/totp/setup',
    {
      config: { access: 'signed-in', allowBeforeTotpEnrolment: true },
      schema: {
        tags: ['me'],
        summary: 'Start setting up two-factor sign-in',
        description: 'Returns a new secret and its QR code; confirm it with a code through /me/totp/enable.',
        response: { 200: TotpSetup, ...errors, 409: Problem },
      },
    },
    async (request) => startTotpSetup(request.ctx),
  );

  r.post(
    '/api/v1/me/totp/enable',
    {
      config: { access: 'signed-in', allowBeforeTotpEnrolment: true, rateLimit: perSession },
      schema: {
        tags: ['me'],
        summary: 'Turn two-factor sign-in on with the first code from the device',
        body: TotpEnableBody,
        response: { 200: Ok, ...errors, 409: Problem, 429: Problem },
      },
    },
    async (request) => {
      await enableTotp(request.ctx, request.body.code);
      return { ok: true as const };
    },
  );

  r.post(
    '/api/v1/me/totp/disable',
    {
      config: { access: 'signed-in', rateLimit: perSession },
      schema: {
        tags: ['me'],
        summary: 'Turn two-factor sign-in off',
        body: TotpDisableBody,
        response: { 200: Ok, ...errors, 409: Problem, 429: Problem },
      },
    },
    async (request) => {
      await disableTotp(request.ctx, request.body.password);
      return { ok: true as const };
    },
  );

  r.get(
    '/api/v1/me/tokens',
    {
      config: { access: 'signed-in' },
      schema: { tags: ['me'], summary: 'Your personal API tokens', response: { 200: ApiTokenList, ...errors } },
    },
    async (request) => ({ items: await listApiTokens(request.ctx) }),
  );

  r.post(
    '/api/v1/me/tokens',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['me'],
        summary: 'Create a personal API token',
        description: 'The token is in this answer only; send it as `Authorization: Bearer <token>`.',
        body: CreateApiTokenBody,
        response: { 201: CreatedApiToken, ...errors },
      },
    },
    async (request, reply) => reply.status(201).send(await createApiToken(request.ctx, request.body)),
  );

  r.delete(
    '/api/v1/me/tokens/:id',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['me'],
        summary: 'Revoke a personal API token',
        params: ApiTokenParams,
        response: { 200: Ok, ...errors, 404: Problem },
      },
    },
    async (request) => {
      await revokeApiToken(request.ctx, request.params.id);
      return { ok: true as const };
    },
  );
}

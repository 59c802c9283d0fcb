import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Me } from '@collegium/shared/contracts/auth';
import { Problem } from '@collegium/shared/contracts/common';
import type { Deps } from '../../context.js';
import { unauthenticated } from '../../lib/app-error.js';
import { presentMe } from './me.service.js';

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
      return presentMe(request.ctx, request.actor.userId, request.authSession?.csrfToken ?? null);
    },
  );
}

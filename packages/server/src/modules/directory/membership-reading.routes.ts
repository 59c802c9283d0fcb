import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { IdParams, MembershipSaved } from '@collegium/shared/contracts/directory';
import { PersonMembershipList } from '@collegium/shared/contracts/person-memberships';
import { Problem } from '@collegium/shared/contracts/common';
import type { Deps } from '../../context.js';
import { getMembership, listPersonMemberships } from './membership-reading.service.js';

/** Reading single memberships and a person's memberships, for the editing forms and the person page. */
export async function membershipReadingRoutes(app: FastifyInstance, _deps: Deps): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.get(
    '/api/v1/memberships/:id',
    {
      config: { access: 'public' },
      schema: {
        tags: ['directory'],
        summary: 'One membership with its version (ETag), for If-Match on the next change',
        description: 'A membership of a body the caller may not see answers 404. Contact details as on GET /bodies/:id.',
        params: IdParams,
        response: { 200: MembershipSaved, 400: Problem, 404: Problem },
      },
    },
    async (request, reply) => {
      const membership = await getMembership(request.ctx, request.params.id);
      return reply.header('etag', membership.etag).send(membership);
    },
  );

  r.get(
    '/api/v1/persons/:id/memberships',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['directory'],
        summary: 'A person’s memberships, past and future ones included, in the bodies the caller may see',
        description: 'For those who may read people (staff and those who manage a body); newest start first.',
        params: IdParams,
        response: { 200: PersonMembershipList, 400: Problem, 401: Problem, 403: Problem, 404: Problem },
      },
    },
    async (request) => listPersonMemberships(request.ctx, request.params.id),
  );
}

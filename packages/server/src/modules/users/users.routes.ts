import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Problem } from '@collegium/shared/contracts/common';
import { CreateUserBody, UpdateUserBody, User, UserList, UserListQuery, UserParams } from '@collegium/shared/contracts/users';
import type { Deps } from '../../context.js';
import { createUser, getUser, listUsers, updateUser } from './users.service.js';

const errors = { 400: Problem, 401: Problem, 403: Problem };

export async function userRoutes(app: FastifyInstance, _deps: Deps): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.get(
    '/api/v1/users',
    {
      config: { access: { ability: 'users:list' } },
      schema: {
        tags: ['administration'],
        summary: 'Accounts, searched by name or e-mail',
        querystring: UserListQuery,
        response: { 200: UserList, ...errors },
      },
    },
    async (request) => listUsers(request.ctx, request.query),
  );

  r.post(
    '/api/v1/users',
    {
      config: { access: { ability: 'users:manage' } },
      schema: {
        tags: ['administration'],
        summary: 'Create an account',
        description: 'Without a password the person receives an e-mail with a link to choose one (valid 72 hours).',
        body: CreateUserBody,
        response: { 201: User, ...errors, 409: Problem },
      },
    },
    async (request, reply) => reply.status(201).send(await createUser(request.ctx, request.body)),
  );

  r.get(
    '/api/v1/users/:id',
    {
      config: { access: { ability: 'users:list' } },
      schema: {
        tags: ['administration'],
        summary: 'One account',
        params: UserParams,
        response: { 200: User, ...errors, 404: Problem },
      },
    },
    async (request) => getUser(request.ctx, request.params.id),
  );

  r.patch(
    '/api/v1/users/:id',
    {
      config: { access: { ability: 'users:manage' } },
      schema: {
        tags: ['administration'],
        summary: 'Change, disable, unlock or reset the two-factor sign-in of an account',
        description:
          'Disabling ends every session of the account. Nobody can demote or disable themselves or the last active administrator.',
        params: UserParams,
        body: UpdateUserBody,
        response: { 200: User, ...errors, 404: Problem, 409: Problem },
      },
    },
    async (request) => updateUser(request.ctx, request.params.id, request.body),
  );
}

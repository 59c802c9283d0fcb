import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import {
  BodyDetail,
  BodyList,
  BodyListQuery,
  IdParams,
  MyMembershipList,
  OrganizationDetail,
  OrganizationList,
  OrganizationListQuery,
} from '@collegium/shared/contracts/directory';
import { Problem } from '@collegium/shared/contracts/common';
import type { Deps } from '../../context.js';
import { getBody, listBodies } from './bodies.service.js';
import { listMyMemberships } from './memberships.service.js';
import { getOrganization, listOrganizations } from './organizations.service.js';

export async function directoryRoutes(app: FastifyInstance, _deps: Deps): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.get(
    '/api/v1/organizations',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['directory'],
        summary: 'Organisations: ministries, municipalities, regions, networks',
        querystring: OrganizationListQuery,
        response: { 200: OrganizationList, 400: Problem, 401: Problem },
      },
    },
    async (request) => listOrganizations(request.ctx, request.query),
  );

  r.get(
    '/api/v1/organizations/:id',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['directory'],
        summary: 'One organisation with the bodies of it the caller may see',
        params: IdParams,
        response: { 200: OrganizationDetail, 400: Problem, 401: Problem, 404: Problem },
      },
    },
    async (request) => getOrganization(request.ctx, request.params.id),
  );

  r.get(
    '/api/v1/bodies',
    {
      config: { access: 'public' },
      schema: {
        tags: ['directory'],
        summary: 'The bodies the caller may see, as a flat list with parentId',
        description: 'Public bodies for everyone; staff see all; members also see the bodies they belong to.',
        querystring: BodyListQuery,
        response: { 200: BodyList, 400: Problem },
      },
    },
    async (request) => listBodies(request.ctx, request.query),
  );

  r.get(
    '/api/v1/bodies/:id',
    {
      config: { access: 'public' },
      schema: {
        tags: ['directory'],
        summary: 'One body: rules of procedure and current members by role',
        description:
          'Members’ e-mail and phone only for those who may read the body’s internal data. A body the caller may not see answers 404.',
        params: IdParams,
        response: { 200: BodyDetail, 400: Problem, 404: Problem },
      },
    },
    async (request) => getBody(request.ctx, request.params.id),
  );

  r.get(
    '/api/v1/me/memberships',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['me'],
        summary: 'The signed-in user’s current memberships of bodies',
        response: { 200: MyMembershipList, 401: Problem },
      },
    },
    async (request) => listMyMemberships(request.ctx),
  );
}

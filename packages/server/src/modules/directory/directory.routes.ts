import type { FastifyInstance, FastifyReply } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import {
  BodyDetail,
  BodyInput,
  BodyList,
  BodyListQuery,
  BodyPatch,
  DirectorySearchQuery,
  DirectorySearchResult,
  IdParams,
  IfMatchHeaders,
  MembersOn,
  MembersOnQuery,
  MembershipEnd,
  MembershipHistory,
  MembershipInput,
  MembershipPatch,
  MembershipSaved,
  MyMembershipList,
  OrganizationDetail,
  OrganizationInput,
  OrganizationList,
  OrganizationListQuery,
  OrganizationPatch,
  OrganizationSaved,
  PersonAccountLink,
  PersonInput,
  PersonList,
  PersonListQuery,
  PersonPatch,
  PersonSaved,
} from '@collegium/shared/contracts/directory';
import { Problem } from '@collegium/shared/contracts/common';
import type { Deps } from '../../context.js';
import { createBody, getBody, listBodies, updateBody } from './bodies.service.js';
import { searchDirectory } from './directory-search.service.js';
import {
  addMembership,
  endMembership,
  listMembersOn,
  listMembershipHistory,
  updateMembership,
} from './membership-editing.service.js';
import { listMyMemberships } from './memberships.service.js';
import { createOrganization, getOrganization, listOrganizations, updateOrganization } from './organizations.service.js';
import { linkPersonAccount, unlinkPersonAccount } from './person-account.service.js';
import { createPerson, getPerson, listPersons, updatePerson } from './persons.service.js';

const ifMatchNote =
  'Send the ETag of your last read in If-Match: a stale one answers 412 precondition_failed with the current `etag`, a missing one 428 precondition_required.';
/** Sends the resource with its version as ETag, for If-Match on the next PATCH. */
const withETag = <T extends { etag: string }>(reply: FastifyReply, resource: T, status = 200) =>
  reply.status(status).header('etag', resource.etag).send(resource);

const writeErrors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };
const patchErrors = { ...writeErrors, 412: Problem, 428: Problem };

export async function directoryRoutes(app: FastifyInstance, _deps: Deps): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  // Organisations

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
        description: 'Sends the version as ETag.',
        params: IdParams,
        response: { 200: OrganizationDetail, 400: Problem, 401: Problem, 404: Problem },
      },
    },
    async (request, reply) => withETag(reply, await getOrganization(request.ctx, request.params.id)),
  );

  r.post(
    '/api/v1/organizations',
    {
      config: { access: { ability: 'organization:manage' } },
      schema: {
        tags: ['directory'],
        summary: 'Add an organisation (administrators)',
        description: 'A slug already taken answers 409 naming `slug`; an unknown parent 400 naming `parentId`.',
        body: OrganizationInput,
        response: { 201: OrganizationSaved, ...writeErrors },
      },
    },
    async (request, reply) => withETag(reply, await createOrganization(request.ctx, request.body), 201),
  );

  r.patch(
    '/api/v1/organizations/:id',
    {
      config: { access: { ability: 'organization:manage' } },
      schema: {
        tags: ['directory'],
        summary: 'Change an organisation (administrators)',
        description: `${ifMatchNote} A parent that is the organisation itself or below it answers 409 naming \`parentId\`.`,
        params: IdParams,
        headers: IfMatchHeaders,
        body: OrganizationPatch,
        response: { 200: OrganizationSaved, ...patchErrors },
      },
    },
    async (request, reply) => withETag(reply, await updateOrganization(request.ctx, request.params.id, request.body, request.headers['if-match'])),
  );

  // Bodies

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
          'Members’ e-mail and phone only for those who may read the body’s internal data. A body the caller may not see answers 404. Sends the version as ETag.',
        params: IdParams,
        response: { 200: BodyDetail, 400: Problem, 404: Problem },
      },
    },
    async (request, reply) => withETag(reply, await getBody(request.ctx, request.params.id)),
  );

  r.post(
    '/api/v1/bodies',
    {
      config: { access: { ability: 'body:create' } },
      schema: {
        tags: ['directory'],
        summary: 'Add a body (administrators)',
        description: 'A slug already taken answers 409 naming `slug`; an unknown organisation or parent 400 naming the field.',
        body: BodyInput,
        response: { 201: BodyDetail, ...writeErrors },
      },
    },
    async (request, reply) => withETag(reply, await createBody(request.ctx, request.body), 201),
  );

  r.patch(
    '/api/v1/bodies/:id',
    {
      config: { access: { ability: 'body:edit' } },
      schema: {
        tags: ['directory'],
        summary: 'Change a body, its place in the tree or its rules of procedure (administrators)',
        description: `${ifMatchNote} \`rules\` replaces the whole rules object. A parent that is the body itself or one of its sub-bodies answers 409 naming \`parentId\`.`,
        params: IdParams,
        headers: IfMatchHeaders,
        body: BodyPatch,
        response: { 200: BodyDetail, ...patchErrors },
      },
    },
    async (request, reply) => withETag(reply, await updateBody(request.ctx, request.params.id, request.body, request.headers['if-match'])),
  );

  // Memberships

  r.get(
    '/api/v1/bodies/:id/members',
    {
      config: { access: 'public' },
      schema: {
        tags: ['directory'],
        summary: 'The members of a body on a given day, by role',
        description: 'Today when `on` is omitted. Contact details as on GET /bodies/:id.',
        params: IdParams,
        querystring: MembersOnQuery,
        response: { 200: MembersOn, 400: Problem, 404: Problem },
      },
    },
    async (request) => listMembersOn(request.ctx, request.params.id, request.query.on),
  );

  r.get(
    '/api/v1/bodies/:id/memberships/history',
    {
      config: { access: 'public' },
      schema: {
        tags: ['directory'],
        summary: 'Every membership of a body, ended and future ones included, newest start first',
        params: IdParams,
        response: { 200: MembershipHistory, 400: Problem, 404: Problem },
      },
    },
    async (request) => listMembershipHistory(request.ctx, request.params.id),
  );

  r.post(
    '/api/v1/bodies/:id/memberships',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['directory'],
        summary: 'Add a membership (administrators and the body’s chair, secretary or coordinator)',
        description:
          'An end before the start answers 400 naming `endDate`; a second overlapping membership of the same person in the same role 409 naming `role`.',
        params: IdParams,
        body: MembershipInput,
        response: { 201: MembershipSaved, ...writeErrors },
      },
    },
    async (request, reply) => withETag(reply, await addMembership(request.ctx, request.params.id, request.body), 201),
  );

  r.patch(
    '/api/v1/memberships/:id',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['directory'],
        summary: 'Change a membership’s role, representation, voting right, substitute or dates',
        description: `${ifMatchNote} The same rules as when adding one.`,
        params: IdParams,
        headers: IfMatchHeaders,
        body: MembershipPatch,
        response: { 200: MembershipSaved, ...patchErrors },
      },
    },
    async (request, reply) => withETag(reply, await updateMembership(request.ctx, request.params.id, request.body, request.headers['if-match'])),
  );

  r.post(
    '/api/v1/memberships/:id/end',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['directory'],
        summary: 'End a membership on a date; it stays in the history',
        description: 'If-Match is optional here and checked when sent.',
        params: IdParams,
        headers: IfMatchHeaders,
        body: MembershipEnd,
        response: { 200: MembershipSaved, ...patchErrors },
      },
    },
    async (request, reply) => withETag(reply, await endMembership(request.ctx, request.params.id, request.body, request.headers['if-match'])),
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

  // People

  r.get(
    '/api/v1/persons',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['directory'],
        summary: 'People of the directory (staff and those who manage a body)',
        description: 'Searches given and family names, ignoring case and accents. E-mail and phone for staff only.',
        querystring: PersonListQuery,
        response: { 200: PersonList, 400: Problem, 401: Problem, 403: Problem },
      },
    },
    async (request) => listPersons(request.ctx, request.query),
  );

  r.get(
    '/api/v1/persons/:id',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['directory'],
        summary: 'One person (staff and those who manage a body); sends the version as ETag',
        params: IdParams,
        response: { 200: PersonSaved, 400: Problem, 401: Problem, 403: Problem, 404: Problem },
      },
    },
    async (request, reply) => withETag(reply, await getPerson(request.ctx, request.params.id)),
  );

  r.post(
    '/api/v1/persons',
    {
      config: { access: { ability: 'person:create' } },
      schema: {
        tags: ['directory'],
        summary: 'Add a person (staff and those who manage a body)',
        body: PersonInput,
        response: { 201: PersonSaved, ...writeErrors },
      },
    },
    async (request, reply) => withETag(reply, await createPerson(request.ctx, request.body), 201),
  );

  r.patch(
    '/api/v1/persons/:id',
    {
      config: { access: { ability: 'person:edit' } },
      schema: {
        tags: ['directory'],
        summary: 'Change a person’s name, organisation or contact details (staff)',
        description: ifMatchNote,
        params: IdParams,
        headers: IfMatchHeaders,
        body: PersonPatch,
        response: { 200: PersonSaved, ...patchErrors },
      },
    },
    async (request, reply) => withETag(reply, await updatePerson(request.ctx, request.params.id, request.body, request.headers['if-match'])),
  );

  r.put(
    '/api/v1/persons/:id/account',
    {
      config: { access: { ability: 'person:link-account' } },
      schema: {
        tags: ['directory'],
        summary: 'Link a person to a user account: the user acts with the person’s body roles (administrators)',
        description: `${ifMatchNote} A user already linked to another person answers 409 naming that person.`,
        params: IdParams,
        headers: IfMatchHeaders,
        body: PersonAccountLink,
        response: { 200: PersonSaved, ...patchErrors },
      },
    },
    async (request, reply) =>
      withETag(reply, await linkPersonAccount(request.ctx, request.params.id, request.body, request.headers['if-match'])),
  );

  r.delete(
    '/api/v1/persons/:id/account',
    {
      config: { access: { ability: 'person:link-account' } },
      schema: {
        tags: ['directory'],
        summary: 'Unlink a person from their user account (administrators); the account itself stays',
        description: ifMatchNote,
        params: IdParams,
        headers: IfMatchHeaders,
        response: { 200: PersonSaved, ...patchErrors },
      },
    },
    async (request, reply) => withETag(reply, await unlinkPersonAccount(request.ctx, request.params.id, request.headers['if-match'])),
  );

  // Search

  r.get(
    '/api/v1/directory/search',
    {
      config: { access: 'public' },
      schema: {
        tags: ['directory'],
        summary: 'Search bodies, people and organisations at once',
        description:
          'Case and accents are ignored. Bodies the caller may see; organisations for signed-in users; people for staff and body managers.',
        querystring: DirectorySearchQuery,
        response: { 200: DirectorySearchResult, 400: Problem },
      },
    },
    async (request) => searchDirectory(request.ctx, request.query),
  );
}

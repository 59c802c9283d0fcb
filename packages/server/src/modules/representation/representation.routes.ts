import type { FastifyInstance, FastifyReply } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Problem } from '@collegium/shared/contracts/common';
import { IdParams, IfMatchHeaders } from '@collegium/shared/contracts/directory';
import {
  MemberOrganization,
  MemberOrganizationEnd,
  MemberOrganizationEnded,
  MemberOrganizationInput,
  MemberOrganizationList,
  Representation,
  RepresentationQuery,
  SlotInput,
  SlotList,
  SlotListReplace,
  SlotOrder,
  SlotParams,
  SlotPatch,
  SlotSaved,
} from '@collegium/shared/contracts/representation';
import type { Deps } from '../../context.js';
import { addMemberOrganization, endMemberOrganization, listMemberOrganizations } from './member-organizations.service.js';
import { getRepresentation } from './representation.service.js';
import { reorderSlots, replaceSlots } from './slot-list.service.js';
import { addSlot, listSlots, removeSlot, renameSlot } from './slots.service.js';

const tags = ['representation'];
const withETag = <T extends { etag: string }>(reply: FastifyReply, resource: T, status = 200) =>
  reply.status(status).header('etag', resource.etag).send(resource);
const readErrors = { 400: Problem, 404: Problem };
const writeErrors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };
const versionErrors = { ...writeErrors, 412: Problem, 428: Problem };
const managers = 'Administrators and the body’s chair, secretary or coordinator.';
const listIfMatch = 'Send the list’s ETag (GET /bodies/:id/slots) in If-Match: a stale one answers 412, a missing one 428.';

/** Representation in networks: a body's slots, its member organisations and who fills which slot. */
export async function representationRoutes(app: FastifyInstance, _deps: Deps): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.get('/api/v1/bodies/:id/representation', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'Per member organisation, each slot with the person filling it on a day, or unfilled',
      description: 'Today when `on` is omitted. Contact details as on GET /bodies/:id; a body the caller may not see answers 404.',
      params: IdParams,
      querystring: RepresentationQuery,
      response: { 200: Representation, ...readErrors },
    },
  }, async (request) => getRepresentation(request.ctx, request.params.id, request.query.on));

  r.get('/api/v1/bodies/:id/slots', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'The representation slots of a body, in order; sends the list’s version as ETag',
      params: IdParams,
      response: { 200: SlotList, ...readErrors },
    },
  }, async (request, reply) => withETag(reply, await listSlots(request.ctx, request.params.id)));

  r.put('/api/v1/bodies/:id/slots', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: 'Replace the whole list of slots',
      description: `${managers} ${listIfMatch} Items with an id keep that slot (and its key), items without are new, slots left out are removed; a slot someone fills today or later answers 409 naming \`items\`.`,
      params: IdParams,
      headers: IfMatchHeaders,
      body: SlotListReplace,
      response: { 200: SlotList, ...versionErrors },
    },
  }, async (request, reply) => withETag(reply, await replaceSlots(request.ctx, request.params.id, request.body, request.headers['if-match'])));

  r.post('/api/v1/bodies/:id/slots', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: 'Add a slot at the end of the list',
      description: `${managers} The key is made from the label unless given; a key already used answers 409 naming \`key\`.`,
      params: IdParams,
      body: SlotInput,
      response: { 201: SlotSaved, ...writeErrors },
    },
  }, async (request, reply) => withETag(reply, await addSlot(request.ctx, request.params.id, request.body), 201));

  r.put('/api/v1/bodies/:id/slots/order', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: 'Put the slots in a new order',
      description: `${managers} ${listIfMatch} \`slotIds\` lists every slot once.`,
      params: IdParams,
      headers: IfMatchHeaders,
      body: SlotOrder,
      response: { 200: SlotList, ...versionErrors },
    },
  }, async (request, reply) => withETag(reply, await reorderSlots(request.ctx, request.params.id, request.body, request.headers['if-match'])));

  r.patch('/api/v1/bodies/:id/slots/:slotId', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: 'Rename a slot; its key stays',
      description: `${managers} Send the slot’s ETag in If-Match: a stale one answers 412, a missing one 428.`,
      params: SlotParams,
      headers: IfMatchHeaders,
      body: SlotPatch,
      response: { 200: SlotSaved, ...versionErrors },
    },
  }, async (request, reply) =>
    withETag(reply, await renameSlot(request.ctx, request.params.id, request.params.slotId, request.body, request.headers['if-match'])),
  );

  r.delete('/api/v1/bodies/:id/slots/:slotId', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: 'Remove a slot nobody fills; answers the remaining list',
      description: `${managers} A slot someone fills today or later answers 409 naming \`slotId\`: end those memberships first. Ended memberships that filled it lose the slot. If-Match is checked when sent.`,
      params: SlotParams,
      headers: IfMatchHeaders,
      response: { 200: SlotList, ...versionErrors },
    },
  }, async (request, reply) =>
    withETag(reply, await removeSlot(request.ctx, request.params.id, request.params.slotId, request.headers['if-match'])),
  );

  r.get('/api/v1/bodies/:id/member-organizations', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'The member organisations of a body (a network’s municipalities), past and future ones included',
      params: IdParams,
      response: { 200: MemberOrganizationList, ...readErrors },
    },
  }, async (request) => listMemberOrganizations(request.ctx, request.params.id));

  r.post('/api/v1/bodies/:id/member-organizations', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: 'Make an organisation a member of the body',
      description: `${managers} An unknown organisation answers 400 naming \`organizationId\`, an overlapping membership of the same organisation 409.`,
      params: IdParams,
      body: MemberOrganizationInput,
      response: { 201: MemberOrganization, ...writeErrors },
    },
  }, async (request, reply) => withETag(reply, await addMemberOrganization(request.ctx, request.params.id, request.body), 201));

  r.post('/api/v1/member-organizations/:id/end', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: 'End an organisation’s membership of a body, and the memberships filling its slots',
      description: `${managers} Memberships that fill the organisation’s slots and run past \`leftOn\` end on that day (listed in \`endedMembershipIds\`); one that starts only after it answers 409 naming \`leftOn\`. If-Match is checked when sent.`,
      params: IdParams,
      headers: IfMatchHeaders,
      body: MemberOrganizationEnd,
      response: { 200: MemberOrganizationEnded, ...versionErrors },
    },
  }, async (request, reply) =>
    withETag(reply, await endMemberOrganization(request.ctx, request.params.id, request.body, request.headers['if-match'])),
  );
}

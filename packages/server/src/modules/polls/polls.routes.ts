import type { FastifyInstance, FastifyReply } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { Problem } from '@collegium/shared/contracts/common';
import {
  HandVotesInput,
  Poll,
  PollAnnulInput,
  PollAnnulResult,
  PollCloseInput,
  PollElectorList,
  PollInput,
  PollList,
  PollParams,
  PollPatch,
  ProxyDelegation,
  ProxyInput,
  ProxyList,
  ProxyParams,
  SessionPollsParams,
} from '@collegium/shared/contracts/polls';
import type { Deps } from '../../context.js';
import { annulPoll } from './polls.annul.js';
import { closePoll, openPoll } from './polls.flow.js';
import { listPollElectors } from './polls.electors-read.js';
import { recordHandVotes } from './polls.hands.js';
import { giveProxy, listProxies, revokeProxy } from './polls.proxies.js';
import { listPolls, readPoll } from './polls.read.js';
import { createPoll, deletePoll, updatePoll } from './polls.service.js';

const tags = ['voting'];
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };
const Empty = Type.Object({}, { additionalProperties: false });
const managers = '(the body’s chair, secretary or coordinator, or an administrator)';
const live = 'Everyone following `session:<id>` gets an event.';
const withETag = (reply: FastifyReply, poll: Poll, status = 200) => reply.header('etag', poll.etag).code(status).send(poll);

/** Polls of a session and their proxies: /api/v1/sessions/:id/polls, /api/v1/polls/:id… */
export async function pollRoutes(app: FastifyInstance, _deps: Deps): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.get(
    '/api/v1/sessions/:id/polls',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'The polls of a session with their results',
        description: 'For whoever may read the session; polls on closed items only for those who may read them. `me.seats` lists the seats the caller may vote for.',
        params: SessionPollsParams,
        response: { 200: PollList, 400: Problem, 404: Problem },
      },
    },
    async (request) => listPolls(request.ctx, request.params.id),
  );

  r.post(
    '/api/v1/sessions/:id/polls',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: `Prepare a poll on an agenda item ${managers}`,
        description: `Majority, abstention and tie rules default to the body’s rules of procedure. ${live}`,
        params: SessionPollsParams,
        body: PollInput,
        response: { 201: Poll, ...errors },
      },
    },
    async (request, reply) => withETag(reply, await createPoll(request.ctx, request.params.id, request.body), 201),
  );

  r.get(
    '/api/v1/polls/:id',
    {
      config: { access: 'public' },
      schema: { tags, summary: 'A poll with its result', params: PollParams, response: { 200: Poll, 400: Problem, 404: Problem } },
    },
    async (request, reply) => withETag(reply, await readPoll(request.ctx, request.params.id)),
  );

  r.patch(
    '/api/v1/polls/:id',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: `Change a poll that is not open yet ${managers}`,
        description: 'Needs If-Match with the poll’s ETag (missing → 428, stale → 412).',
        params: PollParams,
        body: PollPatch,
        response: { 200: Poll, ...errors, 412: Problem, 428: Problem },
      },
    },
    async (request, reply) => withETag(reply, await updatePoll(request.ctx, request.params.id, request.body, request.headers['if-match'])),
  );

  r.delete(
    '/api/v1/polls/:id',
    {
      config: { access: 'signed-in' },
      schema: { tags, summary: `Delete a poll that was never opened ${managers}`, params: PollParams, response: { 204: Type.Null(), ...errors } },
    },
    async (request, reply) => {
      await deletePoll(request.ctx, request.params.id);
      return reply.code(204).send(null);
    },
  );

  r.post(
    '/api/v1/polls/:id/open',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: `Open a poll ${managers}`,
        description: `Fixes who may vote. A meeting must be in progress and quorate (409 otherwise). ${live}`,
        params: PollParams,
        body: Type.Optional(Empty),
        response: { 200: Poll, ...errors },
      },
    },
    async (request) => openPoll(request.ctx, request.params.id),
  );

  r.post(
    '/api/v1/polls/:id/close',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: `Close a poll and count it ${managers}`,
        description: `A show of hands counted in totals gives its \`counts\`. The quorum is checked again: without it the result is void. A resolution’s result becomes the item’s outcome. ${live}`,
        params: PollParams,
        body: Type.Optional(PollCloseInput),
        response: { 200: Poll, ...errors },
      },
    },
    async (request) => closePoll(request.ctx, request.params.id, { ...(request.body ?? {}), reason: 'manual' }),
  );

  r.put(
    '/api/v1/polls/:id/hand-votes',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: `Record hands seat by seat in a named show of hands ${managers}`,
        description: 'A null option clears that seat’s vote.',
        params: PollParams,
        body: HandVotesInput,
        response: { 200: Poll, ...errors },
      },
    },
    async (request) => recordHandVotes(request.ctx, request.params.id, request.body),
  );

  r.get(
    '/api/v1/polls/:id/electors',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: `The seats of a poll and whether each has voted ${managers}`,
        description: 'Fixed when the poll opens (empty before). The option is given only for a named show of hands, which the managers record.',
        params: PollParams,
        response: { 200: PollElectorList, 400: Problem, 401: Problem, 403: Problem, 404: Problem },
      },
    },
    async (request) => listPollElectors(request.ctx, request.params.id),
  );

  r.post(
    '/api/v1/polls/:id/annul',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: `Annul a poll, optionally preparing it again ${managers}`,
        description: `The reason is recorded; an outcome the poll wrote is undone. ${live}`,
        params: PollParams,
        body: PollAnnulInput,
        response: { 200: PollAnnulResult, ...errors },
      },
    },
    async (request) => annulPoll(request.ctx, request.params.id, request.body),
  );

  r.get(
    '/api/v1/sessions/:id/proxies',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Proxy delegations of a session',
        description: 'The body’s managers see all; a member those they gave or hold.',
        params: SessionPollsParams,
        response: { 200: ProxyList, ...errors },
      },
    },
    async (request) => listProxies(request.ctx, request.params.id),
  );

  r.post(
    '/api/v1/sessions/:id/proxies',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Entrust a vote to another member for this session',
        description: `Only where the body’s rules allow proxies. A member gives their own; managers may record one given on paper. ${live}`,
        params: SessionPollsParams,
        body: ProxyInput,
        response: { 201: ProxyDelegation, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await giveProxy(request.ctx, request.params.id, request.body)),
  );

  r.delete(
    '/api/v1/proxies/:id',
    {
      config: { access: 'signed-in' },
      schema: { tags, summary: 'Revoke a proxy', params: ProxyParams, response: { 200: ProxyDelegation, ...errors } },
    },
    async (request) => revokeProxy(request.ctx, request.params.id),
  );
}

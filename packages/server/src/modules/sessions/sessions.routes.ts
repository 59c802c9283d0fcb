import type { FastifyInstance, FastifyReply } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Problem } from '@collegium/shared/contracts/common';
import {
  AgendaItemInput,
  AgendaItemPatch,
  AgendaOrder,
  SessionDetail,
  SessionIdParams,
  SessionIfMatchHeaders,
  SessionInput,
  SessionList,
  SessionListQuery,
  SessionPatch,
  SessionTransition,
} from '@collegium/shared/contracts/sessions';
import type { Deps } from '../../context.js';
import { addAgendaItem, removeAgendaItem, updateAgendaItem } from './agenda.service.js';
import { reorderAgenda } from './agenda-order.service.js';
import { listMySessions } from './my-sessions.service.js';
import { changeSessionStatus } from './session-status.service.js';
import { createSession, getSession, listBodySessions, updateSession } from './sessions.service.js';

const withETag = (reply: FastifyReply, session: SessionDetail, status = 200) =>
  reply.status(status).header('etag', session.etag).send(session);

const readErrors = { 400: Problem, 404: Problem };
const writeErrors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };
const versionedErrors = { ...writeErrors, 412: Problem, 428: Problem };
const tags = ['sessions'];
const answersSession = 'Answers the whole session with its agenda (the session’s ETag in the header, the agenda’s in `agenda.etag`).';

export async function sessionRoutes(app: FastifyInstance, _deps: Deps): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.get(
    '/api/v1/bodies/:id/sessions',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'A body’s sessions: upcoming, past or all',
        description: 'Drafts only for the body’s members; the public sees convened sessions of public bodies.',
        params: SessionIdParams,
        querystring: SessionListQuery,
        response: { 200: SessionList, ...readErrors },
      },
    },
    async (request) => listBodySessions(request.ctx, request.params.id, request.query),
  );

  r.post(
    '/api/v1/bodies/:id/sessions',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Create a draft session (the body’s chair, secretary or coordinator)',
        description: `Numbered per body and kind. Overlapping sessions of the body come back in \`warnings\`. ${answersSession}`,
        params: SessionIdParams,
        body: SessionInput,
        response: { 201: SessionDetail, ...writeErrors },
      },
    },
    async (request, reply) => withETag(reply, await createSession(request.ctx, request.params.id, request.body), 201),
  );

  r.get(
    '/api/v1/sessions',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Sessions of the bodies the caller belongs to or substitutes in (upcoming unless `when` says otherwise)',
        querystring: SessionListQuery,
        response: { 200: SessionList, 400: Problem, 401: Problem },
      },
    },
    async (request) => listMySessions(request.ctx, request.query),
  );

  r.get(
    '/api/v1/sessions/:id',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'One session with its agenda',
        description: `A closed item’s title and proposed resolution are hidden from everyone who is not a member. ${answersSession}`,
        params: SessionIdParams,
        response: { 200: SessionDetail, ...readErrors },
      },
    },
    async (request, reply) => withETag(reply, await getSession(request.ctx, request.params.id)),
  );

  r.patch(
    '/api/v1/sessions/:id',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Change a session’s title, time, place, link or notes',
        description: `Needs If-Match with the session’s ETag (missing → 428, stale → 412). ${answersSession}`,
        params: SessionIdParams,
        headers: SessionIfMatchHeaders,
        body: SessionPatch,
        response: { 200: SessionDetail, ...versionedErrors },
      },
    },
    async (request, reply) =>
      withETag(reply, await updateSession(request.ctx, request.params.id, request.body, request.headers['if-match'])),
  );

  r.post(
    '/api/v1/sessions/:id/status',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Convene, start, close, cancel or postpone a session',
        description: `A move the life cycle does not allow answers 409 saying why. ${answersSession}`,
        params: SessionIdParams,
        body: SessionTransition,
        response: { 200: SessionDetail, ...writeErrors },
      },
    },
    async (request, reply) => withETag(reply, await changeSessionStatus(request.ctx, request.params.id, request.body)),
  );

  r.post(
    '/api/v1/sessions/:id/agenda',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Add an agenda item (at the end, or as the last sub-item of `parentId`)',
        description: `After convening, the addition is listed among the agenda’s changes. ${answersSession}`,
        params: SessionIdParams,
        body: AgendaItemInput,
        response: { 201: SessionDetail, ...writeErrors },
      },
    },
    async (request, reply) => withETag(reply, await addAgendaItem(request.ctx, request.params.id, request.body), 201),
  );

  r.put(
    '/api/v1/sessions/:id/agenda/order',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Put the agenda in a new order, given whole',
        description: `Needs If-Match with the agenda’s ETag (\`agenda.etag\`). ${answersSession}`,
        params: SessionIdParams,
        headers: SessionIfMatchHeaders,
        body: AgendaOrder,
        response: { 200: SessionDetail, ...versionedErrors },
      },
    },
    async (request, reply) =>
      withETag(reply, await reorderAgenda(request.ctx, request.params.id, request.body, request.headers['if-match'])),
  );

  r.patch(
    '/api/v1/agenda-items/:id',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Change an agenda item',
        description: `Needs If-Match with the item’s \`etag\`. ${answersSession}`,
        params: SessionIdParams,
        headers: SessionIfMatchHeaders,
        body: AgendaItemPatch,
        response: { 200: SessionDetail, ...versionedErrors },
      },
    },
    async (request, reply) =>
      withETag(reply, await updateAgendaItem(request.ctx, request.params.id, request.body, request.headers['if-match'])),
  );

  r.delete(
    '/api/v1/agenda-items/:id',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Remove an agenda item: deleted from a draft, withdrawn once convened',
        description: answersSession,
        params: SessionIdParams,
        response: { 200: SessionDetail, ...writeErrors },
      },
    },
    async (request, reply) => withETag(reply, await removeAgendaItem(request.ctx, request.params.id)),
  );
}

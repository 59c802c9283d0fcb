import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { Problem } from '@collegium/shared/contracts/common';
import { IdParams } from '@collegium/shared/contracts/directory';
import { Minutes, MinutesComparison, MinutesContent, MinutesSave } from '@collegium/shared/contracts/minutes';
import type { Deps } from '../../context.js';
import { buildMinutesOfSession } from './minutes.build.js';
import { compareMinutesVersions } from './minutes.compare.js';
import { getMinutes, getMinutesOfSession, getMinutesVersion } from './minutes.read.js';
import { saveMinutes } from './minutes.save.js';

const tags = ['minutes'];
const VersionParams = Type.Object({ id: Type.String({ format: 'uuid' }), version: Type.Integer({ minimum: 1 }) });
const CompareQuery = Type.Object({ from: Type.Integer({ minimum: 1 }), to: Type.Integer({ minimum: 1 }) }, { additionalProperties: false });
const hidden = 'Those who may not read the session’s closed content get 404, as if there were no minutes.';

/** The minutes of a session: read, build, save versions, compare versions. */
export async function minutesRoutes(app: FastifyInstance, _deps: Deps): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.get(
    '/api/v1/sessions/:id/minutes',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'The minutes of a session: the latest version, the versions, the approval and what the caller may do',
        description: `404 until they are built (when the session closes). ${hidden}`,
        params: IdParams,
        response: { 200: Minutes, 400: Problem, 401: Problem, 404: Problem },
      },
    },
    async (request, reply) => {
      const minutes = await getMinutesOfSession(request.ctx, request.params.id);
      return reply.header('etag', minutes.etag).send(minutes);
    },
  );

  r.post(
    '/api/v1/sessions/:id/minutes',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Build the draft minutes of a closed session now (the body’s chair or secretary)',
        description: 'For sessions closed before minutes were built on closing. 409 while the session is not closed and once its minutes exist.',
        params: IdParams,
        response: { 201: Minutes, 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem },
      },
    },
    async (request, reply) => {
      const minutesId = await buildMinutesOfSession(request.ctx, request.params.id);
      const minutes = await getMinutes(request.ctx, minutesId);
      return reply.status(201).header('etag', minutes.etag).send(minutes);
    },
  );

  r.put(
    '/api/v1/minutes/:id',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Save the written parts as a new version (the body’s chair or secretary)',
        description:
          'On an older `baseVersion` the save is merged part by part with the versions saved since; where both changed the same part, 409 with code `minutes_conflict`, `latestVersion` and every conflict (base, mine, theirs), and nothing is saved. Rich text is sanitised. Submitted and approved minutes are locked (409).',
        params: IdParams,
        body: MinutesSave,
        response: { 200: Minutes, 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem },
      },
    },
    async (request, reply) => {
      const minutes = await saveMinutes(request.ctx, request.params.id, request.body);
      return reply.header('etag', minutes.etag).send(minutes);
    },
  );

  r.get(
    '/api/v1/minutes/:id/versions/:version',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'One saved version of the minutes',
        description: hidden,
        params: VersionParams,
        response: { 200: MinutesContent, 400: Problem, 401: Problem, 404: Problem },
      },
    },
    async (request) => getMinutesVersion(request.ctx, request.params.id, request.params.version),
  );

  r.get(
    '/api/v1/minutes/:id/compare',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'What changed between two versions: a word-level diff of each written part that differs',
        description: `400 naming \`from\` or \`to\` for a version the minutes do not have. ${hidden}`,
        params: IdParams,
        querystring: CompareQuery,
        response: { 200: MinutesComparison, 400: Problem, 401: Problem, 404: Problem },
      },
    },
    async (request) => compareMinutesVersions(request.ctx, request.params.id, request.query.from, request.query.to),
  );
}

import type { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { Problem } from '@collegium/shared/contracts/common';
import { SessionIdParams } from '@collegium/shared/contracts/sessions';
import { SessionPacketQuery, SessionPacketStatus } from '@collegium/shared/contracts/session-packet';
import type { Deps } from '../../context.js';
import { getPacketStatus, openPacket, rebuildPacket } from './packet.service.js';

const PdfBytes = Type.Unsafe<Readable>({ type: 'string', format: 'binary', description: 'the packet PDF' });
const tags = ['sessions'];
const variants =
  'Readers get the packet of what they may see: members the whole agenda with its materials, others its public items; ' +
  'managers may ask for `?variant=draft` (late entries awaiting the chair, marked) while there is one.';

export async function sessionPacketRoutes(app: FastifyInstance, _deps: Deps): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.get(
    '/api/v1/sessions/:id/packet',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'The session packet: one PDF with cover, agenda, contents and every PDF material',
        description: `${variants} While it is being prepared (or never was) the answer is 409 saying so; see …/packet/status.`,
        params: SessionIdParams,
        querystring: SessionPacketQuery,
        produces: ['application/pdf'],
        response: { 200: PdfBytes, 400: Problem, 403: Problem, 404: Problem, 409: Problem },
      },
    },
    async (request, reply) => {
      const packet = await openPacket(request.ctx, request.params.id, request.query.variant);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-length', String(packet.size))
        .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(packet.fileName)}`)
        .header('etag', `"${packet.sha256}"`)
        .header('cache-control', 'private, no-cache')
        .send(packet.stream);
    },
  );

  r.get(
    '/api/v1/sessions/:id/packet/status',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Whether the caller’s session packet is ready, being prepared or failed, and when it was built',
        description: variants,
        params: SessionIdParams,
        querystring: SessionPacketQuery,
        response: { 200: SessionPacketStatus, 400: Problem, 403: Problem, 404: Problem },
      },
    },
    async (request) => getPacketStatus(request.ctx, request.params.id, request.query.variant),
  );

  r.post(
    '/api/v1/sessions/:id/packet/rebuild',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Build the session packet again now (the session’s managers)',
        description: 'Every variant is rebuilt in the background; the answer is the status, normally "building".',
        params: SessionIdParams,
        response: { 202: SessionPacketStatus, 400: Problem, 401: Problem, 403: Problem, 404: Problem },
      },
    },
    async (request, reply) => reply.status(202).send(await rebuildPacket(request.ctx, request.params.id)),
  );
}

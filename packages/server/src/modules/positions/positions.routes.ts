import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Problem } from '@collegium/shared/contracts/common';
import {
  AgendaItemIdParams,
  ConsentBlock,
  ConsentBlockExclusionInput,
  Position,
  PositionInput,
  SessionPositions,
} from '@collegium/shared/contracts/positions';
import { SessionIdParams } from '@collegium/shared/contracts/sessions';
import type { Deps } from '../../context.js';
import { readConsentBlock, setConsentBlockExclusion } from './consent-block.service.js';
import { readPositions, recordPosition } from './positions.service.js';

const readErrors = { 401: Problem, 403: Problem, 404: Problem };
const writeErrors = { 400: Problem, ...readErrors, 409: Problem };
const tags = ['positions'];

export async function positionRoutes(app: FastifyInstance, _deps: Deps): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.get(
    '/api/v1/sessions/:id/positions',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Positions recorded before the session: the caller’s own, and per item the counts and who objects, wishes to speak or declared a conflict',
        description: 'For those who may read the session’s closed items (members, staff, named substitutes); never for the public or guests.',
        params: SessionIdParams,
        response: { 200: SessionPositions, ...readErrors },
      },
    },
    async (request) => readPositions(request.ctx, request.params.id),
  );

  r.put(
    '/api/v1/agenda-items/:id/position',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Record or change the caller’s position on an item (agree, object, wish to speak, conflict of interest)',
        description:
          'Members of the body, or the substitute a member sent, while the session is convened (409 before convening and once it has started). A conflict of interest needs a reason.',
        params: AgendaItemIdParams,
        body: PositionInput,
        response: { 200: Position, ...writeErrors },
      },
    },
    async (request) => recordPosition(request.ctx, request.params.id, request.body),
  );

  r.get(
    '/api/v1/sessions/:id/consent-block',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'The consent block: the items the session adopts together with one vote at the start, and why the others are out',
        params: SessionIdParams,
        response: { 200: ConsentBlock, ...readErrors },
      },
    },
    async (request) => readConsentBlock(request.ctx, request.params.id),
  );

  r.put(
    '/api/v1/agenda-items/:id/consent-block',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Take an item out of the consent block (`excluded: true`) or put it back (the chair, secretary or coordinator, before the start)',
        params: AgendaItemIdParams,
        body: ConsentBlockExclusionInput,
        response: { 200: ConsentBlock, ...writeErrors },
      },
    },
    async (request) => setConsentBlockExclusion(request.ctx, request.params.id, request.body.excluded),
  );
}

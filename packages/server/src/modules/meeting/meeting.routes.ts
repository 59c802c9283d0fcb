import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { Problem } from '@collegium/shared/contracts/common';
import {
  AmendmentInput,
  CurrentItemInput,
  FloorRequestInput,
  MeetingItemParams,
  MeetingParams,
  MeetingSpeakerParams,
  MeetingState,
  OutcomeInput,
  SpeakerOrderInput,
  SpeakingLimitInput,
} from '@collegium/shared/contracts/meeting';
import type { Deps } from '../../context.js';
import { adoptAgenda, adoptConsentBlock, recordAmendment } from './meeting.agenda.service.js';
import { recordOutcome, setCurrentItem, setSpeakingLimit } from './meeting.items.service.js';
import { askForFloor, endSpeech, grantFloor, reorderSpeakers, withdrawFloorRequest } from './meeting.speakers.service.js';
import { getMeetingState } from './meeting.state.js';

const tags = ['meeting'];
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };
const answers = { 200: MeetingState, ...errors };
const Empty = Type.Object({}, { additionalProperties: false });
const live = 'Everyone following `session:<id>` gets an event and refetches. Answers the meeting as the caller sees it.';
const chairOnly = '(the body’s chair, secretary or coordinator; the session in progress)';

/** The meeting of a session in progress: /api/v1/sessions/:id/meeting… */
export async function meetingRoutes(app: FastifyInstance, _deps: Deps): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const base = '/api/v1/sessions/:id/meeting';

  r.get(
    base,
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'The meeting: agenda adoption, current item, outcomes and the speakers list',
        description: 'For whoever may read the session; resolutions of closed items only for those who may read them.',
        params: MeetingParams,
        response: { 200: MeetingState, 400: Problem, 404: Problem },
      },
    },
    async (request) => getMeetingState(request.ctx, request.params.id),
  );

  r.post(
    `${base}/amendments`,
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: `Record a proposed amendment of the agenda and the decision on it ${chairOnly}`,
        description: `Before the agenda is adopted. An accepted addition adds its item; an accepted withdrawal marks the item withdrawn. ${live}`,
        params: MeetingParams,
        body: AmendmentInput,
        response: answers,
      },
    },
    async (request) => recordAmendment(request.ctx, request.params.id, request.body),
  );

  r.post(
    `${base}/agenda-adoption`,
    {
      config: { access: 'signed-in' },
      schema: { tags, summary: `The agenda is adopted ${chairOnly}`, description: live, params: MeetingParams, body: Empty, response: answers },
    },
    async (request) => adoptAgenda(request.ctx, request.params.id),
  );

  r.post(
    `${base}/consent-block-adoption`,
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: `The consent block is adopted ${chairOnly}`,
        description: `Every item of the consent block gets the outcome “adopted”, marked as adopted in the block. ${live}`,
        params: MeetingParams,
        body: Empty,
        response: answers,
      },
    },
    async (request) => adoptConsentBlock(request.ctx, request.params.id),
  );

  r.put(
    `${base}/current-item`,
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: `Move to an item, the next or the previous one ${chairOnly}`,
        description: `\`{"step":"next"}\` skips withdrawn items and those adopted in the consent block; \`{"agendaItemId":null}\` leaves the current item. ${live}`,
        params: MeetingParams,
        body: CurrentItemInput,
        response: answers,
      },
    },
    async (request) => setCurrentItem(request.ctx, request.params.id, request.body),
  );

  r.put(
    `${base}/items/:itemId/outcome`,
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: `Record or change an item’s outcome ${chairOnly}`,
        description: `Changeable until the session closes; \`outcome: null\` clears it. ${live}`,
        params: MeetingItemParams,
        body: OutcomeInput,
        response: answers,
      },
    },
    async (request) => recordOutcome(request.ctx, request.params.id, request.params.itemId, request.body),
  );

  r.put(
    `${base}/speaking-limit`,
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: `Set the speaking-time limit of the session or of one item ${chairOnly}`,
        description: `Applies to speeches given the floor from then on. ${live}`,
        params: MeetingParams,
        body: SpeakingLimitInput,
        response: answers,
      },
    },
    async (request) => setSpeakingLimit(request.ctx, request.params.id, request.body),
  );

  r.post(
    `${base}/speakers`,
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Ask for the floor on the current item',
        description: `Members, substitutes, and guests where the body’s rules let guests speak; the chair or secretary may name \`personId\`. A reply goes to the head of the queue. ${live}`,
        params: MeetingParams,
        body: FloorRequestInput,
        response: answers,
      },
    },
    async (request) => askForFloor(request.ctx, request.params.id, request.body),
  );

  r.delete(
    `${base}/speakers/:requestId`,
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Withdraw a waiting request for the floor (its person, the chair or the secretary)',
        description: live,
        params: MeetingSpeakerParams,
        response: answers,
      },
    },
    async (request) => withdrawFloorRequest(request.ctx, request.params.id, request.params.requestId),
  );

  r.post(
    `${base}/speakers/:requestId/grant`,
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: `Give the floor to a waiting speaker ${chairOnly}`,
        description: `The speech runs under the item’s limit, else the session’s; clients count down from its startedAt. ${live}`,
        params: MeetingSpeakerParams,
        body: Empty,
        response: answers,
      },
    },
    async (request) => grantFloor(request.ctx, request.params.id, request.params.requestId),
  );

  r.post(
    `${base}/speakers/:requestId/end`,
    {
      config: { access: 'signed-in' },
      schema: { tags, summary: `End the running speech ${chairOnly}`, description: live, params: MeetingSpeakerParams, body: Empty, response: answers },
    },
    async (request) => endSpeech(request.ctx, request.params.id, request.params.requestId),
  );

  r.put(
    `${base}/speakers/order`,
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: `Reorder the waiting speakers of the current item ${chairOnly}`,
        description: live,
        params: MeetingParams,
        body: SpeakerOrderInput,
        response: answers,
      },
    },
    async (request) => reorderSpeakers(request.ctx, request.params.id, request.body),
  );
}

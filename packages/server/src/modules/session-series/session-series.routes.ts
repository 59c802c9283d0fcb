import type { FastifyInstance, FastifyReply } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Problem } from '@collegium/shared/contracts/common';
import {
  CalendarEntries,
  CalendarQuery,
  Occurrence,
  OccurrenceCancel,
  OccurrenceList,
  OccurrenceMove,
  OccurrenceRef,
  OccurrenceWindow,
  Series,
  SeriesEnd,
  SeriesIdParams,
  SeriesInput,
  SeriesList,
  SeriesSplit,
} from '@collegium/shared/contracts/session-series';
import { SessionIfMatchHeaders } from '@collegium/shared/contracts/sessions';
import type { Ctx, Deps } from '../../context.js';
import { listCalendar } from './calendar.service.js';
import {
  cancelOccurrence,
  listSeriesOccurrences,
  moveOccurrence,
  prepareOccurrence,
  restoreOccurrence,
} from './occurrences.service.js';
import { createSeries, endSeries, getSeries, listBodySeries, splitSeries } from './series.service.js';

const withETag = (reply: FastifyReply, series: Series, status = 200) =>
  reply.status(status).header('etag', series.etag).send(series);

const readErrors = { 400: Problem, 401: Problem, 404: Problem };
const writeErrors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };
const versionedErrors = { ...writeErrors, 412: Problem, 428: Problem };
const tags = ['session series'];
const managers = 'The body’s chair, secretary or coordinator.';

export async function sessionSeriesRoutes(app: FastifyInstance, _deps: Deps): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const occurrenceRoute = (
    verb: string,
    summary: string,
    body: typeof OccurrenceCancel | typeof OccurrenceMove | typeof OccurrenceRef,
    run: (ctx: Ctx, id: string, input: never) => Promise<Occurrence>,
    status: 200 | 201 = 200,
  ) =>
    r.post(
      `/api/v1/session-series/:id/occurrences/${verb}`,
      {
        config: { access: 'signed-in' },
        schema: {
          tags,
          summary,
          description: `${managers} The occurrence is named by its original start (as the rule gives it).`,
          params: SeriesIdParams,
          body,
          response: { 200: Occurrence, 201: Occurrence, ...writeErrors },
        },
      },
      async (request, reply) => reply.status(status).send(await run(request.ctx, request.params.id, request.body as never)),
    );

  r.get(
    '/api/v1/bodies/:id/session-series',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'A body’s recurring session series, and the defaults from its rules for a new one',
        description: 'Series are planned, not convened sessions: listed for the body’s participants and staff only.',
        params: SeriesIdParams,
        response: { 200: SeriesList, ...readErrors },
      },
    },
    async (request) => listBodySeries(request.ctx, request.params.id),
  );

  r.post(
    '/api/v1/bodies/:id/session-series',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Start a recurring series (RFC 5545 RRULE, local start time, time zone)',
        description: `${managers} A bad rule answers 400 naming \`rrule\` and what is wrong.`,
        params: SeriesIdParams,
        body: SeriesInput,
        response: { 201: Series, ...writeErrors },
      },
    },
    async (request, reply) => withETag(reply, await createSeries(request.ctx, request.params.id, request.body), 201),
  );

  r.get(
    '/api/v1/session-series/:id',
    {
      config: { access: 'public' },
      schema: { tags, summary: 'One series', params: SeriesIdParams, response: { 200: Series, ...readErrors } },
    },
    async (request, reply) => withETag(reply, await getSeries(request.ctx, request.params.id)),
  );

  r.get(
    '/api/v1/session-series/:id/occurrences',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'A series’ occurrences in a window (default: the next 90 days; at most 366 days)',
        description: 'Each with its original and actual start and its status: planned, moved, cancelled or prepared (with the session).',
        params: SeriesIdParams,
        querystring: OccurrenceWindow,
        response: { 200: OccurrenceList, ...readErrors },
      },
    },
    async (request) => listSeriesOccurrences(request.ctx, request.params.id, request.query),
  );

  r.post(
    '/api/v1/session-series/:id/split',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Change the series from a day on (“this and following”)',
        description: `${managers} The series ends the day before and a new one continues it with the changes (answered). From the first day on, the series itself changes. Needs If-Match.`,
        params: SeriesIdParams,
        headers: SessionIfMatchHeaders,
        body: SeriesSplit,
        response: { 200: Series, ...versionedErrors },
      },
    },
    async (request, reply) =>
      withETag(reply, await splitSeries(request.ctx, request.params.id, request.body, request.headers['if-match'])),
  );

  r.post(
    '/api/v1/session-series/:id/end',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'End a series after a given day',
        description: `${managers} Prepared sessions stay. Needs If-Match.`,
        params: SeriesIdParams,
        headers: SessionIfMatchHeaders,
        body: SeriesEnd,
        response: { 200: Series, ...versionedErrors },
      },
    },
    async (request, reply) =>
      withETag(reply, await endSeries(request.ctx, request.params.id, request.body, request.headers['if-match'])),
  );

  occurrenceRoute('cancel', 'Cancel one occurrence, with a reason', OccurrenceCancel, cancelOccurrence);
  occurrenceRoute('move', 'Move one occurrence to another time, place or link (“this occurrence”)', OccurrenceMove, moveOccurrence);
  occurrenceRoute('restore', 'Undo cancelling or moving an occurrence', OccurrenceRef, restoreOccurrence);
  occurrenceRoute('prepare', 'Prepare an occurrence as a draft session (once: again → 409 naming the session)', OccurrenceRef, prepareOccurrence, 201);

  r.get(
    '/api/v1/calendar',
    {
      config: { access: 'public' },
      schema: {
        tags: ['calendar'],
        summary: 'Sessions and planned series occurrences in a window (at most 366 days)',
        description:
          'Without `bodyId`: the bodies the caller belongs to or substitutes in (sign-in needed). With `bodyId`: that body, as far as the caller may see it — the public sees a public body’s convened sessions.',
        querystring: CalendarQuery,
        response: { 200: CalendarEntries, ...readErrors },
      },
    },
    async (request) => listCalendar(request.ctx, request.query),
  );
}

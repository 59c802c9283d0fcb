import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import {
  CalendarFeedBodyParams,
  CalendarFeedList,
  CalendarFeedTokenParams,
  IssuedCalendarFeed,
} from '@collegium/shared/contracts/calendar-feeds';
import { Ok, Problem } from '@collegium/shared/contracts/common';
import type { Deps } from '../../context.js';
import { sha256Hex } from '../../lib/crypto.js';
import { issueCalendarFeed, listCalendarFeeds, revokeCalendarFeed } from './calendar-feeds.service.js';
import { renderFeed } from './feed.service.js';

const tags = ['calendar'];
const errors = { 401: Problem, 403: Problem, 404: Problem };
const issued = 'The secret URL is in this answer only; an earlier URL of the same feed stops working.';

export async function calendarFeedRoutes(app: FastifyInstance, deps: Deps): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.get(
    '/api/v1/calendar/:token.ics',
    {
      // public: the secret token in the URL decides, and the feed shows what its owner may read now
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'A private iCalendar feed (subscribe to its URL in a calendar program)',
        params: CalendarFeedTokenParams,
        response: { 200: Type.String(), 304: Type.Null(), 404: Problem },
      },
    },
    async (request, reply) => {
      const ics = await renderFeed(deps, request.params.token);
      const etag = `"${sha256Hex(ics).slice(0, 32)}"`;
      reply.header('etag', etag).header('cache-control', 'private, no-cache').header('referrer-policy', 'no-referrer');
      if (request.headers['if-none-match'] === etag) return reply.status(304).send(null);
      return reply.type('text/calendar; charset=utf-8').send(ics);
    },
  );

  r.get(
    '/api/v1/me/calendar-feeds',
    {
      config: { access: 'signed-in' },
      schema: { tags, summary: 'Your calendar feeds (without their URLs)', response: { 200: CalendarFeedList, ...errors } },
    },
    async (request) => listCalendarFeeds(request.ctx),
  );

  r.post(
    '/api/v1/me/calendar-feeds',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Issue (or regenerate) your personal feed: sessions of every body you belong to or substitute in',
        description: issued,
        response: { 201: IssuedCalendarFeed, ...errors },
      },
    },
    async (request, reply) => reply.status(201).send(await issueCalendarFeed(request.ctx, null)),
  );

  r.delete(
    '/api/v1/me/calendar-feeds',
    {
      config: { access: 'signed-in' },
      schema: { tags, summary: 'Revoke your personal feed', response: { 200: Ok, ...errors } },
    },
    async (request) => {
      await revokeCalendarFeed(request.ctx, null);
      return { ok: true as const };
    },
  );

  r.post(
    '/api/v1/me/calendar-feeds/bodies/:id',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Issue (or regenerate) your feed of one body’s sessions (a body you may read)',
        description: issued,
        params: CalendarFeedBodyParams,
        response: { 201: IssuedCalendarFeed, ...errors },
      },
    },
    async (request, reply) => reply.status(201).send(await issueCalendarFeed(request.ctx, request.params.id)),
  );

  r.delete(
    '/api/v1/me/calendar-feeds/bodies/:id',
    {
      config: { access: 'signed-in' },
      schema: { tags, summary: 'Revoke your feed of one body', params: CalendarFeedBodyParams, response: { 200: Ok, ...errors } },
    },
    async (request) => {
      await revokeCalendarFeed(request.ctx, request.params.id);
      return { ok: true as const };
    },
  );
}

import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import {
  AttendanceGuestParams,
  AttendanceInput,
  AttendanceParams,
  AttendanceQuery,
  AttendanceRoster,
  GuestInput,
} from '@collegium/shared/contracts/attendance';
import { Problem } from '@collegium/shared/contracts/common';
import { SessionIdParams } from '@collegium/shared/contracts/sessions';
import type { Deps } from '../../context.js';
import { addGuest, removeGuest } from './attendance.guests.js';
import { checkIn } from './attendance.self.js';
import { getAttendance, recordAttendance } from './attendance.service.js';

const tags = ['attendance'];
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };
const answers = 'Answers the whole roster with the quorum now; every change is announced on the live topic `session:<id>`.';

export async function attendanceRoutes(app: FastifyInstance, _deps: Deps): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.get(
    '/api/v1/sessions/:id/attendance',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'The roster of a session: members, substitutes and guests with statuses and times, and the quorum now',
        description:
          'The body’s members, observers, substitutes and staff read it at any time; for a public body anyone may read it once the session is closed. Before the session starts it is the expected roster. With `agendaItemId`, the quorum is that item’s: members who declared a conflict of interest on it leave the base.',
        params: SessionIdParams,
        querystring: AttendanceQuery,
        response: { 200: AttendanceRoster, ...errors },
      },
    },
    async (request) => getAttendance(request.ctx, request.params.id, request.query),
  );

  r.put(
    '/api/v1/sessions/:id/attendance/:personId',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Register one person’s attendance (the body’s chair, secretary or coordinator)',
        description: `Present, late (with the time), left early (with the time), excused, absent; \`substituteFor\` seats the named substitute of that member. Before the session starts only excused or expected (409 otherwise); after it is closed nothing (409). ${answers}`,
        params: AttendanceParams,
        body: AttendanceInput,
        response: { 200: AttendanceRoster, ...errors },
      },
    },
    async (request) => recordAttendance(request.ctx, request.params.id, request.params.personId, request.body),
  );

  r.post(
    '/api/v1/sessions/:id/attendance/guests',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Add a guest on the spot, from the directory or by name and organisation (while the session is in progress)',
        description: answers,
        params: SessionIdParams,
        body: GuestInput,
        response: { 201: AttendanceRoster, ...errors },
      },
    },
    async (request, reply) => reply.status(201).send(await addGuest(request.ctx, request.params.id, request.body)),
  );

  r.delete(
    '/api/v1/sessions/:id/attendance/guests/:guestId',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Remove a guest added by mistake (while the session is in progress)',
        description: answers,
        params: AttendanceGuestParams,
        response: { 200: AttendanceRoster, ...errors },
      },
    },
    async (request) => removeGuest(request.ctx, request.params.id, request.params.guestId),
  );

  r.post(
    '/api/v1/sessions/:id/attendance/check-in',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: '“I am here”: a member, or a named substitute for an absent member, checks in from their own device',
        description: `Only while the session is in progress. ${answers}`,
        params: SessionIdParams,
        response: { 200: AttendanceRoster, ...errors },
      },
    },
    async (request) => checkIn(request.ctx, request.params.id),
  );
}

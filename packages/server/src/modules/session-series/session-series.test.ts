import { beforeAll, describe, expect, it } from 'vitest';
import type { Occurrence, OccurrenceList, Series, SeriesList } from '@collegium/shared/contracts/session-series';
import type { SessionDetail } from '@collegium/shared/contracts/sessions';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { buildBody, buildMember, buildUser, signIn, type TestBody } from '../../test/factories.js';
import { auditEventsOf, callerAs } from '../../test/requests.js';

type Who = 'secretary' | 'member' | 'outsider' | 'staff';

describe('session series', () => {
  let app: TestApp;
  let body: TestBody;
  let call: ReturnType<typeof callerAs<Who>>;
  const as = {} as Record<Who, Record<string, string>>;

  const weekly = {
    rrule: 'FREQ=WEEKLY;BYDAY=TU',
    startsOn: '2026-10-06',
    startTime: '10:00',
    durationMinutes: 90,
    timeZone: 'Europe/Ljubljana',
    place: 'Room 3',
  };
  const json = <T>(response: { statusCode: number; body: string; json(): unknown }, status = 200): T => {
    expect(response.statusCode, response.body).toBe(status);
    return response.json() as T;
  };
  const create = async (input: object = weekly) => json<Series>(await call('POST', `/api/v1/bodies/${body.id}/session-series`, 'secretary', input), 201);
  const occurrences = async (id: string, from = '2026-10-01T00:00:00Z', to = '2026-11-30T00:00:00Z', who: Who = 'member') =>
    json<OccurrenceList>(await call('GET', `/api/v1/session-series/${id}/occurrences?from=${from}&to=${to}`, who)).items;
  const occurrence = (items: Occurrence[], originalStart: string) => items.find((item) => item.originalStart === originalStart)!;

  beforeAll(async () => {
    app = await createTestApp();
    app.clock.set(new Date('2026-10-01T08:00:00Z'));
    body = await buildBody(app, { rules: { quorumRule: 'majority_of_members', majorityRule: 'simple', meetingPattern: 'FREQ=WEEKLY;BYDAY=TH;BYHOUR=9', timeZone: 'Europe/Ljubljana' } });
    as.secretary = (await signIn(app, await buildMember(app, body, 'secretary'))).headers;
    as.member = (await signIn(app, await buildMember(app, body, 'member'))).headers;
    as.outsider = (await signIn(app, await buildUser(app))).headers;
    as.staff = (await signIn(app, await buildUser(app, { role: 'staff' }))).headers;
    call = callerAs(app, as);
  });

  it('offers the body’s meeting pattern as the default and creates a series, audited', async () => {
    const list = json<SeriesList>(await call('GET', `/api/v1/bodies/${body.id}/session-series`, 'secretary'));
    expect(list.defaults).toEqual({ rrule: 'FREQ=WEEKLY;BYDAY=TH', startTime: '09:00', timeZone: 'Europe/Ljubljana' });
    expect(list.canCreate).toBe(true);
    const series = await create();
    expect(series).toMatchObject({ rrule: 'FREQ=WEEKLY;BYDAY=TU', startTime: '10:00', endsOn: null, abilities: { manage: true } });
    expect((await auditEventsOf(app, series.id)).map((event) => event.action)).toEqual(['session_series.create']);
    const items = await occurrences(series.id);
    expect(items.slice(0, 4).map((item) => [item.startsAt, item.status])).toEqual([
      ['2026-10-06T08:00:00.000Z', 'planned'],
      ['2026-10-13T08:00:00.000Z', 'planned'],
      ['2026-10-20T08:00:00.000Z', 'planned'],
      ['2026-10-27T09:00:00.000Z', 'planned'], // 10:00 local after the October change
    ]);
    expect(items[0]).toMatchObject({ endsAt: '2026-10-06T09:30:00.000Z', place: 'Room 3', sessionId: null });
  });

  it('refuses a bad rule, time zone or window with 400 naming the field', async () => {
    const bad = async (input: object, field: string, text: string) => {
      const response = await call('POST', `/api/v1/bodies/${body.id}/session-series`, 'secretary', { ...weekly, ...input });
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json()).toMatchObject({ field, detail: expect.stringContaining(text) });
    };
    await bad({ rrule: 'BYDAY=TU' }, 'rrule', 'FREQ is missing');
    await bad({ rrule: 'FREQ=WEEKLY;BYDAY=XY' }, 'rrule', 'XY');
    await bad({ rrule: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20261001' }, 'rrule', 'no meeting');
    await bad({ timeZone: 'Mars/Olympus' }, 'timeZone', 'not a time zone');
    const series = await create();
    const response = await call('GET', `/api/v1/session-series/${series.id}/occurrences?from=2026-10-01T00:00:00Z&to=2028-10-01T00:00:00Z`, 'member');
    expect(response.json()).toMatchObject({ status: 400, field: 'to' });
  });

  it('cancels one occurrence and moves another; restore undoes it', async () => {
    const series = await create();
    const cancelled = json<Occurrence>(
      await call('POST', `/api/v1/session-series/${series.id}/occurrences/cancel`, 'secretary', { originalStart: '2026-10-13T08:00:00.000Z', reason: 'Public holiday' }),
    );
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: 'Public holiday' });
    const moved = json<Occurrence>(
      await call('POST', `/api/v1/session-series/${series.id}/occurrences/move`, 'secretary', {
        originalStart: '2026-10-20T08:00:00.000Z',
        startsAt: '2026-10-21T12:00:00.000Z',
        place: 'Council hall',
      }),
    );
    expect(moved).toMatchObject({ status: 'moved', startsAt: '2026-10-21T12:00:00.000Z', endsAt: '2026-10-21T13:30:00.000Z', place: 'Council hall' });
    const items = await occurrences(series.id);
    expect(occurrence(items, '2026-10-13T08:00:00.000Z').status).toBe('cancelled');
    expect(occurrence(items, '2026-10-20T08:00:00.000Z')).toMatchObject({ status: 'moved', startsAt: '2026-10-21T12:00:00.000Z' });
    const notOne = await call('POST', `/api/v1/session-series/${series.id}/occurrences/cancel`, 'secretary', { originalStart: '2026-10-14T08:00:00.000Z', reason: 'x' });
    expect(notOne.json()).toMatchObject({ status: 400, field: 'originalStart' });
    const restored = json<Occurrence>(await call('POST', `/api/v1/session-series/${series.id}/occurrences/restore`, 'secretary', { originalStart: '2026-10-13T08:00:00.000Z' }));
    expect(restored.status).toBe('planned');
    expect((await auditEventsOf(app, series.id)).map((event) => event.action)).toEqual([
      'session_series.create',
      'session_series.cancel_occurrence',
      'session_series.move_occurrence',
      'session_series.restore_occurrence',
    ]);
  });

  it('prepares an occurrence as a numbered draft session once; twice → 409 naming it', async () => {
    const series = await create({ ...weekly, title: 'Weekly coordination' });
    const url = `/api/v1/session-series/${series.id}/occurrences/prepare`;
    const prepared = json<Occurrence>(await call('POST', url, 'secretary', { originalStart: '2026-10-06T08:00:00.000Z' }), 201);
    expect(prepared).toMatchObject({ status: 'prepared', sessionId: expect.any(String) });
    const session = json<SessionDetail>(await call('GET', `/api/v1/sessions/${prepared.sessionId}`, 'member'));
    expect(session).toMatchObject({ status: 'draft', kind: 'regular', title: 'Weekly coordination', startsAt: '2026-10-06T08:00:00.000Z', endsAt: '2026-10-06T09:30:00.000Z', place: 'Room 3' });
    expect(session.number).toBeGreaterThan(0);
    const again = await call('POST', url, 'secretary', { originalStart: '2026-10-06T08:00:00.000Z' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ sessionId: prepared.sessionId, field: 'originalStart', detail: `This occurrence was already prepared as regular session no. ${session.number}; open that session instead.` });
    const cancelPrepared = await call('POST', `/api/v1/session-series/${series.id}/occurrences/cancel`, 'secretary', { originalStart: '2026-10-06T08:00:00.000Z', reason: 'x' });
    expect(cancelPrepared.statusCode).toBe(409);

    // A later edit of the series leaves the prepared session alone, and it stays listed.
    const split = await call('POST', `/api/v1/session-series/${series.id}/split`, 'secretary', { from: '2026-10-01', startTime: '11:00' }, { 'if-match': series.etag });
    expect(json<Series>(split).startTime).toBe('11:00');
    const after = json<SessionDetail>(await call('GET', `/api/v1/sessions/${prepared.sessionId}`, 'member'));
    expect(after.startsAt).toBe('2026-10-06T08:00:00.000Z');
    const items = await occurrences(series.id);
    expect(items.slice(0, 3).map((item) => [item.startsAt, item.status])).toEqual([
      ['2026-10-06T08:00:00.000Z', 'prepared'],
      ['2026-10-06T09:00:00.000Z', 'planned'],
      ['2026-10-13T09:00:00.000Z', 'planned'],
    ]);
  });

  it('splits “this and following”: the old series ends the day before, a new one continues with the change', async () => {
    const series = await create({ ...weekly, rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=6' });
    await call('POST', `/api/v1/session-series/${series.id}/occurrences/cancel`, 'secretary', { originalStart: '2026-10-27T09:00:00.000Z', reason: 'Moved on' });
    const stale = await call('POST', `/api/v1/session-series/${series.id}/split`, 'secretary', { from: '2026-10-20', place: 'Room 5' }, { 'if-match': 'W/"1"' });
    expect(stale.statusCode).toBe(412);
    expect((await call('POST', `/api/v1/session-series/${series.id}/split`, 'secretary', { from: '2026-10-20' })).statusCode).toBe(428);
    const next = json<Series>(
      await call('POST', `/api/v1/session-series/${series.id}/split`, 'secretary', { from: '2026-10-20', place: 'Room 5' }, { 'if-match': series.etag }),
    );
    expect(next).toMatchObject({ startsOn: '2026-10-20', previousSeriesId: series.id, place: 'Room 5', rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=4' });
    const old = json<Series>(await call('GET', `/api/v1/session-series/${series.id}`, 'member'));
    expect(old.endsOn).toBe('2026-10-19');
    expect((await occurrences(series.id)).map((item) => item.startsAt)).toEqual(['2026-10-06T08:00:00.000Z', '2026-10-13T08:00:00.000Z']);
    const continued = await occurrences(next.id);
    expect(continued.map((item) => [item.startsAt, item.status, item.place])).toEqual([
      ['2026-10-20T08:00:00.000Z', 'planned', 'Room 5'],
      ['2026-10-27T09:00:00.000Z', 'cancelled', 'Room 5'],
      ['2026-11-03T09:00:00.000Z', 'planned', 'Room 5'],
      ['2026-11-10T09:00:00.000Z', 'planned', 'Room 5'],
    ]);
    expect((await auditEventsOf(app, series.id)).map((event) => event.action)).toContain('session_series.split');
  });

  it('ends a series after a day', async () => {
    const series = await create();
    const before = await call('POST', `/api/v1/session-series/${series.id}/end`, 'secretary', { lastDay: '2026-09-01' }, { 'if-match': series.etag });
    expect(before.json()).toMatchObject({ status: 400, field: 'lastDay' });
    const ended = json<Series>(await call('POST', `/api/v1/session-series/${series.id}/end`, 'secretary', { lastDay: '2026-10-14' }, { 'if-match': series.etag }));
    expect(ended.endsOn).toBe('2026-10-14');
    expect(await occurrences(series.id)).toHaveLength(2);
  });

  it('shows series to the body’s members and staff; others do not know them; only managers change', async () => {
    const series = await create();
    expect((await call('GET', `/api/v1/session-series/${series.id}`, 'member')).json()).toMatchObject({ abilities: { manage: false } });
    expect((await call('GET', `/api/v1/session-series/${series.id}`, 'staff')).statusCode).toBe(200);
    expect((await call('GET', `/api/v1/session-series/${series.id}`, 'outsider')).statusCode).toBe(404);
    expect((await call('GET', `/api/v1/session-series/${series.id}/occurrences`)).statusCode).toBe(404);
    expect((await call('GET', `/api/v1/bodies/${body.id}/session-series`, 'outsider')).statusCode).toBe(404);
    const cancel = { originalStart: '2026-10-06T08:00:00.000Z', reason: 'x' };
    expect((await call('POST', `/api/v1/session-series/${series.id}/occurrences/cancel`, 'member', cancel)).statusCode).toBe(403);
    expect((await call('POST', `/api/v1/session-series/${series.id}/occurrences/cancel`, 'outsider', cancel)).statusCode).toBe(404);
    expect((await call('POST', `/api/v1/session-series/${series.id}/occurrences/cancel`, undefined, cancel)).statusCode).toBe(401);
    expect((await call('POST', `/api/v1/bodies/${body.id}/session-series`, 'member', weekly)).statusCode).toBe(403);
  });

  it('lists a public body’s series to nobody outside it: planned meetings are not convened sessions', async () => {
    const open = await buildBody(app, { isPublic: true });
    const secretary = (await signIn(app, await buildMember(app, open, 'secretary'))).headers;
    const created = await app.server.inject({ method: 'POST', url: `/api/v1/bodies/${open.id}/session-series`, headers: secretary, payload: weekly });
    const series = json<Series>(created, 201);
    expect((await call('GET', `/api/v1/session-series/${series.id}`)).statusCode).toBe(404);
    expect(json<SeriesList>(await call('GET', `/api/v1/bodies/${open.id}/session-series`)).items).toEqual([]);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import type { CalendarEntries, Occurrence, Series } from '@collegium/shared/contracts/session-series';
import type { SessionDetail } from '@collegium/shared/contracts/sessions';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { buildBody, buildMember, buildMembership, buildPerson, buildUser, signIn, type TestBody } from '../../test/factories.js';
import { callerAs } from '../../test/requests.js';

type Who = 'secretary' | 'member' | 'substitute' | 'outsider' | 'administrator';

describe('calendar: sessions and planned occurrences in a window', () => {
  let app: TestApp;
  let privateBody: TestBody;
  let publicBody: TestBody;
  let call: ReturnType<typeof callerAs<Who>>;
  const as = {} as Record<Who, Record<string, string>>;
  const window = 'from=2026-10-01T00:00:00Z&to=2026-11-01T00:00:00Z';
  const weekly = { rrule: 'FREQ=WEEKLY;BYDAY=TU', startsOn: '2026-10-06', startTime: '10:00', durationMinutes: 60, timeZone: 'Europe/Ljubljana' };

  const ok = <T>(response: { statusCode: number; body: string; json(): unknown }, status = 200): T => {
    expect(response.statusCode, response.body).toBe(status);
    return response.json() as T;
  };
  const calendar = async (who: Who | undefined, query = window) => ok<CalendarEntries>(await call('GET', `/api/v1/calendar?${query}`, who));
  const lines = (entries: CalendarEntries) => entries.items.map((item) => `${item.startsAt} ${item.type} ${item.status}`);

  beforeAll(async () => {
    app = await createTestApp();
    app.clock.set(new Date('2026-10-01T08:00:00Z'));
    privateBody = await buildBody(app);
    publicBody = await buildBody(app, { isPublic: true });
    const secretary = await buildMember(app, privateBody, 'secretary');
    await buildMembership(app, { body: publicBody, person: { id: secretary.personId }, role: 'secretary' });
    as.secretary = (await signIn(app, secretary)).headers;
    const substituteUser = await buildUser(app);
    const substitute = await buildPerson(app, { user: substituteUser, email: substituteUser.email });
    const member = await buildMember(app, privateBody, 'member');
    as.member = (await signIn(app, member)).headers;
    await buildMembership(app, { body: publicBody, person: { id: member.personId }, role: 'member', substituteId: substitute.id });
    as.substitute = (await signIn(app, substituteUser)).headers;
    as.outsider = (await signIn(app, await buildUser(app))).headers;
    as.administrator = (await signIn(app, await buildUser(app, { role: 'administrator' }))).headers;
    call = callerAs(app, as);

    // The private body: a weekly series with one occurrence cancelled and one prepared.
    const series = ok<Series>(await call('POST', `/api/v1/bodies/${privateBody.id}/session-series`, 'secretary', weekly), 201);
    await call('POST', `/api/v1/session-series/${series.id}/occurrences/cancel`, 'secretary', { originalStart: '2026-10-13T08:00:00.000Z', reason: 'Holiday' });
    ok<Occurrence>(await call('POST', `/api/v1/session-series/${series.id}/occurrences/prepare`, 'secretary', { originalStart: '2026-10-06T08:00:00.000Z' }), 201);
    // The public body: one convened session and one draft.
    const sessions = `/api/v1/bodies/${publicBody.id}/sessions`;
    const convened = ok<SessionDetail>(await call('POST', sessions, 'secretary', { kind: 'regular', startsAt: '2026-10-08T15:00:00.000Z' }), 201);
    await call('POST', `/api/v1/sessions/${convened.id}/agenda`, 'secretary', { kind: 'information', title: 'Report' });
    ok<SessionDetail>(await call('POST', `/api/v1/sessions/${convened.id}/status`, 'secretary', { to: 'convened' }));
    ok<SessionDetail>(await call('POST', sessions, 'secretary', { kind: 'correspondence', deadlineAt: '2026-10-09T12:00:00.000Z' }), 201);
  });

  it('shows a member their bodies’ sessions and the series’ unprepared occurrences, soonest first', async () => {
    expect(lines(await calendar('member'))).toEqual([
      '2026-10-06T08:00:00.000Z session draft',
      '2026-10-08T15:00:00.000Z session convened',
      '2026-10-09T12:00:00.000Z session draft',
      '2026-10-13T08:00:00.000Z occurrence cancelled',
      '2026-10-20T08:00:00.000Z occurrence planned',
      '2026-10-27T09:00:00.000Z occurrence planned',
    ]);
    const entries = await calendar('member');
    expect(entries.items.find((item) => item.isDeadline)).toMatchObject({ kind: 'correspondence' });
    expect(entries.bodies.map((body) => body.id).sort()).toEqual([privateBody.id, publicBody.id].sort());
  });

  it('shows a substitute convened sessions only, and the public a public body’s convened sessions', async () => {
    expect(lines(await calendar('substitute'))).toEqual(['2026-10-08T15:00:00.000Z session convened']);
    expect(lines(await calendar(undefined, `${window}&bodyId=${publicBody.id}`))).toEqual(['2026-10-08T15:00:00.000Z session convened']);
    expect(lines(await calendar('outsider'))).toEqual([]);
    expect((await call('GET', `/api/v1/calendar?${window}`)).statusCode).toBe(401);
    expect((await call('GET', `/api/v1/calendar?${window}&bodyId=${privateBody.id}`, 'outsider')).statusCode).toBe(404);
  });

  it('lets an administrator filter by any body', async () => {
    const entries = await calendar('administrator', `${window}&bodyId=${privateBody.id}`);
    expect(lines(entries)).toHaveLength(4);
    expect(entries.bodies.map((body) => body.id)).toEqual(expect.arrayContaining([privateBody.id, publicBody.id]));
  });

  it('bounds the window', async () => {
    const response = await call('GET', '/api/v1/calendar?from=2026-10-01T00:00:00Z&to=2027-12-01T00:00:00Z', 'member');
    expect(response.json()).toMatchObject({ status: 400, field: 'to' });
    const backwards = await call('GET', '/api/v1/calendar?from=2026-10-01T00:00:00Z&to=2026-09-01T00:00:00Z', 'member');
    expect(backwards.json()).toMatchObject({ status: 400, field: 'to' });
  });
});

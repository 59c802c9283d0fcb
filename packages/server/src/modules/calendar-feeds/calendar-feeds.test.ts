import { eq } from 'drizzle-orm';
import ical, { type VEvent } from 'node-ical';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IssuedCalendarFeed } from '@collegium/shared/contracts/calendar-feeds';
import type { SessionDetail } from '@collegium/shared/contracts/sessions';
import { calendarFeeds, memberships, users } from '../../db/schema/index.js';
import { sha256Hex } from '../../lib/crypto.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { buildBody, buildMember, buildMembership, buildPerson, buildUser, signIn, type TestBody } from '../../test/factories.js';
import { auditEventsOf } from '../../test/requests.js';
import { caller, detail, inDays, type Headers } from '../../test/session-requests.js';

describe('calendar feeds', () => {
  let app: TestApp;
  let call: ReturnType<typeof caller>;
  let secretary: Headers;
  let member: Headers;
  let memberUserId: string;
  let outsider: Headers;
  let bodyA: TestBody;
  let bodyB: TestBody;
  const sessions = {} as Record<'convened' | 'draft' | 'cancelled' | 'correspondence' | 'ofB', SessionDetail>;

  const path = (url: string) => new URL(url).pathname;
  const issue = async (who: Headers, bodyId?: string) => {
    const response = await call('POST', `/api/v1/me/calendar-feeds${bodyId ? `/bodies/${bodyId}` : ''}`, who);
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as IssuedCalendarFeed;
  };
  const read = (feed: IssuedCalendarFeed, headers: Headers = {}) => call('GET', path(feed.url), {}, undefined, headers);
  const eventsOf = async (feed: IssuedCalendarFeed): Promise<Map<string, VEvent>> => {
    const response = await read(feed);
    expect(response.statusCode, response.body).toBe(200);
    const parsed = ical.sync.parseICS(response.body);
    const events = Object.values(parsed).filter((c): c is VEvent => c?.type === 'VEVENT');
    return new Map(events.map((event) => [event.uid, event]));
  };
  const uid = (session: SessionDetail) => `session-${session.id}@localhost`;

  async function convenedSession(body: TestBody, input: Record<string, unknown>, secretaryHeaders = secretary) {
    const created = detail(await call('POST', `/api/v1/bodies/${body.id}/sessions`, secretaryHeaders, input));
    await call('POST', `/api/v1/sessions/${created.id}/agenda`, secretaryHeaders, { kind: 'information', title: 'Open report' });
    await call('POST', `/api/v1/sessions/${created.id}/agenda`, secretaryHeaders, {
      kind: 'decision',
      title: 'Personnel matter',
      isPublic: false,
    });
    return detail(await call('POST', `/api/v1/sessions/${created.id}/status`, secretaryHeaders, { to: 'convened' }));
  }

  beforeAll(async () => {
    app = await createTestApp();
    call = caller(app);
    bodyA = await buildBody(app, { isPublic: false, name: 'Town council' });
    bodyB = await buildBody(app, { isPublic: false, name: 'Budget committee' });
    secretary = (await signIn(app, await buildMember(app, bodyA, 'secretary'))).headers;
    const secretaryB = (await signIn(app, await buildMember(app, bodyB, 'secretary'))).headers;
    const memberUser = await buildMember(app, bodyA, 'member');
    memberUserId = memberUser.id;
    await buildMembership(app, { body: bodyB, person: { id: memberUser.personId }, role: 'member' });
    member = (await signIn(app, memberUser)).headers;
    outsider = (await signIn(app, await buildUser(app))).headers;

    sessions.convened = await convenedSession(bodyA, {
      kind: 'regular',
      title: 'Spring',
      startsAt: inDays(app, 3),
      endsAt: inDays(app, 3, 12),
      place: 'Hall 1',
    });
    sessions.draft = detail(await call('POST', `/api/v1/bodies/${bodyA.id}/sessions`, secretary, { kind: 'regular', startsAt: inDays(app, 9) }));
    const toCancel = await convenedSession(bodyA, { kind: 'extraordinary', startsAt: inDays(app, 5) });
    sessions.cancelled = detail(
      await call('POST', `/api/v1/sessions/${toCancel.id}/status`, secretary, { to: 'cancelled', reason: 'No quorum' }),
    );
    sessions.correspondence = await convenedSession(bodyA, { kind: 'correspondence', deadlineAt: inDays(app, 2, 15) });
    sessions.ofB = await convenedSession(bodyB, { kind: 'regular', startsAt: inDays(app, 4) }, secretaryB);
  });

  it('serves the personal feed as iCalendar in UTC, without drafts or closed items, cancelled sessions marked', async () => {
    const feed = await issue(member);
    expect(feed.url).toMatch(/^http:\/\/localhost(:\d+)?\/api\/v1\/calendar\/[\w-]{40,}\.ics$/);
    const response = await read(feed);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(response.body).toContain('DTSTART:');
    expect(response.body).not.toContain('TZID');
    expect(response.body).not.toContain('Personnel matter');

    const events = await eventsOf(feed);
    expect([...events.keys()].sort()).toEqual(
      [sessions.convened, sessions.cancelled, sessions.correspondence, sessions.ofB].map(uid).sort(),
    );
    const convened = events.get(uid(sessions.convened))!;
    expect(convened.summary).toBe('1st regular session – Town council: Spring');
    expect(convened.start.toISOString()).toBe(sessions.convened.startsAt);
    expect(convened.end?.toISOString()).toBe(sessions.convened.endsAt);
    expect(convened.location).toBe('Hall 1');
    const url: unknown = convened.url;
    expect(typeof url === 'string' ? url : (url as { val: string }).val).toMatch(new RegExp(`/sessions/${sessions.convened.id}$`));
    expect(convened.description).toBe('Agenda:\n1. Open report');
    expect(convened.status).toBe('CONFIRMED');
    expect(events.get(uid(sessions.cancelled))?.status).toBe('CANCELLED');
    const correspondence = events.get(uid(sessions.correspondence))!;
    expect(correspondence.start.toISOString()).toBe(sessions.correspondence.deadlineAt);
    expect(correspondence.end?.getTime() ?? correspondence.start.getTime()).toBe(correspondence.start.getTime());
  });

  it('keeps UIDs stable, answers 304 to its ETag and raises SEQUENCE when a session changes', async () => {
    const feed = await issue(member);
    const first = await read(feed);
    const before = (await eventsOf(feed)).get(uid(sessions.convened))!;
    expect((await read(feed, { 'if-none-match': first.headers.etag as string })).statusCode).toBe(304);

    app.clock.advance(60_000);
    const current = detail(await call('GET', `/api/v1/sessions/${sessions.convened.id}`, secretary));
    detail(await call('PATCH', `/api/v1/sessions/${current.id}`, secretary, { place: 'Hall 2' }, { 'if-match': current.etag }));
    const after = (await eventsOf(feed)).get(uid(sessions.convened))!;
    expect(after.location).toBe('Hall 2');
    expect(Number(after.sequence)).toBeGreaterThan(Number(before.sequence));
    expect((await read(feed, { 'if-none-match': first.headers.etag as string })).statusCode).toBe(200);
  });

  it('includes the sessions of a body where the owner substitutes for a member', async () => {
    const substitute = await buildUser(app);
    const person = await buildPerson(app, { user: substitute, email: substitute.email });
    const principal = await buildPerson(app);
    await buildMembership(app, { body: bodyA, person: principal, role: 'member', substituteId: person.id });
    const feed = await issue((await signIn(app, substitute)).headers);
    const uids = [...(await eventsOf(feed)).keys()];
    expect(uids).toContain(uid(sessions.convened));
    expect(uids).not.toContain(uid(sessions.draft));
    expect(uids).not.toContain(uid(sessions.ofB));
  });

  it('regenerating invalidates the old URL, revoking ends the feed, each audited', async () => {
    const first = await issue(outsider);
    expect((await eventsOf(first)).size).toBe(0);
    const second = await issue(outsider);
    expect((await read(first)).statusCode).toBe(404);
    expect((await read(second)).statusCode).toBe(200);
    const listed = await call('GET', '/api/v1/me/calendar-feeds', outsider);
    expect(listed.json()).toMatchObject({ personal: { body: null }, bodies: [] });
    expect(listed.body).not.toContain('/calendar/');
    const feedId = await feedIdOf(second);
    expect((await call('DELETE', '/api/v1/me/calendar-feeds', outsider)).statusCode).toBe(200);
    expect((await read(second)).statusCode).toBe(404);
    expect((await call('DELETE', '/api/v1/me/calendar-feeds', outsider)).statusCode).toBe(404);
    const actions = (await auditEventsOf(app, feedId)).map((event) => event.action).sort();
    expect(actions).toEqual(['calendar_feed.created', 'calendar_feed.regenerated', 'calendar_feed.revoked']);
    expect((await call('GET', '/api/v1/calendar/not-a-token.ics')).statusCode).toBe(404);
  });

  it('gives a body feed only for a body the caller may read, with that body’s sessions', async () => {
    expect((await call('POST', `/api/v1/me/calendar-feeds/bodies/${bodyA.id}`, outsider)).statusCode).toBe(404);
    const feed = await issue(member, bodyA.id);
    expect(feed.body).toEqual({ id: bodyA.id, name: 'Town council' });
    expect([...(await eventsOf(feed)).keys()]).not.toContain(uid(sessions.ofB));
    expect((await eventsOf(feed)).has(uid(sessions.convened))).toBe(true);
  });

  it('re-checks the owner at read time: a member who left stops seeing the body, a deactivated user’s feed is gone', async () => {
    const personal = await issue(member);
    const ofB = await issue(member, bodyB.id);
    expect((await eventsOf(personal)).has(uid(sessions.ofB))).toBe(true);

    const yesterday = new Date(app.clock.now().getTime() - 86_400_000).toISOString().slice(0, 10);
    await app.database.db
      .update(memberships)
      .set({ startDate: '2020-01-01', endDate: yesterday })
      .where(eq(memberships.bodyId, bodyB.id));
    // every membership of B ends (the secretary's too): only the member's feeds are read here
    expect((await eventsOf(personal)).has(uid(sessions.ofB))).toBe(false);
    expect((await eventsOf(personal)).has(uid(sessions.convened))).toBe(true);
    expect((await read(ofB)).statusCode).toBe(404);

    await app.database.db.update(users).set({ disabledAt: app.clock.now() }).where(eq(users.id, memberUserId));
    expect((await read(personal)).statusCode).toBe(404);
  });

  async function feedIdOf(feed: IssuedCalendarFeed): Promise<string> {
    const token = path(feed.url).replace('/api/v1/calendar/', '').replace('.ics', '');
    const [row] = await app.database.db.select().from(calendarFeeds).where(eq(calendarFeeds.tokenHash, sha256Hex(token)));
    return row!.id;
  }
});

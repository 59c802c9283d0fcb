import { asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../db/schema/index.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { buildBody, buildMember, signIn, type TestBody } from '../../test/factories.js';
import { caller, detail, inDays, type Headers } from '../../test/session-requests.js';

describe('sessions: numbering, details and life cycle', () => {
  let app: TestApp;
  let body: TestBody;
  let secretary: Headers;
  let member: Headers;
  let call: ReturnType<typeof caller>;

  beforeAll(async () => {
    app = await createTestApp();
    call = caller(app);
    body = await buildBody(app, { name: 'Council', rules: { timeZone: 'Europe/Belgrade' } });
    secretary = (await signIn(app, await buildMember(app, body, 'secretary'))).headers;
    member = (await signIn(app, await buildMember(app, body, 'member'))).headers;
  });

  const create = (payload: Record<string, unknown>, who = secretary) =>
    call('POST', `/api/v1/bodies/${body.id}/sessions`, who, payload);

  it('numbers sessions per body and kind, and keeps the body’s time zone', async () => {
    const first = detail(await create({ kind: 'regular', startsAt: inDays(app, 10) }));
    const second = detail(await create({ kind: 'regular', startsAt: inDays(app, 20) }));
    const extraordinary = detail(await create({ kind: 'extraordinary', startsAt: inDays(app, 5) }));
    const other = await buildBody(app);
    const otherSecretary = (await signIn(app, await buildMember(app, other, 'secretary'))).headers;
    const elsewhere = detail(await call('POST', `/api/v1/bodies/${other.id}/sessions`, otherSecretary, { kind: 'regular' }));
    expect([first.number, second.number, extraordinary.number, elsewhere.number]).toEqual([1, 2, 1, 1]);
    expect(first).toMatchObject({ status: 'draft', kind: 'regular', timeZone: 'Europe/Belgrade', title: null });
    expect(elsewhere.timeZone).toBe('Europe/Ljubljana');
  });

  it('gives sessions created at the same moment different numbers', async () => {
    const responses = await Promise.all(Array.from({ length: 6 }, () => create({ kind: 'correspondence' })));
    const numbers = responses.map((response) => detail(response).number).sort((a, b) => a - b);
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('refuses bad input naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ kind: 'regular', onlineUrl: 'not a link' }, 'onlineUrl'],
      [{ kind: 'regular', onlineUrl: 'javascript:alert(1)' }, 'onlineUrl'],
      [{ kind: 'regular', startsAt: inDays(app, 3, 12), endsAt: inDays(app, 3, 11) }, 'endsAt'],
      [{ kind: 'regular', deadlineAt: inDays(app, 3) }, 'deadlineAt'],
      [{ kind: 'correspondence', startsAt: inDays(app, 3) }, 'startsAt'],
      [{ kind: 'weekly' }, 'kind'],
    ];
    for (const [payload, field] of cases) {
      const response = await create(payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(JSON.stringify(response.json())).toContain(field);
    }
  });

  it('lets only the body’s managers create sessions', async () => {
    expect((await create({ kind: 'regular' }, member)).statusCode).toBe(403);
    expect((await create({ kind: 'regular' }, {})).statusCode).toBe(401);
  });

  it('warns about an overlapping session of the same body without refusing it', async () => {
    const start = inDays(app, 40, 9);
    detail(await create({ kind: 'regular', startsAt: start, endsAt: inDays(app, 40, 12) }));
    const overlapping = detail(await create({ kind: 'extraordinary', startsAt: inDays(app, 40, 11) }));
    expect(overlapping.warnings).toHaveLength(1);
    expect(overlapping.warnings[0]).toMatchObject({ code: 'overlap' });
    const apart = detail(await create({ kind: 'extraordinary', startsAt: inDays(app, 40, 15) }));
    expect(apart.warnings).toEqual([]);
  });

  it('edits with If-Match: 428 without, 412 when stale, 200 with a new ETag', async () => {
    const session = detail(await create({ kind: 'regular', startsAt: inDays(app, 50) }));
    const url = `/api/v1/sessions/${session.id}`;
    expect((await call('PATCH', url, secretary, { place: 'Hall A' })).statusCode).toBe(428);
    const saved = await call('PATCH', url, secretary, { place: 'Hall A', title: 'Budget' }, { 'if-match': session.etag });
    expect(detail(saved)).toMatchObject({ place: 'Hall A', title: 'Budget' });
    expect(saved.headers.etag).not.toBe(session.etag);
    expect((await call('PATCH', url, secretary, { place: 'Hall B' }, { 'if-match': session.etag })).statusCode).toBe(412);
    expect((await call('PATCH', url, member, { place: 'Hall B' }, { 'if-match': String(saved.headers.etag) })).statusCode).toBe(403);
  });

  describe('life cycle', () => {
    const move = (id: string, to: string, reason?: string) =>
      call('POST', `/api/v1/sessions/${id}/status`, secretary, { to, ...(reason ? { reason } : {}) });
    const refusal = async (id: string, to: string) => {
      const response = await move(id, to);
      expect(response.statusCode, response.body).toBe(409);
      return (response.json() as { detail: string }).detail;
    };
    const addItem = (id: string) => call('POST', `/api/v1/sessions/${id}/agenda`, secretary, { kind: 'information', title: 'Report' });

    it('goes draft → convened → in progress → closed, each step audited', async () => {
      const session = detail(await create({ kind: 'regular', startsAt: inDays(app, 2) }));
      expect(await refusal(session.id, 'convened')).toMatch(/agenda item/);
      expect(await refusal(session.id, 'in_progress')).toMatch(/not been convened/);
      expect(await refusal(session.id, 'closed')).toMatch(/never started/);
      detail(await addItem(session.id));
      expect(detail(await move(session.id, 'convened'))).toMatchObject({ status: 'convened' });
      expect(detail(await move(session.id, 'in_progress'))).toMatchObject({ status: 'in_progress' });
      expect(await refusal(session.id, 'cancelled')).toMatch(/close it instead/);
      const closed = detail(await move(session.id, 'closed'));
      expect(closed.status).toBe('closed');
      expect(closed.closedAt).not.toBeNull();
      expect(await refusal(session.id, 'in_progress')).toMatch(/closed/);
      const actions = (await app.database.db.select().from(auditEvents).where(eq(auditEvents.entityId, session.id)).orderBy(asc(auditEvents.id)))
        .map((e) => e.action)
        .filter((action) => !action.startsWith('session.invitations.')); // the mailings of the invitations module
      expect(actions).toEqual(['session.create', 'session.convene', 'session.start', 'session.close']);
    });

    it('refuses to convene a session in the past or without a date', async () => {
      const undated = detail(await create({ kind: 'regular' }));
      detail(await addItem(undated.id));
      expect(await refusal(undated.id, 'convened')).toMatch(/start time/);
      const past = detail(await create({ kind: 'regular', startsAt: inDays(app, -1) }));
      detail(await addItem(past.id));
      expect(await refusal(past.id, 'convened')).toMatch(/in the past/);
      const letter = detail(await create({ kind: 'correspondence', deadlineAt: inDays(app, -2) }));
      detail(await addItem(letter.id));
      expect(await refusal(letter.id, 'convened')).toMatch(/deadline is in the past/);
    });

    it('does not start a cancelled session and keeps the reason', async () => {
      const session = detail(await create({ kind: 'extraordinary', startsAt: inDays(app, 3) }));
      const cancelled = detail(await move(session.id, 'cancelled', 'No urgent business'));
      expect(cancelled).toMatchObject({ status: 'cancelled', statusReason: 'No urgent business' });
      expect(await refusal(session.id, 'in_progress')).toBe('A cancelled session cannot be started.');
      expect((await call('PATCH', `/api/v1/sessions/${session.id}`, secretary, { place: 'x' }, { 'if-match': cancelled.etag })).statusCode).toBe(409);
    });

    it('postpones a convened session, which is re-scheduled and convened again', async () => {
      const session = detail(await create({ kind: 'regular', startsAt: inDays(app, 4) }));
      detail(await addItem(session.id));
      detail(await move(session.id, 'convened'));
      expect(await refusal(session.id, 'convened')).toMatch(/already convened/);
      const postponed = detail(await move(session.id, 'postponed', 'Minister unavailable'));
      expect(await refusal(session.id, 'in_progress')).toMatch(/postponed/);
      const moved = detail(
        await call('PATCH', `/api/v1/sessions/${session.id}`, secretary, { startsAt: inDays(app, 11) }, { 'if-match': postponed.etag }),
      );
      expect(moved.status).toBe('postponed');
      expect(detail(await move(session.id, 'convened'))).toMatchObject({ status: 'convened', statusReason: null });
    });

    it('lets a member read but not move a session', async () => {
      const session = detail(await create({ kind: 'regular', startsAt: inDays(app, 6) }));
      expect((await call('POST', `/api/v1/sessions/${session.id}/status`, member, { to: 'cancelled' })).statusCode).toBe(403);
      expect(detail(await call('GET', `/api/v1/sessions/${session.id}`, member)).abilities).toEqual({ manage: false, readClosed: true, approveLate: false });
    });
  });

  it('lists upcoming and past sessions', async () => {
    const own = await buildBody(app);
    const chair = (await signIn(app, await buildMember(app, own, 'chair'))).headers;
    const url = `/api/v1/bodies/${own.id}/sessions`;
    const soon = detail(await call('POST', url, chair, { kind: 'regular', startsAt: inDays(app, 1) }));
    const later = detail(await call('POST', url, chair, { kind: 'regular', startsAt: inDays(app, 9) }));
    const before = detail(await call('POST', url, chair, { kind: 'regular', startsAt: inDays(app, -9) }));
    const ids = async (when: string) =>
      ((await call('GET', `${url}?when=${when}`, chair)).json() as { items: { id: string }[] }).items.map((s) => s.id);
    expect(await ids('upcoming')).toEqual([soon.id, later.id]);
    expect(await ids('past')).toEqual([before.id]);
    expect((await call('GET', url, chair)).json()).toMatchObject({ total: 3, canCreate: true });
  });
});

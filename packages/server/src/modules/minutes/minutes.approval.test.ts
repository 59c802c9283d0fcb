import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { minutes, minutesApprovals, minutesVersions, sessions } from '../../db/schema/index.js';
import { buildBody } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { approvalState, minutesFlowFixture } from '../../test/minutes-flow-kit.js';
import { auditEventsOf } from '../../test/requests.js';
import { agendaLines, detail } from '../../test/session-requests.js';

describe('minutes approval at a later session', () => {
  let app: TestApp;
  let kit: Awaited<ReturnType<typeof minutesFlowFixture>>;
  const approvalUrl = () => `/api/v1/minutes/${kit.minutesId}/approval`;
  const flowActions = async () =>
    (await auditEventsOf(app, kit.minutesId)).map((event) => event.action).filter((action) => /^minutes\.(approv|correction)/.test(action));

  beforeAll(async () => {
    app = await createTestApp();
    kit = await minutesFlowFixture(app);
  });

  it('suggests the approval on a new session of the body; removing the item returns the minutes to draft', async () => {
    const { fx } = kit;
    const later = await kit.laterSession(10);
    expect(agendaLines(later)).toEqual(['1 Approval of the minutes of the 1st regular session']);
    expect((await kit.state()).status).toBe('submitted');
    const [suggested] = await app.deps.database.db.select().from(minutesApprovals).where(eq(minutesApprovals.sessionId, later.id));
    expect(suggested).toMatchObject({ minutesId: kit.minutesId, version: 1, suggested: true, state: 'pending' });
    const removed = await fx.call('DELETE', `/api/v1/agenda-items/${later.agenda.items[0]!.id}`, 'secretary');
    expect(detail(removed).agenda.items).toEqual([]);
    expect((await kit.state()).status).toBe('draft');
    expect(await flowActions()).toEqual(['minutes.approval.suggest', 'minutes.approval.withdraw']);
  });

  it('refuses a session that cannot approve the minutes, with a sentence naming the session', async () => {
    const { fx } = kit;
    const db = app.deps.database.db;
    const other = await buildBody(app, { isPublic: true });
    const [foreign] = await db
      .insert(sessions)
      .values({ bodyId: other.id, kind: 'regular', number: 1, status: 'convened', timeZone: 'Europe/Ljubljana', startsAt: new Date('2100-01-01T10:00:00Z') })
      .returning();
    const earlier = await kit.laterSession(0);
    // the earlier session was created after the minutes were drafted: it suggested them too; take that back
    detail(await fx.call('DELETE', `/api/v1/agenda-items/${earlier.agenda.items[0]!.id}`, 'secretary'));
    const cases = [
      [foreign!.id, 400, /another body/],
      [fx.sessionId, 400, /at the session they record/],
      [earlier.id, 400, /took place before/],
    ] as const;
    for (const [sessionId, status, message] of cases) {
      const refused = await fx.call('POST', approvalUrl(), 'secretary', { sessionId });
      expect(refused.statusCode).toBe(status);
      expect(refused.json()).toMatchObject({ field: 'sessionId' });
      expect(refused.json().detail).toMatch(message);
    }
    expect((await fx.call('POST', approvalUrl(), 'secretary', {})).json()).toMatchObject({ field: 'sessionId' });
    const cancelled = await kit.laterSession(12);
    detail(await fx.call('DELETE', `/api/v1/agenda-items/${cancelled.agenda.items[0]!.id}`, 'secretary'));
    detail(await fx.call('POST', `/api/v1/sessions/${cancelled.id}/status`, 'secretary', { to: 'cancelled', reason: 'No quorum expected.' }));
    const closed = await fx.call('POST', approvalUrl(), 'secretary', { sessionId: cancelled.id });
    expect(closed.statusCode).toBe(409);
    expect(closed.json().detail).toMatch(/is cancelled; choose a session that has not started/);
    expect((await fx.call('POST', approvalUrl(), 'ana', { sessionId: cancelled.id })).statusCode).toBe(403);
    expect((await fx.call('POST', approvalUrl(), 'outsider', { sessionId: cancelled.id })).statusCode).toBe(404);
    expect((await fx.call('POST', approvalUrl(), undefined, { sessionId: cancelled.id })).statusCode).toBe(401);
    expect((await kit.state()).status).toBe('draft');
  });

  it('returns the minutes to draft when the session that was to approve them is cancelled', async () => {
    const { fx } = kit;
    const doomed = await kit.laterSession(15);
    expect((await kit.state()).status).toBe('submitted');
    detail(await fx.call('POST', `/api/v1/sessions/${doomed.id}/status`, 'secretary', { to: 'cancelled', reason: 'The venue is closed.' }));
    expect((await kit.state()).status).toBe('draft');
    const [withdrawn] = await app.deps.database.db.select().from(minutesApprovals).where(eq(minutesApprovals.sessionId, doomed.id));
    expect(withdrawn).toMatchObject({ state: 'withdrawn' });
  });

  it('puts the item on a later agenda, locks the minutes, and approves them when the item is adopted', async () => {
    const { fx } = kit;
    const later = await kit.laterSession(20);
    // the suggestion went onto the new session; withdraw it and ask again explicitly
    expect(approvalState(await fx.call('DELETE', approvalUrl(), 'secretary'))).toMatchObject({ status: 'draft', approvalItem: null });
    expect(detail(await fx.call('GET', `/api/v1/sessions/${later.id}`, 'secretary')).agenda.items).toEqual([]);
    const requested = approvalState(await fx.call('POST', approvalUrl(), 'secretary', { sessionId: later.id }));
    expect(requested).toMatchObject({ status: 'submitted', version: 1, approvedVersion: null, approvalItem: { sessionId: later.id, version: 1, suggested: false } });
    const itemId = requested.approvalItem!.agendaItemId;
    const twice = await fx.call('POST', approvalUrl(), 'secretary', { sessionId: later.id });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().detail).toMatch(/already on an agenda/);

    await kit.startMeeting(later.id);
    const tooLate = await fx.call('DELETE', approvalUrl(), 'secretary');
    expect(tooLate.statusCode).toBe(409);
    expect(tooLate.json().detail).toMatch(/has already started/);

    expect((await kit.recordOutcome(later.id, itemId, 'rejected')).statusCode).toBe(200);
    expect(await kit.state()).toMatchObject({ status: 'draft', approvedVersion: null });
    expect((await kit.recordOutcome(later.id, itemId, 'adopted')).statusCode).toBe(200);
    const approved = await kit.state();
    expect(approved).toMatchObject({ status: 'approved', approvedVersion: 1, approvedInSessionId: later.id });
    expect(approved.approvedAt).toBeInstanceOf(Date);

    const again = await fx.call('POST', approvalUrl(), 'secretary', { sessionId: later.id });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toMatch(/already approved \(version 1\)/);
    // an annulled or cleared outcome takes the approval back until the item is decided again
    expect((await kit.recordOutcome(later.id, itemId, null)).statusCode).toBe(200);
    expect(await kit.state()).toMatchObject({ status: 'submitted', approvedVersion: null });
    expect((await kit.recordOutcome(later.id, itemId, 'adopted')).statusCode).toBe(200);
    expect((await kit.state()).status).toBe('approved');
    expect(await flowActions()).toEqual(
      expect.arrayContaining(['minutes.approval.request', 'minutes.approval.rejected', 'minutes.approved', 'minutes.approval.revoked']),
    );
    detail(await fx.call('POST', `/api/v1/sessions/${later.id}/status`, 'secretary', { to: 'closed' }));
  });

  it('opens a correction of approved minutes, approved the same way, moving the approved version', async () => {
    const { fx, minutesId } = kit;
    const url = `/api/v1/minutes/${minutesId}/corrections`;
    expect((await fx.call('POST', url, 'ana')).statusCode).toBe(403);
    expect(approvalState(await fx.call('POST', url, 'secretary'))).toMatchObject({ status: 'correction', approvedVersion: 1 });
    const twice = await fx.call('POST', url, 'secretary');
    expect(twice.statusCode).toBe(409);
    expect(twice.json().detail).toMatch(/already open/);
    // a corrected text saved as version 2 (the save itself belongs to the minutes editor)
    const db = app.deps.database.db;
    const [v1] = await db.select().from(minutesVersions).where(eq(minutesVersions.minutesId, minutesId));
    await db.insert(minutesVersions).values({ minutesId, version: 2, content: v1!.content, note: 'corrected a name' });
    await db.update(minutes).set({ currentVersion: 2 }).where(eq(minutes.id, minutesId));

    const next = await kit.laterSession(30);
    // the approving session's own minutes, drafted when it closed, are suggested after these
    expect(agendaLines(next)[0]).toBe('1 Approval of the minutes of the 1st regular session');
    expect(await kit.state()).toMatchObject({ status: 'submitted', approvedVersion: 1 });
    await kit.startMeeting(next.id);
    expect((await kit.recordOutcome(next.id, next.agenda.items[0]!.id, 'adopted')).statusCode).toBe(200);
    expect(await kit.state()).toMatchObject({ status: 'approved', approvedVersion: 2, approvedInSessionId: next.id });
    expect((await flowActions()).slice(-3)).toEqual(['minutes.correction.open', 'minutes.approval.suggest', 'minutes.approved']);
  });
});

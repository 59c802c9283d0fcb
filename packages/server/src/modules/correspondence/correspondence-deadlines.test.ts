import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CorrespondenceOverview } from '@collegium/shared/contracts/correspondence';
import type { Poll } from '@collegium/shared/contracts/polls';
import { polls, sessions } from '../../db/schema/index.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { poll, pollsFixture, type Voter } from '../../test/polls-fixture.js';
import { detail } from '../../test/session-requests.js';
import { sendItemReminder } from './correspondence.reminders.js';

const HOUR = 3_600_000;
const optionOf = (p: Poll, role: string) => p.options.find((option) => option.role === role)!.id;

describe('correspondence items: own deadlines within the window, closing each at its own, reminders before each', () => {
  let app: TestApp;
  let fx: Awaited<ReturnType<typeof pollsFixture>>;
  let start: number;
  const at = (hours: number) => new Date(start + hours * HOUR).toISOString();
  const overview = async (sessionId: string, who: Voter = 'secretary') => {
    const response = await fx.call('GET', `/api/v1/sessions/${sessionId}/correspondence`, who);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as CorrespondenceOverview;
  };
  const reminders = () => app.mailer.sent.filter((mail) => /^(Reminder: answer by|Opomnik)/.test(mail.subject));

  let sessionId: string;
  const items = {} as Record<'fees' | 'lease' | 'report', string>;

  beforeAll(async () => {
    app = await createTestApp();
    fx = await pollsFixture(app);
    start = app.clock.now().getTime();
    const session = detail(await fx.call('POST', `/api/v1/bodies/${fx.body.id}/sessions`, 'secretary', { kind: 'correspondence', deadlineAt: at(30) }));
    sessionId = session.id;
    const add = async (payload: Record<string, unknown>) =>
      detail(await fx.call('POST', `/api/v1/sessions/${sessionId}/agenda`, 'secretary', payload)).agenda.items.at(-1)!.id;
    items.fees = await add({ kind: 'decision', title: 'Fees', proposedResolution: '<p>The fees are adopted.</p>' });
    items.lease = await add({ kind: 'consent_request', title: 'Lease' });
    items.report = await add({ kind: 'information', title: 'Quarterly report' });
  });

  const setDeadlines = (who: Voter, entries: { agendaItemId: string; deadlineAt: string | null }[]) =>
    fx.call('PUT', `/api/v1/sessions/${sessionId}/correspondence/deadlines`, who, { items: entries });

  it('bounds each item’s deadline by the window, naming the item, and keeps the session’s deadline the latest', async () => {
    const tooSoon = await setDeadlines('secretary', [{ agendaItemId: items.fees, deadlineAt: at(2) }]);
    expect(tooSoon.statusCode).toBe(400);
    expect(tooSoon.json()).toMatchObject({ field: 'items[0].deadlineAt' });
    expect(tooSoon.json().detail).toMatch(/Item 1 “Fees”: Members need at least 4 hours/);
    const tooLate = await setDeadlines('secretary', [{ agendaItemId: items.lease, deadlineAt: at(80) }]);
    expect(tooLate.statusCode).toBe(400);
    expect(tooLate.json().detail).toMatch(/Item 2 “Lease”.*at most 72 hours/);
    const notVoted = await setDeadlines('secretary', [{ agendaItemId: items.report, deadlineAt: at(10) }]);
    expect(notVoted.json()).toMatchObject({ field: 'items[0].agendaItemId' });
    expect((await setDeadlines('ana', [{ agendaItemId: items.fees, deadlineAt: at(10) }])).statusCode).toBe(403);
    expect((await setDeadlines('outsider', [{ agendaItemId: items.fees, deadlineAt: at(10) }])).statusCode).toBe(404);

    expect((await setDeadlines('secretary', [{ agendaItemId: items.fees, deadlineAt: at(10) }])).statusCode).toBe(200);
    let view = await overview(sessionId);
    expect(view.deadlineAt).toBe(at(30));
    expect(view.items.map((item) => [item.title, item.deadlineAt, item.ownDeadline, item.voted])).toEqual([
      ['Fees', at(10), true, true],
      ['Lease', at(30), false, true],
      ['Quarterly report', null, false, false],
    ]);
    expect((await setDeadlines('secretary', [{ agendaItemId: items.lease, deadlineAt: at(40) }])).statusCode).toBe(200);
    view = await overview(sessionId);
    expect(view.deadlineAt).toBe(at(40));
    expect(detail(await fx.call('GET', `/api/v1/sessions/${sessionId}`, 'secretary')).deadlineAt).toBe(at(40));
  });

  it('opens each vote closing at its item’s deadline; deadlines are fixed once convened', async () => {
    expect(detail(await fx.call('POST', `/api/v1/sessions/${sessionId}/status`, 'secretary', { to: 'convened' })).status).toBe('convened');
    const opened = ((await fx.call('GET', `/api/v1/sessions/${sessionId}/polls`, 'secretary')).json() as { items: Poll[] }).items;
    expect(opened.map((p) => [p.agendaItemId, p.closesAt]).sort()).toEqual([[items.fees, at(10)], [items.lease, at(40)]].sort());
    const refused = await setDeadlines('secretary', [{ agendaItemId: items.fees, deadlineAt: at(12) }]);
    expect(refused.statusCode).toBe(409);
  });

  it('reminds those who have neither voted nor asked to withdraw, once per reminder point, in their language', async () => {
    const fees = poll(await fx.call('GET', `/api/v1/polls/${(await overview(sessionId)).items[0]!.poll!.id}`, 'ana'));
    expect((await fx.call('POST', `/api/v1/polls/${fees.id}/votes`, 'ana', { optionId: optionOf(fees, 'for') }, { 'idempotency-key': randomUUID() })).statusCode).toBe(200);
    expect((await fx.call('POST', `/api/v1/agenda-items/${items.fees}/withdrawal-request`, 'bor', {})).statusCode).toBe(200);
    expect((await fx.call('PUT', `/api/v1/agenda-items/${items.fees}/written-position`, 'cene', { text: 'I would rather wait.' })).statusCode).toBe(200);
    await app.jobs.drain();
    expect(reminders()).toEqual([]);

    app.clock.advance(8 * HOUR + 1000); // 2 hours before the fees’ deadline
    await app.jobs.drain();
    const sent = reminders();
    expect(sent).toHaveLength(3);
    expect(sent.every((mail) => mail.subject.includes('Fees') && mail.text.includes(`/sessions/${sessionId}`))).toBe(true);
    // run again, as after a restart: each reminder point goes once
    await sendItemReminder(app.deps, { agendaItemId: items.fees, deadlineAt: at(10), leadHours: 2 });
    await app.jobs.drain();
    expect(reminders()).toHaveLength(3);
  });

  it('closes each item at its own deadline; answers after it are refused; the session closes with its last item', async () => {
    app.clock.advance(2 * HOUR);
    await app.jobs.drain();
    const view = await overview(sessionId);
    expect(view.items[0]).toMatchObject({ poll: { status: 'closed' }, answersClosed: true });
    expect(view.items[1]).toMatchObject({ poll: { status: 'open' }, answersClosed: false });
    const late = await fx.call('PUT', `/api/v1/agenda-items/${items.fees}/written-position`, 'dana', { text: 'Too late?' });
    expect(late.statusCode).toBe(409);
    expect((await fx.call('POST', `/api/v1/agenda-items/${items.fees}/withdrawal-request`, 'chair', {})).statusCode).toBe(409);
    expect(detail(await fx.call('GET', `/api/v1/sessions/${sessionId}`, 'secretary')).status).toBe('convened');

    app.clock.advance(6 * HOUR); // 24 hours before the lease’s deadline
    await app.jobs.drain();
    app.clock.advance(22 * HOUR); // 2 hours before it
    await app.jobs.drain();
    app.clock.advance(2 * HOUR);
    await app.jobs.drain();
    // read straight from the database: the test's sign-ins have expired by now
    const db = app.deps.database.db;
    const [lease] = await db.select({ status: polls.status }).from(polls).where(eq(polls.agendaItemId, items.lease));
    expect(lease?.status).toBe('closed');
    const [session] = await db.select({ status: sessions.status }).from(sessions).where(eq(sessions.id, sessionId));
    expect(session?.status).toBe('closed');
    // the lease got two reminders (24 and 2 hours before), to all five seats: no one answered
    expect(reminders().filter((mail) => mail.subject.includes('Lease'))).toHaveLength(10);
  });
});

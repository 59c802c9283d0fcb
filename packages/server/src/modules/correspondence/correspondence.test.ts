import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { MeetingState } from '@collegium/shared/contracts/meeting';
import type { Poll } from '@collegium/shared/contracts/polls';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { poll, pollsFixture, type Voter } from '../../test/polls-fixture.js';
import { auditEventsOf } from '../../test/requests.js';
import { detail } from '../../test/session-requests.js';

const HOUR = 3_600_000;
const optionOf = (p: Poll, role: string) => p.options.find((option) => option.role === role)!.id;

describe('correspondence sessions: convening opens the votes, which close at the deadline', () => {
  let app: TestApp;
  let fx: Awaited<ReturnType<typeof pollsFixture>>;
  const hoursFromNow = (hours: number) => new Date(app.clock.now().getTime() + hours * HOUR).toISOString();
  const cast = (who: Voter, pollId: string, optionId: string) =>
    fx.call('POST', `/api/v1/polls/${pollId}/votes`, who, { optionId }, { 'idempotency-key': randomUUID() });

  async function prepare(deadlineAt: string) {
    const session = detail(await fx.call('POST', `/api/v1/bodies/${fx.body.id}/sessions`, 'secretary', { kind: 'correspondence', deadlineAt }));
    const add = async (payload: Record<string, unknown>) =>
      detail(await fx.call('POST', `/api/v1/sessions/${session.id}/agenda`, 'secretary', payload)).agenda.items.at(-1)!.id;
    const items = {
      fees: await add({ kind: 'decision', title: 'Fees', proposedResolution: '<p>The fees are adopted.</p>' }),
      lease: await add({ kind: 'consent_request', title: 'Lease' }),
      report: await add({ kind: 'information', title: 'Quarterly report' }),
    };
    return { sessionId: session.id, items };
  }
  const convene = (sessionId: string) => fx.call('POST', `/api/v1/sessions/${sessionId}/status`, 'secretary', { to: 'convened' });
  const pollsOf = async (sessionId: string, who: Voter = 'secretary') =>
    ((await fx.call('GET', `/api/v1/sessions/${sessionId}/polls`, who)).json() as { items: Poll[] }).items;

  beforeAll(async () => {
    app = await createTestApp();
    fx = await pollsFixture(app);
  });

  it('refuses to convene with a deadline outside the body’s window, naming the deadline', async () => {
    const soon = await prepare(hoursFromNow(2));
    const tooSoon = await convene(soon.sessionId);
    expect(tooSoon.statusCode).toBe(400);
    expect(tooSoon.json()).toMatchObject({ field: 'deadlineAt' });
    expect(tooSoon.json().detail).toMatch(/at least 4 hours/);
    expect(detail(await fx.call('GET', `/api/v1/sessions/${soon.sessionId}`, 'secretary')).status).toBe('draft');
    expect(await pollsOf(soon.sessionId)).toEqual([]);
    const late = await prepare(hoursFromNow(96));
    const tooLate = await convene(late.sessionId);
    expect(tooLate.statusCode).toBe(400);
    expect(tooLate.json().detail).toMatch(/at most 72 hours/);
  });

  it('opens a named vote on each voted item; members vote; the deadline job closes them with the outcome', async () => {
    const deadlineAt = hoursFromNow(5);
    const { sessionId, items } = await prepare(deadlineAt);
    expect(detail(await convene(sessionId)).status).toBe('convened');
    const opened = await pollsOf(sessionId);
    expect(opened.map((p) => [p.agendaItemId, p.status, p.method, p.closesAt])).toEqual(
      expect.arrayContaining([
        [items.fees, 'open', 'named', deadlineAt],
        [items.lease, 'open', 'named', deadlineAt],
      ]),
    );
    expect(opened).toHaveLength(2);
    const fees = opened.find((p) => p.agendaItemId === items.fees)!;
    const lease = opened.find((p) => p.agendaItemId === items.lease)!;
    expect(fees.electors).toBeGreaterThanOrEqual(4);

    // a guest of the body has no seat; someone outside the body does not even see the vote
    expect((await cast('guest', fees.id, optionOf(fees, 'for'))).statusCode).toBe(403);
    expect((await cast('outsider', fees.id, optionOf(fees, 'for'))).statusCode).toBe(404);
    for (const who of ['chair', 'ana', 'bor'] as const) expect((await cast(who, fees.id, optionOf(fees, 'for'))).statusCode).toBe(200);
    for (const who of ['ana', 'bor'] as const) expect((await cast(who, lease.id, optionOf(lease, 'against'))).statusCode).toBe(200);
    expect((await cast('chair', lease.id, optionOf(lease, 'for'))).statusCode).toBe(200);

    await app.jobs.drain();
    expect(poll(await fx.call('GET', `/api/v1/polls/${fees.id}`, 'secretary')).status).toBe('open');
    app.clock.advance(5 * HOUR + 1000);
    await app.jobs.drain();
    const closedFees = poll(await fx.call('GET', `/api/v1/polls/${fees.id}`, 'secretary'));
    const closedLease = poll(await fx.call('GET', `/api/v1/polls/${lease.id}`, 'secretary'));
    expect(closedFees).toMatchObject({ status: 'closed', result: { passed: true } });
    expect(closedLease).toMatchObject({ status: 'closed', result: { passed: false, void: false } });
    expect((await cast('cene', fees.id, optionOf(fees, 'for'))).statusCode).toBe(409);
    const meeting = (await fx.call('GET', `/api/v1/sessions/${sessionId}/meeting`, 'secretary')).json() as MeetingState;
    expect(meeting.items.find((item) => item.agendaItemId === items.fees)).toMatchObject({ outcome: 'adopted' });
    expect(meeting.items.find((item) => item.agendaItemId === items.lease)).toMatchObject({ outcome: 'rejected' });
    const closed = detail(await fx.call('GET', `/api/v1/sessions/${sessionId}`, 'secretary'));
    expect(closed.status).toBe('closed');
    const audit = await auditEventsOf(app, sessionId);
    expect(audit.map((event) => event.action)).toContain('session.close');
  });

  it('closes a vote as soon as every seat has voted, and the session once its last vote is closed', async () => {
    const session = detail(await fx.call('POST', `/api/v1/bodies/${fx.body.id}/sessions`, 'secretary', { kind: 'correspondence', deadlineAt: hoursFromNow(30) }));
    await fx.call('POST', `/api/v1/sessions/${session.id}/agenda`, 'secretary', { kind: 'decision', title: 'Logo' });
    expect(detail(await convene(session.id)).status).toBe('convened');
    // a new session may also carry suggested items (such as approving earlier minutes): every seat answers them all
    const opened = await pollsOf(session.id);
    for (const vote of opened) {
      for (const who of ['chair', 'ana', 'bor', 'cene', 'dana'] as const) {
        expect((await cast(who, vote.id, optionOf(vote, 'for'))).statusCode).toBe(200);
      }
    }
    // the cast path closes them once the vote count is announced (ballots.announce.ts), a moment after the last cast
    for (const vote of opened) {
      await vi.waitFor(
        async () => expect(poll(await fx.call('GET', `/api/v1/polls/${vote.id}`, 'secretary'))).toMatchObject({ status: 'closed', result: { passed: true } }),
        { timeout: 15_000, interval: 100 },
      );
    }
    expect(detail(await fx.call('GET', `/api/v1/sessions/${session.id}`, 'secretary')).status).toBe('closed');
  });
});

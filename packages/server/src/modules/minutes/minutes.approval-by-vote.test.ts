import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Poll } from '@collegium/shared/contracts/polls';
import { minutes, minutesVersions } from '../../db/schema/index.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { minutesFlowFixture } from '../../test/minutes-flow-kit.js';
import type { Voter } from '../../test/polls-fixture.js';
import { auditEventsOf } from '../../test/requests.js';
import { agendaLines, detail } from '../../test/session-requests.js';

const HOUR = 3_600_000;

describe('minutes approved by a correspondence vote', () => {
  let app: TestApp;
  let kit: Awaited<ReturnType<typeof minutesFlowFixture>>;

  beforeAll(async () => {
    app = await createTestApp();
    kit = await minutesFlowFixture(app);
  });

  /** a correspondence session of the body (it suggests the minutes), convened; its one vote is returned */
  async function conveneVote() {
    const { fx } = kit;
    const deadlineAt = new Date(app.clock.now().getTime() + 6 * HOUR).toISOString();
    const session = detail(await fx.call('POST', `/api/v1/bodies/${fx.body.id}/sessions`, 'secretary', { kind: 'correspondence', deadlineAt }));
    // the first line approves these minutes; a correspondence session closed before suggests its own after them
    expect(agendaLines(session)[0]).toBe('1 Approval of the minutes of the 1st regular session');
    detail(await fx.call('POST', `/api/v1/sessions/${session.id}/status`, 'secretary', { to: 'convened' }));
    const { items } = (await fx.call('GET', `/api/v1/sessions/${session.id}/polls`, 'secretary')).json() as { items: Poll[] };
    const poll = items.find((entry) => entry.agendaItemId === session.agenda.items[0]!.id);
    expect(poll).toMatchObject({ status: 'open', method: 'named' });
    return { sessionId: session.id, poll: poll! };
  }
  const vote = async (poll: Poll, voters: readonly Voter[], role: 'for' | 'against') => {
    const optionId = poll.options.find((option) => option.role === role)!.id;
    for (const who of voters) {
      const cast = await kit.fx.call('POST', `/api/v1/polls/${poll.id}/votes`, who, { optionId }, { 'idempotency-key': randomUUID() });
      expect(cast.statusCode).toBe(200);
    }
  };
  const passDeadline = async () => {
    app.clock.advance(6 * HOUR + 1000);
    await app.jobs.drain();
  };

  it('convening opens a vote on the approval item; adopted at the deadline, the minutes are approved', async () => {
    const { sessionId, poll } = await conveneVote();
    const withdraw = await kit.fx.call('DELETE', `/api/v1/minutes/${kit.minutesId}/approval`, 'secretary');
    expect(withdraw.statusCode).toBe(409);
    expect(withdraw.json().detail).toMatch(/already started/);
    await vote(poll, ['chair', 'ana', 'bor'], 'for');
    expect((await kit.state()).status).toBe('submitted');
    await passDeadline();
    expect(await kit.state()).toMatchObject({ status: 'approved', approvedVersion: 1, approvedInSessionId: sessionId });
    const actions = (await auditEventsOf(app, kit.minutesId)).map((event) => event.action);
    expect(actions.filter((action) => action.startsWith('minutes.approv'))).toEqual(['minutes.approval.suggest', 'minutes.approved']);
    const approved = await kit.fx.call('GET', `/api/v1/public/minutes/${kit.minutesId}`);
    expect(approved.statusCode).toBe(200);
  });

  it('a correction rejected by the vote goes back to correction; the public keeps the approved version', async () => {
    const { fx, minutesId } = kit;
    expect((await fx.call('POST', `/api/v1/minutes/${minutesId}/corrections`, 'secretary')).statusCode).toBe(200);
    const db = app.deps.database.db;
    const [v1] = await db.select().from(minutesVersions).where(eq(minutesVersions.minutesId, minutesId));
    await db.insert(minutesVersions).values({ minutesId, version: 2, content: { ...(v1!.content as object), closing: '<p>Corrected.</p>' } });
    await db.update(minutes).set({ currentVersion: 2 }).where(eq(minutes.id, minutesId));
    const { poll } = await conveneVote();
    expect(await kit.state()).toMatchObject({ status: 'submitted', approvedVersion: 1 });
    await vote(poll, ['chair', 'ana', 'bor'], 'against');
    await passDeadline();
    expect(await kit.state()).toMatchObject({ status: 'correction', approvedVersion: 1 });
    const shown = await fx.call('GET', `/api/v1/public/minutes/${minutesId}`);
    expect(shown.json()).toMatchObject({ version: 1 });
  });
});

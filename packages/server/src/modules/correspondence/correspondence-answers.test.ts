import { beforeAll, describe, expect, it } from 'vitest';
import type { CorrespondenceOverview } from '@collegium/shared/contracts/correspondence';
import type { MeetingState } from '@collegium/shared/contracts/meeting';
import type { Poll } from '@collegium/shared/contracts/polls';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { poll, pollsFixture, type Voter } from '../../test/polls-fixture.js';
import { auditEventsOf } from '../../test/requests.js';
import { detail, inDays } from '../../test/session-requests.js';

const HOUR = 3_600_000;

describe('correspondence answers: written positions and withdrawal requests', () => {
  let app: TestApp;
  let fx: Awaited<ReturnType<typeof pollsFixture>>;
  const view = async (sessionId: string, who: Voter = 'secretary') => {
    const response = await fx.call('GET', `/api/v1/sessions/${sessionId}/correspondence`, who);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as CorrespondenceOverview;
  };
  const itemOf = (overview: CorrespondenceOverview, id: string) => overview.items.find((item) => item.agendaItemId === id)!;
  const position = (who: Voter, itemId: string, text: string) => fx.call('PUT', `/api/v1/agenda-items/${itemId}/written-position`, who, { text });
  const askWithdrawal = (who: Voter, itemId: string, reason?: string) =>
    fx.call('POST', `/api/v1/agenda-items/${itemId}/withdrawal-request`, who, reason ? { reason } : {});

  /** A convened correspondence session with two decisions, deadline in 20 hours. */
  async function convened(titles: string[]) {
    const deadlineAt = new Date(app.clock.now().getTime() + 20 * HOUR).toISOString();
    const session = detail(await fx.call('POST', `/api/v1/bodies/${fx.body.id}/sessions`, 'secretary', { kind: 'correspondence', deadlineAt }));
    const ids: string[] = [];
    for (const title of titles) {
      ids.push(detail(await fx.call('POST', `/api/v1/sessions/${session.id}/agenda`, 'secretary', { kind: 'decision', title, proposedResolution: `<p>${title} adopted.</p>` })).agenda.items.at(-1)!.id);
    }
    detail(await fx.call('POST', `/api/v1/sessions/${session.id}/status`, 'secretary', { to: 'convened' }));
    return { sessionId: session.id, ids };
  }

  beforeAll(async () => {
    app = await createTestApp();
    fx = await pollsFixture(app);
  });

  it('keeps one written position per member, editable and deletable, shown with its author; refuses those without a seat', async () => {
    const { sessionId, ids } = await convened(['Parking']);
    const parking = ids[0]!;
    expect((await position('ana', parking, '  I support it, with a review in a year.  ')).statusCode).toBe(200);
    expect((await position('ana', parking, 'I support it, with a review in six months.')).statusCode).toBe(200);
    const seenByBor = itemOf(await view(sessionId, 'bor'), parking);
    expect(seenByBor.positions).toHaveLength(1);
    expect(seenByBor.positions[0]).toMatchObject({ personId: fx.people.ana, text: 'I support it, with a review in six months.' });
    expect(seenByBor.mine).toMatchObject({ elector: true, position: null, vote: null });
    expect(itemOf(await view(sessionId, 'ana'), parking).mine.position).toBe('I support it, with a review in six months.');

    expect((await position('ana', parking, '   ')).json()).toMatchObject({ status: 400, field: 'text' });
    expect((await position('secretary', parking, 'No seat.')).statusCode).toBe(403);
    expect((await position('guest', parking, 'No seat.')).statusCode).toBe(403);
    expect((await position('outsider', parking, 'Not even seen.')).statusCode).toBe(404);
    expect((await fx.call('GET', `/api/v1/sessions/${sessionId}/correspondence`, 'outsider')).statusCode).toBe(404);

    expect((await fx.call('DELETE', `/api/v1/agenda-items/${parking}/written-position`, 'ana')).statusCode).toBe(200);
    expect(itemOf(await view(sessionId), parking).positions).toEqual([]);
    expect((await fx.call('DELETE', `/api/v1/agenda-items/${parking}/written-position`, 'ana')).statusCode).toBe(404);
    const actions = (await auditEventsOf(app, parking)).map((event) => event.action);
    expect(actions).toEqual(expect.arrayContaining(['correspondence.position.create', 'correspondence.position.update', 'correspondence.position.delete']));
  });

  it('takes a member who declares a conflict of interest out of the item’s vote, unless they have voted', async () => {
    const { sessionId, ids } = await convened(['Bridge']);
    const bridge = ids[0]!;
    const before = itemOf(await view(sessionId), bridge);
    const opened = poll(await fx.call('GET', `/api/v1/polls/${before.poll!.id}`, 'ana'));
    const forId = opened.options.find((option) => option.role === 'for')!.id;
    const castFor = (who: Voter) => fx.call('POST', `/api/v1/polls/${opened.id}/votes`, who, { optionId: forId }, { 'idempotency-key': `bridge-${who}` });
    const declare = (who: Voter, reason?: string) =>
      fx.call('PUT', `/api/v1/agenda-items/${bridge}/position`, who, { position: 'conflict_of_interest', ...(reason ? { reason } : {}) });

    expect((await castFor('ana')).statusCode).toBe(200);
    const late = await declare('ana', 'My firm bids for the bridge.');
    expect(late.statusCode).toBe(409);
    expect(late.json().detail).toMatch(/already voted/);
    expect((await declare('bor')).json()).toMatchObject({ status: 400, field: 'reason' });
    expect((await declare('bor', 'My brother designed it.')).statusCode).toBe(200);

    const after = itemOf(await view(sessionId, 'bor'), bridge);
    expect(after.poll!.electors).toBe(before.poll!.electors - 1);
    expect(after.mine).toMatchObject({ elector: false, conflict: 'My brother designed it.' });
    expect(after.conflicts).toEqual([{ personId: fx.people.bor, name: expect.any(String), reason: 'My brother designed it.' }]);
    expect((await castFor('bor')).statusCode).toBe(403);
    const undo = await fx.call('PUT', `/api/v1/agenda-items/${bridge}/position`, 'bor', { position: 'agree' });
    expect(undo.statusCode).toBe(409);
    expect(undo.json().detail).toMatch(/stands until it closes/);
    expect((await auditEventsOf(app, bridge)).map((event) => event.action)).toContain('position.declare_conflict');
  });

  it('withdraws an item at the threshold of requests: vote annulled, outcome withdrawn, carried once a regular session is created', async () => {
    const { sessionId, ids } = await convened(['Statute', 'Logo']);
    const [statute, logo] = ids as [string, string];
    expect((await askWithdrawal('ana', statute, 'The legal opinion is missing.')).statusCode).toBe(200);
    expect((await fx.call('DELETE', `/api/v1/agenda-items/${statute}/withdrawal-request`, 'ana')).statusCode).toBe(200);
    expect((await askWithdrawal('ana', statute, 'The legal opinion is still missing.')).statusCode).toBe(200);
    expect((await askWithdrawal('bor', statute)).statusCode).toBe(200);
    let seen = itemOf(await view(sessionId, 'cene'), statute);
    expect(seen.withdrawalRequests).toEqual({ count: 2 });
    const managed = itemOf(await view(sessionId), statute);
    expect(managed.withdrawalRequests.entries?.map((entry) => [entry.personId, entry.reason])).toEqual([
      [fx.people.ana, 'The legal opinion is still missing.'],
      [fx.people.bor, null],
    ]);

    expect((await askWithdrawal('cene', statute)).statusCode).toBe(200);
    seen = itemOf(await view(sessionId, 'cene'), statute);
    expect(seen).toMatchObject({ outcome: 'withdrawn', answersClosed: true, carriedTo: null, poll: { status: 'annulled', annulledReason: 'withdrawn at the request of 3 members' } });
    expect(seen.withdrawnAt).not.toBeNull();
    const meeting = (await fx.call('GET', `/api/v1/sessions/${sessionId}/meeting`, 'secretary')).json() as MeetingState;
    expect(meeting.items.find((item) => item.agendaItemId === statute)).toMatchObject({ outcome: 'withdrawn' });
    expect((await askWithdrawal('dana', statute)).statusCode).toBe(409);
    expect((await fx.call('DELETE', `/api/v1/agenda-items/${statute}/withdrawal-request`, 'ana')).statusCode).toBe(409);
    expect(itemOf(await view(sessionId), logo).poll?.status).toBe('open');
    expect(detail(await fx.call('GET', `/api/v1/sessions/${sessionId}`, 'secretary')).status).toBe('convened');

    // no regular session ahead yet: the item waits, and the next one created takes it
    const next = detail(await fx.call('POST', `/api/v1/bodies/${fx.body.id}/sessions`, 'secretary', { kind: 'regular', startsAt: inDays(app, 14) }));
    expect(next.agenda.items.map((item) => item.title)).toContain('Statute');
    const carried = itemOf(await view(sessionId), statute).carriedTo;
    expect(carried).toMatchObject({ sessionId: next.id });
    expect(next.agenda.items.find((item) => item.title === 'Statute')?.id).toBe(carried!.agendaItemId);

    // with a regular session ahead, a withdrawn item goes there at once; the session closes with its last vote
    for (const who of ['ana', 'bor', 'cene'] as const) expect((await askWithdrawal(who, logo)).statusCode).toBe(200);
    const logoSeen = itemOf(await view(sessionId), logo);
    expect(logoSeen.carriedTo).toMatchObject({ sessionId: next.id });
    expect(detail(await fx.call('GET', `/api/v1/sessions/${next.id}`, 'secretary')).agenda.items.map((item) => item.title)).toEqual(
      expect.arrayContaining(['Statute', 'Logo']),
    );
    expect((await view(sessionId)).status).toBe('closed');
    const annulled = poll(await fx.call('GET', `/api/v1/polls/${logoSeen.poll!.id}`, 'secretary')) as Poll;
    expect(annulled.status).toBe('annulled');
    const actions = (await auditEventsOf(app, statute)).map((event) => event.action);
    expect(actions).toEqual(expect.arrayContaining(['correspondence.withdrawal-request', 'correspondence.withdraw', 'correspondence.carry']));
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { auditEventsOf } from '../../test/requests.js';
import { detail } from '../../test/session-requests.js';
import { meetingFixture, state } from '../../test/meeting-fixture.js';

describe('meeting: the speakers list', () => {
  let app: TestApp;
  let fx: Awaited<ReturnType<typeof meetingFixture>>;

  beforeAll(async () => {
    app = await createTestApp();
    fx = await meetingFixture(app);
  });

  it('refuses the floor before an item is taken up, and speaking limits out of range', async () => {
    const { call, url } = fx;
    expect((await call('POST', `${url}/speakers`, 'member', {})).statusCode).toBe(409);
    state(await call('POST', `${url}/agenda-adoption`, 'secretary', {}));
    const none = await call('POST', `${url}/speakers`, 'member', {});
    expect(none.statusCode).toBe(409);
    expect(none.json().detail).toContain('No item');
    expect((await call('PUT', `${url}/speaking-limit`, 'secretary', { seconds: 5 })).json()).toMatchObject({ field: 'seconds' });
    expect((await call('PUT', `${url}/speaking-limit`, 'member', { seconds: 120 })).statusCode).toBe(403);
    expect(state(await call('PUT', `${url}/speaking-limit`, 'secretary', { seconds: 180 })).speakingLimitSeconds).toBe(180);
  });

  it('queues members and substitutes in order, a reply first; a guest only where the rules allow it', async () => {
    const { call, url, items } = fx;
    const opened = state(await call('PUT', `${url}/current-item`, 'secretary', { agendaItemId: items.report }));
    expect(opened.abilities).toEqual({ conduct: true, askForFloor: true });
    expect(state(await call('GET', url, 'member')).abilities).toEqual({ conduct: false, askForFloor: true });
    state(await call('PUT', `${url}/speaking-limit`, 'secretary', { seconds: 60, agendaItemId: items.report }));

    state(await call('POST', `${url}/speakers`, 'member', {}));
    expect((await call('POST', `${url}/speakers`, 'member', {})).statusCode).toBe(409);
    state(await call('POST', `${url}/speakers`, 'substitute', {}));
    const guest = await call('POST', `${url}/speakers`, 'guest', {});
    expect(guest.statusCode).toBe(403);
    expect((await call('POST', `${url}/speakers`, 'staff', {})).statusCode).toBe(403);
    expect((await call('POST', `${url}/speakers`, 'outsider', {})).statusCode).toBe(404);
    expect((await call('POST', `${url}/speakers`, 'member', { personId: fx.guestPersonId })).statusCode).toBe(403);
    state(await call('POST', `${url}/speakers`, 'secretary', { personId: fx.guestPersonId }));
    const secretaryReply = state(await call('POST', `${url}/speakers`, 'secretary', { kind: 'reply' }));
    expect(secretaryReply.queue.map((s) => [s.person.id === fx.memberPersonId ? 'member' : s.person.id === fx.substitutePersonId ? 'substitute' : s.person.id === fx.guestPersonId ? 'guest' : 'secretary', s.kind, s.source])).toEqual([
      ['secretary', 'reply', 'request'],
      ['member', 'speech', 'request'],
      ['substitute', 'speech', 'request'],
      ['guest', 'speech', 'chair'],
    ]);
    const mine = state(await call('GET', url, 'substitute'));
    expect(mine.me).toMatchObject({ personId: fx.substitutePersonId, queuePlace: 3 });
    expect(mine.abilities.askForFloor).toBe(false);
  });

  it('grants the floor with the limit that applies, ends it, reorders, and lets speakers withdraw', async () => {
    const { call, url } = fx;
    const before = state(await call('GET', url, 'secretary'));
    const [reply, member, substitute, guest] = before.queue;
    expect((await call('POST', `${url}/speakers/${member!.id}/grant`, 'member', {})).statusCode).toBe(403);
    const granted = state(await call('POST', `${url}/speakers/${reply!.id}/grant`, 'secretary', {}));
    expect(granted.currentSpeaker).toMatchObject({ id: reply!.id, status: 'speaking', limitSeconds: 60, startedAt: app.clock.now().toISOString() });
    expect(granted.serverTime).toBe(app.clock.now().toISOString());

    app.clock.advance(30_000);
    // Giving the floor to the next speaker ends the running speech.
    const next = state(await call('POST', `${url}/speakers/${member!.id}/grant`, 'secretary', {}));
    expect(next.currentSpeaker?.id).toBe(member!.id);
    expect(next.spoken).toMatchObject([{ id: reply!.id, status: 'done', endedAt: app.clock.now().toISOString() }]);
    expect((await call('POST', `${url}/speakers/${reply!.id}/grant`, 'secretary', {})).statusCode).toBe(409);
    expect((await call('POST', `${url}/speakers/${reply!.id}/end`, 'secretary', {})).statusCode).toBe(409);
    const ended = state(await call('POST', `${url}/speakers/${member!.id}/end`, 'secretary', {}));
    expect(ended.currentSpeaker).toBeNull();

    expect((await call('PUT', `${url}/speakers/order`, 'secretary', { ids: [guest!.id] })).json()).toMatchObject({ field: 'ids' });
    const reordered = state(await call('PUT', `${url}/speakers/order`, 'secretary', { ids: [guest!.id, substitute!.id] }));
    expect(reordered.queue.map((s) => s.id)).toEqual([guest!.id, substitute!.id]);

    expect((await call('DELETE', `${url}/speakers/${guest!.id}`, 'member')).statusCode).toBe(403);
    const withdrawn = state(await call('DELETE', `${url}/speakers/${substitute!.id}`, 'substitute'));
    expect(withdrawn.queue.map((s) => s.id)).toEqual([guest!.id]);
    expect((await call('DELETE', `${url}/speakers/${substitute!.id}`, 'substitute')).statusCode).toBe(409);
    const audit = await auditEventsOf(app, member!.id);
    expect(audit.map((e) => e.action).sort()).toEqual(['meeting.floor-end', 'meeting.floor-grant', 'meeting.floor-request']);
  });

  it('ends the running speech when the meeting moves on, and refuses everything once the session is closed', async () => {
    const { call, url, items } = fx;
    const queued = state(await call('GET', url, 'secretary')).queue[0]!;
    state(await call('POST', `${url}/speakers/${queued.id}/grant`, 'secretary', {}));
    const moved = state(await call('PUT', `${url}/current-item`, 'secretary', { agendaItemId: items.budget }));
    expect(moved.currentSpeaker).toBeNull();
    expect(moved.queue.map((s) => s.source)).toEqual(['position']);
    const running = state(await call('POST', `${url}/speakers/${moved.queue[0]!.id}/grant`, 'secretary', {}));
    expect(running.currentSpeaker).not.toBeNull();
    app.clock.advance(120_000);
    detail(await call('POST', `/api/v1/sessions/${fx.session.id}/status`, 'secretary', { to: 'closed' }));
    // Closing ends the running speech and the item being dealt with.
    const closed = state(await call('GET', url, 'member'));
    expect(closed).toMatchObject({ currentItemId: null, currentSpeaker: null });
    expect(closed.items.find((i) => i.agendaItemId === items.budget)?.endedAt).toBe(app.clock.now().toISOString());
    expect((await call('POST', `${url}/speakers`, 'member', {})).statusCode).toBe(409);
    expect((await call('PUT', `${url}/current-item`, 'secretary', { step: 'next' })).statusCode).toBe(409);
    expect(state(await call('GET', url, 'member')).abilities).toEqual({ conduct: false, askForFloor: false });
  });
});

describe('meeting: guests of a body whose rules let them speak', () => {
  it('puts a guest on the list from their own device', async () => {
    const app = await createTestApp();
    const fx = await meetingFixture(app, { guestsMaySpeak: true });
    state(await fx.call('POST', `${fx.url}/agenda-adoption`, 'secretary', {}));
    state(await fx.call('PUT', `${fx.url}/current-item`, 'secretary', { agendaItemId: fx.items.report }));
    expect(state(await fx.call('GET', fx.url, 'guest')).abilities.askForFloor).toBe(true);
    const asked = state(await fx.call('POST', `${fx.url}/speakers`, 'guest', {}));
    expect(asked.me).toMatchObject({ personId: fx.guestPersonId, queuePlace: 1 });
  });
});

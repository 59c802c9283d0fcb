import { beforeAll, describe, expect, it } from 'vitest';
import type { BusEvent } from '../../events/bus.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { auditEventsOf } from '../../test/requests.js';
import { detail } from '../../test/session-requests.js';
import { meetingFixture, state } from '../../test/meeting-fixture.js';

describe('meeting: agenda adoption, consent block, current item, outcomes', () => {
  let app: TestApp;
  let fx: Awaited<ReturnType<typeof meetingFixture>>;

  beforeAll(async () => {
    app = await createTestApp();
    fx = await meetingFixture(app);
  });

  it('records amendments until the agenda is adopted; an accepted addition adds its item, an accepted withdrawal withdraws', async () => {
    const { call, url, items } = fx;
    const before = state(await call('GET', url, 'member'));
    expect(before).toMatchObject({ agendaAdoptedAt: null, currentItemId: null, abilities: { conduct: false } });
    expect(before.consentBlockItemIds).toEqual([items.minutes, items.personnel]);

    expect((await call('POST', `${url}/amendments`, 'member', { kind: 'withdraw', text: 'x', agendaItemId: items.report, decision: 'accepted' })).statusCode).toBe(403);
    const missing = await call('POST', `${url}/amendments`, 'secretary', { kind: 'add', text: 'Add a point on IT security', decision: 'accepted' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toMatchObject({ field: 'newItemTitle' });
    const noItem = await call('POST', `${url}/amendments`, 'secretary', { kind: 'move', text: 'Report first', decision: 'rejected' });
    expect(noItem.json()).toMatchObject({ field: 'agendaItemId' });

    state(await call('POST', `${url}/amendments`, 'secretary', {
      kind: 'add',
      text: 'Add a point on IT security',
      newItemTitle: 'IT security',
      proposerPersonId: fx.memberPersonId,
      decision: 'accepted',
    }));
    state(await call('POST', `${url}/amendments`, 'secretary', { kind: 'move', text: 'Report first', agendaItemId: items.report, proposerName: 'Guest Speaker', decision: 'rejected' }));
    const amended = state(await call('POST', `${url}/amendments`, 'secretary', { kind: 'withdraw', text: 'Minutes are not ready', agendaItemId: items.minutes, decision: 'accepted' }));
    expect(amended.amendments.map((a) => [a.kind, a.decision, a.proposer])).toEqual([
      ['add', 'accepted', 'Test Person'],
      ['move', 'rejected', 'Guest Speaker'],
      ['withdraw', 'accepted', null],
    ]);
    const session = detail(await call('GET', `/api/v1/sessions/${fx.session.id}`, 'secretary'));
    expect(session.agenda.items.map((i) => i.title)).toEqual(['Budget', 'Minutes', 'Report', 'Personnel', 'IT security']);
    expect(amended.items.find((i) => i.agendaItemId === items.minutes)).toMatchObject({ outcome: 'withdrawn' });
    expect(amended.consentBlockItemIds).toEqual([items.personnel]);

    const adopted = state(await call('POST', `${url}/agenda-adoption`, 'secretary', {}));
    expect(adopted.agendaAdoptedAt).toBe(app.clock.now().toISOString());
    expect((await call('POST', `${url}/agenda-adoption`, 'secretary', {})).statusCode).toBe(409);
    expect((await call('POST', `${url}/amendments`, 'secretary', { kind: 'move', text: 'late', agendaItemId: items.report, decision: 'rejected' })).statusCode).toBe(409);
    const audit = await auditEventsOf(app, fx.session.id);
    expect(audit.map((e) => e.action)).toEqual(expect.arrayContaining(['meeting.amendment', 'meeting.agenda-adopt']));
  });

  it('adopts the consent block in one step: its items get the outcome adopted, marked as in the block', async () => {
    const { call, url, items } = fx;
    const adopted = state(await call('POST', `${url}/consent-block-adoption`, 'secretary', {}));
    expect(adopted.consentBlockAdoptedAt).not.toBeNull();
    expect(adopted.consentBlockItemIds).toEqual([items.personnel]);
    expect(adopted.items.find((i) => i.agendaItemId === items.personnel)).toMatchObject({
      outcome: 'adopted',
      inConsentBlock: true,
      resolutionText: '<p>Secret.</p>',
    });
    expect((await call('POST', `${url}/consent-block-adoption`, 'secretary', {})).statusCode).toBe(409);
    // A guest of the body reads the meeting, but not the resolution of a closed item.
    const seenByGuest = state(await call('GET', url, 'guest'));
    expect(seenByGuest.items.find((i) => i.agendaItemId === items.personnel)).toMatchObject({ outcome: 'adopted', resolutionText: null });
  });

  it('moves between items, skipping withdrawn and consent-block items, and announces each move after it commits', async () => {
    const { call, url, items } = fx;
    const events: BusEvent[] = [];
    const unsubscribe = app.deps.bus.subscribe(`session:${fx.session.id}`, (event) => events.push(event));
    const first = state(await call('PUT', `${url}/current-item`, 'secretary', { step: 'next' }));
    expect(first.currentItemId).toBe(items.budget);
    expect(first.items.find((i) => i.agendaItemId === items.budget)?.startedAt).toBe(app.clock.now().toISOString());
    // The member's wish to speak, recorded before the session, opens the item's speakers list.
    expect(first.queue.map((s) => [s.person.id, s.source])).toEqual([[fx.memberPersonId, 'position']]);

    app.clock.advance(60_000);
    const second = state(await call('PUT', `${url}/current-item`, 'secretary', { step: 'next' }));
    expect(second.currentItemId).toBe(items.report);
    expect(second.items.find((i) => i.agendaItemId === items.budget)?.endedAt).toBe(app.clock.now().toISOString());
    expect(state(await call('PUT', `${url}/current-item`, 'secretary', { step: 'previous' })).currentItemId).toBe(items.budget);

    const withdrawn = await call('PUT', `${url}/current-item`, 'secretary', { agendaItemId: items.minutes });
    expect(withdrawn.statusCode).toBe(409);
    expect((await call('PUT', `${url}/current-item`, 'secretary', { agendaItemId: fx.body.id })).json()).toMatchObject({ field: 'agendaItemId' });
    expect((await call('PUT', `${url}/current-item`, 'secretary', { step: 'next', agendaItemId: items.report })).statusCode).toBe(400);
    expect((await call('PUT', `${url}/current-item`, 'member', { step: 'next' })).statusCode).toBe(403);
    expect((await call('PUT', `${url}/current-item`, 'outsider', { step: 'next' })).statusCode).toBe(404);

    await waitFor(() => events.length >= 3);
    unsubscribe();
    expect(events.map((e) => e.data)).toEqual([
      { kind: 'current-item', agendaItemId: items.budget, sessionId: fx.session.id },
      { kind: 'current-item', agendaItemId: items.report, sessionId: fx.session.id },
      { kind: 'current-item', agendaItemId: items.budget, sessionId: fx.session.id },
    ]);
  });

  it('records outcomes with their time and recorder, changeable until the session closes', async () => {
    const { call, url, items } = fx;
    const amended = await call('PUT', `${url}/items/${items.budget}/outcome`, 'secretary', { outcome: 'adopted_with_amendments' });
    expect(amended.statusCode).toBe(400);
    expect(amended.json()).toMatchObject({ field: 'resolutionText' });
    const adopted = state(await call('PUT', `${url}/items/${items.budget}/outcome`, 'secretary', { outcome: 'adopted' }));
    expect(adopted.items.find((i) => i.agendaItemId === items.budget)).toMatchObject({
      outcome: 'adopted',
      resolutionText: '<p>The budget is adopted.</p>',
      inConsentBlock: false,
      outcomeRecordedAt: app.clock.now().toISOString(),
      outcomeRecordedBy: 'Test User',
    });
    const changed = state(await call('PUT', `${url}/items/${items.budget}/outcome`, 'secretary', {
      outcome: 'adopted_with_amendments',
      resolutionText: '<p>The budget is adopted, with 5 % more for schools.</p><script>x()</script>',
    }));
    expect(changed.items.find((i) => i.agendaItemId === items.budget)?.resolutionText).toBe('<p>The budget is adopted, with 5 % more for schools.</p>');
    state(await call('PUT', `${url}/items/${items.report}/outcome`, 'secretary', { outcome: 'noted' }));
    expect((await call('PUT', `${url}/items/${items.minutes}/outcome`, 'secretary', { outcome: 'postponed' })).statusCode).toBe(200);
    expect((await call('PUT', `${url}/items/${items.report}/outcome`, 'member', { outcome: 'rejected' })).statusCode).toBe(403);
    expect((await call('PUT', `${url}/items/${items.report}/outcome`, 'secretary', { outcome: 'maybe' })).statusCode).toBe(400);
    const audit = await auditEventsOf(app, items.budget);
    expect(audit.filter((e) => e.action === 'meeting.outcome')).toHaveLength(2);

    detail(await call('POST', `/api/v1/sessions/${fx.session.id}/status`, 'secretary', { to: 'closed' }));
    const closed = await call('PUT', `${url}/items/${items.report}/outcome`, 'secretary', { outcome: 'rejected' });
    expect(closed.statusCode).toBe(409);
    expect(closed.json().detail).toContain('closed');
    expect(state(await call('GET', url, 'member')).items.find((i) => i.agendaItemId === items.report)?.outcome).toBe('noted');
  });
});

async function waitFor(condition: () => boolean, ms = 3000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not reached');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

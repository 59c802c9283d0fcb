import { beforeAll, describe, expect, it } from 'vitest';
import type { Position, SessionPositions } from '@collegium/shared/contracts/positions';
import type { BusEvent } from '../../events/bus.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { auditEventsOf } from '../../test/requests.js';
import { systemCtx } from '../../context.js';
import { conflictedPersonIds, personIdsWishingToSpeak } from './positions.service.js';
import { positionsFixture } from '../../test/positions-fixture.js';

describe('positions before the meeting', () => {
  let app: TestApp;
  let fx: Awaited<ReturnType<typeof positionsFixture>>;

  beforeAll(async () => {
    app = await createTestApp();
    fx = await positionsFixture(app);
  });

  const positionsOf = async (sessionId: string, who: Parameters<typeof fx.call>[2]) => {
    const response = await fx.call('GET', `/api/v1/sessions/${sessionId}/positions`, who);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as SessionPositions;
  };

  it('records a member’s position and changes it until the session starts', async () => {
    const session = await fx.convenedSession();
    const budget = fx.itemId(session, 'Budget');
    const agreed = await fx.record('memberA', budget, 'agree');
    expect(agreed.statusCode, agreed.body).toBe(200);
    expect(agreed.json()).toMatchObject({ agendaItemId: budget, position: 'agree', reason: null, person: { id: fx.personIds.memberA } });
    const objected = await fx.record('memberA', budget, 'object', '  The figures are a year old.  ');
    expect((objected.json() as Position).reason).toBe('The figures are a year old.');
    const mine = await positionsOf(session.id, 'memberA');
    expect(mine).toMatchObject({ open: true, seat: { person: { id: fx.personIds.memberA }, asSubstitute: false }, seats: 3, recorded: 1 });
    expect(mine.mine.map((position) => position.position)).toEqual(['object']);
    // information items may be agreed ("noted"), and closed items recorded by members
    expect((await fx.record('memberA', fx.itemId(session, 'Report of the mayor'), 'agree')).statusCode).toBe(200);
    expect((await fx.record('chair', fx.itemId(session, 'Staffing'), 'wish_to_speak')).statusCode).toBe(200);

    expect((await fx.call('POST', `/api/v1/sessions/${session.id}/status`, 'secretary', { to: 'in_progress' })).statusCode).toBe(200);
    const late = await fx.record('memberA', budget, 'agree');
    expect(late.statusCode).toBe(409);
    expect(late.json().detail).toMatch(/has started/);
    expect((await positionsOf(session.id, 'memberA')).open).toBe(false);
  });

  it('refuses positions on drafts, on withdrawn items and on cancelled sessions (409)', async () => {
    const draft = await fx.newSession([{ kind: 'decision', title: 'Budget' }], false);
    const onDraft = await fx.record('memberA', fx.itemId(draft, 'Budget'), 'agree');
    expect(onDraft.statusCode).toBe(409);
    expect(onDraft.json().detail).toMatch(/not been convened/);

    const session = await fx.convenedSession();
    const lease = fx.itemId(session, 'Lease');
    expect((await fx.call('DELETE', `/api/v1/agenda-items/${lease}`, 'secretary')).statusCode).toBe(200);
    const withdrawn = await fx.record('memberA', lease, 'agree');
    expect(withdrawn.statusCode).toBe(409);
    expect(withdrawn.json().detail).toMatch(/withdrawn/);

    expect((await fx.call('POST', `/api/v1/sessions/${session.id}/status`, 'secretary', { to: 'cancelled' })).statusCode).toBe(200);
    expect((await fx.record('memberA', fx.itemId(session, 'Budget'), 'agree')).statusCode).toBe(409);
  });

  it('lets only members record; a substitute only for the member who sent them', async () => {
    const session = await fx.convenedSession();
    const budget = fx.itemId(session, 'Budget');
    expect((await fx.record(undefined, budget, 'agree')).statusCode).toBe(401);
    expect((await fx.record('outsider', budget, 'agree')).statusCode).toBe(404);
    for (const who of ['observer', 'guest', 'staff', 'secretary', 'substitute'] as const) {
      expect((await fx.record(who, budget, 'agree')).statusCode, who).toBe(403);
    }
    expect((await fx.call('PUT', '/api/v1/agenda-items/6f1c1d2e-0000-4000-8000-000000000000/position', 'memberA', { position: 'agree' })).statusCode).toBe(404);
    expect((await fx.call('PUT', `/api/v1/agenda-items/${budget}/position`, 'memberA', { position: 'maybe' })).statusCode).toBe(400);

    await fx.sendSubstitute(session.id);
    const bySubstitute = await fx.record('substitute', budget, 'wish_to_speak');
    expect(bySubstitute.statusCode, bySubstitute.body).toBe(200);
    expect(bySubstitute.json()).toMatchObject({ person: { id: fx.personIds.memberB }, recordedBy: { id: fx.personIds.substitute } });
    app.clock.advance(1000);
    expect((await fx.record('chair', budget, 'wish_to_speak')).statusCode).toBe(200);
    expect(await personIdsWishingToSpeak(systemCtx(app.deps, 'test'), budget)).toEqual([fx.personIds.substitute, fx.personIds.chair]);
    const view = await positionsOf(session.id, 'substitute');
    expect(view.seat).toMatchObject({ person: { id: fx.personIds.memberB }, asSubstitute: true });
    expect(view.mine).toHaveLength(1);
    // the member's own view shows the seat's position, recorded by the substitute
    expect((await positionsOf(session.id, 'memberB')).mine[0]).toMatchObject({ position: 'wish_to_speak', recordedBy: { id: fx.personIds.substitute } });
  });

  it('records a declared conflict of interest with its reason, audits it and names the member for quorum and vote', async () => {
    const session = await fx.convenedSession();
    const lease = fx.itemId(session, 'Lease');
    const noReason = await fx.record('memberA', lease, 'conflict_of_interest');
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json()).toMatchObject({ field: 'reason' });
    expect((await fx.record('memberA', lease, 'conflict_of_interest', '   ')).statusCode).toBe(400);
    expect((await fx.record('memberA', lease, 'conflict_of_interest', 'My brother owns the building.')).statusCode).toBe(200);
    await fx.sendSubstitute(session.id);
    expect((await fx.record('substitute', lease, 'conflict_of_interest', 'I advise the tenant.')).statusCode).toBe(200);
    expect((await fx.record('chair', lease, 'agree')).statusCode).toBe(200);

    const conflicted = await conflictedPersonIds(systemCtx(app.deps, 'test'), lease);
    expect(conflicted.sort()).toEqual([fx.personIds.memberA, fx.personIds.memberB, fx.personIds.substitute].sort());
    expect(await conflictedPersonIds(systemCtx(app.deps, 'test'), fx.itemId(session, 'Budget'))).toEqual([]);

    const events = await auditEventsOf(app, lease);
    const declaration = events.find((event) => event.action === 'position.declare_conflict' && (event.summary as { personId: string }).personId === fx.personIds.memberA);
    expect(declaration?.summary).toMatchObject({ sessionId: session.id, after: { position: 'conflict_of_interest', reason: 'My brother owns the building.' } });
    expect(events.filter((event) => event.action === 'position.record')).toHaveLength(1);

    // withdrawing the declaration is recorded too, with what it was
    expect((await fx.record('memberA', lease, 'agree')).statusCode).toBe(200);
    const changed = (await auditEventsOf(app, lease)).filter((event) => event.action === 'position.record');
    expect(changed.map((event) => event.summary)).toContainEqual(
      expect.objectContaining({ before: { position: 'conflict_of_interest', reason: 'My brother owns the building.' } }),
    );
  });

  it('shows members and managers the summary with names; guests, outsiders and the public see no positions', async () => {
    const session = await fx.convenedSession();
    const staffing = fx.itemId(session, 'Staffing');
    await fx.record('memberA', staffing, 'object', 'Too many posts.');
    await fx.record('chair', staffing, 'agree');
    for (const who of ['memberA', 'secretary', 'observer', 'staff', 'substitute'] as const) {
      const summary = (await positionsOf(session.id, who)).items.find((item) => item.agendaItemId === staffing)!;
      expect(summary.counts, who).toEqual({ agree: 1, object: 1, wish_to_speak: 0, conflict_of_interest: 0 });
      expect(summary.statements.map((s) => [s.person.id, s.position, s.reason]), who).toEqual([[fx.personIds.memberA, 'object', 'Too many posts.']]);
    }
    expect((await positionsOf(session.id, 'secretary')).seat).toBeNull();
    expect((await fx.call('GET', `/api/v1/sessions/${session.id}/positions`, 'guest')).statusCode).toBe(403);
    expect((await fx.call('GET', `/api/v1/sessions/${session.id}/positions`, 'outsider')).statusCode).toBe(404);
    expect((await fx.call('GET', `/api/v1/sessions/${session.id}/positions`)).statusCode).toBe(401);
  });

  it('hides the positions of a public body’s sessions from the public who read the session', async () => {
    const open = await positionsFixture(app, { isPublic: true });
    const session = await open.convenedSession();
    await open.record('memberA', open.itemId(session, 'Budget'), 'object');
    expect((await open.call('GET', `/api/v1/sessions/${session.id}`, 'outsider')).statusCode).toBe(200);
    expect((await open.call('GET', `/api/v1/sessions/${session.id}/positions`, 'outsider')).statusCode).toBe(403);
    expect((await open.call('GET', `/api/v1/sessions/${session.id}/consent-block`, 'outsider')).statusCode).toBe(403);
    expect((await open.call('GET', `/api/v1/sessions/${session.id}/positions`)).statusCode).toBe(401);
  });

  it('announces a change on the session’s topic after it commits', async () => {
    const session = await fx.convenedSession();
    const seen: BusEvent[] = [];
    const stop = app.deps.bus.subscribe(`session:${session.id}`, (event) => seen.push(event));
    try {
      await fx.record('memberA', fx.itemId(session, 'Budget'), 'agree');
      await fx.record('outsider', fx.itemId(session, 'Budget'), 'agree');
      for (let waited = 0; seen.length === 0 && waited < 3000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(seen.map((event) => event.data)).toEqual([
        expect.objectContaining({ kind: 'positions.changed', agendaItemId: fx.itemId(session, 'Budget'), sessionId: session.id }),
      ]);
    } finally {
      stop();
    }
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import type { ConsentBlock } from '@collegium/shared/contracts/positions';
import type { SessionDetail } from '@collegium/shared/contracts/sessions';
import { systemCtx } from '../../context.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { auditEventsOf } from '../../test/requests.js';
import { getConsentBlock } from './consent-block.service.js';
import { positionsFixture } from '../../test/positions-fixture.js';

describe('the consent block', () => {
  let app: TestApp;
  let fx: Awaited<ReturnType<typeof positionsFixture>>;

  beforeAll(async () => {
    app = await createTestApp();
    fx = await positionsFixture(app);
  });

  const blockOf = async (session: SessionDetail, who: Parameters<typeof fx.call>[2] = 'memberA') => {
    const response = await fx.call('GET', `/api/v1/sessions/${session.id}/consent-block`, who);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as ConsentBlock;
  };
  const titlesIn = async (session: SessionDetail) => {
    const titles = new Map(session.agenda.items.map((item) => [item.id, item.title]));
    return (await blockOf(session)).itemIds.map((id) => titles.get(id));
  };
  const exclude = (session: SessionDetail, title: string, excluded: boolean, who: Parameters<typeof fx.call>[2] = 'secretary') =>
    fx.call('PUT', `/api/v1/agenda-items/${fx.itemId(session, title)}/consent-block`, who, { excluded });

  it('holds the decisions and consent requests nobody objected to, in agenda order', async () => {
    const session = await fx.convenedSession();
    expect(await titlesIn(session)).toEqual(['Budget', 'Staffing', 'Lease']);
    const block = await blockOf(session);
    expect(block.items.map((item) => [item.number, item.inBlock, item.reasons])).toEqual([
      ['1', true, []],
      ['2', true, []],
      ['5', true, []],
    ]);
    expect(block.canExclude).toBe(false);
    expect(await getConsentBlock(systemCtx(app.deps, 'test'), session.id)).toEqual(block.itemIds);
  });

  it('takes out an item someone objects to, wishes to speak on or declared a conflict on; agreeing puts it back', async () => {
    const session = await fx.convenedSession();
    await fx.record('memberA', fx.itemId(session, 'Budget'), 'object');
    await fx.record('chair', fx.itemId(session, 'Staffing'), 'wish_to_speak');
    await fx.record('chair', fx.itemId(session, 'Lease'), 'conflict_of_interest', 'Family business.');
    await fx.record('memberA', fx.itemId(session, 'Report of the mayor'), 'object');
    expect(await titlesIn(session)).toEqual([]);
    expect((await blockOf(session)).items.map((item) => item.reasons)).toEqual([['objection'], ['wish_to_speak'], ['conflict_of_interest']]);

    await fx.record('memberA', fx.itemId(session, 'Budget'), 'agree');
    await fx.record('chair', fx.itemId(session, 'Staffing'), 'agree');
    expect(await titlesIn(session)).toEqual(['Budget', 'Staffing']);
  });

  it('lets the chair or secretary take an item out and put it back before the start, audited', async () => {
    const session = await fx.convenedSession();
    expect((await exclude(session, 'Budget', true, 'memberA')).statusCode).toBe(403);
    expect((await exclude(session, 'Budget', true, 'outsider')).statusCode).toBe(404);
    expect((await fx.call('PUT', `/api/v1/agenda-items/${fx.itemId(session, 'Budget')}/consent-block`, undefined, { excluded: true })).statusCode).toBe(401);
    expect((await exclude(session, 'Strategy', true)).statusCode).toBe(409);

    const out = await exclude(session, 'Budget', true);
    expect(out.statusCode, out.body).toBe(200);
    expect((out.json() as ConsentBlock).items[0]).toMatchObject({ inBlock: false, excluded: true, reasons: ['excluded'] });
    expect((out.json() as ConsentBlock).canExclude).toBe(true);
    expect(await titlesIn(session)).toEqual(['Staffing', 'Lease']);
    expect((await exclude(session, 'Budget', true)).statusCode).toBe(200);
    expect((await exclude(session, 'Budget', false, 'chair')).statusCode).toBe(200);
    expect(await titlesIn(session)).toEqual(['Budget', 'Staffing', 'Lease']);
    const actions = (await auditEventsOf(app, fx.itemId(session, 'Budget'))).map((event) => event.action);
    expect(actions.filter((action) => action.startsWith('consent_block.'))).toEqual(['consent_block.exclude', 'consent_block.include']);

    expect((await fx.call('POST', `/api/v1/sessions/${session.id}/status`, 'secretary', { to: 'in_progress' })).statusCode).toBe(200);
    expect((await exclude(session, 'Lease', true)).statusCode).toBe(409);
    expect((await blockOf(session, 'secretary')).canExclude).toBe(false);
  });

  it('leaves withdrawn items out', async () => {
    const session = await fx.convenedSession();
    expect((await fx.call('DELETE', `/api/v1/agenda-items/${fx.itemId(session, 'Lease')}`, 'secretary')).statusCode).toBe(200);
    expect(await titlesIn(session)).toEqual(['Budget', 'Staffing']);
    expect((await blockOf(session)).items[2]).toMatchObject({ inBlock: false, reasons: ['withdrawn'] });
    expect((await exclude(session, 'Lease', true)).statusCode).toBe(409);
  });

  it('is read by members, managers and named substitutes; not by guests or outsiders', async () => {
    const session = await fx.convenedSession();
    for (const who of ['memberA', 'secretary', 'observer', 'substitute', 'staff'] as const) await blockOf(session, who);
    expect((await fx.call('GET', `/api/v1/sessions/${session.id}/consent-block`, 'guest')).statusCode).toBe(403);
    expect((await fx.call('GET', `/api/v1/sessions/${session.id}/consent-block`, 'outsider')).statusCode).toBe(404);
    expect((await fx.call('GET', `/api/v1/sessions/${session.id}/consent-block`)).statusCode).toBe(401);
  });
});

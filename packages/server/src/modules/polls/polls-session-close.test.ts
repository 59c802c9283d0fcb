import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { pollsFixture } from '../../test/polls-fixture.js';

describe('closing a session while a vote is open', () => {
  let app: TestApp;
  let fx: Awaited<ReturnType<typeof pollsFixture>>;

  beforeAll(async () => {
    app = await createTestApp();
    fx = await pollsFixture(app);
  });

  it('is refused with 409 naming the open vote; once it is closed, the session closes (a draft does not hold it)', async () => {
    const { call, sessionId, items } = fx;
    const statusUrl = `/api/v1/sessions/${sessionId}/status`;
    const budget = await fx.create({ agendaItemId: items.budget, title: 'Budget 2027', method: 'named' });
    await fx.open(budget.id);
    await fx.create({ agendaItemId: items.personnel, title: 'Personnel', method: 'secret' });

    const refused = await call('POST', statusUrl, 'secretary', { to: 'closed' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ field: 'to', pollId: budget.id });
    expect(refused.json().detail).toBe('The vote “Budget 2027” is still open; close or annul it before closing the session.');
    const still = (await call('GET', `/api/v1/sessions/${sessionId}`, 'secretary')).json();
    expect(still.status).toBe('in_progress');

    await fx.vote(budget.id, 'ana', 'for');
    await fx.close(budget.id);
    const closed = await call('POST', statusUrl, 'secretary', { to: 'closed' });
    expect(closed.statusCode).toBe(200);
    expect(closed.json().status).toBe('closed');
  });
});

import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Minutes } from '@collegium/shared/contracts/minutes';
import type { Poll } from '@collegium/shared/contracts/polls';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { pollsFixture } from '../../test/polls-fixture.js';
import { detail } from '../../test/session-requests.js';

const HOUR = 3_600_000;

describe('minutes: a correspondence session that closes itself drafts its minutes', () => {
  let app: TestApp;
  let fx: Awaited<ReturnType<typeof pollsFixture>>;

  beforeAll(async () => {
    app = await createTestApp();
    fx = await pollsFixture(app);
  }, 120_000);

  it('builds the draft when the last vote closes at the deadline, with the named votes', async () => {
    const deadlineAt = new Date(app.clock.now().getTime() + 5 * HOUR).toISOString();
    const session = detail(await fx.call('POST', `/api/v1/bodies/${fx.body.id}/sessions`, 'secretary', { kind: 'correspondence', deadlineAt }));
    await fx.call('POST', `/api/v1/sessions/${session.id}/agenda`, 'secretary', { kind: 'decision', title: 'Fees', proposedResolution: '<p>The fees are adopted.</p>' });
    expect(detail(await fx.call('POST', `/api/v1/sessions/${session.id}/status`, 'secretary', { to: 'convened' })).status).toBe('convened');
    const [vote] = ((await fx.call('GET', `/api/v1/sessions/${session.id}/polls`, 'secretary')).json() as { items: Poll[] }).items;
    const forOption = vote!.options.find((option) => option.role === 'for')!.id;
    for (const who of ['chair', 'ana', 'bor'] as const) {
      const cast = await fx.call('POST', `/api/v1/polls/${vote!.id}/votes`, who, { optionId: forOption }, { 'idempotency-key': randomUUID() });
      expect(cast.statusCode).toBe(200);
    }
    expect((await fx.call('GET', `/api/v1/sessions/${session.id}/minutes`, 'secretary')).statusCode).toBe(404);

    app.clock.advance(5 * HOUR + 1000);
    await app.jobs.drain();
    expect(detail(await fx.call('GET', `/api/v1/sessions/${session.id}`, 'secretary')).status).toBe('closed');
    const response = await fx.call('GET', `/api/v1/sessions/${session.id}/minutes`, 'secretary');
    expect(response.statusCode).toBe(200);
    const minutes = response.json() as Minutes;
    expect(minutes).toMatchObject({ status: 'draft', version: 1 });
    const [fees] = minutes.content.items;
    expect(fees).toMatchObject({ number: '1', title: 'Fees', outcome: 'adopted', resolutionText: '<p>The fees are adopted.</p>' });
    expect(fees!.polls).toHaveLength(1);
    expect(fees!.polls[0]).toMatchObject({ method: 'named', status: 'closed', passed: true });
    expect(fees!.polls[0]!.named).toHaveLength(3);
    expect(fees!.decisions).toHaveLength(1);
  });
});

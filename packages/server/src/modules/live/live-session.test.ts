import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { inTransaction, systemCtx } from '../../context.js';
import { publishSessionEvent } from '../../lib/session-events.js';
import { buildBody, buildMember, buildUser, signIn } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { connect, listen } from '../../test/platform/live-client.js';
import { caller, detail, inDays } from '../../test/session-requests.js';

describe('live: session topics', () => {
  let app: TestApp;
  let base: string;
  let sessionId: string;
  let memberCookie: string;
  let outsiderCookie: string;

  beforeAll(async () => {
    app = await createTestApp();
    base = `${await listen(app)}/api/v1/live`;
    const body = await buildBody(app);
    const secretary = (await signIn(app, await buildMember(app, body, 'secretary'))).headers;
    memberCookie = (await signIn(app, await buildMember(app, body, 'member'))).cookie;
    outsiderCookie = (await signIn(app, await buildUser(app))).cookie;
    const call = caller(app);
    sessionId = detail(await call('POST', `/api/v1/bodies/${body.id}/sessions`, secretary, { kind: 'regular', startsAt: inDays(app, 3) })).id;
  });

  it('lets whoever may read the session follow it, and refuses others without revealing it exists', async () => {
    const topic = `session:${sessionId}`;
    const member = await connect(base, { cookie: memberCookie });
    member.send({ type: 'subscribe', topic });
    expect(await member.next()).toEqual({ type: 'subscribed', topic });

    const outsider = await connect(base, { cookie: outsiderCookie });
    outsider.send({ type: 'subscribe', topic });
    expect(await outsider.next()).toMatchObject({ type: 'error', code: 'forbidden', topic });
    for (const other of [`session:${randomUUID()}`, 'session:not-an-id', 'session']) {
      outsider.send({ type: 'subscribe', topic: other });
      expect(await outsider.next()).toMatchObject({ type: 'error', code: 'forbidden' });
    }
    member.close();
    outsider.close();
  });

  it('announces a session event when its transaction commits, and never one that rolled back', async () => {
    const topic = `session:${sessionId}`;
    const member = await connect(base, { cookie: memberCookie });
    member.send({ type: 'subscribe', topic });
    await member.next();
    const ctx = systemCtx(app.deps, 'test');

    await expect(
      inTransaction(ctx, async (tx) => {
        await publishSessionEvent(tx, sessionId, { kind: 'rolled-back' });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    await inTransaction(ctx, async (tx) => {
      await publishSessionEvent(tx, sessionId, { kind: 'current-item', itemId: 'i1' });
    });
    expect(await member.next((m) => m.type === 'event')).toEqual({
      type: 'event',
      topic,
      data: { kind: 'current-item', itemId: 'i1', sessionId },
    });
    await expect(member.next((m) => m.type === 'event', 300)).rejects.toThrow('no matching');
    member.close();
  });
});

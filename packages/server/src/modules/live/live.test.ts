import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { LIVE_MAX_SUBSCRIPTIONS } from '@collegium/shared/contracts/live';
import { bodies, memberships, organizations, persons } from '../../db/schema/index.js';
import { buildUser, signIn, type Session, type TestUser } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { connect, createApiToken, listen } from '../../test/platform/live-client.js';
import { twoInstances } from '../../test/two-instances.js';
import { liveConnectionOf } from './live.connection.js';

async function buildBodies(app: TestApp, count: number): Promise<{ organizationId: string; ids: string[] }> {
  const db = app.database.db;
  const suffix = randomUUID().slice(0, 8);
  const [org] = await db
    .insert(organizations)
    .values({ kind: 'ministry', name: `Ministry ${suffix}`, slug: `ministry-${suffix}` })
    .returning({ id: organizations.id });
  const rows = await db
    .insert(bodies)
    .values(
      Array.from({ length: count }, (_, i) => ({
        organizationId: org!.id,
        kind: 'council',
        name: `Council ${suffix} ${i}`,
        slug: `council-${suffix}-${i}`,
      })),
    )
    .returning({ id: bodies.id });
  return { organizationId: org!.id, ids: rows.map((r) => r.id) };
}

async function buildBodyWithMember(app: TestApp, userId: string, role: string): Promise<string> {
  const db = app.database.db;
  const { organizationId, ids } = await buildBodies(app, 1);
  const org = { id: organizationId };
  const body = { id: ids[0]! };
  const [person] = await db
    .insert(persons)
    .values({ userId, givenName: 'Ana', familyName: 'Novak', organizationId: org.id })
    .returning({ id: persons.id });
  await db.insert(memberships).values({
    organizationId: org.id,
    bodyId: body.id,
    personId: person!.id,
    role,
    startDate: '2000-01-01',
  });
  return body.id;
}

describe('live endpoint', () => {
  let app: TestApp;
  let base: string;
  let user: TestUser;
  let session: Session;

  beforeAll(async () => {
    app = await createTestApp();
    base = `${await listen(app)}/api/v1/live`;
    user = await buildUser(app);
    session = await signIn(app, user);
  });

  it('refuses an upgrade without credentials with 401', async () => {
    await expect(connect(base)).rejects.toThrow('HTTP 401');
  });

  it('refuses an unknown API token with 401', async () => {
    await expect(connect(`${base}?token=clg_nonsense`)).rejects.toThrow('HTTP 401');
    await expect(connect(base, { authorization: 'Bearer clg_nonsense' })).rejects.toThrow('HTTP 401');
  });

  it('refuses a session cookie sent from a foreign page', async () => {
    await expect(connect(base, { cookie: session.cookie, origin: 'https://evil.example' })).rejects.toThrow('HTTP 403');
  });

  it('delivers events of the own user topic to a cookie session, and answers pings', async () => {
    const client = await connect(base, { cookie: session.cookie, origin: app.config.publicUrl });
    client.send({ type: 'ping', id: 'p1' });
    expect(await client.next()).toEqual({ type: 'pong', id: 'p1' });
    client.send({ type: 'subscribe', topic: `user:${user.id}`, id: 's1' });
    expect(await client.next()).toEqual({ type: 'subscribed', topic: `user:${user.id}`, id: 's1' });
    await app.deps.bus.publish(`user:${user.id}`, { notice: 'hello' });
    expect(await client.next((m) => m.type === 'event')).toEqual({
      type: 'event',
      topic: `user:${user.id}`,
      data: { notice: 'hello' },
    });
    client.close();
  });

  it('accepts an API token as Bearer header and as ?token=', async () => {
    const token = await createApiToken(app, user.id);
    for (const client of [await connect(base, { authorization: `Bearer ${token}` }), await connect(`${base}?token=${token}`)]) {
      client.send({ type: 'subscribe', topic: 'installation' });
      expect(await client.next()).toEqual({ type: 'subscribed', topic: 'installation' });
      await app.deps.bus.publish('installation', { n: 1 });
      expect(await client.next()).toMatchObject({ type: 'event', topic: 'installation', data: { n: 1 } });
      client.close();
    }
  });

  it('refuses another user’s topic, unknown kinds and malformed messages with an error message', async () => {
    const client = await connect(base, { cookie: session.cookie });
    client.send({ type: 'subscribe', topic: `user:${randomUUID()}`, id: 'a' });
    expect(await client.next()).toMatchObject({ type: 'error', code: 'forbidden', id: 'a' });
    client.send({ type: 'subscribe', topic: 'weather:today', id: 'b' });
    const unknown = await client.next();
    expect(unknown).toMatchObject({ type: 'error', code: 'bad_request', id: 'b' });
    expect((unknown as { message: string }).message).toContain('weather');
    client.send({ type: 'subscribe', topic: 'user:*', id: 'c' });
    expect(await client.next()).toMatchObject({ type: 'error', code: 'bad_request', id: 'c' });
    client.socket.send('not json');
    expect(await client.next()).toMatchObject({ type: 'error', code: 'bad_request' });
    client.send({ type: 'subscribe', topic: 'constructor' });
    expect(await client.next()).toMatchObject({ type: 'error', code: 'bad_request' });
    client.close();
  });

  it('lets members of a body follow it, and nobody else', async () => {
    const member = await buildUser(app);
    const outsider = await buildUser(app);
    const guest = await buildUser(app);
    const staff = await buildUser(app, { role: 'staff' });
    const bodyId = await buildBodyWithMember(app, member.id, 'member');
    await buildBodyWithMember(app, guest.id, 'guest');
    const topic = `body:${bodyId}`;

    const memberClient = await connect(base, { cookie: (await signIn(app, member)).cookie });
    memberClient.send({ type: 'subscribe', topic });
    expect(await memberClient.next()).toEqual({ type: 'subscribed', topic });

    const staffClient = await connect(base, { cookie: (await signIn(app, staff)).cookie });
    staffClient.send({ type: 'subscribe', topic });
    expect(await staffClient.next()).toEqual({ type: 'subscribed', topic });

    const outsiderClient = await connect(base, { cookie: (await signIn(app, outsider)).cookie });
    outsiderClient.send({ type: 'subscribe', topic });
    expect(await outsiderClient.next()).toMatchObject({ type: 'error', code: 'forbidden', topic });
    outsiderClient.send({ type: 'subscribe', topic: `body:${randomUUID()}` });
    expect(await outsiderClient.next()).toMatchObject({ type: 'error', code: 'forbidden' });

    await app.deps.bus.publish(topic, { changed: true });
    expect(await memberClient.next()).toMatchObject({ type: 'event', topic, data: { changed: true } });
    expect(await staffClient.next()).toMatchObject({ type: 'event', topic });

    memberClient.send({ type: 'unsubscribe', topic });
    expect(await memberClient.next()).toEqual({ type: 'unsubscribed', topic });
    await app.deps.bus.publish(topic, { changed: 'again' });
    expect(await staffClient.next()).toMatchObject({ type: 'event', data: { changed: 'again' } });
    await expect(memberClient.next(() => true, 300)).rejects.toThrow('no matching');
    for (const client of [memberClient, staffClient, outsiderClient]) client.close();
  });

  it('bounds the subscriptions of one connection and releases them on close', async () => {
    // Connections of earlier tests may still be closing on the server side.
    await waitFor(() => app.server.websocketServer.clients.size === 0);
    const before = countHandlers(app);
    const client = await connect(base, { cookie: session.cookie });
    client.send({ type: 'subscribe', topic: `user:${user.id}` });
    client.send({ type: 'subscribe', topic: 'installation' });
    await client.next();
    await client.next();
    expect(countHandlers(app)).toBe(before + 2);
    // Distinct allowed topics to fill up with: staff may follow every body.
    const staff = await buildUser(app, { role: 'staff' });
    const staffClient = await connect(base, { cookie: (await signIn(app, staff)).cookie });
    const { ids } = await buildBodies(app, LIVE_MAX_SUBSCRIPTIONS + 1);
    for (const id of ids) staffClient.send({ type: 'subscribe', topic: `body:${id}` });
    for (let i = 0; i < LIVE_MAX_SUBSCRIPTIONS; i++) expect(await staffClient.next()).toMatchObject({ type: 'subscribed' });
    expect(await staffClient.next()).toMatchObject({ type: 'error', code: 'too_many_requests' });

    client.close();
    staffClient.close();
    await client.closed();
    await staffClient.closed();
    await waitFor(() => countHandlers(app) === before);
  });

  it('drops a peer that stops answering pings', async () => {
    const client = await connect(base, { cookie: session.cookie });
    client.send({ type: 'ping' });
    await client.next();
    const serverSide = [...app.server.websocketServer.clients].at(-1)!;
    const connection = liveConnectionOf(serverSide)!;
    client.socket.pause();
    await connection.beat();
    await connection.beat();
    client.socket.resume();
    expect(await client.closed()).toBe(1006);
    await waitFor(() => !app.server.websocketServer.clients.has(serverSide));
  });

  it('closes with 4401 once the session has ended', async () => {
    const own = await signIn(app, user);
    const client = await connect(base, { cookie: own.cookie });
    await app.server.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: own.headers });
    // The heartbeat re-checks the credential; run it now rather than wait 30 s.
    for (const socket of app.server.websocketServer.clients) await liveConnectionOf(socket)?.beat();
    expect(await client.closed()).toBe(4401);
  });
});

function countHandlers(app: TestApp): number {
  const handlers = (app.deps.bus as unknown as { handlers: Map<string, Set<unknown>> }).handlers;
  let n = 0;
  for (const set of handlers.values()) n += set.size;
  return n;
}

async function waitFor(condition: () => boolean, ms = 3000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not reached');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('two server instances on one database', () => {
  let first: TestApp;
  let second: TestApp;
  let sharedEngine: boolean;

  beforeAll(async () => {
    ({ first, second, sharedEngine } = await twoInstances());
  });

  it('delivers an event published on the first to a WebSocket client of the second', async () => {
    expect(first.deps.bus.instanceId).not.toBe(second.deps.bus.instanceId);
    expect(first.deps.database === second.deps.database).toBe(sharedEngine);
    const user = await buildUser(first);
    const session = await signIn(second, user);
    const client = await connect(`${await listen(second)}/api/v1/live`, { cookie: session.cookie });
    client.send({ type: 'subscribe', topic: `user:${user.id}` });
    expect(await client.next()).toMatchObject({ type: 'subscribed' });
    await first.deps.bus.publish(`user:${user.id}`, { from: 'first' });
    expect(await client.next()).toEqual({ type: 'event', topic: `user:${user.id}`, data: { from: 'first' } });
    client.close();
  });
});

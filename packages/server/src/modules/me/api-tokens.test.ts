import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiTokens, auditEvents } from '../../db/schema/index.js';
import { sha256Hex } from '../../lib/crypto.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { buildUser, signIn, type Session } from '../../test/factories.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});

const createToken = (headers: Record<string, string>, payload: object) =>
  app.server.inject({ method: 'POST', url: '/api/v1/me/tokens', headers, payload });
const listTokens = (headers: Record<string, string>) => app.server.inject({ method: 'GET', url: '/api/v1/me/tokens', headers });
const revokeToken = (headers: Record<string, string>, id: string) =>
  app.server.inject({ method: 'DELETE', url: `/api/v1/me/tokens/${id}`, headers });
const meWith = (token: string) =>
  app.server.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } });

async function newToken(session: Session, payload: object = { name: 'Integration' }) {
  const response = await createToken(session.headers, payload);
  expect(response.statusCode).toBe(201);
  return response.json() as { id: string; token: string; prefix: string; expiresAt: string | null };
}

describe('creating and listing tokens', () => {
  it('needs a signed-in user', async () => {
    expect((await listTokens({})).statusCode).toBe(401);
    expect((await createToken({}, { name: 'x' })).statusCode).toBe(401);
  });

  it.each([
    ['name', {}],
    ['name', { name: '' }],
    ['name', { name: 'x'.repeat(101) }],
    ['expiresInDays', { name: 'x', expiresInDays: 0 }],
    ['expiresInDays', { name: 'x', expiresInDays: 731 }],
  ])('names the invalid field %s', async (field, payload) => {
    const session = await signIn(app, await buildUser(app));
    const response = await createToken(session.headers, payload);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'validation_failed', field });
  });

  it('shows the token once, keeps only its hash and lists it without the secret', async () => {
    const user = await buildUser(app);
    const session = await signIn(app, user);
    const created = await newToken(session, { name: 'Reporting', expiresInDays: 30 });
    expect(created.token).toMatch(/^clg_[A-Za-z0-9_-]{40,}$/);
    expect(created.prefix).toBe(created.token.slice(0, 10));
    expect(new Date(created.expiresAt!).getTime() - app.clock.now().getTime()).toBe(30 * 86400_000);

    const [stored] = await app.database.db.select().from(apiTokens).where(eq(apiTokens.id, created.id));
    expect(stored?.tokenHash).toBe(sha256Hex(created.token));
    expect(JSON.stringify(stored)).not.toContain(created.token);

    const list = await listTokens(session.headers);
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toEqual([
      { id: created.id, name: 'Reporting', prefix: created.prefix, createdAt: expect.any(String), lastUsedAt: null, expiresAt: created.expiresAt },
    ]);
    expect(list.body).not.toContain(created.token);
  });

  it('lists only the signed-in user’s own tokens', async () => {
    const mine = await signIn(app, await buildUser(app));
    const theirs = await signIn(app, await buildUser(app));
    await newToken(theirs);
    expect((await listTokens(mine.headers)).json().items).toEqual([]);
  });

  it('may not be managed with a token', async () => {
    const session = await signIn(app, await buildUser(app));
    const { token } = await newToken(session);
    const response = await createToken({ authorization: `Bearer ${token}` }, { name: 'child' });
    expect(response.statusCode).toBe(403);
  });
});

describe('using a token', () => {
  it('signs requests in as its owner and records the last use', async () => {
    const user = await buildUser(app);
    const session = await signIn(app, user);
    const { id, token } = await newToken(session);
    const response = await meWith(token);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id: user.id, email: user.email, csrfToken: null });
    const [listed] = (await listTokens(session.headers)).json().items as { id: string; lastUsedAt: string | null }[];
    expect(listed).toMatchObject({ id });
    expect(listed!.lastUsedAt).not.toBeNull();
  });

  it('refuses unknown, malformed and wrongly sent tokens with 401', async () => {
    expect((await meWith('clg_not-a-real-token')).statusCode).toBe(401);
    const malformed = await app.server.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: 'Token abc' } });
    expect(malformed.statusCode).toBe(401);
    expect(malformed.json().detail).toContain('Bearer');
  });

  it('stops working when it expires', async () => {
    const session = await signIn(app, await buildUser(app));
    const { token } = await newToken(session, { name: 'Short', expiresInDays: 1 });
    expect((await meWith(token)).statusCode).toBe(200);
    app.clock.advance(86400_000 + 1000);
    const expired = await meWith(token);
    expect(expired.statusCode).toBe(401);
    expect(expired.json()).toMatchObject({ code: 'unauthenticated' });
    expect(expired.json().detail).toContain('expired');
  });
});

describe('DELETE /api/v1/me/tokens/:id', () => {
  it('walks the ladder: 401, 400, 404 for someone else’s token, then revokes', async () => {
    const owner = await signIn(app, await buildUser(app));
    const stranger = await signIn(app, await buildUser(app));
    const { id, token } = await newToken(owner);

    expect((await revokeToken({}, id)).statusCode).toBe(401);
    const badId = await revokeToken(owner.headers, 'not-a-uuid');
    expect(badId.statusCode).toBe(400);
    expect(badId.json()).toMatchObject({ field: 'id' });
    expect((await revokeToken(stranger.headers, id)).statusCode).toBe(404);
    expect((await revokeToken(owner.headers, randomUUID())).statusCode).toBe(404);

    const revoked = await revokeToken(owner.headers, id);
    expect(revoked.statusCode).toBe(200);
    const refused = await meWith(token);
    expect(refused.statusCode).toBe(401);
    expect(refused.json().detail).toContain('revoked');
    expect((await listTokens(owner.headers)).json().items).toEqual([]);
    expect((await revokeToken(owner.headers, id)).statusCode).toBe(404);

    const events = await app.database.db.select().from(auditEvents).where(eq(auditEvents.entityId, id)).orderBy(auditEvents.id);
    expect(events.map((e) => e.action)).toEqual(['api_token.create', 'api_token.revoke']);
    expect(JSON.stringify(events)).not.toContain(token);
  });
});

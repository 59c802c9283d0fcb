import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { users } from '../../db/schema/index.js';
import { buildApp, type App } from '../../app.js';
import { loadConfig } from '../../config.js';
import { freshDatabaseWithUrl } from '../../test/database.js';
import { openPostgres, type Database } from '../../db/client.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { buildUser, signIn } from '../../test/factories.js';
import { CredentialCache } from './credential-cache.js';

describe('CredentialCache', () => {
  it('forgets entries after their time, per user, and entirely', () => {
    let now = 0;
    const cache = new CredentialCache<string>(() => now);
    cache.set('a', 'u1', 'A', 10_000);
    cache.set('b', 'u2', 'B', Number.POSITIVE_INFINITY);
    expect(cache.get('a')).toBe('A');
    now = 10_000;
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('b')).toBe('B');
    now = 30_000;
    expect(cache.get('b')).toBeUndefined();
    cache.set('c', 'u3', 'C', Number.POSITIVE_INFINITY);
    cache.invalidateUser('u3');
    expect(cache.get('c')).toBeUndefined();
  });
});

describe('cached sign-ins across two instances', () => {
  let first: TestApp;
  let second: App;
  let secondDb: Database | undefined;

  beforeAll(async () => {
    const { database, url } = await freshDatabaseWithUrl();
    first = await createTestApp({ database });
    secondDb = url ? await openPostgres(url, 3) : undefined;
    second = await buildApp({
      config: loadConfig({ DATA_DIR: first.config.dataDir, LOG_LEVEL: 'silent', COLLEGIUM_JOBS: 'false' }),
      database: secondDb ?? database,
      logger: false,
      runJobs: false,
    });
  });
  afterAll(async () => {
    await second.close();
    await secondDb?.close();
    // The shared database is ours to close, once the app on it is closed.
    await first.close();
    await first.database.close();
  });

  async function eventually(check: () => Promise<boolean>): Promise<boolean> {
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline) {
      if (await check()) return true;
      await new Promise((r) => setTimeout(r, 50));
    }
    return false;
  }

  it('ends a session on every instance when it is signed out on one', async () => {
    const user = await buildUser(first);
    const session = await signIn(first, user);
    const me = () => second.server.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: session.cookie } });
    expect((await me()).statusCode).toBe(200);
    expect((await me()).statusCode).toBe(200);
    const out = await first.server.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: session.headers });
    expect(out.statusCode).toBe(200);
    expect(await eventually(async () => (await me()).statusCode === 401)).toBe(true);
  });

  it('drops a disabled user at once, even when the change bypasses the API', async () => {
    const user = await buildUser(first);
    const session = await signIn(first, user);
    const me = () => second.server.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: session.cookie } });
    expect((await me()).statusCode).toBe(200);
    await first.database.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, user.id));
    expect(await eventually(async () => (await me()).statusCode === 401)).toBe(true);
  });
});

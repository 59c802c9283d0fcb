import { randomUUID } from 'node:crypto';
import type { InstallationRole } from '@collegium/shared/domain/roles';
import { systemCtx } from '../context.js';
import { insertUser } from '../modules/users/users.service.js';
import type { TestApp } from './harness.js';

export const TEST_PASSWORD = 'correct horse battery';

export interface TestUser {
  id: string;
  email: string;
  password: string;
}

export async function buildUser(
  app: TestApp,
  over: { role?: InstallationRole; email?: string; displayName?: string; password?: string } = {},
): Promise<TestUser> {
  const email = over.email ?? `user-${randomUUID().slice(0, 8)}@example.test`;
  const password = over.password ?? TEST_PASSWORD;
  const { id } = await insertUser(systemCtx(app.deps, 'test'), {
    email,
    displayName: over.displayName ?? 'Test User',
    role: over.role ?? 'user',
    password,
  });
  return { id, email, password };
}

export interface Session {
  cookie: string;
  csrfToken: string;
  /** headers for app.server.inject: the cookie, and the CSRF token for writes */
  headers: Record<string, string>;
}

/** Signs in through the real login route and returns what a browser would keep. */
export async function signIn(app: TestApp, user: { email: string; password: string }): Promise<Session> {
  const response = await app.server.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email: user.email, password: user.password },
  });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'collegium_session');
  if (!cookie) throw new Error('sign-in set no session cookie');
  const csrfToken = (response.json() as { csrfToken: string }).csrfToken;
  const cookieHeader = `collegium_session=${cookie.value}`;
  return { cookie: cookieHeader, csrfToken, headers: { cookie: cookieHeader, 'x-csrf-token': csrfToken } };
}

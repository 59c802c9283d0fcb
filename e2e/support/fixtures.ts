import { randomUUID } from 'node:crypto';
import { test as base, expect, request as playwrightRequest, type APIRequestContext, type Locator, type Page } from '@playwright/test';

/** The administrator scripts/e2e.mjs created on the first start of the server. */
export const admin = {
  email: process.env.E2E_ADMIN_EMAIL ?? 'admin@e2e.collegium.test',
  password: process.env.E2E_ADMIN_PASSWORD ?? 'e2e-Admin-password-2026',
};

export interface TestUser {
  id: string;
  email: string;
  password: string;
  displayName: string;
}

/** An API client signed in as the administrator, sending the CSRF token on writes. */
export interface AdminApi {
  context: APIRequestContext;
  csrfToken: string;
  createUser(role?: 'administrator' | 'staff' | 'user'): Promise<TestUser>;
}

/** Sends a JSON request through an API context (CSRF token included), expects success and returns the body. */
export async function send<T>(
  api: AdminApi,
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  data: object,
  headers: Record<string, string> = {},
): Promise<T> {
  const response = await api.context.fetch(path, { method, data, headers: { 'x-csrf-token': api.csrfToken, ...headers } });
  expect(response.status(), await response.text()).toBeLessThan(300);
  return (await response.json()) as T;
}

async function signInAdminApi(baseURL: string): Promise<AdminApi> {
  const context = await playwrightRequest.newContext({ baseURL });
  const login = await context.post('/api/v1/auth/login', { data: admin });
  expect(login.status(), await login.text()).toBe(200);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return {
    context,
    csrfToken,
    async createUser(role = 'user') {
      const suffix = randomUUID().slice(0, 8);
      const user = { email: `person-${suffix}@e2e.collegium.test`, password: `pass-${suffix}-word`, displayName: `Test Person ${suffix}` };
      const created = await context.post('/api/v1/users', {
        data: { ...user, role },
        headers: { 'x-csrf-token': csrfToken },
      });
      expect(created.status(), await created.text()).toBe(201);
      const { id } = (await created.json()) as { id: string };
      return { id, ...user };
    },
  };
}

export const test = base.extend<object, { adminApi: AdminApi; adminStorageState: Awaited<ReturnType<APIRequestContext['storageState']>> }>({
  // One administrator sign-in per worker: sign-in is rate limited per address, and every test runs from 127.0.0.1.
  adminApi: [
    // Playwright reads a fixture's dependencies from this destructuring pattern, so it must stay even when empty.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use, workerInfo) => {
      const baseURL = workerInfo.project.use.baseURL;
      if (!baseURL) throw new Error('baseURL is not configured');
      const api = await signInAdminApi(baseURL);
      await use(api);
      await api.context.dispose();
    },
    { scope: 'worker' },
  ],
  adminStorageState: [async ({ adminApi }, use) => use(await adminApi.context.storageState()), { scope: 'worker' }],
});

export { expect };

/** Signs in through the sign-in form and waits for the home page. */
export async function signIn(page: Page, user: { email: string; password: string }): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail address').fill(user.email);
  await page.getByLabel('Password', { exact: true }).fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Welcome/ })).toBeVisible();
}

/** Presses Tab until `target` has the focus; fails after `limit` presses. */
export async function tabTo(page: Page, target: Locator, limit = 25): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`${target.toString()} did not receive the focus after ${limit} presses of Tab`);
}

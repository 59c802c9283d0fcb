import { randomUUID } from 'node:crypto';
import type { Browser, Page } from '@playwright/test';
import { expect, send, signIn, type AdminApi, type TestUser } from './fixtures.js';

/**
 * A private council of two seats — the chair Cleo and the member Ana, both with accounts — and a session in
 * progress with both present, its agenda adopted and "Budget 2027" the current item.
 */
export async function sittingCouncil(api: AdminApi) {
  const suffix = randomUUID().slice(0, 8);
  const ministry = await send<{ id: string }>(api, 'POST', '/api/v1/organizations', { kind: 'ministry', name: `Ministry ${suffix}`, slug: `ministry-${suffix}` });
  const council = await send<{ id: string }>(api, 'POST', '/api/v1/bodies', {
    organizationId: ministry.id,
    kind: 'council',
    name: `Voting Council ${suffix}`,
    slug: `voting-council-${suffix}`,
    isPublic: false,
    rules: { quorumRule: 'majority_of_members', majorityRule: 'simple' },
  });
  const accounts: Record<string, TestUser> = {};
  const people: Record<string, string> = {};
  for (const [given, role] of [['Cleo', 'chair'], ['Ana', 'member']] as const) {
    const response = await api.context.post('/api/v1/persons', { data: { givenName: given, familyName: suffix }, headers: { 'x-csrf-token': api.csrfToken } });
    const person = (await response.json()) as { id: string };
    people[given] = person.id;
    await send(api, 'POST', `/api/v1/bodies/${council.id}/memberships`, { personId: person.id, role, startDate: '2025-01-01' });
    accounts[given] = await api.createUser('user');
    await send(api, 'PUT', `/api/v1/persons/${person.id}/account`, { userId: accounts[given].id }, { 'if-match': response.headers().etag ?? '' });
  }
  const startsAt = new Date(Date.now() + 86_400_000).toISOString();
  const session = await send<{ id: string }>(api, 'POST', `/api/v1/bodies/${council.id}/sessions`, { kind: 'regular', startsAt });
  await send(api, 'POST', `/api/v1/sessions/${session.id}/agenda`, { kind: 'decision', title: 'Budget 2027', proposedResolution: '<p>The budget is adopted.</p>' });
  await send(api, 'POST', `/api/v1/sessions/${session.id}/status`, { to: 'convened' });
  await send(api, 'POST', `/api/v1/sessions/${session.id}/status`, { to: 'in_progress' });
  for (const person of Object.values(people)) await send(api, 'PUT', `/api/v1/sessions/${session.id}/attendance/${person}`, { status: 'present' });
  await send(api, 'POST', `/api/v1/sessions/${session.id}/meeting/agenda-adoption`, {});
  await send(api, 'PUT', `/api/v1/sessions/${session.id}/meeting/current-item`, { step: 'next' });
  return { session: session.id, suffix, chair: accounts.Cleo!, member: accounts.Ana! };
}

export async function prepareVote(page: Page, title: string, method: string) {
  const form = page.getByRole('form', { name: 'Put a question to the vote' });
  await form.getByRole('textbox', { name: 'Question', exact: true }).fill(title);
  await form.getByLabel('Method').selectOption({ label: method });
  await form.getByRole('button', { name: 'Prepare the vote' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The vote is prepared.' })).toBeVisible();
  await page.getByRole('button', { name: 'Open the vote' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The vote is open.' })).toBeVisible();
}

/** A browser context of its own, signed in as `user`, on `path`. */
export async function signedInAt(browser: Browser, user: TestUser, path: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, user);
  await page.goto(path);
  return { context, page };
}

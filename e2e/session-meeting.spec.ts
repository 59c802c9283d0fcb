import { randomUUID } from 'node:crypto';
import type { APIResponse, Page } from '@playwright/test';
import { expectNoSeriousViolations } from './support/axe.js';
import { expect, signIn, test, type AdminApi, type TestUser } from './support/fixtures.js';

async function send(api: AdminApi, method: 'post' | 'put', path: string, data: object, headers: Record<string, string> = {}): Promise<APIResponse> {
  const response = await api.context[method](path, { data, headers: { 'x-csrf-token': api.csrfToken, ...headers } });
  expect(response.status(), await response.text()).toBeLessThan(300);
  return response;
}
const idOf = async (response: APIResponse) => ((await response.json()) as { id: string }).id;

/** A private council whose secretary (Sara) and member (Ana) are people of the directory with their own accounts. */
async function councilWithAccounts(api: AdminApi) {
  const suffix = randomUUID().slice(0, 8);
  const ministry = await idOf(await send(api, 'post', '/api/v1/organizations', { kind: 'ministry', name: `Ministry ${suffix}`, slug: `ministry-${suffix}` }));
  const council = await idOf(
    await send(api, 'post', '/api/v1/bodies', { organizationId: ministry, kind: 'council', name: `Meeting Council ${suffix}`, slug: `meeting-council-${suffix}`, isPublic: false }),
  );
  const accounts: Record<string, TestUser> = {};
  for (const [given, role] of [['Sara', 'secretary'], ['Ana', 'member']] as const) {
    const person = await send(api, 'post', '/api/v1/persons', { givenName: given, familyName: suffix });
    const personId = await idOf(person);
    await send(api, 'post', `/api/v1/bodies/${council}/memberships`, { personId, role, startDate: '2025-01-01' });
    accounts[given] = await api.createUser('user');
    await send(api, 'put', `/api/v1/persons/${personId}/account`, { userId: accounts[given].id }, { 'if-match': person.headers().etag ?? '' });
  }
  return { council, suffix, secretary: accounts.Sara!, member: accounts.Ana! };
}

const nextYear = () => `${new Date().getFullYear() + 1}-03-01T10:00`;

async function confirmStatus(page: Page, label: string) {
  await page.getByRole('button', { name: label }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: label }).click();
}

test('a secretary runs a meeting live: a member follows the current item, asks for the floor and gets it with a countdown', async ({ browser, adminApi }) => {
  // Two browsers, a dozen steps each way, on two cores shared with the server.
  test.setTimeout(120_000);
  const { council, suffix, secretary, member } = await councilWithAccounts(adminApi);
  const chairContext = await browser.newContext();
  const page = await chairContext.newPage();
  await signIn(page, secretary);

  // The secretary prepares the session in the web app: create, agenda items, convene, start.
  await page.goto(`/directory/bodies/${council}`);
  await page.getByRole('button', { name: 'New session' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Starts').fill(nextYear());
  await dialog.getByRole('button', { name: 'New session' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '1st regular session' })).toBeVisible();
  for (const title of ['Opening', 'Budget 2027']) {
    await page.getByRole('button', { name: 'Add item' }).click();
    const itemDialog = page.getByRole('dialog');
    await itemDialog.getByLabel('Title').fill(title);
    await itemDialog.getByRole('button', { name: 'Add item' }).click();
    await expect(itemDialog).toBeHidden();
  }
  await confirmStatus(page, 'Convene');
  await expect(page.getByRole('status').filter({ hasText: 'The session is now: Convened.' })).toBeVisible();
  await confirmStatus(page, 'Start the session');
  await page.getByRole('link', { name: 'Open the meeting room' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Meeting room: 1st regular session/ })).toBeVisible();
  const sessionUrl = page.url().replace(/\/meeting$/, '');

  // The member follows in a second browser.
  const memberContext = await browser.newContext();
  const memberPage = await memberContext.newPage();
  await signIn(memberPage, member);
  await memberPage.goto(`${sessionUrl}/meeting`);
  const memberItem = memberPage.getByRole('region', { name: 'Current item' });
  await expect(memberItem).toContainText('No item is being dealt with now.');
  await expect(memberPage.getByRole('button', { name: 'Adopt the agenda' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Adopt the agenda' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The agenda was adopted.' })).toBeVisible();
  await page.getByRole('button', { name: 'Next item' }).click();
  await expect(page.getByTestId('current-item-title')).toHaveText('1. Opening');
  // No reload: the member's screen follows over the live connection.
  await expect(memberPage.getByTestId('current-item-title')).toHaveText('1. Opening');
  await page.getByRole('button', { name: 'Next item' }).click();
  await expect(memberPage.getByTestId('current-item-title')).toHaveText('2. Budget 2027');
  await expect(memberPage.getByRole('region', { name: 'Agenda' }).locator('[aria-current="step"]')).toContainText('Budget 2027');
  await expectNoSeriousViolations(memberPage, 'the meeting room of a member');

  // The member asks for the floor; the secretary sets the speaking time and gives it.
  await page.getByLabel('Speaking time per speech (seconds)').fill('120');
  await page.getByRole('button', { name: 'Set the speaking time' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The speaking time was set.' })).toBeVisible();
  await memberPage.getByRole('button', { name: 'Ask for the floor' }).click();
  await expect(memberPage.getByTestId('queue-place')).toHaveText('You are number 1 on the speakers list.');
  const grant = page.getByRole('button', { name: `Give the floor: Ana ${suffix}` });
  await expect(grant).toBeVisible();
  await grant.click();
  await expect(memberPage.getByText('You have the floor.')).toBeVisible();
  const memberTimer = memberPage.getByTestId('speaker-timer');
  await expect(memberTimer).toContainText(`Has the floor: Ana ${suffix}`);
  await expect(memberTimer.getByRole('timer')).toHaveText(/^(2:00|1:5\d) left$/);
  await expectNoSeriousViolations(page, 'the meeting room of the secretary');

  // The room's big screen shows the same.
  const screen = await chairContext.newPage();
  await screen.goto(`${sessionUrl}/screen`);
  await expect(screen.getByTestId('screen-item-title')).toHaveText('2. Budget 2027');
  await expect(screen.getByTestId('speaker-timer')).toContainText(`Has the floor: Ana ${suffix}`);
  await expect(screen.getByTestId('speaker-timer').getByRole('timer')).toHaveText(/left$/);
  await expectNoSeriousViolations(screen, 'the big screen');

  // The outcome reaches every screen too.
  await page.getByRole('button', { name: 'End the speech' }).click();
  await expect(screen.getByTestId('speaker-timer')).toHaveCount(0);
  await page.getByRole('group', { name: 'Outcome of the item' }).getByRole('button', { name: 'Adopted', exact: true }).click();
  await expect(screen.getByText('Adopted', { exact: true })).toBeVisible();
  await expect(memberItem.getByText('Adopted', { exact: true })).toBeVisible();

  await Promise.all([chairContext.close(), memberContext.close()]);
});

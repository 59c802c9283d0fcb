import { randomUUID } from 'node:crypto';
import type { APIResponse } from '@playwright/test';
import { expectNoSeriousViolations } from './support/axe.js';
import { expect, signIn, test, type AdminApi } from './support/fixtures.js';

async function send(api: AdminApi, method: 'post' | 'put', path: string, data: object, headers: Record<string, string> = {}): Promise<APIResponse> {
  const response = await api.context[method](path, { data, headers: { 'x-csrf-token': api.csrfToken, ...headers } });
  expect(response.status(), await response.text()).toBeLessThan(300);
  return response;
}
const idOf = async (response: APIResponse) => ((await response.json()) as { id: string }).id;

/** A private council with a secretary who has an account and three members, and a convened session. */
async function convenedSession(api: AdminApi) {
  const suffix = randomUUID().slice(0, 8);
  const ministry = await idOf(await send(api, 'post', '/api/v1/organizations', { kind: 'ministry', name: `Ministry ${suffix}`, slug: `ministry-${suffix}` }));
  const council = await idOf(
    await send(api, 'post', '/api/v1/bodies', {
      organizationId: ministry,
      kind: 'council',
      name: `Attendance Council ${suffix}`,
      slug: `attendance-council-${suffix}`,
      isPublic: false,
      rules: { quorumRule: 'majority_of_members' },
    }),
  );
  const user = await api.createUser('user');
  const people: Record<string, string> = {};
  for (const [given, role] of [['Sara', 'secretary'], ['Ana', 'member'], ['Bor', 'member'], ['Cene', 'member']] as const) {
    const created = await send(api, 'post', '/api/v1/persons', { givenName: given, familyName: suffix });
    people[given] = await idOf(created);
    await send(api, 'post', `/api/v1/bodies/${council}/memberships`, { personId: people[given], role, startDate: '2025-01-01' });
    if (role === 'secretary') {
      await send(api, 'put', `/api/v1/persons/${people[given]}/account`, { userId: user.id }, { 'if-match': created.headers().etag ?? '' });
    }
  }
  const startsAt = new Date(Date.now() + 86_400_000).toISOString();
  const session = await idOf(await send(api, 'post', `/api/v1/bodies/${council}/sessions`, { kind: 'regular', startsAt }));
  await send(api, 'post', `/api/v1/sessions/${session}/agenda`, { kind: 'decision', title: 'Budget' });
  await send(api, 'post', `/api/v1/sessions/${session}/status`, { to: 'convened' });
  return { session, suffix, secretary: user };
}

test('the secretary starts a session, registers attendance, and the quorum is met', async ({ browser, adminApi }) => {
  const { session, suffix, secretary } = await convenedSession(adminApi);
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, secretary);
  await page.goto(`/sessions/${session}`);

  // Before the start: the expected roster, where only "excused" can be noted.
  const attendance = page.getByRole('region', { name: 'Attendance' });
  await expect(attendance.getByTestId('quorum-indicator')).toHaveText(/Quorum: 0 of 3 present, 2 needed — not met/);
  await attendance.getByRole('button', { name: `Excused: Cene ${suffix}` }).click();
  await expect(page.getByRole('status').filter({ hasText: `Cene ${suffix}: Excused.` })).toBeVisible();

  await page.getByRole('button', { name: 'Start the session' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Start the session' }).click();
  await expect(attendance.getByRole('button', { name: `Present: Sara ${suffix}` })).toBeVisible();

  // the secretary is on the roster but has no seat: only Ana counts
  for (const given of ['Sara', 'Ana']) await attendance.getByRole('button', { name: `Present: ${given} ${suffix}` }).click();
  await expect(attendance.getByTestId('quorum-indicator')).toHaveText(/Quorum: 1 of 3 present, 2 needed — not met/);
  // by keyboard: focus the button and press Space
  const bor = attendance.getByRole('button', { name: `Present: Bor ${suffix}` });
  await bor.focus();
  await page.keyboard.press('Space');
  await expect(bor).toHaveAttribute('aria-pressed', 'true');
  await expect(attendance.getByTestId('quorum-indicator')).toHaveText(/Quorum: 2 of 3 present, 2 needed — met/);
  await expect(page.getByRole('status').filter({ hasText: `Bor ${suffix}: Present. Quorum: 2 of 3 present, 2 needed — met.` })).toBeVisible();
  await expect(attendance.getByText('Excused', { exact: true }).first()).toBeVisible();

  // Cene comes late after all; the time of arrival can be corrected in a dialog.
  await attendance.getByRole('button', { name: `Late: Cene ${suffix}` }).click();
  await expect(attendance.getByTestId('quorum-indicator')).toHaveText(/Quorum: 3 of 3 present, 2 needed — met/);
  await attendance.getByRole('button', { name: `Change the time: Cene ${suffix}` }).click();
  const timeDialog = page.getByRole('dialog');
  await expect(timeDialog.getByLabel('Arrived at')).toBeVisible();
  await expectNoSeriousViolations(page, 'the time dialog');
  await timeDialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(timeDialog).toBeHidden();

  // A guest added on the spot.
  await attendance.getByRole('button', { name: 'Add a guest' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Name').fill('Gregor Guest');
  await dialog.getByLabel('Organisation (optional)').fill('Chamber of Commerce');
  await expectNoSeriousViolations(page, 'the add-guest dialog');
  await dialog.getByRole('button', { name: 'Add the guest' }).click();
  await expect(dialog).toBeHidden();
  await expect(attendance.getByRole('region', { name: /Guests/ })).toContainText('Gregor Guest');
  await expectNoSeriousViolations(page, 'a session in progress with its attendance');

  // Closing freezes attendance: no more buttons, the record stays.
  await page.getByRole('button', { name: 'Close the session' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Close the session' }).click();
  await expect(attendance).toContainText('Attendance as recorded when the session closed');
  await expect(attendance.getByRole('button', { name: `Present: Ana ${suffix}` })).toHaveCount(0);
  await expect(attendance.getByTestId('quorum-indicator')).toHaveText(/3 of 3 present/);
  await expectNoSeriousViolations(page, 'a closed session with its attendance');
  await context.close();
});

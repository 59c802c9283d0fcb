import { randomUUID } from 'node:crypto';
import { expectNoSeriousViolations } from './support/axe.js';
import { expect, send, signIn, test, type AdminApi } from './support/fixtures.js';

/** A private council with one member who has an account, and a convened session of four items. */
async function prepare(api: AdminApi) {
  const suffix = randomUUID().slice(0, 8);
  const ministry = await send<{ id: string }>(api, 'POST', '/api/v1/organizations', { kind: 'ministry', name: `Ministry ${suffix}`, slug: `ministry-${suffix}` });
  const council = await send<{ id: string }>(api, 'POST', '/api/v1/bodies', {
    organizationId: ministry.id,
    kind: 'council',
    name: `Positions Council ${suffix}`,
    slug: `positions-council-${suffix}`,
    isPublic: false,
  });
  const user = await api.createUser();
  const person = await send<{ id: string; etag: string }>(api, 'POST', '/api/v1/persons', { givenName: 'Ana', familyName: `Member ${suffix}` });
  await send(api, 'PUT', `/api/v1/persons/${person.id}/account`, { userId: user.id }, { 'if-match': person.etag });
  await send(api, 'POST', `/api/v1/bodies/${council.id}/memberships`, { personId: person.id, role: 'member', startDate: '2020-01-01' });
  const startsAt = new Date(Date.now() + 30 * 86_400_000).toISOString();
  const session = await send<{ id: string }>(api, 'POST', `/api/v1/bodies/${council.id}/sessions`, { kind: 'regular', startsAt });
  for (const [kind, title] of [
    ['decision', 'Budget 2027'],
    ['consent_request', 'Minutes of the last session'],
    ['decision', 'Lease of the hall'],
    ['information', 'Report of the mayor'],
  ] as const) {
    await send(api, 'POST', `/api/v1/sessions/${session.id}/agenda`, { kind, title });
  }
  await send(api, 'POST', `/api/v1/sessions/${session.id}/status`, { to: 'convened' });
  return { session, user, memberName: `Ana Member ${suffix}` };
}

test('a member records positions before the meeting; the consent block follows, and the chair sees who objects', async ({ browser, adminApi, adminStorageState }) => {
  test.setTimeout(120_000);
  const { session, user, memberName } = await prepare(adminApi);

  const memberContext = await browser.newContext();
  const page = await memberContext.newPage();
  await signIn(page, user);
  await page.goto(`/sessions/${session.id}`);
  const positions = page.getByRole('region', { name: 'Your positions before the meeting' });
  const block = page.getByRole('list', { name: 'Items in the consent block' });
  await expect(block.getByRole('listitem')).toHaveText(['1 Budget 2027', '2 Minutes of the last session', '3 Lease of the hall']);

  const item = (title: string) => positions.getByRole('radiogroup', { name: title }).locator('xpath=ancestor::form');
  /** Clicks a choice's label (the radio input itself is visually hidden), and checks it took. */
  const choose = async (form: ReturnType<typeof item>, name: string) => {
    await form.locator('label').filter({ hasText: new RegExp(`^${name}$`) }).click();
    await expect(form.getByRole('radio', { name })).toBeChecked();
  };
  const budget = item('1 Budget 2027');
  await choose(budget, 'Object');
  await budget.getByLabel('Reason for the objection (optional)').fill('The figures are a year old.');
  await budget.getByRole('button', { name: 'Save position' }).click();
  await expect(budget.getByRole('status')).toHaveText('Your position on item 1 was saved: Object.');
  await expect(block.getByRole('listitem')).toHaveText(['2 Minutes of the last session', '3 Lease of the hall']);

  await choose(item('2 Minutes of the last session'), 'Agree');
  await item('2 Minutes of the last session').getByRole('button', { name: 'Save position' }).click();
  await expect(item('2 Minutes of the last session').getByText('Recorded: Agree')).toBeVisible();

  // A conflict of interest needs its reason.
  const lease = item('3 Lease of the hall');
  await choose(lease, 'Conflict of interest');
  await lease.getByRole('button', { name: 'Save position' }).click();
  await expect(lease.getByText('Say briefly what the conflict of interest is', { exact: false })).toBeVisible();
  await lease.getByLabel('What is the conflict of interest?').fill('My family rents the hall.');
  await lease.getByRole('button', { name: 'Save position' }).click();
  await expect(lease.getByRole('status')).toHaveText('Your position on item 3 was saved: Conflict of interest.');
  await expect(block.getByRole('listitem')).toHaveText(['2 Minutes of the last session']);

  // By keyboard: an information item is "noted".
  const report = item('4 Report of the mayor');
  await report.getByRole('radio', { name: 'Noted' }).focus();
  await page.keyboard.press('Space');
  await expect(report.getByRole('radio', { name: 'Noted' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(report.getByRole('button', { name: 'Save position' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(report.getByRole('status')).toHaveText('Your position on item 4 was saved: Noted.');
  await expectNoSeriousViolations(page, 'a member’s positions and the consent block');

  // The chair's view (an administrator here): who objects and why, and the exclusion toggle.
  const adminContext = await browser.newContext({ storageState: adminStorageState });
  const chair = await adminContext.newPage();
  await chair.goto(`/sessions/${session.id}`);
  const summary = chair.getByRole('table');
  await expect(chair.getByText('Positions recorded by 1 of 1 members.')).toBeVisible();
  await expect(summary.getByRole('row', { name: /1 Budget 2027/ })).toContainText(`${memberName}: Object — The figures are a year old.`);
  await expect(summary.getByRole('row', { name: /3 Lease of the hall/ })).toContainText('Out: conflict of interest');
  await summary.getByRole('button', { name: 'Take item 2 out' }).click();
  await expect(chair.getByRole('status').filter({ hasText: 'Item 2 was taken out of the consent block.' })).toBeVisible();
  await expect(chair.getByText('No items are in the consent block.')).toBeVisible();
  await expect(summary.getByRole('button', { name: 'Put item 2 back' })).toBeVisible();
  await expectNoSeriousViolations(chair, 'the chair’s consent block');

  // The member's page follows live, without reloading.
  await expect(page.getByText('No items are in the consent block.')).toBeVisible({ timeout: 15_000 });
  await adminContext.close();
  await memberContext.close();
});

import { expectNoSeriousViolations } from './support/axe.js';
import { expect, signIn, test } from './support/fixtures.js';

test('subscribe to the personal calendar feed on My sessions, regenerate it and revoke it', async ({ page, request, adminApi }) => {
  const user = await adminApi.createUser();
  await signIn(page, user);
  await page.goto('/sessions');

  const section = page.getByRole('region', { name: 'Subscribe in your calendar' });
  await section.getByRole('button', { name: 'Create a calendar address' }).click();
  const field = section.getByLabel('Calendar address');
  await expect(field).toBeVisible();
  const first = new URL(await field.inputValue()).pathname;
  expect(first).toMatch(/^\/api\/v1\/calendar\/[\w-]+\.ics$/);
  await expectNoSeriousViolations(page, 'my sessions with a calendar address');

  const feed = await request.get(first);
  expect(feed.status()).toBe(200);
  expect(feed.headers()['content-type']).toBe('text/calendar; charset=utf-8');
  expect(await feed.text()).toContain('BEGIN:VCALENDAR');

  await section.getByRole('button', { name: 'Make a new address' }).click();
  const dialog = page.getByRole('alertdialog');
  await expectNoSeriousViolations(page, 'the regenerate confirmation');
  await dialog.getByRole('button', { name: 'Make a new address' }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(async () => new URL(await field.inputValue()).pathname).not.toBe(first);
  const second = new URL(await field.inputValue()).pathname;
  expect((await request.get(first)).status()).toBe(404);
  expect((await request.get(second)).status()).toBe(200);

  await section.getByRole('button', { name: 'Stop the calendar address' }).click();
  await dialog.getByRole('button', { name: 'Stop the calendar address' }).click();
  await expect(section.getByText('The calendar address no longer works.')).toBeVisible();
  await expect(section.getByRole('button', { name: 'Create a calendar address' })).toBeVisible();
  expect((await request.get(second)).status()).toBe(404);
});

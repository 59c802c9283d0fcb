import { expect, signIn, test } from './support/fixtures.js';

test('create an API token on the profile page, use it as a Bearer token, and revoke it', async ({ page, request, adminApi }) => {
  const user = await adminApi.createUser();
  await signIn(page, user);
  await page.goto('/profile');

  const section = page.getByRole('region', { name: 'API tokens' });
  await section.getByLabel('Token name').fill('Minutes exporter');
  await section.getByRole('button', { name: 'Create token' }).click();
  const field = section.getByLabel('New token');
  await expect(field).toBeVisible();
  const token = await field.inputValue();
  expect(token.length).toBeGreaterThan(20);
  await expect(section.getByRole('row', { name: /Minutes exporter/ })).toBeVisible();

  const me = await request.get('/api/v1/me', { headers: { Authorization: `Bearer ${token}` } });
  expect(me.status()).toBe(200);
  expect(await me.json()).toMatchObject({ email: user.email, displayName: user.displayName, role: 'user' });

  const anonymous = await request.get('/api/v1/me');
  expect(anonymous.status()).toBe(401);

  await section.getByRole('button', { name: 'Revoke Minutes exporter' }).click();
  const dialog = page.getByRole('alertdialog').or(page.getByRole('dialog'));
  await dialog.getByRole('button', { name: 'Revoke' }).click();
  await expect(section.getByText('The token “Minutes exporter” has been revoked.')).toBeVisible();

  const revoked = await request.get('/api/v1/me', { headers: { Authorization: `Bearer ${token}` } });
  expect(revoked.status()).toBe(401);
  expect(revoked.headers()['content-type']).toContain('application/problem+json');
});

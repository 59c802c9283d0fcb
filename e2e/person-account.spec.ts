import { randomUUID } from 'node:crypto';
import { expectNoSeriousViolations } from './support/axe.js';
import { expect, test } from './support/fixtures.js';

test('an administrator adds a user, links it to a person of the directory and unlinks it again', async ({ browser, adminStorageState }) => {
  test.setTimeout(90_000);
  const suffix = randomUUID().slice(0, 8);
  const email = `linked-${suffix}@e2e.collegium.test`;
  const userName = `Lia Linked ${suffix}`;
  const accountLabel = `${userName} (${email})`;
  const context = await browser.newContext({ storageState: adminStorageState });
  const page = await context.newPage();
  const dialog = page.getByRole('dialog');

  // The user, in the user administration.
  await page.goto('/admin/users');
  await page.getByRole('button', { name: 'Add user' }).click();
  await dialog.getByLabel('E-mail address').fill(email);
  await dialog.getByLabel('Name', { exact: true }).fill(userName);
  await dialog.getByRole('button', { name: 'Add user' }).click();
  await expect(dialog).toBeHidden();

  // The person, in the directory: no account yet.
  await page.goto('/directory/people');
  await page.getByRole('button', { name: 'Add person' }).click();
  await dialog.getByLabel('Given name').fill('Lia');
  await dialog.getByLabel('Family name').fill(`Linked ${suffix}`);
  await dialog.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Lia Linked ${suffix}` })).toBeVisible();
  await expect(page.getByText('No account', { exact: true })).toBeVisible();

  // Linking: the picker finds the user by e-mail; submitting without a choice names the field.
  await page.getByRole('button', { name: 'Link an account' }).click();
  await dialog.getByRole('button', { name: 'Link', exact: true }).click();
  await expect(dialog.getByText('Choose a user from the list.')).toBeVisible();
  const picker = dialog.getByRole('combobox', { name: 'User' });
  await picker.fill(`linked-${suffix}`);
  await page.getByRole('option', { name: accountLabel }).click();
  await expect(picker).toHaveValue(accountLabel);
  await expectNoSeriousViolations(page, 'link-account dialog');
  await dialog.getByRole('button', { name: 'Link', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(accountLabel, { exact: true })).toBeVisible();
  await expect(page.getByRole('status').getByText(`is now linked to ${accountLabel}`)).toBeVisible();
  await expectNoSeriousViolations(page, 'person page with a linked account');

  // The user administration names the person and links to the person page.
  await page.goto('/admin/users');
  await page.getByLabel('Search by name or e-mail').fill(email);
  await page.getByRole('row', { name: new RegExp(email) }).getByRole('link', { name: `Lia Linked ${suffix}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Lia Linked ${suffix}` })).toBeVisible();

  // Unlinking keeps the account but ends the link.
  await page.getByRole('button', { name: 'Unlink' }).click();
  await dialog.getByRole('button', { name: 'Unlink' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('No account', { exact: true })).toBeVisible();
  await context.close();
});

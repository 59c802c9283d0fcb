import { expect, signIn, tabTo, test } from './support/fixtures.js';

test.describe('signing in', () => {
  test('with e-mail and password, then signing out', async ({ page, adminApi }) => {
    const user = await adminApi.createUser();
    await signIn(page, user);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Welcome, ${user.displayName}`);
    await expect(page.getByText(`Signed in as ${user.displayName}`)).toBeVisible();

    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await page.goto('/profile');
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fprofile$/);
  });

  test('with a wrong password shows a message and stays on the form', async ({ page, adminApi }) => {
    const user = await adminApi.createUser();
    await page.goto('/sign-in');
    await page.getByLabel('E-mail address').fill(user.email);
    await page.getByLabel('Password', { exact: true }).fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  });

  test('returns to the page asked for before signing in', async ({ page, adminApi }) => {
    const user = await adminApi.createUser();
    await page.goto('/profile');
    await expect(page).toHaveURL(/\/sign-in\?next=/);
    await page.getByLabel('E-mail address').fill(user.email);
    await page.getByLabel('Password', { exact: true }).fill(user.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible();
  });

  test('with the keyboard only', async ({ page, adminApi }) => {
    const user = await adminApi.createUser();
    await page.goto('/sign-in');
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();

    // The first stop is the skip link, which takes the focus past the header.
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');

    const email = page.getByLabel('E-mail address');
    await tabTo(page, email);
    await page.keyboard.type(user.email);
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Password', { exact: true })).toBeFocused();
    await page.keyboard.type(user.password);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: `Welcome, ${user.displayName}` })).toBeVisible();

    // Onwards to the profile by keyboard as well.
    const profileLink = page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Profile' });
    await tabTo(page, profileLink);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible();
  });
});

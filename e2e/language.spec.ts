import { expect, signIn, test } from './support/fixtures.js';

/** What the profile page says in each language; Serbian Cyrillic is transliterated from Serbian Latin by the app. */
const languages = [
  { code: 'en', autonym: 'English', language: 'Language', profile: 'Profile', changePassword: 'Change password', signOut: 'Sign out' },
  { code: 'sl', autonym: 'Slovenščina', language: 'Jezik', profile: 'Profil', changePassword: 'Spremeni geslo', signOut: 'Odjava' },
  { code: 'sr-Latn', autonym: 'Srpski (latinica)', language: 'Jezik', profile: 'Profil', changePassword: 'Promeni lozinku', signOut: 'Odjava' },
  { code: 'sr-Cyrl', autonym: 'Српски (ћирилица)', language: 'Језик', profile: 'Профил', changePassword: 'Промени лозинку', signOut: 'Одјава' },
  { code: 'cnr', autonym: 'Crnogorski', language: 'Jezik', profile: 'Profil', changePassword: 'Promijeni lozinku', signOut: 'Odjava' },
  { code: 'el', autonym: 'Ελληνικά', language: 'Γλώσσα', profile: 'Προφίλ', changePassword: 'Αλλαγή κωδικού', signOut: 'Αποσύνδεση' },
] as const;

test('switch between all six languages; the choice is remembered', async ({ page, adminApi }) => {
  const user = await adminApi.createUser();
  await signIn(page, user);
  await page.goto('/profile');
  const switcher = page.getByRole('banner').getByRole('combobox');

  for (const language of languages) {
    await switcher.selectOption({ label: language.autonym });
    await expect(page.locator('html')).toHaveAttribute('lang', language.code);
    await expect(switcher).toHaveAccessibleName(language.language);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(language.profile);
    await expect(page.getByRole('button', { name: language.changePassword })).toBeVisible();
    await expect(page.getByRole('banner').getByRole('button', { name: language.signOut, exact: true })).toBeVisible();
  }

  // Serbian Cyrillic, then a reload: the page comes back in Cyrillic.
  await switcher.selectOption({ label: 'Српски (ћирилица)' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'sr-Cyrl');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sr-Cyrl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Профил');

  // The choice is also saved to the account.
  const me = await page.request.get('/api/v1/me');
  expect(((await me.json()) as { locale: string }).locale).toBe('sr-Cyrl');

  // And it stays after signing out, for the sign-in page.
  await page.getByRole('banner').getByRole('button', { name: 'Одјава', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Пријава' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sr-Cyrl');
});

test('a visitor can switch the language on the sign-in page', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Ελληνικά' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'el');
  await expect(page.getByRole('heading', { level: 1, name: 'Σύνδεση' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Σύνδεση' })).toBeVisible();
});

import type { Page } from '@playwright/test';
import { expectNoSeriousViolations } from './support/axe.js';
import { expect, test } from './support/fixtures.js';

const viewports = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'tablet', width: 768, height: 1024 },
  { name: 'phone', width: 390, height: 844 },
] as const;

interface AppPage {
  name: string;
  path: string;
  heading: string | RegExp;
  signedIn: boolean;
}

const pages: AppPage[] = [
  { name: 'sign-in', path: '/sign-in', heading: 'Sign in', signedIn: false },
  { name: 'forgot password', path: '/forgot-password', heading: 'Reset your password', signedIn: false },
  { name: 'reset password', path: '/reset-password?token=e2e-not-a-real-token', heading: 'Choose a new password', signedIn: false },
  { name: 'reset password without a token', path: '/reset-password', heading: 'Choose a new password', signedIn: false },
  { name: 'not found (visitor)', path: '/no-such-page', heading: 'Page not found', signedIn: false },
  { name: 'home', path: '/', heading: /^Welcome/, signedIn: true },
  { name: 'profile', path: '/profile', heading: 'Profile', signedIn: true },
  { name: 'admin users', path: '/admin/users', heading: 'Users', signedIn: true },
  { name: 'audit log', path: '/admin/audit', heading: 'Audit log', signedIn: true },
  { name: 'directory bodies', path: '/directory', heading: 'Bodies', signedIn: true },
  { name: 'directory organisations', path: '/directory/organizations', heading: 'Organisations', signedIn: true },
  { name: 'not found (signed in)', path: '/no-such-page', heading: 'Page not found', signedIn: true },
];

async function openPage(page: Page, appPage: AppPage): Promise<void> {
  await page.goto(appPage.path);
  await expect(page.getByRole('heading', { level: 1, name: appPage.heading })).toBeVisible();
  await page.waitForLoadState('networkidle');
}

for (const viewport of viewports) {
  test.describe(`accessibility at ${viewport.name} (${viewport.width} px)`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    test('pages for visitors', async ({ page }) => {
      for (const appPage of pages.filter((p) => !p.signedIn)) {
        await openPage(page, appPage);
        await expectNoSeriousViolations(page, `${appPage.name} at ${viewport.width} px`);
      }
    });

    test('pages for a signed-in administrator', async ({ browser, adminStorageState }) => {
      const context = await browser.newContext({ storageState: adminStorageState, viewport });
      const page = await context.newPage();
      for (const appPage of pages.filter((p) => p.signedIn)) {
        await openPage(page, appPage);
        await expectNoSeriousViolations(page, `${appPage.name} at ${viewport.width} px`);
      }

      // The states a page changes into: the open menu on narrow screens, the user dialog, TOTP set-up.
      await openPage(page, pages.find((p) => p.name === 'admin users')!);
      const menu = page.getByRole('button', { name: 'Menu' });
      if (await menu.isVisible()) {
        await menu.click();
        await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
        await expectNoSeriousViolations(page, `open menu at ${viewport.width} px`);
        await menu.click();
      }
      await page.getByRole('button', { name: 'Add user' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectNoSeriousViolations(page, `add-user dialog at ${viewport.width} px`);
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toBeHidden();
      await context.close();
    });
  });
}

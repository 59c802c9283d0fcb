import type { Page } from '@playwright/test';
import { generate } from 'otplib';
import { expectNoSeriousViolations } from './support/axe.js';
import { expect, signIn, test, type TestUser } from './support/fixtures.js';

const STEP_SECONDS = 30;
const currentStep = () => Math.floor(Date.now() / 1000 / STEP_SECONDS);

/** The code of one time step, so the test knows which step the server records as used. */
const codeOfStep = (secret: string, step: number) => generate({ secret, epoch: step * STEP_SECONDS });

/**
 * The server refuses a code from a time step it has already accepted, and allows one step of clock
 * drift: the code of the step after the enrolment's is accepted at once, as from a phone a little ahead,
 * rather than waiting up to 30 s for the next step to begin.
 */
const codeAfterStep = (secret: string, step: number) => codeOfStep(secret, step + 1);

async function signInWithPassword(page: Page, user: TestUser): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail address').fill(user.email);
  await page.getByLabel('Password', { exact: true }).fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Two-factor sign-in' })).toBeVisible();
}

test.describe('two-factor sign-in', () => {
  test.describe.configure({ timeout: 120_000 });

  test('enrol on the profile page and sign in again with a code', async ({ page, adminApi }) => {
    const user = await adminApi.createUser();
    await signIn(page, user);
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Profile' }).click();

    const section = page.getByRole('region', { name: 'Two-factor sign-in' });
    await section.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
    await expect(section.getByRole('img', { name: /QR code/ })).toBeVisible();
    const secret = (await section.locator('code').innerText()).replace(/\s+/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{16,}=*$/);
    await expectNoSeriousViolations(page, 'profile with the two-factor set-up open');

    const enrolledAt = currentStep();
    await section.getByLabel('Code from the app').fill(await codeOfStep(secret, enrolledAt));
    await section.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
    await expect(section.getByText('Two-factor sign-in is on.', { exact: false })).toBeVisible();
    await expect(section.getByRole('button', { name: 'Turn off' })).toBeVisible();

    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await signInWithPassword(page, user);

    await page.getByLabel('Authentication code').fill(await codeAfterStep(secret, enrolledAt));
    await page.getByRole('button', { name: 'Verify code' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Welcome, ${user.displayName}` })).toBeVisible();
    await expect(page.getByText('Two-factor sign-in protects your account.')).toBeVisible();
  });

  test('a wrong code is refused with a message, and the corrected code signs in', async ({ page, adminApi }) => {
    const user = await adminApi.createUser();
    await signIn(page, user);
    // Enrolment through the API this time; the journey above covers the page.
    const csrf = async () => ((await (await page.request.get('/api/v1/me')).json()) as { csrfToken: string }).csrfToken;
    const setup = await page.request.post('/api/v1/me/totp/setup', { headers: { 'x-csrf-token': await csrf() } });
    const { secret } = (await setup.json()) as { secret: string };
    const enrolledAt = currentStep();
    const enabled = await page.request.post('/api/v1/me/totp/enable', {
      data: { code: await codeOfStep(secret, enrolledAt) },
      headers: { 'x-csrf-token': await csrf() },
    });
    expect(enabled.status(), await enabled.text()).toBe(200);
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();

    await signInWithPassword(page, user);
    const field = page.getByLabel('Authentication code');
    const corrected = await codeAfterStep(secret, enrolledAt);
    await field.fill(corrected === '000000' ? '111111' : '000000');
    await page.getByRole('button', { name: 'Verify code' }).click();
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('The code is not correct.', { exact: false })).toBeVisible();

    await field.fill(corrected);
    await page.getByRole('button', { name: 'Verify code' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Welcome, ${user.displayName}` })).toBeVisible();
  });
});

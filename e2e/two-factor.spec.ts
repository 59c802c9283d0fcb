import { generate } from 'otplib';
import { expectNoSeriousViolations } from './support/axe.js';
import { expect, signIn, test } from './support/fixtures.js';

const STEP_SECONDS = 30;
const currentStep = () => Math.floor(Date.now() / 1000 / STEP_SECONDS);

/** The server refuses a code from a time step it has already accepted; wait for the next step. */
async function waitForStepAfter(step: number): Promise<void> {
  const wait = (step + 1) * STEP_SECONDS * 1000 - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait + 250));
}

test('enrol two-factor sign-in on the profile page and sign in again with a code', async ({ page, adminApi }) => {
  test.setTimeout(120_000);
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
  await section.getByLabel('Code from the app').fill(await generate({ secret }));
  await section.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
  await expect(section.getByText('Two-factor sign-in is now on.')).toBeVisible();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await page.getByLabel('E-mail address').fill(user.email);
  await page.getByLabel('Password', { exact: true }).fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Two-factor sign-in' })).toBeVisible();
  // A wrong code is refused with a message.
  const wrongCode = (await generate({ secret })) === '000000' ? '111111' : '000000';
  await page.getByLabel('Authentication code').fill(wrongCode);
  await page.getByRole('button', { name: 'Verify code' }).click();
  await expect(page.getByLabel('Authentication code')).toHaveAttribute('aria-invalid', 'true');

  await waitForStepAfter(enrolledAt);
  await page.getByLabel('Authentication code').fill(await generate({ secret }));
  await page.getByRole('button', { name: 'Verify code' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Welcome, ${user.displayName}` })).toBeVisible();
  await expect(page.getByText('Two-factor sign-in protects your account.')).toBeVisible();
});

import { randomUUID } from 'node:crypto';
import { expectNoSeriousViolations } from './support/axe.js';
import { expect, signIn, test, type AdminApi } from './support/fixtures.js';

async function create(api: AdminApi, path: string, data: object): Promise<{ id: string }> {
  const response = await api.context.post(path, { data, headers: { 'x-csrf-token': api.csrfToken } });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as { id: string };
}

/** A public council of a new ministry; its sessions are prepared by an administrator. */
async function createCouncil(api: AdminApi) {
  const suffix = randomUUID().slice(0, 8);
  const ministry = await create(api, '/api/v1/organizations', { kind: 'ministry', name: `Ministry ${suffix}`, slug: `ministry-${suffix}` });
  const council = await create(api, '/api/v1/bodies', {
    organizationId: ministry.id,
    kind: 'council',
    name: `Sessions Council ${suffix}`,
    slug: `sessions-council-${suffix}`,
    isPublic: true,
  });
  return { id: council.id, name: `Sessions Council ${suffix}` };
}

/** Next year's 1 March, 10:00, as a datetime-local value. */
const nextYear = () => `${new Date().getFullYear() + 1}-03-01T10:00`;

test('a session is prepared, its agenda reordered by keyboard, convened, and followed by others', async ({ browser, adminApi, adminStorageState }) => {
  const council = await createCouncil(adminApi);
  const context = await browser.newContext({ storageState: adminStorageState });
  const page = await context.newPage();

  await page.goto(`/directory/bodies/${council.id}`);
  await page.getByRole('button', { name: 'New session' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Starts').fill(nextYear());
  await dialog.getByLabel('Place (optional)').fill('Hall A');
  await dialog.getByRole('button', { name: 'New session' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '1st regular session' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'The session was created as a draft.' })).toBeVisible();

  // Convening an empty agenda is refused, and the refusal says why.
  await page.getByRole('button', { name: 'Convene' }).click();
  const confirm = page.getByRole('alertdialog');
  await confirm.getByRole('button', { name: 'Convene' }).click();
  await expect(confirm.getByRole('alert')).toHaveText('Add at least one agenda item before convening the session.');
  await confirm.getByRole('button', { name: 'Cancel' }).click();

  for (const [title, isPublic] of [['Opening', true], ['Budget 2027', true], ['Personnel matter', false]] as const) {
    await page.getByRole('button', { name: 'Add item' }).click();
    const itemDialog = page.getByRole('dialog');
    await itemDialog.getByLabel('Title').fill(title);
    if (!isPublic) await itemDialog.getByText('Public item').click();
    await itemDialog.getByRole('button', { name: 'Add item' }).click();
    await expect(itemDialog).toBeHidden();
  }
  const agenda = page.getByRole('grid', { name: 'Agenda items' });
  await expect(agenda.getByRole('row')).toHaveText([/1\s*Opening/, /2\s*Budget 2027/, /3\s*Personnel matter/]);
  await expectNoSeriousViolations(page, 'a draft session');

  // Keyboard drag and drop: Tab into the agenda, down to item 2, right to its handle; Enter picks it up, the
  // arrow keys walk the places between items up to "before 1", and Enter drops it there.
  const focusedLabel = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '');
  await page.getByRole('button', { name: 'Add item' }).focus();
  const steps: [string, string][] = [
    ['Tab', '1 Opening'],
    ['ArrowDown', '2 Budget 2027'],
    ['ArrowRight', 'Move 2 Budget 2027'],
    ['Enter', 'Insert between 2 Budget 2027 and 3 Personnel matter'],
    ['ArrowUp', 'Insert between 1 Opening and 2 Budget 2027'],
    ['ArrowUp', 'Insert before 1 Opening'],
  ];
  for (const [key, focused] of steps) {
    await page.keyboard.press(key);
    await expect.poll(focusedLabel).toContain(focused);
  }
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Item “Budget 2027” is now number 1.' })).toBeVisible();
  await expect(agenda.getByRole('row')).toHaveText([/1\s*Budget 2027/, /2\s*Opening/, /3\s*Personnel matter/]);

  // The same with a button: focus Move up of the last item and press Enter.
  await agenda.getByRole('row', { name: /Personnel matter/ }).getByRole('button', { name: 'Move up' }).focus();
  await page.keyboard.press('Enter');
  await expect(agenda.getByRole('row')).toHaveText([/1\s*Budget 2027/, /2\s*Personnel matter/, /3\s*Opening/]);

  await page.getByRole('button', { name: 'Convene' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Convene' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The session is now: Convened.' })).toBeVisible();
  await expectNoSeriousViolations(page, 'a convened session');
  const url = page.url();

  // Someone who is not a member of the public council sees the convened session without the closed item.
  const reader = await adminApi.createUser('user');
  const readerContext = await browser.newContext();
  const readerPage = await readerContext.newPage();
  await signIn(readerPage, reader);
  await readerPage.goto(url);
  await expect(readerPage.getByRole('heading', { level: 1, name: '1st regular session' })).toBeVisible();
  const readerAgenda = readerPage.getByRole('grid', { name: 'Agenda items' });
  await expect(readerAgenda).toContainText('Budget 2027');
  await expect(readerAgenda).toContainText('Closed item (members only)');
  await expect(readerAgenda).not.toContainText('Personnel matter');
  await expect(readerPage.getByRole('button', { name: 'Add item' })).toHaveCount(0);

  // Staff read everything, and the session is listed with the council's upcoming sessions.
  const staff = await adminApi.createUser('staff');
  const staffContext = await browser.newContext();
  const staffPage = await staffContext.newPage();
  await signIn(staffPage, staff);
  await staffPage.goto(`/directory/bodies/${council.id}`);
  await expectNoSeriousViolations(staffPage, 'a body page with its sessions');
  await staffPage.getByRole('link', { name: '1st regular session' }).click();
  await expect(staffPage.getByRole('grid', { name: 'Agenda items' })).toContainText('Personnel matter');
  await expectNoSeriousViolations(staffPage, 'a session read by staff');
  await staffPage.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Sessions' }).click();
  await expect(staffPage.getByRole('heading', { level: 1, name: 'My sessions' })).toBeVisible();
  await expectNoSeriousViolations(staffPage, 'my sessions');

  await Promise.all([context.close(), readerContext.close(), staffContext.close()]);
});

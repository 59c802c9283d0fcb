import { randomUUID } from 'node:crypto';
import { expectNoSeriousViolations } from './support/axe.js';
import { expect, test, type AdminApi } from './support/fixtures.js';

interface Created {
  id: string;
}

async function create<T extends Created>(api: AdminApi, path: string, data: object): Promise<T> {
  const response = await api.context.post(path, { data, headers: { 'x-csrf-token': api.csrfToken } });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as T;
}

/** A council with a working group, a chair who represents a ministry, all named uniquely for this run. */
async function createDirectory(api: AdminApi) {
  const suffix = randomUUID().slice(0, 8);
  const ministry = await create(api, '/api/v1/organizations', {
    kind: 'ministry',
    name: `Ministry of Tests ${suffix}`,
    slug: `ministry-${suffix}`,
  });
  const council = await create(api, '/api/v1/bodies', {
    organizationId: ministry.id,
    kind: 'council',
    name: `Council ${suffix}`,
    slug: `council-${suffix}`,
    isPublic: true,
    description: 'Advises the government on digital services.',
    rules: { quorumRule: 'majority_of_members', majorityRule: 'simple', materialsDeadlineDays: 7 },
  });
  await create(api, '/api/v1/bodies', {
    organizationId: ministry.id,
    parentId: council.id,
    kind: 'working_group',
    name: `Working group ${suffix}`,
    slug: `working-group-${suffix}`,
    isPublic: true,
  });
  const person = await create(api, '/api/v1/persons', { givenName: 'Ana', familyName: `Chair ${suffix}` });
  await create(api, `/api/v1/bodies/${council.id}/memberships`, {
    personId: person.id,
    role: 'chair',
    representsId: ministry.id,
    startDate: '2025-01-01',
  });
  return { suffix, council: `Council ${suffix}`, group: `Working group ${suffix}`, chair: `Ana Chair ${suffix}`, ministry: `Ministry of Tests ${suffix}` };
}

test('the body tree leads to a body page, and back up to its parent with its members', async ({ browser, adminApi, adminStorageState }) => {
  const names = await createDirectory(adminApi);
  const context = await browser.newContext({ storageState: adminStorageState });
  const page = await context.newPage();

  await page.goto('/directory');
  await expect(page.getByRole('heading', { level: 1, name: 'Bodies' })).toBeVisible();
  await page.getByLabel('Filter by name').fill(names.suffix);
  const groupLink = page.getByRole('link', { name: names.group });
  await expect(groupLink).toBeVisible();

  // The disclosure button hides and shows the council's sub-bodies, from the keyboard too.
  const hide = page.getByRole('button', { name: `Hide the sub-bodies of ${names.council}` });
  await hide.click();
  await expect(groupLink).toBeHidden();
  const show = page.getByRole('button', { name: `Show the sub-bodies of ${names.council}` });
  await expect(show).toHaveAttribute('aria-expanded', 'false');
  await show.focus();
  await page.keyboard.press('Enter');
  await expect(groupLink).toBeVisible();

  await groupLink.click();
  await expect(page.getByRole('heading', { level: 1, name: names.group })).toBeVisible();
  await expect(page.getByText('Working group', { exact: true })).toBeVisible();
  await page.getByRole('link', { name: names.council }).click();

  await expect(page.getByRole('heading', { level: 1, name: names.council })).toBeVisible();
  await expect(page.getByText('Advises the government on digital services.')).toBeVisible();
  await expect(page.getByText('A session has a quorum when more than half of the members are present.')).toBeVisible();
  await expect(page.getByText('Materials are sent at least 7 days before a session.')).toBeVisible();
  const chairs = page.getByRole('region', { name: /^Chair/ });
  await expect(chairs.getByText(names.chair)).toBeVisible();
  await expect(chairs.getByRole('link', { name: names.ministry })).toBeVisible();
  await expect(page.getByRole('link', { name: names.group })).toBeVisible();

  await page.getByRole('link', { name: names.ministry }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: names.ministry })).toBeVisible();
  await expect(page.getByRole('link', { name: names.council })).toBeVisible();
  await context.close();
});

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 768, height: 1024 },
  { width: 390, height: 844 },
]) {
  test(`directory pages with data have no serious accessibility problems at ${viewport.width} px`, async ({ browser, adminApi, adminStorageState }) => {
    const names = await createDirectory(adminApi);
    const context = await browser.newContext({ storageState: adminStorageState, viewport });
    const page = await context.newPage();
    await page.goto('/directory');
    await expect(page.getByRole('link', { name: names.group })).toBeVisible();
    await expectNoSeriousViolations(page, `body tree at ${viewport.width} px`);
    await page.getByRole('link', { name: names.council }).click();
    await expect(page.getByRole('heading', { level: 1, name: names.council })).toBeVisible();
    await expect(page.getByText(names.chair)).toBeVisible();
    await expectNoSeriousViolations(page, `body page at ${viewport.width} px`);
    await page.getByRole('link', { name: names.ministry }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: names.ministry })).toBeVisible();
    await expectNoSeriousViolations(page, `organisation page at ${viewport.width} px`);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 2, name: 'Your memberships' })).toBeVisible();
    await expectNoSeriousViolations(page, `home page with memberships at ${viewport.width} px`);
    await context.close();
  });
}

test('a manager edits a body, is told when someone else changed it first, and ends a membership', async ({ browser, adminApi, adminStorageState }) => {
  const names = await createDirectory(adminApi);
  const context = await browser.newContext({ storageState: adminStorageState });
  const page = await context.newPage();
  await page.goto('/directory');
  await page.getByLabel('Filter by name').fill(names.suffix);
  await page.getByRole('link', { name: names.council }).click();
  await expect(page.getByRole('heading', { level: 1, name: names.council })).toBeVisible();

  await page.getByRole('button', { name: 'Edit body' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Name', { exact: true }).fill(`${names.council} renamed`);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: `${names.council} renamed` })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Your changes have been saved.' })).toBeVisible();

  // Someone else saves while the dialog is open: saving answers 412 and the current version can be loaded.
  await page.getByRole('button', { name: 'Edit body' }).click();
  const bodyId = page.url().split('/').pop()!;
  const current = await adminApi.context.get(`/api/v1/bodies/${bodyId}`);
  const { etag } = (await current.json()) as { etag: string };
  const other = await adminApi.context.patch(`/api/v1/bodies/${bodyId}`, {
    data: { name: `${names.council} by someone else` },
    headers: { 'x-csrf-token': adminApi.csrfToken, 'if-match': etag },
  });
  expect(other.status(), await other.text()).toBe(200);
  await dialog.getByLabel('Short name (optional)').fill('MINE');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Someone else changed this body');
  await expectNoSeriousViolations(page, 'edit-body dialog with a conflict');
  await dialog.getByRole('button', { name: 'Load the current version' }).click();
  await expect(dialog.getByLabel('Name', { exact: true })).toHaveValue(`${names.council} by someone else`);
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: `End membership of ${names.chair}` }).click();
  await expect(dialog.getByLabel('Last day of membership')).toBeFocused();
  await dialog.getByRole('button', { name: 'End membership' }).click();
  await expect(page.getByRole('status').filter({ hasText: `The membership of ${names.chair} has been ended.` })).toBeVisible();
  await context.close();
});

test('a manager adds a member by searching for the person', async ({ browser, adminApi, adminStorageState }) => {
  const names = await createDirectory(adminApi);
  await create(adminApi, '/api/v1/persons', { givenName: 'Boris', familyName: `Member ${names.suffix}` });
  const context = await browser.newContext({ storageState: adminStorageState });
  const page = await context.newPage();
  await page.goto('/directory');
  await page.getByLabel('Filter by name').fill(names.suffix);
  await page.getByRole('link', { name: names.group }).click();
  await expect(page.getByText('This body has no members at present.')).toBeVisible();

  await page.getByRole('button', { name: 'Add member' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Add member' }).click();
  await expect(dialog.getByText('Choose the person from the list.', { exact: true })).toBeVisible();
  await dialog.getByRole('combobox', { name: 'Person' }).fill(`Member ${names.suffix}`);
  await page.getByRole('option', { name: `Boris Member ${names.suffix}` }).click();
  await dialog.getByLabel('Role').selectOption('secretary');
  await expectNoSeriousViolations(page, 'add-member dialog');
  await dialog.getByRole('button', { name: 'Add member' }).click();
  await expect(dialog).toBeHidden();
  const secretaries = page.getByRole('region', { name: /^Secretaries/ });
  await expect(secretaries.getByText(`Boris Member ${names.suffix}`)).toBeVisible();
  await context.close();
});

test('an administrator adds a sub-body and lands on its page', async ({ browser, adminApi, adminStorageState }) => {
  const names = await createDirectory(adminApi);
  const context = await browser.newContext({ storageState: adminStorageState });
  const page = await context.newPage();
  await page.goto('/directory');
  await page.getByLabel('Filter by name').fill(names.suffix);
  await page.getByRole('link', { name: names.group }).click();
  await page.getByRole('button', { name: 'Add sub-body' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('combobox', { name: 'Organisation' })).toHaveValue(names.ministry);
  await dialog.getByLabel('Name', { exact: true }).fill(`Sub-group Ž ${names.suffix}`);
  await expect(dialog.getByLabel('Name in web addresses')).toHaveValue(`sub-group-z-${names.suffix}`);
  await dialog.getByLabel('Kind').selectOption('sub_group');
  await expectNoSeriousViolations(page, 'add-body dialog');
  await dialog.getByRole('button', { name: 'Add body' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Sub-group Ž ${names.suffix}` })).toBeVisible();
  await expect(page.getByRole('link', { name: names.group })).toBeVisible();

  // The same name in web addresses again is refused next to the field.
  await page.getByRole('link', { name: names.group }).click();
  await page.getByRole('button', { name: 'Add sub-body' }).click();
  await dialog.getByLabel('Name', { exact: true }).fill(`Sub-group Ž ${names.suffix}`);
  await dialog.getByRole('button', { name: 'Add body' }).click();
  await expect(dialog.getByLabel('Name in web addresses')).toHaveAttribute('aria-invalid', 'true');
  await context.close();
});

import { randomUUID } from 'node:crypto';
import type { Browser } from '@playwright/test';
import { expectNoSeriousViolations } from './support/axe.js';
import { expect, test, type AdminApi } from './support/fixtures.js';

async function post<T>(api: AdminApi, path: string, data: object): Promise<T> {
  const response = await api.context.post(path, { data, headers: { 'x-csrf-token': api.csrfToken } });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as T;
}

/** A network with two slots and two member towns; North fills both, South only the first. */
async function createNetwork(api: AdminApi) {
  const suffix = randomUUID().slice(0, 8);
  const association = await post<{ id: string }>(api, '/api/v1/organizations', { kind: 'association', name: `Association ${suffix}`, slug: `association-${suffix}` });
  const network = await post<{ id: string }>(api, '/api/v1/bodies', {
    organizationId: association.id,
    kind: 'network',
    name: `Network ${suffix}`,
    slug: `network-${suffix}`,
    isPublic: true,
  });
  const general = await post<{ id: string }>(api, `/api/v1/bodies/${network.id}/slots`, { label: 'General administration' });
  const ict = await post<{ id: string }>(api, `/api/v1/bodies/${network.id}/slots`, { label: 'ICT — portal administrator' });
  const towns: Record<'north' | 'south', { id: string; name: string }> = {
    north: { name: `North ${suffix}`, id: '' },
    south: { name: `South ${suffix}`, id: '' },
  };
  for (const [key, town] of Object.entries(towns)) {
    town.id = (await post<{ id: string }>(api, '/api/v1/organizations', { kind: 'municipality', name: town.name, slug: `${key}-${suffix}` })).id;
    await post(api, `/api/v1/bodies/${network.id}/member-organizations`, { organizationId: town.id, joinedOn: '2024-01-01' });
  }
  const fill = async (given: string, town: { id: string }, slotId: string) => {
    const person = await post<{ id: string }>(api, '/api/v1/persons', { givenName: given, familyName: suffix });
    await post(api, `/api/v1/bodies/${network.id}/memberships`, { personId: person.id, role: 'member', representsId: town.id, slotId, startDate: '2025-01-01' });
  };
  await fill('Nora', towns.north, general.id);
  await fill('Ivo', towns.north, ict.id);
  await fill('Sara', towns.south, general.id);
  await post(api, '/api/v1/persons', { givenName: 'Petra', familyName: suffix });
  return { suffix, network: `Network ${suffix}`, towns };
}

/** A new network's body page, in a browser signed in as the administrator. */
async function openNewNetwork(browser: Browser, api: AdminApi, storageState: Awaited<ReturnType<AdminApi['context']['storageState']>>) {
  const names = await createNetwork(api);
  const context = await browser.newContext({ storageState });
  const page = await context.newPage();
  await page.goto('/directory');
  await page.getByLabel('Filter by name').fill(names.suffix);
  await page.getByRole('link', { name: names.network }).click();
  return { names, context, page };
}

test('a manager sees an unfilled slot, fills it, and it shows as filled', async ({ browser, adminApi, adminStorageState }) => {
  const { names, context, page } = await openNewNetwork(browser, adminApi, adminStorageState);
  await expect(page.getByRole('heading', { level: 1, name: names.network })).toBeVisible();

  const section = page.getByRole('region', { name: 'Representatives of the member organisations by slot' });
  await expect(section.getByRole('columnheader', { name: 'ICT — portal administrator' })).toBeVisible();
  const south = section.getByRole('row', { name: new RegExp(names.towns.south.name) });
  await expect(south.getByText('Unfilled')).toBeVisible();
  await expect(page.getByText('Member organisations with unfilled slots: 1 of 2. Unfilled slots: 1.')).toBeVisible();
  await page.getByText('Only organisations with unfilled slots').click();
  await expect(section.getByRole('row', { name: new RegExp(names.towns.north.name) })).toBeHidden();
  await expectNoSeriousViolations(page, 'body page with representation');

  await south.getByRole('button', { name: `Fill ICT — portal administrator for ${names.towns.south.name}` }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('combobox', { name: /Represents/ })).toHaveValue(names.towns.south.name);
  await expect(dialog.getByLabel('Slot')).toHaveValue(/.+/);
  await dialog.getByRole('combobox', { name: 'Person' }).fill(`Petra ${names.suffix}`);
  await page.getByRole('option', { name: `Petra ${names.suffix}` }).click();
  await expectNoSeriousViolations(page, 'add-member dialog filling a slot');
  await dialog.getByRole('button', { name: 'Add member' }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByText('Every slot of every member organisation is filled.')).toBeVisible();
  await page.getByText('Only organisations with unfilled slots').click();
  await expect(section.getByRole('row', { name: new RegExp(names.towns.south.name) }).getByText(`Petra ${names.suffix}`)).toBeVisible();
  await context.close();
});

test('a manager adds, renames and reorders slots from the body page', async ({ browser, adminApi, adminStorageState }) => {
  const { context, page } = await openNewNetwork(browser, adminApi, adminStorageState);
  await page.getByRole('button', { name: 'Manage slots' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('New slot').fill('Finance');
  await dialog.getByRole('button', { name: 'Add slot' }).click();
  await expect(dialog.getByLabel('Name of slot 3')).toHaveValue('Finance');
  await dialog.getByRole('button', { name: 'Move up Finance' }).click();
  await expect(dialog.getByLabel('Name of slot 2')).toHaveValue('Finance');
  await dialog.getByLabel('Name of slot 2').fill('Finance and budget');
  await dialog.getByRole('button', { name: 'Save names' }).click();
  await expect(dialog.getByRole('status')).toHaveText('The slots have been saved.');
  await dialog.getByRole('button', { name: 'Remove General administration' }).click();
  await expect(dialog.getByRole('alert')).toContainText('is filled by');
  await expectNoSeriousViolations(page, 'manage-slots dialog');
  await dialog.getByRole('button', { name: 'Close' }).click();
  const table = page.getByRole('region', { name: 'Representatives of the member organisations by slot' });
  await expect(table.getByRole('columnheader').nth(2)).toHaveText('Finance and budget');
  await context.close();
});

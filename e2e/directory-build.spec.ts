import { randomUUID } from 'node:crypto';
import type { Locator, Page } from '@playwright/test';
import { expectNoSeriousViolations } from './support/axe.js';
import { expect, test } from './support/fixtures.js';

/** Picks `option` in a search picker after typing `text` into it. */
async function pick(page: Page, combobox: Locator, text: string, option: string): Promise<void> {
  await combobox.fill(text);
  await page.getByRole('option', { name: option }).click();
  await expect(combobox).toHaveValue(option);
}

const localToday = () => {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
};

test('a secretary builds a body tree and its membership list through the web app alone', async ({ browser, adminStorageState }) => {
  test.setTimeout(90_000);
  const suffix = randomUUID().slice(0, 8);
  const names = {
    town: `Town of Tests ${suffix}`,
    council: `Council ${suffix}`,
    group: `Working group ${suffix}`,
    subGroup: `Sub-group ${suffix}`,
    chair: `Ana Chair ${suffix}`,
    member: `Bor Member ${suffix}`,
  };
  const context = await browser.newContext({ storageState: adminStorageState });
  const page = await context.newPage();
  const dialog = page.getByRole('dialog');

  // An organisation: the web-address name follows the name.
  await page.goto('/directory/organizations');
  await page.getByRole('button', { name: 'Add organisation' }).click();
  await dialog.getByLabel('Kind').selectOption('municipality');
  await dialog.getByLabel('Name', { exact: true }).fill(names.town);
  await expect(dialog.getByLabel('Name in web addresses')).toHaveValue(`town-of-tests-${suffix}`);
  await dialog.getByLabel('E-mail (optional)').fill(`town-${suffix}@e2e.collegium.test`);
  await expectNoSeriousViolations(page, 'add-organisation dialog');
  await dialog.getByRole('button', { name: 'Add organisation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: names.town })).toBeVisible();
  await expectNoSeriousViolations(page, 'organisation page with its edit button');

  // A council, a working group under it and a sub-group under that.
  await page.goto('/directory');
  await page.getByRole('button', { name: 'Add body' }).click();
  await dialog.getByLabel('Name', { exact: true }).fill(names.council);
  await pick(page, dialog.getByRole('combobox', { name: 'Organisation' }), suffix, names.town);
  await dialog.getByRole('button', { name: 'Add body' }).click();
  await expect(page.getByRole('heading', { level: 1, name: names.council })).toBeVisible();
  await page.getByRole('button', { name: 'Add sub-body' }).click();
  await dialog.getByLabel('Name', { exact: true }).fill(names.group);
  await dialog.getByRole('button', { name: 'Add body' }).click();
  await expect(page.getByRole('heading', { level: 1, name: names.group })).toBeVisible();
  await page.getByRole('button', { name: 'Add sub-body' }).click();
  await dialog.getByLabel('Name', { exact: true }).fill(names.subGroup);
  await dialog.getByLabel('Kind').selectOption('sub_group');
  await dialog.getByRole('button', { name: 'Add body' }).click();
  await expect(page.getByRole('heading', { level: 1, name: names.subGroup })).toBeVisible();

  await page.goto('/directory');
  await page.getByLabel('Filter by name').fill(suffix);
  for (const name of [names.council, names.group, names.subGroup]) await expect(page.getByRole('link', { name })).toBeVisible();
  await expect(page.getByRole('button', { name: `Hide the sub-bodies of ${names.group}` })).toBeVisible();

  // Two people.
  await page.getByRole('link', { name: 'People' }).click();
  for (const [given, family] of [
    ['Ana', `Chair ${suffix}`],
    ['Bor', `Member ${suffix}`],
  ] as const) {
    await page.getByRole('button', { name: 'Add person' }).click();
    await dialog.getByLabel('Given name').fill(given);
    await dialog.getByLabel('Family name').fill(family);
    await dialog.getByRole('button', { name: 'Add person' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `${given} ${family}` })).toBeVisible();
    await page.getByRole('link', { name: 'People' }).click();
  }
  await page.getByLabel('Search by name').fill(suffix);
  await expect(page.getByRole('link', { name: names.chair })).toBeVisible();
  await expect(page.getByRole('link', { name: names.member })).toBeVisible();
  await expectNoSeriousViolations(page, 'people page');

  // Ana chairs the council for the town since 2025; Bor is a member from today.
  await page.getByRole('link', { name: 'Search', exact: true }).first().click();
  await page.getByLabel('Search the directory').fill(names.council);
  await page.getByRole('region', { name: /^Bodies/ }).getByRole('link', { name: names.council }).click();
  await expect(page.getByRole('heading', { level: 1, name: names.council })).toBeVisible();
  await page.getByRole('button', { name: 'Add member' }).click();
  await pick(page, dialog.getByRole('combobox', { name: 'Person' }), `Chair ${suffix}`, names.chair);
  await dialog.getByLabel('Role').selectOption('chair');
  await pick(page, dialog.getByRole('combobox', { name: 'Represents (optional)' }), suffix, names.town);
  await dialog.getByLabel('First day of membership').fill('2025-01-01');
  await dialog.getByRole('button', { name: 'Add member' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Add member' }).click();
  await pick(page, dialog.getByRole('combobox', { name: 'Person' }), `Member ${suffix}`, names.member);
  await dialog.getByRole('button', { name: 'Add member' }).click();
  await expect(dialog).toBeHidden();
  const chairs = page.getByRole('region', { name: /^Chair/ });
  await expect(chairs.getByText(names.chair)).toBeVisible();
  await expect(chairs.getByRole('link', { name: names.town })).toBeVisible();

  // Bor loses the vote, in another tab, while this one has his membership open: saving here is refused (412)
  // and the current values can be loaded.
  await page.getByRole('button', { name: `Edit membership of ${names.member}` }).click();
  await expect(dialog.getByLabel('Role')).toHaveValue('member');
  await expectNoSeriousViolations(page, 'edit-membership dialog');
  const other = await context.newPage();
  await other.goto(page.url());
  await other.getByRole('button', { name: `Edit membership of ${names.member}` }).click();
  await other.getByRole('dialog').getByText('Has a vote').click();
  await other.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
  await expect(other.getByRole('status').filter({ hasText: `The membership of ${names.member} has been saved.` })).toBeVisible();
  await other.close();
  await dialog.getByLabel('Role').selectOption('observer');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Someone else changed this membership');
  await dialog.getByRole('button', { name: 'Load the current version' }).click();
  await expect(dialog.getByRole('checkbox', { name: 'Has a vote' })).not.toBeChecked();
  await expect(dialog.getByLabel('Role')).toHaveValue('member');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await page.reload();
  const members = page.getByRole('region', { name: /^Members \(/ });
  await expect(members.getByText(names.member)).toBeVisible();
  await expect(members.getByText('No voting right')).toBeVisible();

  // Ana's chair ended at the end of 2025: she leaves today's list and stays in the history and on earlier days.
  await page.getByRole('button', { name: `End membership of ${names.chair}` }).click();
  await dialog.getByLabel('Last day of membership').fill('2025-12-31');
  await dialog.getByRole('button', { name: 'End membership' }).click();
  await expect(page.getByRole('status').filter({ hasText: `The membership of ${names.chair} has been ended.` })).toBeVisible();
  await expect(page.getByRole('region', { name: /^Chair/ })).toBeHidden();
  await expect(members.getByText(names.member)).toBeVisible();

  await expect(page.getByLabel('Members on')).toHaveValue(localToday());
  await page.getByLabel('Members on').fill('2025-06-01');
  await expect(page).toHaveURL(/\?on=2025-06-01$/);
  await expect(page.getByRole('region', { name: /^Chair/ }).getByText(names.chair)).toBeVisible();
  await expect(page.getByText(names.member)).toBeHidden();
  await expectNoSeriousViolations(page, 'body page with members on a date');

  await page.getByRole('link', { name: 'History of memberships' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `History of memberships: ${names.council}` })).toBeVisible();
  const rows = page.getByRole('row');
  await expect(rows.filter({ hasText: names.chair })).toContainText('Ended');
  await expect(rows.filter({ hasText: names.member })).toContainText('Current');
  await expectNoSeriousViolations(page, 'membership history');

  // The person page lists Ana's memberships.
  await page.goto('/directory/search');
  await page.getByLabel('Search the directory').fill(`Chair ${suffix}`);
  await page.getByRole('region', { name: /^People/ }).getByRole('link', { name: names.chair }).click();
  await expect(page.getByRole('heading', { level: 1, name: names.chair })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: names.council })).toContainText('Chair');
  await expectNoSeriousViolations(page, 'person page');
  await context.close();
});

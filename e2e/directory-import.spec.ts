import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expectNoSeriousViolations } from './support/axe.js';
import { expect, test } from './support/fixtures.js';

test('export organisations, edit the file, check it, import it, and a second import changes nothing', async ({ browser, adminApi, adminStorageState }) => {
  const suffix = randomUUID().slice(0, 8);
  const response = await adminApi.context.post('/api/v1/organizations', {
    data: { kind: 'municipality', name: `Import Town ${suffix}`, slug: `import-town-${suffix}` },
    headers: { 'x-csrf-token': adminApi.csrfToken },
  });
  expect(response.status()).toBe(201);

  const context = await browser.newContext({ storageState: adminStorageState });
  const page = await context.newPage();
  await page.goto('/directory');
  await page.getByRole('navigation', { name: 'Directory' }).getByRole('link', { name: 'Import and export' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import and export' })).toBeVisible();
  await expectNoSeriousViolations(page, 'the import and export page');

  // Export: the CSV the server writes, with a BOM and the documented header.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Organisations (CSV)' }).click()]);
  const exported = (await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, '');
  const [header, ...lines] = exported.split('\r\n');
  expect(header).toBe('slug,name,short_name,kind,parent_slug,email,phone,website,address');
  const ours = lines.find((line) => line.startsWith(`import-town-${suffix},`))!;
  expect(ours).toBeDefined();

  // Edit: rename our town and add a new region.
  const edited = [header, ours.replace(`Import Town ${suffix}`, `Import City ${suffix}`), `import-region-${suffix},Import Region ${suffix},,region,,,,,`, ''].join('\r\n');
  const upload = async () => {
    await page.getByLabel('File (CSV, XLSX)').setInputFiles({ name: 'organisations.csv', mimeType: 'text/csv', buffer: Buffer.from(edited) });
    await page.getByRole('button', { name: 'Check the file' }).click();
  };
  await upload();
  await expect(page.getByText('2 rows: 1 new, 1 changed, 0 unchanged, 0 with errors.')).toBeVisible();
  const table = page.getByRole('table', { name: 'Outcome of each row' });
  await expect(table.getByRole('row', { name: new RegExp(`Changed import-town-${suffix}`) })).toBeVisible();
  await expect(table.getByRole('row', { name: new RegExp(`New import-region-${suffix}`) })).toBeVisible();
  await page.getByLabel('Show only rows with errors').check();
  await expect(table.getByRole('row')).toHaveCount(1);
  await expectNoSeriousViolations(page, 'the checked import');

  await page.getByRole('button', { name: 'Import the file' }).click();
  await expect(page.getByText('The file has been imported.')).toBeVisible();

  // The same file again: every row is unchanged.
  await upload();
  await expect(page.getByText('2 rows: 0 new, 0 changed, 2 unchanged, 0 with errors.')).toBeVisible();

  await page.goto('/directory/organizations');
  await page.getByLabel('Search by name or short name').fill(suffix);
  await expect(page.getByRole('link', { name: `Import City ${suffix}` })).toBeVisible();
  await context.close();
});

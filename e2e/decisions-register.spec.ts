import { randomUUID } from 'node:crypto';
import { expectNoSeriousViolations } from './support/axe.js';
import { expect, send, signIn, test, type AdminApi, type TestUser } from './support/fixtures.js';

/**
 * A private council with a secretary, a session in progress whose item "Bridge repair" is adopted (so the
 * register has its decision), and a person of the roads office, with an account, who will answer for it.
 */
async function councilWithDecision(api: AdminApi) {
  const suffix = randomUUID().slice(0, 8);
  const ministry = await send<{ id: string }>(api, 'POST', '/api/v1/organizations', { kind: 'ministry', name: `Ministry ${suffix}`, slug: `ministry-${suffix}` });
  const roads = await send<{ id: string }>(api, 'POST', '/api/v1/organizations', { kind: 'ministry', name: `Roads Office ${suffix}`, slug: `roads-${suffix}` });
  const council = await send<{ id: string }>(api, 'POST', '/api/v1/bodies', {
    organizationId: ministry.id,
    kind: 'council',
    name: `Works Council ${suffix}`,
    slug: `works-council-${suffix}`,
    isPublic: false,
    rules: { quorumRule: 'none', majorityRule: 'simple' },
  });
  const withAccount = async (givenName: string, organizationId?: string): Promise<{ personId: string; user: TestUser }> => {
    const response = await api.context.post('/api/v1/persons', { data: { givenName, familyName: suffix, ...(organizationId ? { organizationId } : {}) }, headers: { 'x-csrf-token': api.csrfToken } });
    expect(response.status(), await response.text()).toBe(201);
    const person = (await response.json()) as { id: string };
    const user = await api.createUser('user');
    await send(api, 'PUT', `/api/v1/persons/${person.id}/account`, { userId: user.id }, { 'if-match': response.headers().etag ?? '' });
    return { personId: person.id, user };
  };
  const secretary = await withAccount('Sara');
  await send(api, 'POST', `/api/v1/bodies/${council.id}/memberships`, { personId: secretary.personId, role: 'secretary', startDate: '2025-01-01' });
  const engineer = await withAccount('Rita', roads.id);
  const session = await send<{ id: string }>(api, 'POST', `/api/v1/bodies/${council.id}/sessions`, { kind: 'regular', startsAt: new Date(Date.now() + 3_600_000).toISOString() });
  const withItem = await send<{ agenda: { items: { id: string }[] } }>(api, 'POST', `/api/v1/sessions/${session.id}/agenda`, {
    kind: 'decision',
    title: `Bridge repair ${suffix}`,
    proposedResolution: '<p>The bridge on the river road is repaired by the end of the year.</p>',
  });
  const itemId = withItem.agenda.items.at(-1)!.id;
  await send(api, 'POST', `/api/v1/sessions/${session.id}/status`, { to: 'convened' });
  await send(api, 'POST', `/api/v1/sessions/${session.id}/status`, { to: 'in_progress' });
  await send(api, 'POST', `/api/v1/sessions/${session.id}/meeting/agenda-adoption`, {});
  await send(api, 'PUT', `/api/v1/sessions/${session.id}/meeting/items/${itemId}/outcome`, { outcome: 'adopted' });
  return { suffix, roadsName: `Roads Office ${suffix}`, secretary: secretary.user, engineer: engineer.user };
}

test('a secretary assigns a decision, the responsible side reports it done with an attachment, the register filters and exports', async ({ browser, adminApi }) => {
  test.setTimeout(150_000);
  const { suffix, roadsName, secretary, engineer } = await councilWithDecision(adminApi);
  const deadline = `${new Date().getUTCFullYear() + 1}-03-31`;

  const secretaryContext = await browser.newContext();
  const page = await secretaryContext.newPage();
  await signIn(page, secretary);
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Decisions' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Register of decisions' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search number, title and text' }).fill(`bridge repair ${suffix}`);
  await expect(page.getByRole('status').filter({ hasText: 'Decisions found: 1' })).toBeVisible();
  await expectNoSeriousViolations(page, 'the register of decisions');
  const row = page.getByRole('row').filter({ hasText: `Bridge repair ${suffix}` });
  await expect(row).toContainText('Open');
  await row.getByRole('link').first().click();

  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`Bridge repair ${suffix}`) })).toBeVisible();
  await expectNoSeriousViolations(page, 'a decision');
  await page.getByRole('button', { name: 'Edit the decision' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('combobox', { name: 'Responsible organisation' }).fill(roadsName);
  await page.getByRole('option', { name: roadsName }).click();
  await dialog.getByLabel('Deadline').fill(deadline);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The decision is saved.' })).toBeVisible();
  const facts = page.getByRole('region', { name: 'Facts' });
  await expect(facts).toContainText(roadsName);

  // The engineer of the roads office answers for it: she reports progress with a file and marks it done.
  const engineerContext = await browser.newContext();
  const engineerPage = await engineerContext.newPage();
  await signIn(engineerPage, engineer);
  await engineerPage.goto(page.url());
  const form = engineerPage.getByRole('region', { name: 'Report progress' });
  await form.getByLabel('What has been done').fill('The bridge is repaired and open to traffic.');
  await form.getByLabel('Status').selectOption({ label: 'Done' });
  await form.getByLabel('Attach files').setInputFiles({ name: 'acceptance-report.txt', mimeType: 'text/plain', buffer: Buffer.from('Works accepted on site.\n') });
  await form.getByRole('button', { name: 'Send the report' }).click();
  await expect(engineerPage.getByRole('status').filter({ hasText: 'Your report is saved.' })).toBeVisible();
  const reports = engineerPage.getByRole('region', { name: 'Progress reports' });
  await expect(reports).toContainText('The bridge is repaired and open to traffic.');
  await expect(reports.getByRole('link', { name: 'acceptance-report.txt' })).toBeVisible();
  await expectNoSeriousViolations(engineerPage, 'a decision with a progress report');

  // The secretary sees it done, filters the register by status and organisation, and exports what is shown.
  await page.reload();
  await expect(page.getByRole('region', { name: 'Facts' })).toContainText('Done');
  await expect(page.getByRole('link', { name: 'acceptance-report.txt' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to the register' }).click();
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Done' });
  await page.getByRole('searchbox', { name: 'Search number, title and text' }).fill(suffix);
  await expect(page).toHaveURL(/status=done/);
  await page.getByRole('combobox', { name: 'Responsible organisation' }).fill(roadsName);
  await page.getByRole('option', { name: roadsName }).click();
  await expect(page).toHaveURL(/responsibleOrganizationId=/);
  await expect(page.getByRole('group', { name: 'Filters' })).toContainText(roadsName);
  await expect(page.getByRole('row').filter({ hasText: `Bridge repair ${suffix}` })).toContainText('Done');
  const csvLink = page.getByRole('link', { name: 'CSV', exact: true });
  const href = await csvLink.getAttribute('href');
  expect(href).toContain('status=done');
  expect(href).toContain('responsibleOrganizationId=');
  const csv = await page.request.get(href!);
  expect(csv.status()).toBe(200);
  const text = await csv.text();
  expect(text).toContain(`Bridge repair ${suffix}`);
  expect(text).toContain(roadsName);
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Overdue' });
  await expect(page.getByText('No decisions match these filters.')).toBeVisible();
  await expectNoSeriousViolations(page, 'the filtered register');

  await Promise.all([secretaryContext.close(), engineerContext.close()]);
});

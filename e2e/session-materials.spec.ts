import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from '@playwright/test';
import { expectNoSeriousViolations } from './support/axe.js';
import { expect, send, signIn, test, type AdminApi, type TestUser } from './support/fixtures.js';

const pdf = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/** A private council (materials due 7 days before a session) with a secretary, a chair and a member who have accounts. */
async function prepare(api: AdminApi) {
  const suffix = randomUUID().slice(0, 8);
  const ministry = await send<{ id: string }>(api, 'POST', '/api/v1/organizations', { kind: 'ministry', name: `Ministry ${suffix}`, slug: `ministry-${suffix}` });
  const council = await send<{ id: string }>(api, 'POST', '/api/v1/bodies', {
    organizationId: ministry.id,
    kind: 'council',
    name: `Materials Council ${suffix}`,
    slug: `materials-council-${suffix}`,
    isPublic: false,
    rules: { quorumRule: 'majority_of_members', materialsDeadlineDays: 7 },
  });
  const people = {} as Record<'secretary' | 'chair' | 'member', TestUser>;
  for (const role of ['secretary', 'chair', 'member'] as const) {
    const user = await api.createUser();
    const person = await send<{ id: string; etag: string }>(api, 'POST', '/api/v1/persons', { givenName: role, familyName: suffix });
    await send(api, 'PUT', `/api/v1/persons/${person.id}/account`, { userId: user.id }, { 'if-match': person.etag });
    await send(api, 'POST', `/api/v1/bodies/${council.id}/memberships`, { personId: person.id, role, startDate: '2020-01-01' });
    people[role] = user;
  }
  /** a draft session starting in `days` days with one item */
  const session = async (days: number, title: string) => {
    const startsAt = new Date(Date.now() + days * 86_400_000).toISOString();
    const created = await send<{ id: string }>(api, 'POST', `/api/v1/bodies/${council.id}/sessions`, { kind: 'regular', startsAt });
    await send(api, 'POST', `/api/v1/sessions/${created.id}/agenda`, { kind: 'decision', title });
    return created.id;
  };
  return { people, session, councilId: council.id };
}

async function signedInPage(browser: Browser, user: TestUser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, user);
  return page;
}

async function uploadTo(page: Page, itemNumber: string, file: { name: string; mimeType: string; buffer: Buffer }) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: `Upload files to item ${itemNumber}` }).click();
  await (await chooser).setFiles(file);
}

test('a secretary uploads a PDF that a member downloads; a late material waits for the chair', async ({ browser, adminApi }) => {
  test.setTimeout(300_000);
  const { people, session, councilId } = await prepare(adminApi);
  const onTime = await session(30, 'Budget 2027');
  const soon = await session(3, 'Urgent repairs');

  const secretary = await signedInPage(browser, people.secretary);
  await secretary.goto(`/sessions/${onTime}`);
  const materials = secretary.getByRole('region', { name: 'Materials' });
  await expect(materials.getByText(/Submission deadline for materials:/)).toBeVisible();
  await uploadTo(secretary, '1', { name: 'Draft budget.pdf', mimeType: 'application/pdf', buffer: pdf });
  await expect(materials.getByText('Draft budget.pdf uploaded.')).toBeVisible();
  await expect(materials.getByRole('link', { name: 'Draft budget' })).toBeVisible();
  // A forbidden type is refused with the server's reason, named per file.
  await uploadTo(secretary, '1', { name: 'tool.exe', mimeType: 'application/octet-stream', buffer: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0)]) });
  await expect(materials.getByRole('alert')).toContainText('tool.exe');
  await expectNoSeriousViolations(secretary, 'the session page with materials');

  const member = await signedInPage(browser, people.member);
  await member.goto(`/sessions/${onTime}`);
  const download = member.waitForEvent('download');
  await member.getByRole('region', { name: 'Materials' }).getByRole('link', { name: 'Draft budget' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Draft budget.pdf');
  expect((await readFile((await file.path())!)).equals(pdf)).toBe(true);

  // The body's documents list it, searchable by title.
  await member.goto(`/directory/bodies/${councilId}`);
  const documents = member.getByRole('region', { name: 'Documents' }).last();
  await member.getByLabel('Search by title').fill('budget');
  await expect(member.getByRole('table').getByRole('link', { name: 'Draft budget' })).toBeVisible();
  await expect(documents).toBeVisible();
  await expectNoSeriousViolations(member, 'the body page with its documents');

  // Three days before the session the deadline has passed: the upload is late and waits for the chair.
  await secretary.goto(`/sessions/${soon}`);
  await uploadTo(secretary, '1', { name: 'Quote.pdf', mimeType: 'application/pdf', buffer: Buffer.concat([pdf, Buffer.from('%late\n')]) });
  const lateRow = secretary.getByRole('region', { name: 'Materials' }).getByRole('listitem').filter({ hasText: 'Quote.pdf ·' });
  await expect(lateRow.getByText('Awaiting the chair’s approval')).toBeVisible();
  await member.goto(`/sessions/${soon}`);
  await expect(member.getByRole('region', { name: 'Materials' }).getByRole('link', { name: 'Quote' })).toHaveCount(0);

  const chair = await signedInPage(browser, people.chair);
  await chair.goto(`/sessions/${soon}`);
  await chair.getByRole('button', { name: 'Approve the late material Quote' }).click();
  await expect(chair.getByText('Awaiting the chair’s approval')).toHaveCount(0);

  await member.reload();
  const approved = member.getByRole('region', { name: 'Materials' }).getByRole('listitem').filter({ hasText: 'Quote.pdf ·' });
  await expect(approved.getByRole('link', { name: 'Quote' })).toBeVisible();
  await expect(approved.getByText('Late', { exact: true })).toBeVisible();
  await expectNoSeriousViolations(member, 'the session page with a late material');
});

import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { Browser, Page } from '@playwright/test';
import { expectNoSeriousViolations } from './support/axe.js';
import { expect, send, signIn, test, type AdminApi, type TestUser } from './support/fixtures.js';

async function twoPagePdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const n of [1, 2]) doc.addPage().drawText(`Budget page ${n}`, { x: 50, y: 780, size: 14, font });
  return Buffer.from(await doc.save());
}

/** A private council with a secretary and a member who have accounts, and a session with a PDF material. */
async function prepare(api: AdminApi) {
  const suffix = randomUUID().slice(0, 8);
  const ministry = await send<{ id: string }>(api, 'POST', '/api/v1/organizations', { kind: 'ministry', name: `Ministry ${suffix}`, slug: `ministry-${suffix}` });
  const council = await send<{ id: string }>(api, 'POST', '/api/v1/bodies', {
    organizationId: ministry.id,
    kind: 'council',
    name: `Packet Council ${suffix}`,
    slug: `packet-council-${suffix}`,
    isPublic: false,
  });
  const people = {} as Record<'secretary' | 'member', TestUser>;
  for (const role of ['secretary', 'member'] as const) {
    const user = await api.createUser();
    const person = await send<{ id: string; etag: string }>(api, 'POST', '/api/v1/persons', { givenName: role, familyName: suffix });
    await send(api, 'PUT', `/api/v1/persons/${person.id}/account`, { userId: user.id }, { 'if-match': person.etag });
    await send(api, 'POST', `/api/v1/bodies/${council.id}/memberships`, { personId: person.id, role, startDate: '2020-01-01' });
    people[role] = user;
  }
  const startsAt = new Date(Date.now() + 30 * 86_400_000).toISOString();
  const session = await send<{ id: string }>(api, 'POST', `/api/v1/bodies/${council.id}/sessions`, { kind: 'regular', startsAt });
  const detail = await send<{ agenda: { items: { id: string }[] } }>(api, 'POST', `/api/v1/sessions/${session.id}/agenda`, { kind: 'decision', title: 'Budget 2027' });
  const upload = await api.context.fetch(`/api/v1/agenda-items/${detail.agenda.items[0]!.id}/materials`, {
    method: 'POST',
    headers: { 'x-csrf-token': api.csrfToken },
    multipart: { files: { name: 'Budget.pdf', mimeType: 'application/pdf', buffer: await twoPagePdf() } },
  });
  expect(upload.status(), await upload.text()).toBe(201);
  return { people, sessionId: session.id };
}

async function signedInPage(browser: Browser, user: TestUser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, user);
  return page;
}

test('the session page offers the packet PDF once the background job has built it; a manager rebuilds it', async ({ browser, adminApi }) => {
  test.setTimeout(180_000);
  const { people, sessionId } = await prepare(adminApi);

  const member = await signedInPage(browser, people.member);
  await member.goto(`/sessions/${sessionId}`);
  const packet = member.getByRole('region', { name: 'Session packet (PDF)' });
  const link = packet.getByRole('link', { name: 'Download the session packet (PDF)' });
  await expect(link).toBeVisible({ timeout: 60_000 });
  await expect(packet.getByText(/pages: 5/)).toBeVisible();
  await expect(packet.getByRole('button', { name: 'Rebuild the packet now' })).toHaveCount(0);
  const download = member.waitForEvent('download');
  await link.click();
  const file = await download;
  const bytes = await readFile((await file.path())!);
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  expect((await PDFDocument.load(bytes)).getPageCount()).toBe(5);
  await expectNoSeriousViolations(member, 'the session page with its packet');

  const secretary = await signedInPage(browser, people.secretary);
  await secretary.goto(`/sessions/${sessionId}`);
  const managed = secretary.getByRole('region', { name: 'Session packet (PDF)' });
  await managed.getByRole('button', { name: 'Rebuild the packet now' }).click();
  await expect(managed.getByRole('link', { name: 'Download the session packet (PDF)' })).toBeVisible({ timeout: 60_000 });
});

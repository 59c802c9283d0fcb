import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expectNoSeriousViolations } from './support/axe.js';
import { expect, send, signIn, test, type AdminApi, type TestUser } from './support/fixtures.js';

const item = 'Budget 2027';
const closedItem = 'Appointment of the director';
const discussion = (page: Page) => page.getByRole('textbox', { name: `Discussion of item 1. ${item}`, exact: true });

/**
 * A council of three with accounts — the secretary Sara, the chair Cleo and the member Ana — whose first
 * session adopted "Budget 2027", had an item closed to the public, and closed (so its draft minutes exist),
 * and a second session in preparation.
 */
async function closedSession(api: AdminApi) {
  const suffix = randomUUID().slice(0, 8);
  const ministry = await send<{ id: string }>(api, 'POST', '/api/v1/organizations', { kind: 'ministry', name: `Ministry ${suffix}`, slug: `ministry-${suffix}` });
  const council = await send<{ id: string }>(api, 'POST', '/api/v1/bodies', {
    organizationId: ministry.id,
    kind: 'council',
    name: `Minutes Council ${suffix}`,
    slug: `minutes-council-${suffix}`,
    isPublic: false,
    rules: { quorumRule: 'majority_of_members', majorityRule: 'simple' },
  });
  const accounts: Record<string, TestUser> = {};
  const people: string[] = [];
  for (const [given, role] of [['Sara', 'secretary'], ['Cleo', 'chair'], ['Ana', 'member']] as const) {
    const response = await api.context.post('/api/v1/persons', { data: { givenName: given, familyName: suffix }, headers: { 'x-csrf-token': api.csrfToken } });
    const person = (await response.json()) as { id: string };
    people.push(person.id);
    await send(api, 'POST', `/api/v1/bodies/${council.id}/memberships`, { personId: person.id, role, startDate: '2025-01-01' });
    accounts[given] = await api.createUser('user');
    await send(api, 'PUT', `/api/v1/persons/${person.id}/account`, { userId: accounts[given].id }, { 'if-match': response.headers().etag ?? '' });
  }
  const sit = async (startsInDays: number, title: string) => {
    const startsAt = new Date(Date.now() + startsInDays * 86_400_000).toISOString();
    const session = await send<{ id: string }>(api, 'POST', `/api/v1/bodies/${council.id}/sessions`, { kind: 'regular', startsAt });
    await send(api, 'POST', `/api/v1/sessions/${session.id}/agenda`, { kind: 'decision', title, proposedResolution: `<p>${title} is adopted.</p>` });
    return session.id;
  };
  const first = await sit(1, item);
  await send(api, 'POST', `/api/v1/sessions/${first}/agenda`, { kind: 'information', title: closedItem, isPublic: false });
  // planned before the first closes, so the approval is not suggested on it and the secretary puts it there
  const second = await sit(7, 'Lease of the hall');
  await send(api, 'POST', `/api/v1/sessions/${first}/status`, { to: 'convened' });
  await send(api, 'POST', `/api/v1/sessions/${first}/status`, { to: 'in_progress' });
  for (const person of people) await send(api, 'PUT', `/api/v1/sessions/${first}/attendance/${person}`, { status: 'present' });
  await send(api, 'POST', `/api/v1/sessions/${first}/meeting/agenda-adoption`, {});
  const meeting = await send<{ currentItemId: string | null }>(api, 'PUT', `/api/v1/sessions/${first}/meeting/current-item`, { step: 'next' });
  await send(api, 'PUT', `/api/v1/sessions/${first}/meeting/items/${meeting.currentItemId}/outcome`, { outcome: 'adopted' });
  await send(api, 'POST', `/api/v1/sessions/${first}/status`, { to: 'closed' });
  return { first, second, people, secretary: accounts.Sara!, chair: accounts.Cleo!, member: accounts.Ana! };
}

/** The session that approves the minutes sits: it adopts the approval item the minutes put on its agenda. */
async function approveAtSecondSession(api: AdminApi, second: string, people: string[], approvalItemId: string) {
  await send(api, 'POST', `/api/v1/sessions/${second}/status`, { to: 'convened' });
  await send(api, 'POST', `/api/v1/sessions/${second}/status`, { to: 'in_progress' });
  for (const person of people) await send(api, 'PUT', `/api/v1/sessions/${second}/attendance/${person}`, { status: 'present' });
  await send(api, 'POST', `/api/v1/sessions/${second}/meeting/agenda-adoption`, {});
  await send(api, 'PUT', `/api/v1/sessions/${second}/meeting/current-item`, { agendaItemId: approvalItemId });
  await send(api, 'PUT', `/api/v1/sessions/${second}/meeting/items/${approvalItemId}/outcome`, { outcome: 'adopted' });
}

async function typeInto(page: Page, text: string) {
  const box = discussion(page);
  await box.click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(text);
}

test('from a closed session to approved minutes: write, merge a conflict, compare, comment, approve, export, publish', async ({ browser, adminApi }) => {
  test.setTimeout(240_000);
  const { first, second, people, secretary, chair, member } = await closedSession(adminApi);

  // Draft minutes are not published: a visitor who is not signed in is told so.
  const draft = (await (await adminApi.context.get(`/api/v1/sessions/${first}/minutes`)).json()) as { id: string };
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto(`/public/minutes/${draft.id}`);
  await expect(visitor.getByText('These minutes are not published: they have not been approved yet or do not exist.')).toBeVisible();
  await expectNoSeriousViolations(visitor, 'unpublished public minutes');

  // The secretary finds the draft from the closed session's page.
  const secretaryContext = await browser.newContext();
  const page = await secretaryContext.newPage();
  await signIn(page, secretary);
  await page.goto(`/sessions/${first}`);
  await page.getByRole('link', { name: 'Open the minutes' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Minutes:');
  await expect(page.getByTestId('minutes-status')).toContainText('Draft');
  await expect(page.getByRole('region', { name: 'Recorded at the session' })).toContainText('Sara');

  // A summary with bold text from the toolbar, saved as version 2 with a note.
  await typeInto(page, 'The treasurer presented the budget. ');
  const toolbar = page.getByRole('toolbar', { name: `Formatting: Discussion of item 1. ${item}` });
  const bold = toolbar.getByRole('button', { name: 'Bold' });
  await bold.click();
  await expect(bold).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.type('Adopted without debate.');
  await page.getByLabel('Note on this version').fill('first summary');
  await page.getByRole('button', { name: 'Save as a new version' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved as version 2.' })).toBeVisible();
  await expectNoSeriousViolations(page, 'the draft minutes with the editor');

  // The chair starts from version 2; the secretary saves version 3 meanwhile; the chair sees it live, saves, and merges.
  const chairContext = await browser.newContext();
  const chairPage = await chairContext.newPage();
  await signIn(chairPage, chair);
  await chairPage.goto(`/sessions/${first}/minutes`);
  await expect(discussion(chairPage)).toContainText('Adopted without debate.');
  await typeInto(chairPage, ' The chair thanked the treasurer.');
  await typeInto(page, ' Two members asked about reserves.');
  await page.getByRole('button', { name: 'Save as a new version' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved as version 3.' })).toBeVisible();
  await expect(chairPage.getByText('Someone else saved a newer version (3).')).toBeVisible();
  await expect(discussion(chairPage)).toContainText('The chair thanked the treasurer.');
  await chairPage.getByRole('button', { name: 'Save as a new version' }).click();
  const merge = chairPage.getByTestId('minutes-merge');
  await expect(merge).toContainText('Version 3 was saved while you were writing');
  await expect(merge).toContainText('Two members asked about reserves.');
  await expectNoSeriousViolations(chairPage, 'the merge of conflicting edits');
  await merge.getByRole('button', { name: 'Take my text' }).click();
  await expect(merge.getByRole('button', { name: 'Take my text' })).toHaveAttribute('aria-pressed', 'true');
  const merged = merge.getByRole('textbox', { name: `Merged text: Discussion of item 1. ${item}` });
  await merged.click();
  await chairPage.keyboard.press('ControlOrMeta+End');
  await chairPage.keyboard.type(' Two members asked about reserves.');
  await expect(merge).toContainText('Settled: the merged text as edited.');
  await chairPage.getByRole('button', { name: 'Save the merged version' }).click();
  await expect(chairPage.getByRole('status').filter({ hasText: 'Saved as version 4.' })).toBeVisible();
  await expect(discussion(chairPage)).toContainText('The chair thanked the treasurer. Two members asked about reserves.');

  // The secretary compares version 2 with version 4: words added are marked as insertions.
  await expect(page.getByRole('row', { name: /^4 / })).toBeVisible();
  await page.getByLabel('From version').selectOption('2');
  await page.getByLabel('To version').selectOption('4');
  const comparison = page.getByTestId('minutes-comparison');
  const inserted = comparison.locator('ins').filter({ hasText: 'The chair thanked the treasurer.' });
  await expect(inserted).toHaveCount(1);
  await expect(inserted).toContainText('added:');

  // The member reads the draft without an editor and comments on the item; the secretary resolves it.
  const memberContext = await browser.newContext();
  const memberPage = await memberContext.newPage();
  await signIn(memberPage, member);
  await memberPage.goto(`/sessions/${first}/minutes`);
  await expect(memberPage.getByRole('toolbar')).toHaveCount(0);
  await memberPage.getByLabel('About').selectOption({ label: `Item 1. ${item}` });
  await memberPage.getByLabel('Comment', { exact: true }).fill('Please name the members who asked about reserves.');
  await memberPage.getByRole('button', { name: 'Post the comment' }).click();
  await expect(memberPage.getByTestId('minutes-comments')).toContainText('Please name the members');
  await expectNoSeriousViolations(memberPage, 'the draft minutes of a member');
  await page.reload();
  const comments = page.getByTestId('minutes-comments');
  await expect(comments).toContainText('Please name the members');
  await comments.getByRole('button', { name: 'Mark as resolved' }).click();
  await expect(comments).toContainText('Resolved on');

  // The secretary puts the approval on the second session's agenda; that session adopts it.
  const approval = page.getByRole('region', { name: 'Approval' });
  await approval.getByRole('button', { name: 'Put the approval on its agenda' }).click();
  await expect(page.getByTestId('minutes-status')).toContainText('Submitted for approval');
  await expect(approval).toContainText('on the agenda of session 2');
  await expect(page.getByText('The minutes are submitted for approval, so their text is locked.', { exact: false })).toBeVisible();
  await expect(page.getByRole('toolbar')).toHaveCount(0);
  const minutes = (await (await adminApi.context.get(`/api/v1/sessions/${first}/minutes`)).json()) as { id: string; approvalItem: { agendaItemId: string } };
  await approveAtSecondSession(adminApi, second, people, minutes.approvalItem.agendaItemId);

  // Approved minutes are locked; a correction can be opened; the PDF downloads.
  await page.reload();
  await expect(page.getByTestId('minutes-status')).toContainText('Approved');
  await expect(page.getByRole('toolbar')).toHaveCount(0);
  await expect(page.getByText('The minutes are approved, so their text can no longer be edited.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Open a correction' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Excerpt of item 1 (PDF)' })).toBeVisible();
  await expectNoSeriousViolations(page, 'the approved minutes');
  const pdfHref = await page.getByRole('link', { name: 'Minutes as PDF' }).getAttribute('href');
  const pdf = await page.request.get(pdfHref!);
  expect(pdf.status(), `${pdfHref} ${pdf.status() === 200 ? '' : await pdf.text()}`).toBe(200);
  expect(pdf.headers()['content-type']).toContain('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

  // The visitor, still signed out, opens the public page the secretary links to: the open item, not the closed one.
  await visitor.goto((await page.getByRole('link', { name: 'Public page' }).getAttribute('href'))!);
  await expect(visitor.getByRole('heading', { level: 1 })).toContainText('Minutes:');
  await expect(visitor.getByRole('heading', { level: 3, name: `1. ${item}` })).toBeVisible();
  await expect(visitor.getByRole('main')).toContainText('The chair thanked the treasurer. Two members asked about reserves.');
  await expect(visitor.getByRole('main')).toContainText(/Approved on .+ at session 2\./);
  await expect(visitor.getByRole('main')).not.toContainText(closedItem);
  await expectNoSeriousViolations(visitor, 'the public minutes');
  const publicPdfHref = await visitor.getByRole('link', { name: 'Download the minutes as PDF' }).getAttribute('href');
  expect(publicPdfHref).toContain('lang=en');
  const publicPdf = await visitor.request.get(publicPdfHref!);
  expect(publicPdf.status(), `${publicPdfHref} ${publicPdf.status() === 200 ? '' : await publicPdf.text()}`).toBe(200);
  expect(publicPdf.headers()['content-type']).toContain('application/pdf');

  await Promise.all([secretaryContext.close(), chairContext.close(), memberContext.close(), visitorContext.close()]);
});

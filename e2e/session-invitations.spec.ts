import { randomUUID } from 'node:crypto';
import { expectNoSeriousViolations } from './support/axe.js';
import { expect, send, signIn, test, type AdminApi, type TestUser } from './support/fixtures.js';

/** A person of the directory linked to a new user account, holding `role` in the body. */
async function memberWithAccount(api: AdminApi, bodyId: string, role: string, givenName: string): Promise<TestUser> {
  const user = await api.createUser('user');
  const person = await send<{ id: string }>(api, 'POST', '/api/v1/persons', { givenName, familyName: user.id.slice(0, 6), email: user.email });
  const etag = (await api.context.get(`/api/v1/persons/${person.id}`)).headers().etag!;
  await send(api, 'PUT', `/api/v1/persons/${person.id}/account`, { userId: user.id }, { 'if-match': etag });
  await send(api, 'POST', `/api/v1/bodies/${bodyId}/memberships`, { personId: person.id, role, startDate: '2025-01-01' });
  return user;
}

test('a member answers “excused” to an invitation and the secretary sees it among the invitees', async ({ browser, adminApi }) => {
  const suffix = randomUUID().slice(0, 8);
  const ministry = await send<{ id: string }>(adminApi, 'POST', '/api/v1/organizations', { kind: 'ministry', name: `Ministry ${suffix}`, slug: `ministry-${suffix}` });
  const board = await send<{ id: string }>(adminApi, 'POST', '/api/v1/bodies', {
    organizationId: ministry.id,
    kind: 'council',
    name: `Invitations Board ${suffix}`,
    slug: `invitations-board-${suffix}`,
    isPublic: false,
  });
  const secretary = await memberWithAccount(adminApi, board.id, 'secretary', 'Sandra');
  const member = await memberWithAccount(adminApi, board.id, 'member', 'Milan');
  const startsAt = new Date(Date.UTC(new Date().getUTCFullYear() + 1, 2, 1, 9)).toISOString();
  const session = await send<{ id: string }>(adminApi, 'POST', `/api/v1/bodies/${board.id}/sessions`, { kind: 'regular', startsAt, place: 'Room 4' });
  await send(adminApi, 'POST', `/api/v1/sessions/${session.id}/agenda`, { kind: 'information', title: 'Water supply' });
  await send(adminApi, 'POST', `/api/v1/sessions/${session.id}/status`, { to: 'convened' });

  const memberContext = await browser.newContext();
  const memberPage = await memberContext.newPage();
  await signIn(memberPage, member);
  await memberPage.goto(`/sessions/${session.id}`);
  const panel = memberPage.getByRole('region', { name: 'Your invitation' });
  await expect(panel.getByText('You are invited as a member.')).toBeVisible();
  await expect(panel.getByText('You have not answered yet.')).toBeVisible();
  await expectNoSeriousViolations(memberPage, 'a session with the invitation panel');
  // react-aria draws the radio on its label; the input itself stays visually hidden
  await panel.getByText('I cannot attend (excused)').click();
  await expect(panel.getByRole('radio', { name: 'I cannot attend (excused)' })).toBeChecked();
  await panel.getByLabel('Note (optional)').fill('On leave that week');
  await panel.getByRole('button', { name: 'Send answer' }).click();
  await expect(panel.getByRole('status')).toHaveText('Your answer is saved.');
  await expect(panel.getByText('Your answer: Excused')).toBeVisible();
  await expectNoSeriousViolations(memberPage, 'the invitation panel after answering');

  const secretaryContext = await browser.newContext();
  const secretaryPage = await secretaryContext.newPage();
  await signIn(secretaryPage, secretary);
  await secretaryPage.goto(`/sessions/${session.id}`);
  const invitees = secretaryPage.getByRole('region', { name: 'Invitees and their answers' });
  const row = invitees.getByRole('row', { name: new RegExp(`Milan ${member.id.slice(0, 6)}`) });
  await expect(row).toContainText('Excused');
  await expect(row).toContainText('On leave that week');
  await expect(secretaryPage.getByText('0 attending, 1 excused or sending a substitute, 1 without an answer.')).toBeVisible();
  await expectNoSeriousViolations(secretaryPage, 'the invitees of a convened session');

  await Promise.all([memberContext.close(), secretaryContext.close()]);
});

import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expectNoSeriousViolations } from './support/axe.js';
import { expect, send, signIn, test, type AdminApi, type TestUser } from './support/fixtures.js';

/**
 * A private council of two seats — the chair Cleo and the member Ana, both with accounts — and a session in
 * progress with both present, its agenda adopted and "Budget 2027" the current item.
 */
async function sittingCouncil(api: AdminApi) {
  const suffix = randomUUID().slice(0, 8);
  const ministry = await send<{ id: string }>(api, 'POST', '/api/v1/organizations', { kind: 'ministry', name: `Ministry ${suffix}`, slug: `ministry-${suffix}` });
  const council = await send<{ id: string }>(api, 'POST', '/api/v1/bodies', {
    organizationId: ministry.id,
    kind: 'council',
    name: `Voting Council ${suffix}`,
    slug: `voting-council-${suffix}`,
    isPublic: false,
    rules: { quorumRule: 'majority_of_members', majorityRule: 'simple' },
  });
  const accounts: Record<string, TestUser> = {};
  const people: Record<string, string> = {};
  for (const [given, role] of [['Cleo', 'chair'], ['Ana', 'member']] as const) {
    const response = await api.context.post('/api/v1/persons', { data: { givenName: given, familyName: suffix }, headers: { 'x-csrf-token': api.csrfToken } });
    const person = (await response.json()) as { id: string };
    people[given] = person.id;
    await send(api, 'POST', `/api/v1/bodies/${council.id}/memberships`, { personId: person.id, role, startDate: '2025-01-01' });
    accounts[given] = await api.createUser('user');
    await send(api, 'PUT', `/api/v1/persons/${person.id}/account`, { userId: accounts[given].id }, { 'if-match': response.headers().etag ?? '' });
  }
  const startsAt = new Date(Date.now() + 86_400_000).toISOString();
  const session = await send<{ id: string }>(api, 'POST', `/api/v1/bodies/${council.id}/sessions`, { kind: 'regular', startsAt });
  await send(api, 'POST', `/api/v1/sessions/${session.id}/agenda`, { kind: 'decision', title: 'Budget 2027', proposedResolution: '<p>The budget is adopted.</p>' });
  await send(api, 'POST', `/api/v1/sessions/${session.id}/status`, { to: 'convened' });
  await send(api, 'POST', `/api/v1/sessions/${session.id}/status`, { to: 'in_progress' });
  for (const person of Object.values(people)) await send(api, 'PUT', `/api/v1/sessions/${session.id}/attendance/${person}`, { status: 'present' });
  await send(api, 'POST', `/api/v1/sessions/${session.id}/meeting/agenda-adoption`, {});
  await send(api, 'PUT', `/api/v1/sessions/${session.id}/meeting/current-item`, { step: 'next' });
  return { session: session.id, suffix, chair: accounts.Cleo!, member: accounts.Ana! };
}

async function prepareVote(page: Page, title: string, method: string) {
  const form = page.getByRole('form', { name: 'Put a question to the vote' });
  await form.getByRole('textbox', { name: 'Question', exact: true }).fill(title);
  await form.getByLabel('Method').selectOption({ label: method });
  await form.getByRole('button', { name: 'Prepare the vote' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The vote is prepared.' })).toBeVisible();
  await page.getByRole('button', { name: 'Open the vote' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The vote is open.' })).toBeVisible();
}

test('the chair runs a named and a secret vote; the member votes live; results reach every screen', async ({ browser, adminApi }) => {
  test.setTimeout(150_000);
  const { session, suffix, chair, member } = await sittingCouncil(adminApi);
  const chairContext = await browser.newContext();
  const page = await chairContext.newPage();
  await signIn(page, chair);
  await page.goto(`/sessions/${session}/meeting`);
  const voting = page.getByRole('region', { name: 'Voting' });
  await expect(voting.getByRole('textbox', { name: 'Question', exact: true })).toHaveValue('Budget 2027');

  const memberContext = await browser.newContext();
  const memberPage = await memberContext.newPage();
  await signIn(memberPage, member);
  await memberPage.goto(`/sessions/${session}/meeting`);
  await expect(memberPage.getByTestId('current-item-title')).toHaveText('1. Budget 2027');

  // A named vote: the ballot appears on the member's screen without a reload.
  await prepareVote(page, 'Budget 2027', 'Named electronic vote');
  const ballot = memberPage.getByTestId('ballot');
  await expect(ballot.getByRole('heading', { name: 'Vote: Budget 2027' })).toBeVisible();
  await ballot.getByRole('button', { name: 'For', exact: true }).click();
  await expect(ballot.getByRole('status')).toContainText('Your vote is recorded: For.');
  await ballot.getByRole('button', { name: 'Against', exact: true }).click();
  await expect(ballot.getByRole('status')).toContainText('Your vote is recorded: Against.');
  await expect(page.getByTestId('poll-progress')).toHaveText('1 of 2 have voted');
  await expectNoSeriousViolations(memberPage, 'the meeting room with a ballot');
  await page.getByTestId('ballot').getByRole('button', { name: 'For', exact: true }).click();
  await expect(page.getByTestId('poll-progress')).toHaveText('2 of 2 have voted');
  await expectNoSeriousViolations(page, 'the meeting room of the chair during a vote');

  const screen = await chairContext.newPage();
  await screen.goto(`/sessions/${session}/screen`);
  await page.getByRole('button', { name: 'Close the vote' }).click();
  // 1 for, 1 against: a tie under a simple majority rejects the proposal.
  await expect(memberPage.getByTestId('poll-result')).toContainText('Not adopted');
  await expect(screen.getByTestId('poll-result')).toContainText('Not adopted');
  await expectNoSeriousViolations(screen, 'the big screen with a result');
  await memberPage.getByText('How each member voted').click();
  await expect(memberPage.getByTestId('poll-result')).toContainText(`Ana ${suffix}: Against`);

  // The chair annuls it with a reason and prepares it again; then a secret vote.
  await page.getByRole('button', { name: 'Annul the vote' }).click();
  const annul = page.getByRole('dialog');
  await annul.getByLabel('Why is the vote annulled?').fill('A member’s terminal failed.');
  await annul.getByRole('button', { name: 'Annul the vote' }).click();
  await expect(page.getByText('Annulled: A member’s terminal failed.')).toBeVisible();
  await page.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The prepared vote was deleted.' })).toBeVisible();

  await prepareVote(page, 'Budget 2027, by secret ballot', 'Secret electronic vote');
  const secretBallot = memberPage.getByTestId('ballot');
  await expect(secretBallot).toContainText('This is a secret ballot');
  await secretBallot.getByRole('button', { name: 'For', exact: true }).click();
  await expect(secretBallot.getByRole('status')).toContainText(/Your secret ballot is recorded\. Receipt [A-Z0-9_-]{4}-[A-Z0-9_-]{4}\./);
  await page.getByTestId('ballot').getByRole('button', { name: 'For', exact: true }).click();
  await expect(page.getByTestId('poll-progress')).toHaveText('2 of 2 have voted');
  await page.getByRole('button', { name: 'Close the vote' }).click();
  await expect(screen.getByTestId('poll-result')).toContainText('Adopted');
  const secretResult = memberPage.getByTestId('poll-result').filter({ hasText: 'Adopted' });
  await secretResult.getByRole('button', { name: 'Check my ballot' }).click();
  await expect(secretResult.getByRole('status')).toContainText('Your ballot is counted: For.');
  await expect(memberPage.getByText('How each member voted')).toHaveCount(0);

  await Promise.all([chairContext.close(), memberContext.close()]);
});

import { expectNoSeriousViolations } from './support/axe.js';
import { expect, test } from './support/fixtures.js';
import { prepareVote, signedInAt, sittingCouncil } from './support/voting.js';

test('the chair runs a named and a secret vote; the member votes live; results reach every screen', async ({ browser, adminApi }) => {
  test.setTimeout(150_000);
  const { session, suffix, chair, member } = await sittingCouncil(adminApi);
  const { context: chairContext, page } = await signedInAt(browser, chair, `/sessions/${session}/meeting`);
  const voting = page.getByRole('region', { name: 'Voting' });
  await expect(voting.getByRole('textbox', { name: 'Question', exact: true })).toHaveValue('Budget 2027');

  const { context: memberContext, page: memberPage } = await signedInAt(browser, member, `/sessions/${session}/meeting`);
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
  await expect(screen.getByTestId('screen-vote-progress')).toHaveText('2 of 2 have voted');
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

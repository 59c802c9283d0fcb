import { expectNoSeriousViolations } from './support/axe.js';
import { expect, test } from './support/fixtures.js';
import { prepareVote, signedInAt, sittingCouncil } from './support/voting.js';

test('the chair records a named show of hands seat by seat; the closed session shows its results per item', async ({ browser, adminApi }) => {
  test.setTimeout(150_000);
  const { session, suffix, chair, member } = await sittingCouncil(adminApi);
  const { context: chairContext, page } = await signedInAt(browser, chair, `/sessions/${session}/meeting`);
  await expect(page.getByRole('region', { name: 'Voting' }).getByRole('textbox', { name: 'Question', exact: true })).toHaveValue('Budget 2027');

  await prepareVote(page, 'Budget 2027, by hands', 'Show of hands, recorded by name');
  const hands = page.getByRole('form', { name: 'Hands raised, seat by seat' });
  await expect(hands.getByTestId('hands-progress')).toHaveText('0 of 2 seats recorded');
  await hands.getByLabel(`Cleo ${suffix}`).selectOption({ label: 'For' });
  await hands.getByLabel(`Ana ${suffix}`).selectOption({ label: 'For' });
  // hands entered but not saved would be lost: the vote cannot be closed until they are saved
  await expect(hands).toContainText('Save the hands before closing the vote.');
  await expect(page.getByRole('button', { name: 'Close the vote' })).toBeDisabled();
  await hands.getByRole('button', { name: 'Save the hands' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The hands are recorded.' })).toBeVisible();
  await expect(hands.getByTestId('hands-progress')).toHaveText('2 of 2 seats recorded');
  await expectNoSeriousViolations(page, 'the meeting room with a named show of hands');

  // The session cannot be closed while the vote is open.
  await page.goto(`/sessions/${session}`);
  await page.getByRole('button', { name: 'Close the session' }).click();
  const confirm = page.getByRole('alertdialog');
  await confirm.getByRole('button', { name: 'Close the session' }).click();
  await expect(confirm.getByRole('alert')).toHaveText('The vote “Budget 2027, by hands” is still open; close or annul it before closing the session.');
  await confirm.getByRole('button', { name: 'Cancel' }).click();

  await page.goto(`/sessions/${session}/meeting`);
  await expect(hands.getByLabel(`Ana ${suffix}`).locator('option:checked')).toHaveText('For');
  await page.getByRole('button', { name: 'Close the vote' }).click();
  await expect(page.getByTestId('poll-result')).toContainText('Adopted');

  await page.goto(`/sessions/${session}`);
  await page.getByRole('button', { name: 'Close the session' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Close the session' }).click();
  const results = page.getByRole('region', { name: 'Votes and results' });
  await expect(results.getByRole('heading', { name: '1. Budget 2027' })).toBeVisible();
  await expect(results.getByRole('heading', { name: 'Budget 2027, by hands' })).toBeVisible();
  await expect(results).toContainText('Show of hands, recorded by name');
  await expect(results.getByTestId('poll-result')).toContainText('Adopted');
  await results.getByText('How each member voted').click();
  await expect(results.getByTestId('poll-result')).toContainText(`Cleo ${suffix}: For`);
  await expectNoSeriousViolations(page, 'a closed session with its results');

  // A member sees the same results on the session's page.
  const { context: memberContext, page: memberPage } = await signedInAt(browser, member, `/sessions/${session}`);
  const seen = memberPage.getByRole('region', { name: 'Votes and results' });
  await expect(seen.getByTestId('poll-result')).toContainText('Adopted');
  await seen.getByText('How each member voted').click();
  await expect(seen.getByTestId('poll-result')).toContainText(`Ana ${suffix}: For`);

  await Promise.all([chairContext.close(), memberContext.close()]);
});

test('the chair counts hands in totals and gives the casting vote on a tie', async ({ browser, adminApi }) => {
  test.setTimeout(90_000);
  const { session, chair } = await sittingCouncil(adminApi);
  const { context, page } = await signedInAt(browser, chair, `/sessions/${session}/meeting`);
  const form = page.getByRole('form', { name: 'Put a question to the vote' });
  await form.getByRole('textbox', { name: 'Question', exact: true }).fill('Budget 2027, counted');
  await form.getByLabel('Method').selectOption({ label: 'Show of hands, counted in totals' });
  await form.getByText('Rules of this vote').click();
  await form.getByLabel('A tie').selectOption({ label: 'The chair decides a tie' });
  await form.getByRole('button', { name: 'Prepare the vote' }).click();
  await page.getByRole('button', { name: 'Open the vote' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The vote is open.' })).toBeVisible();

  await page.getByLabel('Hands raised: For').fill('1');
  await page.getByLabel('Hands raised: Against').fill('1');
  await page.getByLabel('If it is a tie, the chair’s casting vote').selectOption({ label: 'For' });
  await expectNoSeriousViolations(page, 'a counted show of hands with the casting vote');
  await page.getByRole('button', { name: 'Close the vote' }).click();
  const result = page.getByTestId('poll-result');
  await expect(result).toContainText('Adopted');
  await expect(result).toContainText('The chair decided the tie.');
  await context.close();
});

test('a member declares a conflict of interest during the vote and leaves it', async ({ browser, adminApi }) => {
  test.setTimeout(90_000);
  const { session, chair, member } = await sittingCouncil(adminApi);
  const { context: chairContext, page } = await signedInAt(browser, chair, `/sessions/${session}/meeting`);
  await prepareVote(page, 'Budget 2027', 'Named electronic vote');
  await expect(page.getByTestId('poll-progress')).toHaveText('0 of 2 have voted');

  const { context: memberContext, page: memberPage } = await signedInAt(browser, member, `/sessions/${session}/meeting`);
  const ballot = memberPage.getByTestId('ballot');
  await ballot.getByText('I have a conflict of interest on this item').click();
  await ballot.getByLabel('What is the conflict?').fill('My employer bids for the budget.');
  await expectNoSeriousViolations(memberPage, 'a member declaring a conflict of interest during a vote');
  await ballot.getByRole('button', { name: 'Declare it and leave this vote' }).click();
  await expect(memberPage.getByTestId('ballot')).toHaveCount(0);
  await expect(page.getByTestId('poll-progress')).toHaveText('0 of 1 have voted');
  await Promise.all([chairContext.close(), memberContext.close()]);
});

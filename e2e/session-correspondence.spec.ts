import { randomUUID } from 'node:crypto';
import { expectNoSeriousViolations } from './support/axe.js';
import { expect, send, signIn, test, type AdminApi, type TestUser } from './support/fixtures.js';

/** A private working group: the secretary Sara and the members Ana, Bor and Cene; Sara and Ana have accounts. */
async function workingGroup(api: AdminApi) {
  const suffix = randomUUID().slice(0, 8);
  const ministry = await send<{ id: string }>(api, 'POST', '/api/v1/organizations', { kind: 'ministry', name: `Ministry ${suffix}`, slug: `ministry-${suffix}` });
  const group = await send<{ id: string }>(api, 'POST', '/api/v1/bodies', {
    organizationId: ministry.id,
    kind: 'working_group',
    name: `Correspondence Group ${suffix}`,
    slug: `correspondence-group-${suffix}`,
    isPublic: false,
    rules: { quorumRule: 'majority_of_members', majorityRule: 'simple' },
  });
  const accounts: Record<string, TestUser> = {};
  for (const [given, role, withAccount] of [['Sara', 'secretary', true], ['Ana', 'member', true], ['Bor', 'member', false], ['Cene', 'member', false]] as const) {
    const response = await api.context.post('/api/v1/persons', { data: { givenName: given, familyName: suffix }, headers: { 'x-csrf-token': api.csrfToken } });
    const person = (await response.json()) as { id: string };
    await send(api, 'POST', `/api/v1/bodies/${group.id}/memberships`, { personId: person.id, role, startDate: '2025-01-01' });
    if (!withAccount) continue;
    accounts[given] = await api.createUser('user');
    await send(api, 'PUT', `/api/v1/persons/${person.id}/account`, { userId: accounts[given].id }, { 'if-match': response.headers().etag ?? '' });
  }
  const session = await send<{ id: string }>(api, 'POST', `/api/v1/bodies/${group.id}/sessions`, {
    kind: 'correspondence',
    deadlineAt: new Date(Date.now() + 30 * 3_600_000).toISOString(),
  });
  for (const title of ['Fees', 'Lease']) {
    await send(api, 'POST', `/api/v1/sessions/${session.id}/agenda`, { kind: 'decision', title, proposedResolution: `<p>${title} adopted.</p>` });
  }
  return { session: session.id, suffix, secretary: accounts.Sara!, member: accounts.Ana! };
}

/** A datetime-local value `hours` from now, in the browser's zone (the test runs in UTC). */
const localInHours = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString().slice(0, 14) + '00';

test('a secretary sets item deadlines and convenes; a member votes, writes a position and asks to withdraw; the secretary follows it', async ({ browser, adminApi }) => {
  test.setTimeout(150_000);
  const { session, suffix, secretary, member } = await workingGroup(adminApi);

  const secretaryContext = await browser.newContext({ timezoneId: 'UTC' });
  const page = await secretaryContext.newPage();
  await signIn(page, secretary);
  await page.goto(`/sessions/${session}`);
  const answers = page.getByRole('region', { name: 'Answers by correspondence' });
  const fees = answers.getByRole('article', { name: '1 Fees' });
  await fees.getByLabel('Deadline for “Fees”').fill(localInHours(10));
  await fees.getByRole('button', { name: 'Save the deadline' }).click();
  await expect(fees).toContainText('Its own deadline');
  await expect(answers.getByRole('article', { name: '2 Lease' })).toContainText('Follows the session’s deadline');
  await expectNoSeriousViolations(page, 'a draft correspondence session with item deadlines');
  await page.getByRole('button', { name: 'Convene' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Convene' }).click();
  await expect(fees.getByTestId('correspondence-progress')).toHaveText('0 of 3 members have voted.');

  const memberContext = await browser.newContext({ timezoneId: 'UTC' });
  const memberPage = await memberContext.newPage();
  await signIn(memberPage, member);
  await memberPage.goto(`/sessions/${session}`);
  const mine = memberPage.getByRole('region', { name: 'Answers by correspondence' });
  const memberFees = mine.getByRole('article', { name: '1 Fees' });
  await memberFees.getByTestId('ballot').getByRole('button', { name: 'For', exact: true }).click();
  await expect(memberFees.getByTestId('ballot').getByRole('status')).toContainText('Your vote is recorded: For.');
  await memberFees.getByLabel('Your position on “Fees”').fill('Agreed, with a review in a year.');
  await memberFees.getByRole('button', { name: 'Save my position' }).click();
  await expect(memberFees.getByTestId('my-answers').getByRole('status')).toHaveText('You voted for. You wrote a position.');
  const memberLease = mine.getByRole('article', { name: '2 Lease' });
  await memberLease.getByLabel('Why should “Lease” be withdrawn? (optional)').fill('The contract is not final.');
  await memberLease.getByRole('button', { name: 'Ask to withdraw the item' }).click();
  await expect(memberLease.getByTestId('my-answers').getByRole('status')).toContainText('You asked for the item to be withdrawn.');
  await expect(memberLease.getByRole('button', { name: 'Take back my request to withdraw' })).toBeVisible();
  await memberLease.getByLabel('Your conflict of interest on “Lease”').fill('My family owns the building.');
  await memberLease.getByRole('button', { name: 'Declare a conflict of interest' }).click();
  await expect(memberLease.getByTestId('my-answers').getByRole('status')).toHaveText(
    'You declared a conflict of interest (My family owns the building.) and do not vote on this item.',
  );
  await expect(memberLease.getByTestId('ballot')).toHaveCount(0);
  await expectNoSeriousViolations(memberPage, 'a member answering a correspondence session');

  // the secretary's page follows live
  await expect(fees.getByTestId('correspondence-progress')).toHaveText('1 of 3 members have voted.');
  await expect(fees).toContainText(`Ana ${suffix}: Agreed, with a review in a year.`);
  const requests = answers.getByRole('article', { name: '2 Lease' }).getByTestId('withdrawal-requests');
  await expect(requests).toContainText('Requests to withdraw the item: 1 of 3.');
  await expect(requests).toContainText(`Ana ${suffix}: The contract is not final.`);
  const lease = answers.getByRole('article', { name: '2 Lease' });
  await expect(lease).toContainText(`Ana ${suffix}: My family owns the building.`);
  await expect(lease.getByTestId('correspondence-progress')).toHaveText('0 of 2 members have voted.');
  await expectNoSeriousViolations(page, 'the secretary following a correspondence session');

  await Promise.all([secretaryContext.close(), memberContext.close()]);
});

import { randomUUID } from 'node:crypto';
import type { APIResponse } from '@playwright/test';
import { expectNoSeriousViolations } from './support/axe.js';
import { expect, signIn, test, type AdminApi } from './support/fixtures.js';

async function send(api: AdminApi, method: 'post' | 'put', path: string, data: object, headers: Record<string, string> = {}): Promise<APIResponse> {
  const response = await api.context[method](path, { data, headers: { 'x-csrf-token': api.csrfToken, ...headers } });
  expect(response.status(), await response.text()).toBeLessThan(300);
  return response;
}
const idOf = async (response: APIResponse) => ((await response.json()) as { id: string }).id;

/** A private council whose secretary has an account. */
async function councilWithSecretary(api: AdminApi) {
  const suffix = randomUUID().slice(0, 8);
  const ministry = await idOf(await send(api, 'post', '/api/v1/organizations', { kind: 'ministry', name: `Ministry ${suffix}`, slug: `ministry-${suffix}` }));
  const name = `Series Council ${suffix}`;
  const council = await idOf(await send(api, 'post', '/api/v1/bodies', { organizationId: ministry, kind: 'council', name, slug: `series-council-${suffix}`, isPublic: false }));
  const secretary = await api.createUser('user');
  const person = await send(api, 'post', '/api/v1/persons', { givenName: 'Sara', familyName: suffix });
  const personId = await idOf(person);
  await send(api, 'post', `/api/v1/bodies/${council}/memberships`, { personId, role: 'secretary', startDate: '2025-01-01' });
  await send(api, 'put', `/api/v1/persons/${personId}/account`, { userId: secretary.id }, { 'if-match': person.headers().etag ?? '' });
  return { council, name, secretary };
}

/** The first Tuesday of next year's March: every weekly Tuesday meeting of that month falls in the month. */
function firstTuesdayOfMarch(): { year: number; day: number } {
  const year = new Date().getFullYear() + 1;
  let day = 1;
  while (new Date(Date.UTC(year, 2, day)).getUTCDay() !== 2) day++;
  return { year, day };
}
const isoDay = (year: number, day: number) => `${year}-03-${String(day).padStart(2, '0')}`;

test('a secretary plans a weekly series, cancels, moves and prepares meetings; the calendar shows them', async ({ browser, adminApi }) => {
  const { council, secretary } = await councilWithSecretary(adminApi);
  const { year, day } = firstTuesdayOfMarch();
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, secretary);
  await page.goto(`/directory/bodies/${council}`);

  // Create: every Tuesday at 10:00 for 90 minutes in room 3; a bad raw rule is refused at the field first.
  const seriesSection = page.getByRole('region', { name: 'Recurring series' });
  await seriesSection.getByRole('button', { name: 'New series' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('First day').fill(isoDay(year, day));
  await expect(dialog.getByRole('checkbox', { name: 'Tuesday' })).toBeChecked();
  await dialog.getByLabel('Place (optional)').fill('Room 3');
  await dialog.getByText('Write the rule myself').click();
  await dialog.getByLabel('Recurrence rule (RFC 5545)').fill('BYDAY=TU');
  await dialog.getByRole('button', { name: 'New series' }).click();
  await expect(dialog.getByText('FREQ is missing: say how often the series repeats, e.g. FREQ=WEEKLY.')).toBeVisible();
  await dialog.getByLabel('Recurrence rule (RFC 5545)').fill('FREQ=WEEKLY;BYDAY=TU');
  await expectNoSeriousViolations(page, 'the series form');
  await dialog.getByRole('button', { name: 'New series' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'The series was created.' })).toBeVisible();
  const series = seriesSection.getByRole('article');
  await expect(series.getByRole('heading', { name: /^Every week on Tuesday, at 10:00/ })).toBeVisible();
  const rows = series.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(1 + 8); // the next eight meetings from the first day
  await expectNoSeriousViolations(page, 'a body with a series');

  // Cancel the second meeting.
  await series.getByRole('button', { name: /^Cancel the meeting of/ }).nth(1).click();
  const cancel = page.getByRole('dialog');
  await cancel.getByLabel('Reason').fill('Public holiday');
  await cancel.getByRole('button', { name: 'Cancel the meeting' }).click();
  await expect(cancel).toBeHidden();
  await expect(rows.nth(2)).toContainText('Cancelled');
  await expect(rows.nth(2)).toContainText('Public holiday');

  // Move the third meeting to 14:00 the same day.
  await series.getByRole('button', { name: /^Move the meeting of/ }).nth(1).click();
  const move = page.getByRole('dialog');
  const start = move.getByLabel('New start');
  await start.fill(`${(await start.inputValue()).slice(0, 10)}T14:00`);
  await move.getByLabel('New end').fill(`${(await start.inputValue()).slice(0, 10)}T15:30`);
  await move.getByRole('button', { name: 'Move the meeting' }).click();
  await expect(move).toBeHidden();
  await expect(rows.nth(3)).toContainText('Moved');
  await expect(rows.nth(3)).toContainText('moved from');

  // Prepare the first meeting: it becomes a numbered draft session.
  await series.getByRole('button', { name: /^Prepare the session of/ }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: '1st regular session' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'The meeting was prepared as a draft session.' })).toBeVisible();
  const sessionUrl = new URL(page.url()).pathname;

  // The calendar's month view: the session, the cancelled, the moved and the planned meetings.
  await page.getByRole('link', { name: 'Calendar', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Calendar' })).toBeVisible();
  await expect(page.locator('td[aria-current="date"]')).toHaveCount(1);
  await page.goto(`/calendar?date=${isoDay(year, 1)}`);
  await expect(page.getByRole('heading', { level: 2, name: `March ${year}` })).toBeVisible();
  const grid = page.getByRole('table', { name: `March ${year}` });
  await expect(grid.getByRole('columnheader').first()).toHaveText('Mon');
  const sessionLink = grid.getByRole('link', { name: /1st regular session/ });
  await expect(sessionLink).toHaveAttribute('href', sessionUrl);
  await expect(grid.getByRole('link', { name: /Cancelled, not yet a session/ })).toHaveCount(1);
  await expect(grid.getByRole('link', { name: /Moved, not yet a session/ })).toHaveCount(1);
  await expect(grid.getByRole('link', { name: /Planned, not yet a session/ })).toHaveCount(day + 28 <= 31 ? 2 : 1);
  await expectNoSeriousViolations(page, 'the calendar month');

  // The keyboard walks the grid: a day to the right, then Page Down into April.
  const first = grid.locator(`td[data-day="${isoDay(year, day)}"]`);
  await first.focus();
  await page.keyboard.press('ArrowRight');
  await expect(grid.locator(`td[data-day="${isoDay(year, day + 1)}"]`)).toBeFocused();
  await page.keyboard.press('PageDown');
  await expect(page.getByRole('heading', { level: 2, name: `April ${year}` })).toBeVisible();
  await expect(page.locator(`td[data-day="${year}-04-${String(day + 1).padStart(2, '0')}"]`)).toBeFocused();

  // The list view of March, and a link through to the session.
  await page.goto(`/calendar?date=${isoDay(year, 1)}&view=list`);
  await expect(page.getByRole('heading', { level: 3 })).toHaveCount(day + 28 <= 31 ? 5 : 4);
  await expect(page.getByRole('link', { name: /Planned, not yet a session/ }).first()).toBeVisible();
  await expectNoSeriousViolations(page, 'the calendar list');
  await page.getByRole('link', { name: /1st regular session/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: '1st regular session' })).toBeVisible();
  await context.close();
});

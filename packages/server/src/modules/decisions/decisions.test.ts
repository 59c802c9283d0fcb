import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Decision, DecisionList } from '@collegium/shared/contracts/decisions';
import { bodies } from '../../db/schema/index.js';
import { buildOrganization, buildPerson, buildUser, signIn } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { meetingFixture, state } from '../../test/meeting-fixture.js';
import { auditEventsOf, caller } from '../../test/requests.js';

describe('decisions register: adopted resolutions become numbered decisions, edited and filtered', () => {
  let app: TestApp;
  let fx: Awaited<ReturnType<typeof meetingFixture>>;
  const list = async (query = '', who: 'secretary' | 'outsider' | 'staff' = 'secretary') => {
    const response = await fx.call('GET', `/api/v1/decisions?${query}`, who);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as DecisionList;
  };
  const byItem = async (itemId: string) => (await list(`bodyId=${fx.body.id}&limit=200`)).items.find((d) => d.agendaItemId === itemId);
  const outcome = (itemId: string, value: string) =>
    fx.call('PUT', `${fx.url}/items/${itemId}/outcome`, 'secretary', { outcome: value }).then(state);

  beforeAll(async () => {
    app = await createTestApp();
    fx = await meetingFixture(app);
    await app.database.db.update(bodies).set({ shortName: 'WG', rules: { quorumRule: 'majority_of_members', majorityRule: 'simple', decisionNumberFormat: '{body}-{year}/{session}-{n} ({item})' } }).where(eq(bodies.id, fx.body.id));
    state(await fx.call('POST', `${fx.url}/agenda-adoption`, 'secretary', {}));
  });

  it('numbers each adopted decision or consent item from a locked counter, the same outcomes at once included', async () => {
    const year = app.clock.now().getUTCFullYear();
    await Promise.all([outcome(fx.items.budget, 'adopted'), outcome(fx.items.minutes, 'adopted'), outcome(fx.items.report, 'noted')]);
    const { items } = await list(`bodyId=${fx.body.id}&sort=number`);
    expect(items).toHaveLength(2);
    const sequences = items.map((d) => Number(d.number.match(/-(\d+) \(/)![1])).sort();
    expect(sequences).toEqual([1, 2]);
    const budget = items.find((d) => d.agendaItemId === fx.items.budget)!;
    expect(budget).toMatchObject({ title: 'Budget', text: '<p>The budget is adopted.</p>', status: 'open', overdue: false, canEdit: true });
    expect(budget.number).toMatch(new RegExp(`^WG-${year}/${fx.session.number}-[12] \\(1\\)$`));
    expect((await auditEventsOf(app, budget.id)).map((e) => e.action)).toEqual(['decision.created']);
  });

  it('cancels an untouched decision when the outcome changes away and opens it again under its number', async () => {
    const before = (await byItem(fx.items.minutes))!;
    await outcome(fx.items.minutes, 'rejected');
    expect(await byItem(fx.items.minutes)).toMatchObject({ status: 'cancelled', number: before.number });
    await outcome(fx.items.minutes, 'adopted');
    expect(await byItem(fx.items.minutes)).toMatchObject({ status: 'open', number: before.number });
  });

  it('is edited by the body’s secretary with If-Match; a deadline before the session is refused; edited decisions stay', async () => {
    const budget = (await byItem(fx.items.budget))!;
    const url = `/api/v1/decisions/${budget.id}`;
    const organization = await buildOrganization(app);
    const person = await buildPerson(app);
    expect((await fx.call('PATCH', url, 'member', { status: 'in_progress' }, { 'if-match': budget.etag })).statusCode).toBe(403);
    expect((await fx.call('PATCH', url, 'secretary', { status: 'in_progress' })).statusCode).toBe(428);
    const early = await fx.call('PATCH', url, 'secretary', { deadline: '2000-01-01' }, { 'if-match': budget.etag });
    expect(early.statusCode).toBe(400);
    expect(early.json()).toMatchObject({ field: 'deadline' });
    const unknown = await fx.call('PATCH', url, 'secretary', { responsiblePersonId: fx.body.id }, { 'if-match': budget.etag });
    expect(unknown.json()).toMatchObject({ field: 'responsiblePersonId' });
    const deadline = new Date(app.clock.now().getTime() + 10 * 86_400_000).toISOString().slice(0, 10);
    const edited = await fx.call('PATCH', url, 'secretary', {
      status: 'in_progress',
      deadline,
      responsibleOrganizationId: organization.id,
      responsiblePersonId: person.id,
    }, { 'if-match': budget.etag });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json() as Decision).toMatchObject({ status: 'in_progress', deadline, responsibleOrganization: { id: organization.id }, responsiblePerson: { id: person.id } });
    expect((await fx.call('PATCH', url, 'secretary', { status: 'done' }, { 'if-match': budget.etag })).statusCode).toBe(412);
    expect((await auditEventsOf(app, budget.id)).map((e) => e.action)).toContain('decision.updated');

    await outcome(fx.items.budget, 'postponed');
    expect(await byItem(fx.items.budget)).toMatchObject({ status: 'in_progress' });

    expect((await list(`responsibleOrganizationId=${organization.id}`)).items.map((d) => d.id)).toEqual([budget.id]);
    expect((await list(`deadlineFrom=${deadline}&deadlineTo=${deadline}`)).total).toBe(1);
    expect((await list('status=overdue')).total).toBe(0);
  });

  it('searches folded text and hides private bodies’ decisions from outsiders', async () => {
    expect((await list('q=BUDGET')).items.map((d) => d.agendaItemId)).toEqual([fx.items.budget]);
    expect((await list('q=minut', 'staff')).total).toBe(1);
    expect((await list('', 'outsider')).total).toBe(0);
    const one = (await byItem(fx.items.minutes))!;
    expect((await fx.call('GET', `/api/v1/decisions/${one.id}`, 'outsider')).statusCode).toBe(404);
    expect((await fx.call('GET', `/api/v1/decisions/${one.id}`, 'member')).statusCode).toBe(200);
    expect((await fx.call('GET', '/api/v1/decisions?status=maybe', 'member')).statusCode).toBe(400);
  });

  it('exports the filtered register as CSV and XLSX that open with the same rows', async () => {
    const csv = await fx.call('GET', `/api/v1/decisions/export?bodyId=${fx.body.id}&sort=number&delimiter=;`, 'secretary');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('number;title;body;session;status;overdue;deadline;responsible_person;responsible_organization;adopted_at;text');
    expect(lines).toHaveLength(3);
    expect(lines.find((line) => line.includes(';Budget;'))).toContain(';WG;');
    expect(csv.body).toContain('The budget is adopted.');
    expect(csv.body).not.toContain('<p>');

    const xlsx = await fx.call('GET', `/api/v1/decisions/export?bodyId=${fx.body.id}&format=xlsx&q=budget`, 'secretary');
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('decisions')!;
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getRow(2).getCell(2).value).toBe('Budget');
    expect(sheet.getRow(2).getCell(5).value).toBe('in_progress');
    const outsider = await fx.call('GET', '/api/v1/decisions/export', 'outsider');
    expect(outsider.body.replace(/^\uFEFF/, '').trim().split('\r\n')).toHaveLength(1);
  });

  it('keeps the body’s number format and refuses an unknown token in it', async () => {
    const response = await fx.call('GET', `/api/v1/bodies/${fx.body.id}`, 'secretary');
    expect(response.json().rules.decisionNumberFormat).toBe('{body}-{year}/{session}-{n} ({item})');
    const admin = (await signIn(app, await buildUser(app, { role: 'administrator' }))).headers;
    const organization = await buildOrganization(app);
    const created = await caller(app)('POST', '/api/v1/bodies', admin, {
      organizationId: organization.id,
      kind: 'working_group',
      name: 'Numbered',
      slug: 'numbered',
      isPublic: false,
      rules: { decisionNumberFormat: '{body}/{nr}' },
    });
    expect(created.statusCode).toBe(400);
    expect(created.json()).toMatchObject({ field: 'rules.decisionNumberFormat' });
  });

  it('lists a decision as overdue once its deadline has passed, until it is done', async () => {
    app.clock.advance(11 * 86_400_000);
    const staff = (await signIn(app, await buildUser(app, { role: 'staff' }))).headers;
    const overdue = (await caller(app)('GET', '/api/v1/decisions?status=overdue', staff)).json() as DecisionList;
    expect(overdue.items.map((d) => [d.agendaItemId, d.status, d.overdue])).toEqual([[fx.items.budget, 'in_progress', true]]);
  });
});

import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DecisionDetail, DecisionList, DecisionOverdueSummary } from '@collegium/shared/contracts/decisions';
import type { SessionDetail } from '@collegium/shared/contracts/sessions';
import { bodies } from '../../db/schema/index.js';
import { buildOrganization, buildUser, signIn, type TestUser } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { meetingFixture, state } from '../../test/meeting-fixture.js';
import { minimalPdf, multipartBody } from '../../test/platform/fixtures.js';
import { caller } from '../../test/requests.js';

const DAY = 86_400_000;
const REPORT_TITLE = 'Report on the implementation of decisions';

describe('overdue decisions per body and organisation, and the implementation report on a new session’s agenda', () => {
  let app: TestApp;
  let fx: Awaited<ReturnType<typeof meetingFixture>>;
  let administrator: TestUser;
  let decision: DecisionDetail;
  let organizationId: string;
  const asAdministrator = async () => (await signIn(app, administrator)).headers;

  beforeAll(async () => {
    app = await createTestApp();
    fx = await meetingFixture(app);
    administrator = await buildUser(app, { role: 'administrator' });
    state(await fx.call('POST', `${fx.url}/agenda-adoption`, 'secretary', {}));
    state(await fx.call('PUT', `${fx.url}/items/${fx.items.budget}/outcome`, 'secretary', { outcome: 'adopted' }));
    state(await fx.call('PUT', `${fx.url}/items/${fx.items.minutes}/outcome`, 'secretary', { outcome: 'adopted' }));
    const list = (await fx.call('GET', `/api/v1/decisions?bodyId=${fx.body.id}`, 'secretary')).json() as DecisionList;
    const budget = list.items.find((d) => d.agendaItemId === fx.items.budget)!;
    organizationId = (await buildOrganization(app, { name: 'Roads Department' })).id;
    const deadline = new Date(app.clock.now().getTime() + 5 * DAY).toISOString().slice(0, 10);
    const patched = await fx.call('PATCH', `/api/v1/decisions/${budget.id}`, 'secretary', { deadline, responsibleOrganizationId: organizationId }, { 'if-match': budget.etag });
    expect(patched.statusCode, patched.body).toBe(200);

    const upload = multipartBody([{ field: 'file', fileName: 'progress.pdf', content: minimalPdf }]);
    const headers = await asAdministrator();
    const stored = await app.server.inject({ method: 'POST', url: '/api/v1/files', payload: upload.payload, headers: { ...headers, ...upload.headers } });
    expect(stored.statusCode, stored.body).toBe(201);
    const report = await caller(app)('POST', `/api/v1/decisions/${budget.id}/reports`, headers, {
      text: '<p>Resurfacing has begun.</p>',
      status: 'in_progress',
      attachments: [{ sha256: stored.json().sha256, fileName: 'progress.pdf' }],
    });
    expect(report.statusCode, report.body).toBe(201);
    decision = report.json() as DecisionDetail;
    app.clock.advance(7 * DAY);
  });

  it('counts overdue decisions per body and per responsible organisation, as far as the caller may see them', async () => {
    const headers = await asAdministrator();
    const summary = (await caller(app)('GET', '/api/v1/decisions/overdue-summary', headers)).json() as DecisionOverdueSummary;
    expect(summary.total).toBe(1);
    expect(summary.byBody).toEqual([{ id: fx.body.id, name: expect.any(String), count: 1 }]);
    expect(summary.byOrganization).toEqual([{ id: organizationId, name: 'Roads Department', count: 1 }]);
    expect(summary.withoutOrganization).toBe(0);
    const outsider = (await signIn(app, await buildUser(app))).headers;
    expect(((await caller(app)('GET', '/api/v1/decisions/overdue-summary', outsider)).json() as DecisionOverdueSummary).total).toBe(0);
    const list = (await caller(app)('GET', `/api/v1/decisions?status=overdue&responsibleOrganizationId=${organizationId}`, headers)).json() as DecisionList;
    expect(list.items.map((d) => d.id)).toEqual([decision.id]);
  });

  it('puts no report on the agenda while the body’s rules do not ask for it', async () => {
    const headers = await asAdministrator();
    const created = await caller(app)('POST', `/api/v1/bodies/${fx.body.id}/sessions`, headers, { kind: 'regular', startsAt: new Date(app.clock.now().getTime() + 3 * DAY).toISOString() });
    expect(created.statusCode, created.body).toBe(201);
    expect((created.json() as SessionDetail).agenda.items.map((i) => i.title)).not.toContain(REPORT_TITLE);
  });

  it('puts the report on a new regular session’s agenda: open decisions, overdue marked, latest reports, attachments as materials', async () => {
    const [body] = await app.database.db.select({ rules: bodies.rules }).from(bodies).where(eq(bodies.id, fx.body.id));
    await app.database.db.update(bodies).set({ rules: { ...(body!.rules as object), implementationReportOnAgenda: true } }).where(eq(bodies.id, fx.body.id));
    const headers = await asAdministrator();
    const startsAt = new Date(app.clock.now().getTime() + 3 * DAY).toISOString();
    const extraordinary = await caller(app)('POST', `/api/v1/bodies/${fx.body.id}/sessions`, headers, { kind: 'extraordinary', startsAt });
    expect((extraordinary.json() as SessionDetail).agenda.items.map((i) => i.title)).not.toContain(REPORT_TITLE);

    const created = await caller(app)('POST', `/api/v1/bodies/${fx.body.id}/sessions`, headers, { kind: 'regular', startsAt });
    expect(created.statusCode, created.body).toBe(201);
    const item = (created.json() as SessionDetail).agenda.items.find((i) => i.title === REPORT_TITLE)!;
    expect(item).toMatchObject({ kind: 'information' });
    expect(item.proposedResolution).toContain(decision.number);
    expect(item.proposedResolution).toContain('overdue');
    expect(item.proposedResolution).toContain('<p>Resurfacing has begun.</p>');
    expect(item.materials.map((m) => m.documentId)).toEqual([decision.reports[0]!.attachments[0]!.documentId]);
    const other = (await caller(app)('GET', `/api/v1/decisions?bodyId=${fx.body.id}`, headers)).json() as DecisionList;
    const minutes = other.items.find((d) => d.agendaItemId === fx.items.minutes)!;
    expect(item.proposedResolution).toContain(minutes.number);
  });
});

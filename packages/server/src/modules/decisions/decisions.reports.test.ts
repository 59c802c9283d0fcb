import { beforeAll, describe, expect, it } from 'vitest';
import type { DecisionDetail, DecisionList } from '@collegium/shared/contracts/decisions';
import { buildMembership, buildOrganization, buildPerson, buildUser, signIn, type Session } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { meetingFixture, state } from '../../test/meeting-fixture.js';
import { minimalPdf, multipartBody } from '../../test/platform/fixtures.js';
import { auditEventsOf, caller } from '../../test/requests.js';

describe('progress reports on decisions: the responsible side reports with attachments, nobody else', () => {
  let app: TestApp;
  let fx: Awaited<ReturnType<typeof meetingFixture>>;
  let decisionId: string;
  let orgStaff: Session;
  let representative: Session;
  let responsible: Session;
  const url = () => `/api/v1/decisions/${decisionId}`;
  const as = (session: Session, method: 'GET' | 'POST', path: string, payload?: unknown) => caller(app)(method, path, session.headers, payload);
  const upload = async (session: Session, fileName: string, content: Buffer | string) => {
    const body = multipartBody([{ field: 'file', fileName, content }]);
    const response = await app.server.inject({ method: 'POST', url: '/api/v1/files', payload: body.payload, headers: { ...session.headers, ...body.headers } });
    expect(response.statusCode, response.body).toBe(201);
    return (response.json() as { sha256: string }).sha256;
  };

  beforeAll(async () => {
    app = await createTestApp();
    fx = await meetingFixture(app);
    state(await fx.call('POST', `${fx.url}/agenda-adoption`, 'secretary', {}));
    state(await fx.call('PUT', `${fx.url}/items/${fx.items.budget}/outcome`, 'secretary', { outcome: 'adopted' }));
    const list = (await fx.call('GET', `/api/v1/decisions?bodyId=${fx.body.id}`, 'secretary')).json() as DecisionList;
    decisionId = list.items.find((d) => d.agendaItemId === fx.items.budget)!.id;

    const organization = await buildOrganization(app, { name: 'Finance Office' });
    const orgUser = await buildUser(app);
    await buildPerson(app, { user: orgUser, organization, email: orgUser.email });
    orgStaff = await signIn(app, orgUser);
    const repUser = await buildUser(app);
    const repPerson = await buildPerson(app, { user: repUser, email: repUser.email });
    await buildMembership(app, { body: fx.body, person: repPerson, role: 'member', representsId: organization.id });
    representative = await signIn(app, repUser);
    const personUser = await buildUser(app);
    const person = await buildPerson(app, { user: personUser, email: personUser.email });
    responsible = await signIn(app, personUser);

    const current = (await fx.call('GET', url(), 'secretary')).json() as DecisionDetail;
    const patched = await fx.call('PATCH', url(), 'secretary', { responsibleOrganizationId: organization.id, responsiblePersonId: person.id }, { 'if-match': current.etag });
    expect(patched.statusCode, patched.body).toBe(200);
  });

  it('refuses a report from a member, an outsider or an anonymous caller with a sentence, and changes nothing', async () => {
    const member = await fx.call('POST', `${url()}/reports`, 'member', { text: '<p>Done, I think.</p>', status: 'done' });
    expect(member.statusCode).toBe(403);
    expect(member.json().detail).toMatch(/responsible for this decision/);
    expect((await fx.call('POST', `${url()}/reports`, 'outsider', { text: 'x' })).statusCode).toBe(404);
    expect((await fx.call('POST', `${url()}/reports`, undefined, { text: 'x' })).statusCode).toBe(401);
    const after = (await fx.call('GET', url(), 'secretary')).json() as DecisionDetail;
    expect(after).toMatchObject({ status: 'open', reports: [] });
    expect((await fx.call('GET', url(), 'member')).json()).toMatchObject({ canReport: false });
  });

  it('takes a report from a person of the responsible organisation, with an attachment stored as a document of the body', async () => {
    const sha256 = await upload(orgStaff, 'progress.pdf', minimalPdf);
    expect((await as(orgStaff, 'GET', url())).json()).toMatchObject({ id: decisionId, canReport: true });
    const response = await as(orgStaff, 'POST', `${url()}/reports`, {
      text: '<p>Tender <strong>published</strong>.</p><script>alert(1)</script>',
      status: 'in_progress',
      attachments: [{ sha256, fileName: 'Progress – Čačak.pdf' }],
    });
    expect(response.statusCode, response.body).toBe(201);
    const detail = response.json() as DecisionDetail;
    expect(detail).toMatchObject({ status: 'in_progress', canReport: true });
    expect(detail.reports).toHaveLength(1);
    const [report] = detail.reports;
    expect(report!.text).toBe('<p>Tender <strong>published</strong>.</p>');
    expect(report).toMatchObject({ statusChange: 'in_progress', attachments: [{ fileName: 'Progress – Čačak.pdf', contentType: 'application/pdf' }] });
    const download = await fx.call('GET', report!.attachments[0]!.href, 'member');
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(minimalPdf)).toBe(true);
    expect(download.headers['content-disposition']).toContain("filename*=UTF-8''Progress%20%E2%80%93%20%C4%8Ca%C4%8Dak.pdf");
    expect((await fx.call('GET', report!.attachments[0]!.href, 'outsider')).statusCode).toBe(404);
    const documents = await fx.call('GET', `/api/v1/documents/${report!.attachments[0]!.documentId}`, 'secretary');
    expect(documents.json()).toMatchObject({ kind: 'report' });
    const actions = (await auditEventsOf(app, decisionId)).map((e) => e.action);
    expect(actions).toContain('decision.report');
  });

  it('takes reports from a representative of the organisation, the responsible person and the secretary', async () => {
    app.clock.advance(60_000);
    const fromRepresentative = await as(representative, 'POST', `${url()}/reports`, { text: '<p>Contract signed.</p>' });
    expect(fromRepresentative.statusCode, fromRepresentative.body).toBe(201);
    app.clock.advance(60_000);
    const fromPerson = await as(responsible, 'POST', `${url()}/reports`, { text: '<p>Works started.</p>' });
    expect(fromPerson.statusCode, fromPerson.body).toBe(201);
    app.clock.advance(60_000);
    const done = await fx.call('POST', `${url()}/reports`, 'secretary', { text: '<p>Carried out.</p>', status: 'done' });
    expect(done.statusCode, done.body).toBe(201);
    const detail = done.json() as DecisionDetail;
    expect(detail.status).toBe('done');
    expect(detail.reports.map((r) => r.text)).toEqual(['<p>Carried out.</p>', '<p>Works started.</p>', '<p>Contract signed.</p>', '<p>Tender <strong>published</strong>.</p>']);
  });

  it('refuses a file its author did not upload, an empty text, and reports on a cancelled decision', async () => {
    const elsewhere = await upload(orgStaff, 'other.txt', 'not yours');
    const foreign = await as(responsible, 'POST', `${url()}/reports`, { text: '<p>x</p>', attachments: [{ sha256: elsewhere, fileName: 'other.txt' }] });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json()).toMatchObject({ field: 'attachments/0' });
    const empty = await as(responsible, 'POST', `${url()}/reports`, { text: '<p> </p>' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json()).toMatchObject({ field: 'text' });
    const current = (await fx.call('GET', url(), 'secretary')).json() as DecisionDetail;
    await fx.call('PATCH', url(), 'secretary', { status: 'cancelled' }, { 'if-match': current.etag });
    const cancelled = await as(responsible, 'POST', `${url()}/reports`, { text: '<p>More.</p>' });
    expect(cancelled.statusCode).toBe(409);
    expect(((await fx.call('GET', url(), 'secretary')).json() as DecisionDetail).reports).toHaveLength(4);
  });
});

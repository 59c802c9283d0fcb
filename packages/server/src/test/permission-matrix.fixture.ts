import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { eq } from 'drizzle-orm';
import { bodyMemberOrganizations, decisions, memberships, representationSlots } from '../db/schema/index.js';
import { systemCtx } from '../context.js';
import { syncDecisionForOutcome } from '../modules/decisions/decisions.sync.js';
import { etagOf } from '../modules/directory/directory.versions.js';
import { minutes, minutesComments, minutesVersions } from '../db/schema/index.js';
import { emptyMinutesContent } from './minutes-flow-kit.js';
import { buildBody, buildMember, buildMembership, buildOrganization, buildPerson, buildUser, type TestUser } from './factories.js';
import type { TestApp } from './harness.js';
import { multipartCsv, multipartPng, multipartText, type Fixture, type Request, type Role } from './permission-matrix.rows.js';

export type SendAs = (method: string, role: Role, request: Request) => Promise<LightMyRequestResponse>;

/**
 * The world every row of the permission matrix runs in: two organisations, a public body and two private
 * ones, a user of every role in `credentials`, and fixtures made on first use through `send`.
 */
export async function buildMatrixFixture(app: TestApp, credentials: Map<Role, TestUser>, send: SendAs): Promise<Fixture> {
  const orgA = await buildOrganization(app, { name: 'Organisation A' });
  const orgB = await buildOrganization(app, { name: 'Organisation B' });
  const publicBody = await buildBody(app, { organization: orgA, isPublic: true });
  const bodyA = await buildBody(app, { organization: orgA });
  const bodyB = await buildBody(app, { organization: orgB });
  credentials.set('user', await buildUser(app));
  credentials.set('memberA', await buildMember(app, bodyA, 'member', { organization: orgA }));
  credentials.set('secretaryA', await buildMember(app, bodyA, 'secretary', { organization: orgA }));
  credentials.set('observerA', await buildMember(app, bodyA, 'observer', { organization: orgA }));
  credentials.set('guestA', await buildMember(app, bodyA, 'guest'));
  const chairB = await buildMember(app, bodyB, 'chair', { organization: orgB });
  credentials.set('chairB', chairB);
  await buildMember(app, publicBody, 'chair', { organization: orgA });
  credentials.set('staff', await buildUser(app, { role: 'staff' }));
  credentials.set('administrator', await buildUser(app, { role: 'administrator' }));
  const throwaway = await buildUser(app);

  let tokenId: Promise<string> | undefined;
  let fileSha: Promise<string> | undefined;
  let publicSessionId: Promise<string> | undefined;
  let importRunId: Promise<string> | undefined;
  const asAdministrator = async (request: Request & { method: string }) => {
    const response = await send(request.method, 'administrator', request);
    if (response.statusCode >= 300) {
      throw new Error(`fixture ${request.method} ${request.url} failed: ${response.statusCode} ${response.body}`);
    }
    return response.json() as Record<string, unknown>;
  };
  const fx: Fixture = {
    orgA,
    orgB,
    publicBody,
    bodyA,
    bodyB,
    throwaway,
    adminTokenId: () =>
      (tokenId ??= asAdministrator({ method: 'POST', url: '/api/v1/me/tokens', payload: { name: 'fixture' } }).then(
        (json) => String(json.id),
      )),
    etag: async (url) => {
      const response = await send('GET', 'administrator', { url });
      return String(response.headers.etag);
    },
    newPerson: async () => {
      const { id } = await buildPerson(app);
      return { id, etag: await fx.etag(`/api/v1/persons/${id}`) };
    },
    read: async (url) => (await send('GET', 'administrator', { url })).json() as Record<string, unknown>,
    newSlotA: async () => {
      const [row] = await app.database.db
        .insert(representationSlots)
        .values({ bodyId: bodyA.id, key: `matrix-${randomUUID().slice(0, 8)}`, label: 'Matrix slot', position: 100 })
        .returning();
      return { id: row!.id, etag: etagOf(row!.updatedAt) };
    },
    newMemberOrganizationA: async () => {
      const organization = await buildOrganization(app, { kind: 'municipality' });
      const [row] = await app.database.db
        .insert(bodyMemberOrganizations)
        .values({ bodyId: bodyA.id, memberId: organization.id, joinedOn: '2020-01-01' })
        .returning({ id: bodyMemberOrganizations.id });
      return { id: row!.id };
    },
    newOrganizationId: async () => (await buildOrganization(app, { kind: 'municipality' })).id,
    newMembershipA: async () => {
      const person = await buildPerson(app);
      const { id } = await buildMembership(app, { body: bodyA, person, startDate: '2020-01-01' });
      const [row] = await app.database.db.select().from(memberships).where(eq(memberships.id, id));
      return { id, etag: etagOf(row!.updatedAt), personId: person.id };
    },
    newSessionA: async () => {
      const startsAt = new Date(app.clock.now().getTime() + 7 * 86_400_000).toISOString();
      const session = await asAdministrator({ method: 'POST', url: `/api/v1/bodies/${bodyA.id}/sessions`, payload: { kind: 'regular', startsAt } });
      const withItem = await asAdministrator({
        method: 'POST',
        url: `/api/v1/sessions/${String(session.id)}/agenda`,
        payload: { kind: 'decision', title: 'Matrix item' },
      });
      const agenda = withItem.agenda as { etag: string; items: { id: string; etag: string }[] };
      return { id: String(session.id), etag: String(withItem.etag), agendaEtag: agenda.etag, itemId: agenda.items[0]!.id, itemEtag: agenda.items[0]!.etag };
    },
    newPollA: async () => {
      const session = await fx.newSessionA();
      const poll = await asAdministrator({ method: 'POST', url: `/api/v1/sessions/${session.id}/polls`, payload: { agendaItemId: session.itemId, title: 'Matrix vote', method: 'named' } });
      return { id: String(poll.id), etag: String(poll.etag), sessionId: session.id };
    },
    newDecisionA: async () => {
      const session = await fx.newSessionA();
      await syncDecisionForOutcome(systemCtx(app.deps, 'matrix'), session.id, session.itemId, 'adopted');
      const [row] = await app.database.db.select().from(decisions).where(eq(decisions.agendaItemId, session.itemId));
      return { id: row!.id, etag: etagOf(row!.updatedAt) };
    },
    newDecisionReportA: async () => {
      const decision = await fx.newDecisionA();
      const attachments = [{ sha256: await fx.adminFileSha(), fileName: 'report.txt' }];
      const detail = await asAdministrator({ method: 'POST', url: `/api/v1/decisions/${decision.id}/reports`, payload: { text: '<p>Matrix report.</p>', attachments } });
      const [report] = detail.reports as { id: string; attachments: { href: string }[] }[];
      return { decisionId: decision.id, attachmentHref: report!.attachments[0]!.href };
    },
    newMinutesA: async (status) => {
      const session = await fx.newSessionA();
      const db = app.database.db;
      const approved = status === 'approved' ? { approvedVersion: 1, approvedAt: app.clock.now() } : {};
      const [row] = await db.insert(minutes).values({ sessionId: session.id, status, ...approved }).returning();
      await db.insert(minutesVersions).values({ minutesId: row!.id, version: 1, content: emptyMinutesContent });
      const [comment] = await db.insert(minutesComments).values({ minutesId: row!.id, version: 1, text: 'Matrix comment.' }).returning();
      return { id: row!.id, commentId: comment!.id };
    },
    newMaterialA: async () => {
      const { itemId } = await fx.newSessionA();
      const uploaded = await asAdministrator({ method: 'POST', url: `/api/v1/agenda-items/${itemId}/materials`, ...multipartText('files') });
      const [material] = uploaded.materials as { id: string; documentId: string }[];
      return { id: material!.id, documentId: material!.documentId };
    },
    newSeriesA: async () => {
      const startsOn = new Date(app.clock.now().getTime() + 86_400_000).toISOString().slice(0, 10);
      const payload = { rrule: 'FREQ=DAILY;COUNT=5', startsOn, startTime: '10:00', durationMinutes: 60 };
      const series = await asAdministrator({ method: 'POST', url: `/api/v1/bodies/${bodyA.id}/session-series`, payload });
      const { items } = (await fx.read(`/api/v1/session-series/${String(series.id)}/occurrences`)) as { items: { originalStart: string }[] };
      return { id: String(series.id), etag: String(series.etag), firstStart: items[0]!.originalStart };
    },
    convenedPublicSessionId: () =>
      (publicSessionId ??= (async () => {
        const startsAt = new Date(app.clock.now().getTime() + 7 * 86_400_000).toISOString();
        const session = await asAdministrator({ method: 'POST', url: `/api/v1/bodies/${publicBody.id}/sessions`, payload: { kind: 'regular', startsAt } });
        const id = String(session.id);
        const item = { method: 'POST', url: `/api/v1/sessions/${id}/agenda` };
        await asAdministrator({ ...item, payload: { kind: 'information', title: 'Open matrix item' } });
        await asAdministrator({ ...item, payload: { kind: 'decision', title: 'Closed matrix item', isPublic: false } });
        await asAdministrator({ method: 'POST', url: `/api/v1/sessions/${id}/status`, payload: { to: 'convened' } });
        return id;
      })()),
    adminFileSha: () =>
      (fileSha ??= asAdministrator({ method: 'POST', url: '/api/v1/files', ...multipartPng() }).then((json) =>
        String(json.sha256),
      )),
    adminImportRunId: () =>
      (importRunId ??= asAdministrator({
        method: 'POST',
        url: '/api/v1/directory/imports?dataset=organizations',
        ...multipartCsv(`slug,name,kind\r\nmatrix-import,Matrix Import,other\r\n`),
      }).then((json) => String(json.id))),
  };
  return fx;
}

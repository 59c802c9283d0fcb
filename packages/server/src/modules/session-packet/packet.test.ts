import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionPacketStatus } from '@collegium/shared/contracts/session-packet';
import { inTransaction, systemCtx } from '../../context.js';
import { sessionPackets } from '../../db/schema/index.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { buildBody, buildMember, signIn, type TestBody } from '../../test/factories.js';
import { addMaterial } from '../../test/packet-kit.js';
import { makePdf } from '../../test/pdf-fixtures.js';
import { readPdf } from '../../test/pdf-reader.js';
import { auditEventsOf, callerAs } from '../../test/requests.js';
import { detail, inDays } from '../../test/session-requests.js';
import { requestSessionPacket } from './packet-requests.js';

type Who = 'secretary' | 'member' | 'outsider';

describe('session packet: background build, variants and API', () => {
  let app: TestApp;
  let call: ReturnType<typeof callerAs<Who>>;
  let body: TestBody;
  let sessionId: string;
  let openItem: string;
  let closedItem: string;

  const pdfOf = async (who?: Who, query = '') => {
    const response = await call('GET', `/api/v1/sessions/${sessionId}/packet${query}`, who);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    return readPdf(new Uint8Array(response.rawPayload));
  };
  const statusOf = async (who?: Who, query = '') =>
    (await call('GET', `/api/v1/sessions/${sessionId}/packet/status${query}`, who)).json() as SessionPacketStatus;

  beforeAll(async () => {
    app = await createTestApp();
    body = await buildBody(app, { isPublic: true, name: 'Svet za informatiko' });
    const headers = {} as Record<Who, Record<string, string>>;
    headers.secretary = (await signIn(app, await buildMember(app, body, 'secretary'))).headers;
    headers.member = (await signIn(app, await buildMember(app, body, 'member'))).headers;
    headers.outsider = (await signIn(app, await buildMember(app, await buildBody(app), 'member'))).headers;
    call = callerAs(app, headers);
    const session = detail(await call('POST', `/api/v1/bodies/${body.id}/sessions`, 'secretary', { kind: 'regular', startsAt: inDays(app, 10), place: 'Ljubljana' }));
    sessionId = session.id;
    const add = async (payload: object) =>
      detail(await call('POST', `/api/v1/sessions/${sessionId}/agenda`, 'secretary', payload)).agenda.items.at(-1)!.id;
    openItem = await add({ kind: 'report', title: 'Poročilo o delu' });
    closedItem = await add({ kind: 'decision', title: 'Personnel matter', isPublic: false });
    await addMaterial(app, { bodyId: body.id, sessionId, itemId: openItem }, { name: 'Report.pdf', bytes: await makePdf('Report', 2) });
    await addMaterial(app, { bodyId: body.id, sessionId, itemId: closedItem }, { name: 'Secret.pdf', bytes: await makePdf('Secret', 1) });
    await addMaterial(app, { bodyId: body.id, sessionId, itemId: openItem }, { name: 'Budget.csv', bytes: new TextEncoder().encode('a;b\n1;2\n'), contentType: 'text/csv' });
  });

  it('answers 409 "being prepared" until the job has run, then the members’ PDF', async () => {
    const before = await call('GET', `/api/v1/sessions/${sessionId}/packet`, 'member');
    expect(before.statusCode).toBe(409);
    expect(before.json()).toMatchObject({ code: 'conflict', detail: 'The packet is being prepared. Try again in a moment.' });
    expect(await statusOf('member')).toMatchObject({ status: 'building', downloadUrl: null, canRebuild: false });

    await app.jobs.drain();
    const status = await statusOf('member');
    expect(status).toMatchObject({ variant: 'members', status: 'ready', pageCount: 3 + 3, canRebuild: false });
    expect(status.downloadUrl).toBe(`/api/v1/sessions/${sessionId}/packet`);
    const read = await pdfOf('member');
    const text = read.pages.join('\n');
    expect(text).toContain('Svet za informatiko');
    expect(text).toContain('Poročilo o delu');
    expect(text).toContain('Personnel matter');
    expect(text).toContain('Budget.csv — not included (CSV)');
    expect(read.pages[3]).toContain('Report page 1');
    expect(read.pages[5]).toContain('Secret page 1');
    expect(read.outline.map((entry) => entry.title)).toEqual(['Agenda', 'Contents', '1 Poročilo o delu', '2 Personnel matter']);
  });

  it('rebuilds when the agenda changes, and tells the session’s live topic when it is ready', async () => {
    const events: unknown[] = [];
    const unsubscribe = app.deps.bus.subscribe(`session:${sessionId}`, (event) => events.push(event.data));
    try {
      const session = detail(await call('GET', `/api/v1/sessions/${sessionId}`, 'secretary'));
      const item = session.agenda.items.find((i) => i.id === openItem)!;
      const renamed = await call('PATCH', `/api/v1/agenda-items/${openItem}`, 'secretary', { title: 'Poročilo o delu za leto 2025' }, { 'if-match': item.etag });
      expect(renamed.statusCode, renamed.body).toBe(200);
      expect(await statusOf('member')).toMatchObject({ status: 'building' });
      await app.jobs.drain();
      expect((await pdfOf('member')).pages.join('\n')).toContain('Poročilo o delu za leto 2025');
      await expect.poll(() => events, { timeout: 5000 }).toContainEqual(expect.objectContaining({ kind: 'packet', sessionId }));
    } finally {
      unsubscribe();
    }
  });

  it('hides a draft session’s packet from everyone outside the body (404)', async () => {
    expect((await call('GET', `/api/v1/sessions/${sessionId}/packet`)).statusCode).toBe(404);
    expect((await call('GET', `/api/v1/sessions/${sessionId}/packet`, 'outsider')).statusCode).toBe(404);
    expect((await call('GET', `/api/v1/sessions/${sessionId}/packet/status`, 'outsider')).statusCode).toBe(404);
  });

  it('after convening, gives the public the public items only: never a closed item’s title or materials', async () => {
    detail(await call('POST', `/api/v1/sessions/${sessionId}/status`, 'secretary', { to: 'convened' }));
    await inTransaction(systemCtx(app.deps, 'test'), (tx) => requestSessionPacket(tx, sessionId));
    await app.jobs.drain();
    for (const who of [undefined, 'outsider'] as const) {
      expect(await statusOf(who)).toMatchObject({ variant: 'public', status: 'ready' });
      const read = await pdfOf(who);
      const text = read.pages.join('\n');
      expect(text).toContain('Poročilo o delu');
      expect(text).toContain('Report page 1');
      expect(text).not.toContain('Personnel matter');
      expect(text).not.toContain('Secret');
      expect(text).toContain('2 (closed item)');
      expect(JSON.stringify(read.outline)).not.toContain('Personnel');
      expect((await call('GET', `/api/v1/sessions/${sessionId}/packet?variant=members`, who)).statusCode).toBe(403);
    }
    expect((await pdfOf('member')).pages.join('\n')).toContain('Personnel matter');
  });

  it('rebuilds after a material change, and keeps the file when nothing it shows changed', async () => {
    const [before] = await app.database.db.select().from(sessionPackets).where(eq(sessionPackets.sessionId, sessionId));
    await addMaterial(app, { bodyId: body.id, sessionId, itemId: openItem }, { name: 'Annex.pdf', bytes: await makePdf('Annex', 4) });
    await app.jobs.drain();
    const after = await statusOf('member');
    expect(after.pageCount).toBe(3 + 3 + 4);
    expect((await pdfOf('member')).pages.join('\n')).toContain('Annex page 4');

    const rows = async () => app.database.db.select().from(sessionPackets).where(eq(sessionPackets.sessionId, sessionId));
    const built = await rows();
    expect(built.find((r) => r.variant === before!.variant)!.fileSha256).not.toBe(before!.fileSha256);
    await inTransaction(systemCtx(app.deps, 'test'), (tx) => requestSessionPacket(tx, sessionId));
    await app.jobs.drain();
    const again = await rows();
    for (const row of again) {
      const previous = built.find((r) => r.variant === row.variant)!;
      expect([row.status, row.fileSha256, row.builtAt]).toEqual(['ready', previous.fileSha256, previous.builtAt]);
    }
  });

  it('gives managers a draft with late material awaiting the chair, marked; members never see it', async () => {
    await addMaterial(
      app,
      { bodyId: body.id, sessionId, itemId: openItem },
      { name: 'Late note.pdf', bytes: await makePdf('Late note', 1) },
      { late: true, lateDecision: null },
    );
    await app.jobs.drain();
    expect(await statusOf('secretary')).toMatchObject({ variant: 'draft', status: 'ready', canRebuild: true });
    const draft = (await pdfOf('secretary')).pages.join('\n');
    expect(draft).toContain('Late note.pdf [awaiting the chair’s approval]');
    expect(draft).toContain('Late note page 1');
    expect(draft).toContain('includes late material not yet approved');
    for (const who of ['member', undefined] as const) expect((await pdfOf(who)).pages.join('\n')).not.toContain('Late note');
    expect((await call('GET', `/api/v1/sessions/${sessionId}/packet?variant=draft`, 'member')).statusCode).toBe(403);
    expect((await pdfOf('secretary', '?variant=members')).pages.join('\n')).not.toContain('Late note');
  });

  it('lets the session’s managers rebuild it now (audited); others may not', async () => {
    expect((await call('POST', `/api/v1/sessions/${sessionId}/packet/rebuild`, 'member')).statusCode).toBe(403);
    expect((await call('POST', `/api/v1/sessions/${sessionId}/packet/rebuild`, 'outsider')).statusCode).toBe(403);
    const response = await call('POST', `/api/v1/sessions/${sessionId}/packet/rebuild`, 'secretary');
    expect(response.statusCode).toBe(202);
    expect(response.json()).toMatchObject({ status: 'building', canRebuild: true });
    expect((await auditEventsOf(app, sessionId)).map((e) => e.action)).toContain('session.packet.rebuild');
    await app.jobs.drain();
    expect(await statusOf('secretary')).toMatchObject({ status: 'ready' });
  });
});

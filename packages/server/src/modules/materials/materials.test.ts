import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentDetail, DocumentList } from '@collegium/shared/contracts/documents';
import type { Material } from '@collegium/shared/contracts/materials';
import { jobs } from '../../db/schema/index.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { buildBody, buildMember, buildUser, signIn } from '../../test/factories.js';
import { itemTitled, postFiles, textFile, uploadedMaterials } from '../../test/materials-kit.js';
import { elfExecutable, minimalPdf } from '../../test/platform/fixtures.js';
import { auditEventsOf, caller, type Headers } from '../../test/requests.js';
import { detail, inDays } from '../../test/session-requests.js';

describe('materials: upload, versions, attach, remove', () => {
  let app: TestApp;
  let call: ReturnType<typeof caller>;
  let secretary: Headers;
  let member: Headers;
  let outsider: Headers;
  let sessionId: string;
  let itemId: string;
  let otherItemId: string;
  let bodyId: string;

  beforeAll(async () => {
    app = await createTestApp({ env: { COLLEGIUM_MAX_UPLOAD_MB: '1' } });
    call = caller(app);
    const body = await buildBody(app);
    bodyId = body.id;
    secretary = (await signIn(app, await buildMember(app, body, 'secretary'))).headers;
    member = (await signIn(app, await buildMember(app, body, 'member'))).headers;
    outsider = (await signIn(app, await buildUser(app))).headers;
    const session = detail(await call('POST', `/api/v1/bodies/${body.id}/sessions`, secretary, { kind: 'regular', startsAt: inDays(app, 20) }));
    sessionId = session.id;
    await call('POST', `/api/v1/sessions/${sessionId}/agenda`, secretary, { kind: 'decision', title: 'Budget' });
    const withItems = detail(await call('POST', `/api/v1/sessions/${sessionId}/agenda`, secretary, { kind: 'report', title: 'Annual report' }));
    itemId = itemTitled(withItems, 'Budget').id;
    otherItemId = itemTitled(withItems, 'Annual report').id;
  });

  const readSession = (headers: Headers = member) => call('GET', `/api/v1/sessions/${sessionId}`, headers).then(detail);
  const materialsOf = async (id: string, headers: Headers = member) =>
    (await readSession(headers)).agenda.items.find((item) => item.id === id)!.materials;
  const upload = (files: Parameters<typeof postFiles>[3], headers = secretary, id = itemId) =>
    postFiles(app, `/api/v1/agenda-items/${id}/materials`, headers, files);

  it('turns each uploaded file into a document at version 1 and a material of the item, in order', async () => {
    const created = uploadedMaterials(
      await upload([{ fileName: 'Draft_budget_2027.pdf', content: minimalPdf, contentType: 'application/pdf' }, textFile('notes.txt')]),
    );
    expect(created).toMatchObject([
      { title: 'Draft budget 2027', fileName: 'Draft_budget_2027.pdf', contentType: 'application/pdf', size: minimalPdf.length, version: 1, late: false, approved: true, lateApproval: null },
      { title: 'notes', fileName: 'notes.txt', contentType: 'text/plain', version: 1 },
    ]);
    expect(await materialsOf(itemId)).toEqual(created);
    const document = (await call('GET', `/api/v1/documents/${created[0]!.documentId}`, member)).json() as DocumentDetail;
    expect(document).toMatchObject({ bodyId, kind: 'material', versions: [{ number: 1, uploadedBy: 'Test User' }], abilities: { addVersion: false } });
    const actions = (await auditEventsOf(app, itemId)).map((event) => event.action);
    expect(actions.filter((action) => action === 'material.add')).toHaveLength(2);
  });

  it('announces changes of materials on the session’s topic once they commit', async () => {
    const events: unknown[] = [];
    const stop = app.deps.bus.subscribe(`session:${sessionId}`, (event) => events.push(event.data));
    try {
      uploadedMaterials(await upload([textFile('announced.txt')], secretary, otherItemId));
      await expect.poll(() => events).toContainEqual({ kind: 'materials', sessionId });
    } finally {
      stop();
    }
    const [announced] = await materialsOf(otherItemId);
    expect((await call('DELETE', `/api/v1/materials/${announced!.id}`, secretary)).statusCode).toBe(200);
  });

  it('lets a member download a material with its name and type', async () => {
    const [pdf] = await materialsOf(itemId);
    const response = await call('GET', pdf!.downloadUrl, member);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="Draft_budget_2027.pdf"; filename*=UTF-8''Draft_budget_2027.pdf`);
    expect(response.rawPayload.equals(minimalPdf)).toBe(true);
  });

  it('adds a new version with a change note; the material shows the newest', async () => {
    const [, notes] = await materialsOf(itemId);
    const response = await postFiles(app, `/api/v1/materials/${notes!.id}/versions`, secretary, [textFile('notes-v2.txt')], 'Corrected totals');
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ id: notes!.id, version: 2, fileName: 'notes-v2.txt', downloadUrl: `/api/v1/documents/${notes!.documentId}/versions/2/file` });
    const document = (await call('GET', `/api/v1/documents/${notes!.documentId}`, secretary)).json() as DocumentDetail;
    expect(document.versions.map((v) => [v.number, v.changeNote])).toEqual([[2, 'Corrected totals'], [1, null]]);
    expect(document.abilities.addVersion).toBe(true);
    expect((await call('GET', `/api/v1/documents/${notes!.documentId}/versions/1/file`, member)).statusCode).toBe(200);
    expect((await call('GET', `/api/v1/documents/${notes!.documentId}/versions/3/file`, member)).statusCode).toBe(404);
    const twoFiles = await postFiles(app, `/api/v1/materials/${notes!.id}/versions`, secretary, [textFile('a.txt'), textFile('b.txt')]);
    expect(twoFiles.statusCode).toBe(400);
  });

  it('attaches an existing document of the body, once per item', async () => {
    const [pdf] = await materialsOf(itemId);
    const url = `/api/v1/agenda-items/${otherItemId}/materials/attach`;
    const attached = await call('POST', url, secretary, { documentId: pdf!.documentId });
    expect(attached.statusCode).toBe(201);
    expect(attached.json()).toMatchObject({ documentId: pdf!.documentId, title: 'Draft budget 2027', version: 1 });
    expect((await call('POST', url, secretary, { documentId: pdf!.documentId })).statusCode).toBe(409);
    const unknown = await call('POST', url, secretary, { documentId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ field: 'documentId' });
  });

  it('lists and searches the body’s documents for its members only', async () => {
    const list = (await call('GET', `/api/v1/bodies/${bodyId}/documents?q=BUDGET`, member)).json() as DocumentList;
    expect(list.items.map((document) => document.title)).toEqual(['Draft budget 2027']);
    expect(((await call('GET', `/api/v1/bodies/${bodyId}/documents`, member)).json() as DocumentList).total).toBe(3);
    expect((await call('GET', `/api/v1/bodies/${bodyId}/documents`, outsider)).statusCode).toBe(404);
    expect((await call('GET', `/api/v1/bodies/${bodyId}/documents`)).statusCode).toBe(401);
  });

  it('removes a material and keeps its document; the packet is rebuilt', async () => {
    const [material] = await materialsOf(otherItemId);
    await app.jobs.drain();
    expect((await call('DELETE', `/api/v1/materials/${material!.id}`, member)).statusCode).toBe(403);
    expect((await call('DELETE', `/api/v1/materials/${material!.id}`, secretary)).statusCode).toBe(200);
    expect(await materialsOf(otherItemId)).toEqual([]);
    expect((await call('GET', `/api/v1/documents/${material!.documentId}`, member)).statusCode).toBe(200);
    expect((await call('DELETE', `/api/v1/materials/${material!.id}`, secretary)).statusCode).toBe(404);
    expect((await auditEventsOf(app, otherItemId)).map((event) => event.action)).toContain('material.remove');
    const pending = await app.database.db.select().from(jobs).where(and(eq(jobs.name, 'session.packet'), eq(jobs.status, 'pending')));
    expect(pending.map((job) => job.payload)).toEqual([{ sessionId }]);
  });

  it('refuses files over the limit (413) and forbidden types (415), naming the file, and keeps nothing', async () => {
    const before = (await materialsOf(itemId)).length;
    const big = await upload([textFile('fine.txt'), { fileName: 'huge.txt', content: Buffer.alloc(1024 * 1024 + 10, 0x61), contentType: 'text/plain' }]);
    expect(big.statusCode).toBe(413);
    expect(big.json()).toMatchObject({ field: 'files', detail: expect.stringMatching(/^huge\.txt: The file is larger than the limit of 1 MB/) });
    const exe = await upload([{ fileName: 'setup.pdf', content: elfExecutable, contentType: 'application/pdf' }]);
    expect(exe.statusCode).toBe(415);
    expect(exe.json().detail).toMatch(/^setup\.pdf: Files of type .* are not accepted/);
    expect((await upload([])).statusCode).toBe(400);
    expect((await materialsOf(itemId)).length).toBe(before);
  });

  it('lets only the session’s managers upload: 401, 403, 404', async () => {
    expect((await upload([textFile('x.txt')], {})).statusCode).toBe(401);
    expect((await upload([textFile('x.txt')], member)).statusCode).toBe(403);
    expect((await upload([textFile('x.txt')], outsider)).statusCode).toBe(404);
    expect((await call('POST', `/api/v1/agenda-items/${itemId}/materials/attach`, member, { documentId: '00000000-0000-4000-8000-000000000000' })).statusCode).toBe(403);
    const [notes] = (await materialsOf(itemId)).slice(1) as Material[];
    expect((await postFiles(app, `/api/v1/materials/${notes!.id}/versions`, member, [textFile('y.txt')])).statusCode).toBe(403);
  });
});

import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportRun } from '@collegium/shared/contracts/directory-transfer';
import { importRuns, organizations } from '../../db/schema/index.js';
import { buildBody, buildMember, buildOrganization, buildUser, signIn, type Session, type TestBody } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { csvFile, directoryCounts, userCtx } from '../../test/directory-transfer-kit.js';
import { runDirectoryImport } from './directory-import.service.js';
import { importProgress } from './import-runs.progress.js';
import { INLINE_IMPORT_MAX_BYTES } from './import-runs.service.js';

function multipart(bytes: Buffer, fileName = 'import.csv') {
  const boundary = `b${randomUUID().replaceAll('-', '')}`;
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: text/csv\r\n\r\n`),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe('directory import and export over HTTP', () => {
  let app: TestApp;
  let admin: Session;
  let secretary: Session;
  let ownBody: TestBody;
  let otherBody: TestBody;

  const upload = async (session: Session, query: string, bytes: Buffer, fileName?: string) => {
    const body = multipart(bytes, fileName);
    return app.server.inject({
      method: 'POST',
      url: `/api/v1/directory/imports?${query}`,
      payload: body.payload,
      headers: { ...session.headers, ...body.headers },
    });
  };
  const get = (session: Session, url: string) => app.server.inject({ method: 'GET', url, headers: { cookie: session.cookie } });
  const confirm = (session: Session, id: string) =>
    app.server.inject({ method: 'POST', url: `/api/v1/directory/imports/${id}/confirm`, headers: session.headers });

  beforeAll(async () => {
    app = await createTestApp();
    const org = await buildOrganization(app, { slug: 'http-ministry' });
    ownBody = await buildBody(app, { organization: org, slug: 'own-body' });
    otherBody = await buildBody(app, { organization: org, slug: 'other-body' });
    admin = await signIn(app, await buildUser(app, { role: 'administrator' }));
    secretary = await signIn(app, await buildMember(app, ownBody, 'secretary'));
  });

  it('dry-runs an upload, confirms it without a second upload, and a re-import changes nothing', async () => {
    const file = csvFile([
      ['slug', 'name', 'kind'],
      ['uploaded-town', 'Uploaded Town', 'municipality'],
    ]);
    const dry = await upload(admin, 'dataset=organizations', file);
    expect(dry.statusCode).toBe(201);
    const run = dry.json<ImportRun>();
    expect(run).toMatchObject({ dataset: 'organizations', format: 'csv', dryRun: true, status: 'checked', total: 1, fileName: 'import.csv' });
    expect(run.rows).toEqual([{ row: 2, outcome: 'create', key: 'uploaded-town' }]);
    expect(await app.database.db.select().from(organizations).where(eq(organizations.slug, 'uploaded-town'))).toEqual([]);

    const applied = await confirm(admin, run.id);
    expect(applied.statusCode).toBe(200);
    expect(applied.json<ImportRun>()).toMatchObject({ dryRun: false, status: 'done', counts: { create: 1, error: 0 } });
    expect(await app.database.db.select().from(organizations).where(eq(organizations.slug, 'uploaded-town'))).toHaveLength(1);
    expect((await confirm(admin, run.id)).statusCode).toBe(409);

    const again = await upload(admin, 'dataset=organizations&dryRun=false', file);
    expect(again.json<ImportRun>()).toMatchObject({ status: 'done', counts: { create: 0, update: 0, unchanged: 1, error: 0 } });
  });

  it('a real import with an error row fails whole, and a dry run with errors cannot be confirmed', async () => {
    const file = csvFile([
      ['slug', 'name', 'kind', 'parent_slug'],
      ['good-one', 'Good One', 'region', ''],
      ['orphan', 'Orphan', 'region', 'missing-parent'],
    ]);
    const before = await directoryCounts(app);
    const real = await upload(admin, 'dataset=organizations&dryRun=false', file);
    expect(real.statusCode).toBe(201);
    expect(real.json<ImportRun>()).toMatchObject({
      status: 'failed',
      message: '1 row had errors; nothing was imported.',
      rows: [
        { row: 2, outcome: 'create' },
        { row: 3, outcome: 'error', field: 'parent_slug', message: 'There is no organisation with the slug “missing-parent”.' },
      ],
    });
    expect(await directoryCounts(app)).toEqual(before);
    const dry = (await upload(admin, 'dataset=organizations', file)).json<ImportRun>();
    const refused = await confirm(admin, dry.id);
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'unprocessable' });
  });

  it('lets a secretary import members of their own body only, and nothing else', async () => {
    const file = csvFile([
      ['body_slug', 'given_name', 'family_name', 'email', 'role', 'start_date'],
      ['own-body', 'Mila', 'Zupan', 'mila@example.test', 'member', '2026-01-01'],
      ['other-body', 'Mila', 'Zupan', 'mila@example.test', 'member', '2026-01-01'],
    ]);
    const run = (await upload(secretary, 'dataset=memberships', file)).json<ImportRun>();
    expect(run.rows.map((r) => [r.row, r.outcome, r.field])).toEqual([
      [2, 'create', undefined],
      [3, 'error', 'body_slug'],
    ]);
    expect(run.rows[1]!.message).toMatch(/^Not allowed/);
    const orgs = await upload(secretary, 'dataset=organizations', csvFile([['slug', 'name', 'kind'], ['sneaky', 'Sneaky', 'other']]));
    expect(orgs.statusCode).toBe(403);
    expect((await get(secretary, `/api/v1/directory/imports/${run.id}`)).statusCode).toBe(200);
    expect((await get(admin, `/api/v1/directory/imports/${run.id}`)).statusCode).toBe(200);
    const stranger = await signIn(app, await buildUser(app));
    expect((await get(stranger, `/api/v1/directory/imports/${run.id}`)).statusCode).toBe(404);
    const abilities = (await get(secretary, '/api/v1/directory/transfer')).json<{ datasets: { dataset: string; import: boolean }[] }>();
    expect(abilities.datasets.filter((d) => d.import).map((d) => d.dataset)).toEqual(['memberships']);
    expect(otherBody.slug).toBe('other-body');
  });

  it('refuses a file it cannot use with a 4xx naming the file', async () => {
    const unknown = await upload(admin, 'dataset=organizations', csvFile([['slug', 'name', 'kind', 'colour'], ['a-b', 'A', 'other', 'red']]));
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ code: 'validation_failed', field: 'file', detail: expect.stringContaining('“colour”') });
    const missing = await upload(admin, 'dataset=bodies', csvFile([['slug', 'name', 'kind'], ['a-b', 'A', 'team']]));
    expect(missing.json()).toMatchObject({ field: 'file', detail: expect.stringContaining('“organization_slug”') });
  });

  it('runs a large file as a job, reports progress and finishes', async () => {
    const rows = [['slug', 'name', 'kind', 'address']];
    for (let i = 0; rows.length * 800 < INLINE_IMPORT_MAX_BYTES + 20_000; i++) {
      rows.push([`bulk-${i}`, `Bulk organisation ${i} ${'x'.repeat(250)}`, 'association', 'Street '.repeat(70)]);
    }
    const response = await upload(admin, 'dataset=organizations', csvFile(rows));
    const queued = response.json<ImportRun>();
    expect(queued.status).toBe('queued');
    await app.jobs.drain();
    const done = (await get(admin, `/api/v1/directory/imports/${queued.id}`)).json<ImportRun>();
    expect(done).toMatchObject({ status: 'checked', total: rows.length - 1, processed: rows.length - 1 });
    expect(done.counts.create).toBe(rows.length - 1);
    expect(done.rows.length + done.rowsOmitted).toBe(rows.length - 1);
  });

  it('answers a running import from memory, so polling never waits for its transaction', async () => {
    const run = (await upload(admin, 'dataset=organizations', csvFile([['slug', 'name', 'kind'], ['memory-town', 'Memory Town', 'other']]))).json<ImportRun>();
    const [row] = await app.database.db.select().from(importRuns).where(eq(importRuns.id, run.id));
    const progress = importProgress(app.deps).begin({ ...row!, total: 10 });
    progress.update(4, 10);
    expect((await get(admin, `/api/v1/directory/imports/${run.id}`)).json<ImportRun>()).toMatchObject({ status: 'running', processed: 4, total: 10 });
    expect((await get(secretary, `/api/v1/directory/imports/${run.id}`)).statusCode).toBe(404);
    progress.end();
    expect((await get(admin, `/api/v1/directory/imports/${run.id}`)).json<ImportRun>()).toMatchObject({ status: 'checked', processed: 1 });
  });

  it('reports progress every hundred rows to a caller of the service', async () => {
    const rows = [['body_slug', 'given_name', 'family_name', 'role', 'start_date']];
    for (let i = 0; i < 250; i++) rows.push(['no-such-body', 'A', 'B', 'member', '2026-01-01']);
    const seen: number[] = [];
    const result = await runDirectoryImport(await userCtx(app), {
      dataset: 'memberships',
      bytes: csvFile(rows),
      dryRun: true,
      onProgress: (processed) => void seen.push(processed),
    });
    expect(seen).toEqual([100, 200, 250]);
    expect(result.counts.error).toBe(250);
  });

  it('exports XLSX as an attachment that opens as a workbook with the documented columns', async () => {
    const response = await get(admin, '/api/v1/directory/export?dataset=bodies&format=xlsx');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="collegium-bodies-\d{4}-\d{2}-\d{2}\.xlsx"$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const header = workbook.worksheets[0]!.getRow(1).values as unknown[];
    expect(header.slice(1, 6)).toEqual(['slug', 'name', 'short_name', 'kind', 'organization_slug']);
    const csv = await get(secretary, `/api/v1/directory/export?dataset=memberships&delimiter=;&body=${ownBody.slug}`);
    expect(csv.body.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(
      'body_slug;person_key;given_name;family_name;title;role;represents_slug;slot_key;voting_right;vote_weight;substitute;start_date;end_date',
    );
  });
});

import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, fileUploads } from '../../db/schema/index.js';
import { buildUser, signIn, type Session } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { elfExecutable, minimalPdf, multipartBody } from '../../test/platform/fixtures.js';
import { createApiToken } from '../../test/platform/live-client.js';
import { cleanFileName } from './files.service.js';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('files over HTTP', () => {
  let app: TestApp;
  let owner: Session;
  let ownerId: string;
  let other: Session;
  let staff: Session;

  beforeAll(async () => {
    app = await createTestApp({ env: { COLLEGIUM_MAX_UPLOAD_MB: '1' } });
    const ownerUser = await buildUser(app);
    ownerId = ownerUser.id;
    owner = await signIn(app, ownerUser);
    other = await signIn(app, await buildUser(app));
    staff = await signIn(app, await buildUser(app, { role: 'staff' }));
  });

  const upload = (session: Session | null, parts: Parameters<typeof multipartBody>[0]) => {
    const body = multipartBody(parts);
    return app.server.inject({
      method: 'POST',
      url: '/api/v1/files',
      payload: body.payload,
      headers: { ...(session?.headers ?? {}), ...body.headers },
    });
  };

  it('needs a signed-in user', async () => {
    const response = await upload(null, [{ field: 'file', fileName: 'a.txt', content: 'hello' }]);
    expect(response.statusCode).toBe(401);
  });

  it('stores an upload, sniffs its type and records who uploaded it under which name', async () => {
    const response = await upload(owner, [
      { field: 'file', fileName: 'C:\\Users\\ana\\agenda.txt', contentType: 'text/plain', content: minimalPdf },
    ]);
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({ sha256: sha256(minimalPdf), size: minimalPdf.length, contentType: 'application/pdf' });
    const uploads = await app.database.db.select().from(fileUploads).where(eq(fileUploads.sha256, sha256(minimalPdf)));
    expect(uploads).toMatchObject([{ userId: ownerId, name: 'agenda.txt' }]);
    const audit = await app.database.db.select().from(auditEvents).where(eq(auditEvents.entityId, sha256(minimalPdf)));
    expect(audit).toMatchObject([{ action: 'file.upload', entityType: 'file', actorUserId: ownerId }]);
  });

  it('serves the file to its uploader and to staff, as an attachment, and hides it from others', async () => {
    const url = `/api/v1/files/${sha256(minimalPdf)}`;
    for (const session of [owner, staff]) {
      const response = await app.server.inject({ method: 'GET', url, headers: { cookie: session.cookie } });
      expect(response.statusCode).toBe(200);
      expect(response.rawPayload).toEqual(minimalPdf);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.headers['content-disposition']).toBe("attachment; filename*=UTF-8''agenda.txt");
      expect(response.headers['x-content-type-options']).toBe('nosniff');
    }
    const foreign = await app.server.inject({ method: 'GET', url, headers: { cookie: other.cookie } });
    expect(foreign.statusCode).toBe(404);
    const missing = await app.server.inject({ method: 'GET', url: `/api/v1/files/${'0'.repeat(64)}`, headers: { cookie: staff.cookie } });
    expect(missing.statusCode).toBe(404);
    const anonymous = await app.server.inject({ method: 'GET', url });
    expect(anonymous.statusCode).toBe(401);
  });

  it('accepts an API token instead of the cookie (no CSRF token needed)', async () => {
    const token = await createApiToken(app, ownerId);
    const body = multipartBody([{ field: 'file', fileName: 'notes.txt', content: 'Notes of the chair' }]);
    const response = await app.server.inject({
      method: 'POST',
      url: '/api/v1/files',
      payload: body.payload,
      headers: { ...body.headers, authorization: `Bearer ${token}` },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ contentType: 'text/plain' });
  });

  it('answers bad input with a clear 4xx', async () => {
    const malformedAddress = await app.server.inject({ method: 'GET', url: '/api/v1/files/not-a-hash', headers: { cookie: owner.cookie } });
    expect(malformedAddress.statusCode).toBe(400);
    expect(malformedAddress.json()).toMatchObject({ code: 'validation_failed', field: 'sha256' });

    const executable = await upload(owner, [{ field: 'file', fileName: 'report.pdf', content: elfExecutable }]);
    expect(executable.statusCode).toBe(415);
    expect(executable.json()).toMatchObject({ code: 'unsupported_media_type' });

    const empty = await upload(owner, [{ field: 'file', fileName: 'empty.txt', content: '' }]);
    expect(empty.statusCode).toBe(400);
    expect(empty.json().detail).toContain('empty');

    const tooLarge = await upload(owner, [{ field: 'file', fileName: 'big.txt', content: Buffer.alloc(1024 * 1024 + 10, 0x61) }]);
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json()).toMatchObject({ code: 'payload_too_large' });

    const wrongField = await upload(owner, [{ field: 'document', fileName: 'a.txt', content: 'hello' }]);
    expect(wrongField.statusCode).toBe(400);
    expect(wrongField.json()).toMatchObject({ field: 'file' });

    const json = await app.server.inject({ method: 'POST', url: '/api/v1/files', headers: owner.headers, payload: { file: 'x' } });
    expect(json.statusCode).toBe(415);
    expect(json.json()).toMatchObject({ code: 'unsupported_media_type', field: 'file' });

    const withoutCsrf = await upload({ ...owner, headers: { cookie: owner.cookie } }, [{ field: 'file', fileName: 'a.txt', content: 'x' }]);
    expect(withoutCsrf.statusCode).toBe(403);
  });

  it('keeps only the last segment of a client-supplied file name', () => {
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('a\u0000b.txt')).toBe('ab.txt');
    expect(cleanFileName('')).toBe('file');
    expect(cleanFileName('x'.repeat(400))).toHaveLength(255);
  });
});

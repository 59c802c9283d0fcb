import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { minutes, sessions } from '../../db/schema/index.js';
import { openDocx } from '../../test/docx-reader.js';
import { buildOrganization } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { recordedSession } from '../../test/minutes-fixture.js';
import { readPdf } from '../../test/pdf-reader.js';
import { auditEventsOf } from '../../test/requests.js';

let app: TestApp;
let fx: Awaited<ReturnType<typeof recordedSession>>;
let base: string;
const pdfText = async (body: Buffer) => (await readPdf(new Uint8Array(body))).pages.join(' ');

/** Approval goes through a later session (MINUTESFLOW); these tests only need its result. */
async function markApproved() {
  const [row] = await app.database.db.select().from(minutes).where(eq(minutes.id, fx.minutesId));
  await app.database.db
    .update(minutes)
    .set({ status: 'approved', approvedVersion: row!.currentVersion, approvedAt: new Date('2026-04-07T16:30:00Z'), approvedInSessionId: fx.sessionId })
    .where(eq(minutes.id, fx.minutesId));
}

beforeAll(async () => {
  app = await createTestApp();
  fx = await recordedSession(app);
  base = `/api/v1/minutes/${fx.minutesId}`;
});

describe('minutes exports', () => {
  it('gives the draft minutes as a PDF with the draft mark, page numbers and the closed item, to their readers only', async () => {
    const response = await fx.call('GET', `${base}/export.pdf`, 'secretary');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const [session] = await app.database.db.select({ number: sessions.number }).from(sessions).where(eq(sessions.id, fx.sessionId));
    expect(response.headers['content-disposition']).toMatch(new RegExp(`^inline; filename="minutes-[a-z0-9-]+-${session!.number}-v1\\.pdf"; filename\\*=UTF-8''`));
    const text = await pdfText(response.rawPayload);
    for (const expected of ['DRAFT', 'Page 1 of', 'Budget', 'Personnel', 'Road repairs', 'Adoption of the budget', 'Gina Guest']) {
      expect(text).toContain(expected);
    }
    expect((await fx.call('GET', `${base}/export.pdf`, 'outsider')).statusCode).toBe(404);
    expect((await fx.call('GET', `${base}/export.pdf`, undefined)).statusCode).toBe(404);
    expect((await fx.call('GET', `${base}/export.pdf?audience=public`, 'secretary')).statusCode).toBe(404);
    expect((await fx.call('GET', `${base}/export.pdf?version=9`, 'secretary')).statusCode).toBe(404);
    expect((await fx.call('GET', `${base}/export.pdf?lang=xx`, 'secretary')).statusCode).toBe(400);
  });

  it('speaks the language asked', async () => {
    const text = await pdfText((await fx.call('GET', `${base}/export.pdf?lang=sr-Cyrl`, 'ana')).rawPayload);
    expect(text).toMatch(/Записник са \d+\. редовне седнице/);
    expect(text).toContain('Страна 1 од');
  });

  it('gives the minutes as DOCX', async () => {
    const response = await fx.call('GET', `${base}/export.docx`, 'chair');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="minutes-.*-v1\.docx"/);
    const docx = await openDocx(response.rawPayload);
    expect(docx.text).toContain('Adoption of the budget');
    expect(docx.text).toContain('Personnel');
    expect(docx.footers).toContain('NUMPAGES');
  });

  it('refuses excerpts before approval, gives them after, and the public version leaves the closed item out', async () => {
    const excerpt = `${base}/items/${fx.items.budget}/excerpt.pdf`;
    expect((await fx.call('GET', excerpt, 'secretary')).statusCode).toBe(409);
    expect((await fx.call('GET', `/api/v1/public/minutes/${fx.minutesId}/export.pdf`, undefined)).statusCode).toBe(404);
    await markApproved();

    const response = await fx.call('GET', excerpt, 'ana');
    expect(response.statusCode).toBe(200);
    const text = await pdfText(response.rawPayload);
    expect(text).toContain('Excerpt from the minutes of the');
    expect(text).toMatch(/approved at the \d+\w\w regular session on Tuesday, 7 April 2026\./);
    expect(text).toContain('Adoption of the budget');
    expect(text).not.toContain('Personnel');
    expect((await fx.call('GET', excerpt, 'outsider')).statusCode).toBe(404);
    expect((await fx.call('GET', `${base}/items/${fx.sessionId}/excerpt.pdf`, 'ana')).statusCode).toBe(404);

    const publicPdf = await fx.call('GET', `/api/v1/public/minutes/${fx.minutesId}/export.pdf`, undefined);
    expect(publicPdf.statusCode).toBe(200);
    expect(publicPdf.headers['content-disposition']).toContain('-public.pdf');
    const publicText = await pdfText(publicPdf.rawPayload);
    expect(publicText).toContain('Budget');
    expect(publicText).not.toContain('Personnel');
    expect(publicText).not.toContain('DRAFT');
    expect(publicText).toContain('Approved at the');
    expect((await fx.call('GET', `${base}/export.pdf?audience=public`, 'outsider')).statusCode).toBe(200);
  });

  it('mails an excerpt through the queue to an address or an organisation, audited; 400 without an address', async () => {
    const send = `${base}/items/${fx.items.budget}/excerpt/send`;
    const noEmail = await buildOrganization(app, { name: 'Ministry Without Mail' });
    const withEmail = await buildOrganization(app, { name: 'Ministry of Roads', email: 'roads@example.org' });
    expect((await fx.call('POST', send, 'secretary', {})).statusCode).toBe(400);
    const missing = await fx.call('POST', send, 'secretary', { organizationId: noEmail.id });
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toMatchObject({ field: 'organizationId' });
    expect((await fx.call('POST', send, 'ana', { email: 'someone@example.org' })).statusCode).toBe(403);
    expect((await fx.call('POST', send, 'outsider', { email: 'someone@example.org' })).statusCode).toBe(404);

    const sent = await fx.call('POST', send, 'secretary', { organizationId: withEmail.id, lang: 'sl' });
    expect(sent.statusCode).toBe(202);
    expect(sent.json()).toMatchObject({ to: 'roads@example.org' });
    await app.jobs.drain();
    const mail = app.mailer.sent.find((message) => message.to === 'roads@example.org')!;
    expect(mail.subject).toContain('Izpisek iz zapisnika: točka 1, Budget');
    const attachment = mail.attachments![0]!;
    expect(attachment.contentType).toBe('application/pdf');
    expect(attachment.filename).toMatch(/^excerpt-.*-item-1\.pdf$/);
    expect(await pdfText(attachment.content as Buffer)).toContain('Izpisek iz zapisnika');
    const events = await auditEventsOf(app, fx.minutesId);
    expect(events.some((event) => event.action === 'minutes.excerpt_sent')).toBe(true);
  });
});

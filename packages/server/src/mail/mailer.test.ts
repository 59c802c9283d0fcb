import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../app.js';
import { loadConfig } from '../config.js';
import type { Database } from '../db/client.js';
import { jobs } from '../db/schema/index.js';
import { SEND_MAIL } from '../jobs/definitions/send-mail.job.js';
import { fixedClock } from '../lib/clock.js';
import { freshDatabase } from '../test/database.js';

interface Received {
  from: string;
  to: string[];
  raw: string;
}

/** A real SMTP server on loopback, without TLS or authentication, that keeps what it receives. */
async function startSmtp(port = 0): Promise<{ port: number; received: Received[]; stop(): Promise<void> }> {
  const received: Received[] = [];
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.server.address() as AddressInfo;
  return {
    port: address.port,
    received,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const invitation = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Collegium//Test//EN',
  'METHOD:REQUEST',
  'BEGIN:VEVENT',
  'UID:session-12@collegium.test',
  'DTSTAMP:20261122T090000Z',
  'DTSTART:20261201T090000Z',
  'DTEND:20261201T110000Z',
  'SUMMARY:12th regular session',
  'END:VEVENT',
  'END:VCALENDAR',
].join('\r\n');

describe('e-mail through SMTP', () => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let database: Database;
  let app: App;
  let dataDir: string;
  const clock = fixedClock(new Date());

  beforeAll(async () => {
    smtp = await startSmtp();
    database = await freshDatabase();
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'collegium-mail-'));
    app = await buildApp({
      config: loadConfig({
        DATA_DIR: dataDir,
        LOG_LEVEL: 'silent',
        SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
        MAIL_FROM: 'Collegium <no-reply@collegium.test>',
      }),
      database,
      clock,
      runJobs: false,
      logger: false,
    });
  });

  afterAll(async () => {
    await app.close();
    await database.close();
    await smtp.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('delivers a queued message with its text and a text/calendar invitation', async () => {
    await app.deps.jobs.enqueue(database.db, SEND_MAIL, {
      to: 'ana.novak@example.test',
      subject: 'Invitation: 12th regular session',
      text: 'You are invited to the 12th regular session on 1 December.',
      icalEvent: { method: 'REQUEST', content: invitation, filename: 'invitation.ics' },
    });
    expect(await app.jobs.drain()).toBe(1);
    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail!.from).toBe('no-reply@collegium.test');
    expect(mail!.to).toEqual(['ana.novak@example.test']);
    expect(mail!.raw).toContain('Subject: Invitation: 12th regular session');
    expect(mail!.raw).toContain('You are invited to the 12th regular session on 1 December.');
    expect(mail!.raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/i);
    expect(mail!.raw).toContain('BEGIN:VCALENDAR');
    expect(mail!.raw).toContain('SUMMARY:12th regular session');
  });

  it('keeps a message through an SMTP outage and delivers it on a later attempt', async () => {
    const port = smtp.port;
    await smtp.stop();
    const id = await app.deps.jobs.enqueue(database.db, SEND_MAIL, {
      to: ['a@example.test', 'b@example.test'],
      subject: 'Minutes approved',
      text: 'The minutes of the 11th session were approved.',
    });
    expect(await app.jobs.drain()).toBe(1);
    const [failed] = await database.db.select().from(jobs).where(eq(jobs.id, id!));
    expect(failed).toMatchObject({ status: 'pending', attempts: 1 });
    expect(failed!.lastError).toMatch(/ECONNREFUSED|connect/i);

    smtp = await startSmtp(port);
    clock.advance(2000);
    expect(await app.jobs.drain()).toBe(1);
    const [done] = await database.db.select().from(jobs).where(eq(jobs.id, id!));
    expect(done).toMatchObject({ status: 'done', attempts: 2 });
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.to).toEqual(['a@example.test', 'b@example.test']);
    expect(smtp.received[0]!.raw).toContain('Subject: Minutes approved');
  });
});

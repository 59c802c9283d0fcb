import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { buildApp, type App } from '../app.js';
import { loadConfig } from '../config.js';
import type { Database } from '../db/client.js';
import { fixedClock } from '../lib/clock.js';
import { freshDatabase } from './database.js';
import { closedAfterFile, type TestApp } from './harness.js';

export interface ReceivedMail {
  to: string[];
  raw: string;
  subject: string;
  /** the decoded text/plain part */
  text: string;
  /** the decoded text/calendar part, if any */
  calendar: string | undefined;
}

function decodePart(headers: string, body: string): string {
  const encoding = /content-transfer-encoding:\s*([\w-]+)/i.exec(headers)?.[1]?.toLowerCase();
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') {
    const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex: string) => `%${hex}`);
    return decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/gi, '%25'));
  }
  return body;
}

/** The leaf parts of a MIME message as [headers, decoded body] (enough for what nodemailer writes). */
function mimeParts(raw: string): { type: string; content: string }[] {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/);
  const body = rest.join('\r\n\r\n');
  const type = /content-type:\s*([^;\r\n]+)/i.exec(head ?? '')?.[1]?.toLowerCase() ?? 'text/plain';
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(head ?? '')?.[1];
  if (!type.startsWith('multipart/') || !boundary) return [{ type, content: decodePart(head ?? '', body) }];
  return body
    .split(`--${boundary}`)
    .slice(1)
    .filter((part) => !part.startsWith('--'))
    .flatMap((part) => mimeParts(part.replace(/^\r?\n/, '').replace(/\r?\n$/, '')));
}

function decodeSubject(raw: string): string {
  const header = /^subject:(.*(?:\r?\n[ \t].*)*)/im.exec(raw)?.[1] ?? '';
  return header
    .replace(/\r?\n[ \t]/g, ' ')
    .replace(/=\?utf-8\?([BQ])\?([^?]*)\?=\s*/gi, (_, kind: string, text: string) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeURIComponent(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, '%$1')),
    )
    .trim();
}

/** A real SMTP server on loopback (no TLS, no authentication) that keeps and decodes what it receives. */
export async function startSmtpCapture(): Promise<{ port: number; received: ReceivedMail[]; stop(): Promise<void> }> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const parts = mimeParts(raw);
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
          subject: decodeSubject(raw),
          text: parts.find((p) => p.type === 'text/plain')?.content ?? '',
          calendar: parts.find((p) => p.type === 'text/calendar')?.content,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return { port, received, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/**
 * The application as createTestApp builds it, but sending mail through nodemailer to the SMTP server at
 * `port`: the real mail path. Closed after the file.
 */
export async function createSmtpTestApp(port: number): Promise<TestApp> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'collegium-smtp-'));
  const config = loadConfig({
    DATA_DIR: dataDir,
    LOG_LEVEL: process.env.COLLEGIUM_TEST_LOG ?? 'silent',
    COLLEGIUM_JOBS: 'false',
    SMTP_URL: `smtp://127.0.0.1:${port}`,
    MAIL_FROM: 'Collegium <no-reply@collegium.test>',
  });
  const database: Database = await freshDatabase();
  const clock = fixedClock(new Date());
  const app: App = await buildApp({ config, database, clock: { now: () => clock.now() }, runJobs: false, logger: false });
  const testApp: TestApp = {
    ...app,
    database,
    clock,
    config,
    mailer: { sent: [], send: (message) => app.deps.mailer.send(message) },
    async close() {
      await app.close();
      await database.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
  return closedAfterFile(testApp);
}

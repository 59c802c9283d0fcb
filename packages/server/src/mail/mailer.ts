import nodemailer, { type Transporter } from 'nodemailer';
import type { FastifyBaseLogger } from 'fastify';

export interface MailMessage {
  to: string | string[];
  subject: string;
  text: string;
  html?: string;
  /** an iCalendar part sent as text/calendar, e.g. an invitation */
  icalEvent?: { method: string; content: string; filename?: string };
  attachments?: { filename: string; content: string | Buffer; contentType?: string }[];
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

/**
 * Sends through SMTP when SMTP_URL is set. Without it, messages are written to the log so that a
 * development installation still shows password-reset links and invitations.
 */
export function createMailer(options: { smtpUrl: string | undefined; from: string }, log: FastifyBaseLogger): Mailer {
  // Short timeouts: mail is sent by jobs, and a hanging SMTP server must fail the attempt (it is retried)
  // rather than hold up the job runner for minutes.
  const transport: Transporter = options.smtpUrl
    ? nodemailer.createTransport({
        url: options.smtpUrl,
        connectionTimeout: 15_000,
        greetingTimeout: 15_000,
        socketTimeout: 60_000,
      })
    : nodemailer.createTransport({ jsonTransport: true });
  return {
    async send(message) {
      const info = await transport.sendMail({ from: options.from, ...message });
      if (!options.smtpUrl) {
        log.info({ to: message.to, subject: message.subject, text: message.text }, 'e-mail (no SMTP_URL set, not sent)');
      } else {
        log.debug({ to: message.to, subject: message.subject, messageId: info.messageId }, 'e-mail sent');
      }
    },
  };
}

import { Type } from 'typebox';
import type { Deps } from '../../context.js';
import type { JobDefinition } from '../queue.js';

const payload = Type.Object({
  to: Type.String(),
  subject: Type.String(),
  text: Type.String(),
  fileName: Type.String(),
  /** the excerpt PDF, base64: rendered when it was asked for, so the mail carries what the sender saw */
  pdfBase64: Type.String(),
});

export const MINUTES_EXCERPT_MAIL = 'minutes.excerpt.mail';

/** An excerpt of approved minutes mailed with its PDF attached; durable, so an SMTP outage only delays it. */
export function minutesExcerptMailJob(deps: Deps): JobDefinition<typeof payload> {
  return {
    name: MINUTES_EXCERPT_MAIL,
    payload,
    maxAttempts: 8,
    handle: (message) =>
      deps.mailer.send({
        to: message.to,
        subject: message.subject,
        text: message.text,
        attachments: [{ filename: message.fileName, content: Buffer.from(message.pdfBase64, 'base64'), contentType: 'application/pdf' }],
      }),
  };
}

import { Type } from 'typebox';
import type { Deps } from '../../context.js';
import type { JobDefinition } from '../queue.js';

const payload = Type.Object({
  to: Type.Union([Type.String(), Type.Array(Type.String())]),
  subject: Type.String(),
  text: Type.String(),
  html: Type.Optional(Type.String()),
  icalEvent: Type.Optional(
    Type.Object({ method: Type.String(), content: Type.String(), filename: Type.Optional(Type.String()) }),
  ),
});

export const SEND_MAIL = 'mail.send';

/** E-mail goes through a durable job so a passing SMTP outage delays mail instead of losing it. */
export function sendMailJob(deps: Deps): JobDefinition<typeof payload> {
  return {
    name: SEND_MAIL,
    payload,
    maxAttempts: 8,
    handle: (message) => deps.mailer.send(message),
  };
}

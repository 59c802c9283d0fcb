import { Type } from 'typebox';
import type { Deps } from '../../context.js';
import { deliverInvitationMail, MAIL_MAX_ATTEMPTS } from '../../modules/session-invitations/delivery.js';
import { INVITATION_MAIL_JOB } from '../../modules/session-invitations/mailing.js';
import { REMINDER_JOB, sendReminder } from '../../modules/session-invitations/reminders.js';
import { mailSessionUpdate, SESSION_UPDATE_JOB } from '../../modules/session-invitations/session-mail-hooks.js';
import type { JobDefinition } from '../queue.js';

const mailPayload = Type.Object({
  invitationId: Type.String(),
  message: Type.Object({
    to: Type.String(),
    subject: Type.String(),
    text: Type.String(),
    icalEvent: Type.Optional(Type.Object({ method: Type.String(), content: Type.String(), filename: Type.Optional(Type.String()) })),
  }),
});

/** One invitation, update, cancellation or reminder mail; its outcome is shown on the invitation. */
export function invitationMailJob(deps: Deps): JobDefinition<typeof mailPayload> {
  return {
    name: INVITATION_MAIL_JOB,
    payload: mailPayload,
    maxAttempts: MAIL_MAX_ATTEMPTS,
    handle: (payload, job) => deliverInvitationMail(deps, payload, job),
  };
}

const sessionPayload = Type.Object({ sessionId: Type.String() });

/** Mails the changes of a convened session collected over the batching window. */
export function sessionUpdateJob(deps: Deps): JobDefinition<typeof sessionPayload> {
  return { name: SESSION_UPDATE_JOB, payload: sessionPayload, handle: ({ sessionId }) => mailSessionUpdate(deps, sessionId) };
}

const reminderPayload = Type.Object({ sessionId: Type.String(), at: Type.String(), leadHours: Type.Integer() });

/** Reminds invitees of a session a set number of hours before it. */
export function sessionReminderJob(deps: Deps): JobDefinition<typeof reminderPayload> {
  return { name: REMINDER_JOB, payload: reminderPayload, handle: (payload) => sendReminder(deps, payload) };
}

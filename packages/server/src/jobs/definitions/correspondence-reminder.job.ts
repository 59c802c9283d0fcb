import { Type } from 'typebox';
import type { Deps } from '../../context.js';
import { CORRESPONDENCE_REMINDER_JOB, sendItemReminder } from '../../modules/correspondence/correspondence.reminders.js';
import type { JobDefinition } from '../queue.js';

const payload = Type.Object({ agendaItemId: Type.String({ format: 'uuid' }), deadlineAt: Type.String(), leadHours: Type.Integer({ minimum: 1 }) });

/** Reminds the members who have not answered an item of a correspondence session before its deadline. */
export function correspondenceReminderJob(deps: Deps): JobDefinition<typeof payload> {
  return { name: CORRESPONDENCE_REMINDER_JOB, payload, handle: (input) => sendItemReminder(deps, input) };
}

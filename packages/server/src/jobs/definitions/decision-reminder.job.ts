import { Type } from 'typebox';
import type { Deps } from '../../context.js';
import { DECISION_REMINDER_JOB, sendDecisionReminder } from '../../modules/decisions/decisions.reminders.js';
import type { JobDefinition } from '../queue.js';

const payload = Type.Object({ decisionId: Type.String({ format: 'uuid' }), deadline: Type.String(), offsetDays: Type.Integer() });

/** Reminds the responsible side and the body's secretary of a decision's deadline, before it and while overdue. */
export function decisionReminderJob(deps: Deps): JobDefinition<typeof payload> {
  return { name: DECISION_REMINDER_JOB, payload, handle: (input) => sendDecisionReminder(deps, input) };
}

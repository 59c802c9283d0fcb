import type { Deps } from '../../context.js';
import type { JobRunner } from '../runner.js';
import { sendMailJob } from './send-mail.job.js';
import { purgeExpiredJob } from './purge-expired.job.js';
import { directoryImportJob } from './directory-import.job.js';
import { invitationMailJob, sessionReminderJob, sessionUpdateJob } from './session-invitations.jobs.js';
import { sessionPacketJob } from './session-packet.job.js';
import { pollDeadlineJob } from './poll-deadline.job.js';
import { correspondenceReminderJob } from './correspondence-reminder.job.js';
import { decisionReminderJob } from './decision-reminder.job.js';
import { minutesExcerptMailJob } from './minutes-excerpt-mail.job.js';

/** Every job the server knows, registered explicitly. */
export function registerJobs(runner: JobRunner, deps: Deps): void {
  runner.register(sendMailJob(deps));
  runner.register(purgeExpiredJob(deps));
  runner.register(directoryImportJob(deps));
  runner.register(invitationMailJob(deps));
  runner.register(sessionUpdateJob(deps));
  runner.register(sessionReminderJob(deps));
  runner.register(sessionPacketJob(deps));
  runner.register(pollDeadlineJob(deps));
  runner.register(correspondenceReminderJob(deps));
  runner.register(decisionReminderJob(deps));
  runner.register(minutesExcerptMailJob(deps));
}

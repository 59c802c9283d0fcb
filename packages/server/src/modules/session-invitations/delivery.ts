import { eq } from 'drizzle-orm';
import type { Deps } from '../../context.js';
import { sessionInvitations } from '../../db/schema/index.js';
import type { MailMessage } from '../../mail/mailer.js';

export const MAIL_MAX_ATTEMPTS = 6;

/**
 * Sends one composed invitation mail and records the outcome on the invitation: sent, or failed once the
 * last attempt has failed (earlier failures leave it pending while the job retries). A guest removed
 * meanwhile still gets the cancellation that was queued for them; there is just no row to mark.
 */
export async function deliverInvitationMail(
  deps: Deps,
  payload: { invitationId: string; message: MailMessage },
  job: { attempt: number },
): Promise<void> {
  const db = deps.database.db;
  try {
    await deps.mailer.send(payload.message);
  } catch (error) {
    if (job.attempt >= MAIL_MAX_ATTEMPTS) {
      const reason = error instanceof Error ? error.message : String(error);
      await db
        .update(sessionInvitations)
        .set({ mailStatus: 'failed', mailError: reason.slice(0, 500) })
        .where(eq(sessionInvitations.id, payload.invitationId));
    }
    throw error;
  }
  await db
    .update(sessionInvitations)
    .set({ mailStatus: 'sent', mailError: null, mailedAt: deps.clock.now() })
    .where(eq(sessionInvitations.id, payload.invitationId));
}

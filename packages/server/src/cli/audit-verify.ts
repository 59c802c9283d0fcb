import type { Database } from '../db/client.js';
import { verifyAuditChain } from '../lib/audit.js';
import type { ProgressReporter } from '../ops/backup-format.js';

/** `collegium audit verify`: recomputes the audit hash chain; exit code 0 when intact, 1 when broken. */
export async function verifyAuditCommand(
  database: Database,
  onProgress: ProgressReporter = () => undefined,
): Promise<{ code: 0 | 1; message: string }> {
  const result = await verifyAuditChain(database.db, (checked) => onProgress('audit', checked, checked));
  if (result.ok) {
    return { code: 0, message: `The audit trail is intact: ${result.checked.toLocaleString('en')} events checked.` };
  }
  const { id, reason } = result.brokenAt!;
  return {
    code: 1,
    message:
      `The audit trail is broken at event ${id}: ${reason}. ` +
      `The ${result.checked.toLocaleString('en')} events before it are intact; ` +
      `event ${id} was altered, or an event just before it was removed or altered.`,
  };
}

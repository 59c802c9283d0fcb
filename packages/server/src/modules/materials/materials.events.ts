import type { Ctx } from '../../context.js';
import { publishSessionEvent } from '../../lib/session-events.js';
import { requestSessionPacket } from '../session-packet/packet-requests.js';

/**
 * Call inside the transaction of any change of a session's materials (added, removed, new version, late
 * decision): the session's packet is rebuilt and open session pages refresh, once it commits.
 */
export async function materialsChanged(ctx: Ctx, sessionId: string): Promise<void> {
  await requestSessionPacket(ctx, sessionId);
  await publishSessionEvent(ctx, sessionId, { kind: 'materials' });
}

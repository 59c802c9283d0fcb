import { Type } from 'typebox';
import type { Deps } from '../../context.js';
import { buildSessionPackets } from '../../modules/session-packet/packet-build.js';
import { SESSION_PACKET_JOB } from '../../modules/session-packet/packet-requests.js';
import type { JobDefinition } from '../queue.js';

const payload = Type.Object({ sessionId: Type.String({ format: 'uuid' }) });

/** Builds a session's packet PDFs from its current state (enqueued by requestSessionPacket). */
export function sessionPacketJob(deps: Deps): JobDefinition<typeof payload> {
  return {
    name: SESSION_PACKET_JOB,
    payload,
    maxAttempts: 3,
    handle: ({ sessionId }) => buildSessionPackets(deps, sessionId),
  };
}

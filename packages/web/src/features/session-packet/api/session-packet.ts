import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SessionPacketStatus } from '@collegium/shared/contracts/session-packet';
import { apiPaths } from '../../../config/paths';
import { api } from '../../../lib/api-client';
import { useLiveTopic } from '../../../lib/live';

const packetQueryKey = (sessionId: string) => ['sessions', 'packet', sessionId] as const;
/** While a packet is being built the status is asked again this often (the live event usually comes first). */
const BUILDING_POLL_MS = 4000;

/** The caller's packet status; follows the session's live topic and polls while it is being built. */
export function usePacketStatus(sessionId: string) {
  const queryClient = useQueryClient();
  const queryKey = packetQueryKey(sessionId);
  const refresh = () => void queryClient.invalidateQueries({ queryKey });
  useLiveTopic(
    `session:${sessionId}`,
    (data) => {
      const kind = (data as { kind?: string } | null)?.kind;
      if (kind === 'packet' || kind === 'materials' || kind === 'agenda') refresh();
    },
    refresh,
  );
  return useQuery({
    queryKey,
    queryFn: ({ signal }) => api<SessionPacketStatus>(apiPaths.sessionPacketStatus(sessionId), { signal }),
    refetchInterval: (query) => (query.state.data?.status === 'building' ? BUILDING_POLL_MS : false),
  });
}

/** A manager's "rebuild now". */
export function useRebuildPacket(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<SessionPacketStatus>(apiPaths.sessionPacketRebuild(sessionId), { method: 'POST' }),
    onSuccess: (status) => queryClient.setQueryData(packetQueryKey(sessionId), status),
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SessionDetail } from '@collegium/shared/contracts/sessions';
import { sessionQueryOptions, sessionsQueryKey } from './get-session';

/**
 * Every change of a session or its agenda answers the whole session: keep it as the session's data and
 * let the lists refetch.
 */
export function useSessionMutation<Input>(mutationFn: (input: Input) => Promise<SessionDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async (session) => {
      queryClient.setQueryData(sessionQueryOptions(session.id).queryKey, session);
      await queryClient.invalidateQueries({ queryKey: sessionsQueryKey, predicate: (query) => query.queryKey[1] !== 'detail' });
    },
  });
}

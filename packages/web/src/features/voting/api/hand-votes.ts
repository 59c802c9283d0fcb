import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { HandVotesInput, Poll, PollElectorList } from '@collegium/shared/contracts/polls';
import { api } from '../../../lib/api-client';
import { useLiveInvalidate } from '../../../lib/live';
import { pollsQueryOptions } from './polls';

const pollPath = (pollId: string) => `/api/v1/polls/${encodeURIComponent(pollId)}`;

export const pollElectorsQueryOptions = (pollId: string) =>
  queryOptions({
    queryKey: ['poll-electors', pollId],
    queryFn: ({ signal }) => api<PollElectorList>(`${pollPath(pollId)}/electors`, { signal }),
  });

/** The seats of a poll (for its managers), refetched when anything changes in the session's voting. */
export function usePollElectors(sessionId: string, pollId: string) {
  const options = pollElectorsQueryOptions(pollId);
  useLiveInvalidate(`session:${sessionId}`, [options.queryKey]);
  return useQuery(options);
}

/** Records a named show of hands, seat by seat (a null option clears a seat). */
export function useRecordHandVotes(sessionId: string, pollId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: HandVotesInput) => api<Poll>(`${pollPath(pollId)}/hand-votes`, { method: 'PUT', body: input }),
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: pollElectorsQueryOptions(pollId).queryKey });
      await queryClient.invalidateQueries({ queryKey: pollsQueryOptions(sessionId).queryKey });
    },
  });
}

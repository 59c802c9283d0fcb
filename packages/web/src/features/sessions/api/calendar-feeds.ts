import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CalendarFeedList, IssuedCalendarFeed } from '@collegium/shared/contracts/calendar-feeds';
import { apiPaths } from '../../../config/paths';
import { api } from '../../../lib/api-client';

export const calendarFeedsQueryKey = ['calendar-feeds'] as const;

/** A feed's management path: the personal feed without a body, else the body's. */
const feedPath = (bodyId: string | null) => (bodyId ? apiPaths.bodyCalendarFeed(bodyId) : apiPaths.calendarFeeds);

export const useCalendarFeeds = () =>
  useQuery({
    queryKey: calendarFeedsQueryKey,
    queryFn: ({ signal }) => api<CalendarFeedList>(apiPaths.calendarFeeds, { signal }),
  });

/** Issues a feed, or regenerates it (the old URL stops working). */
export function useIssueCalendarFeed(bodyId: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<IssuedCalendarFeed>(feedPath(bodyId), { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: calendarFeedsQueryKey }),
  });
}

export function useRevokeCalendarFeed(bodyId: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<unknown>(feedPath(bodyId), { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: calendarFeedsQueryKey }),
  });
}

import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { CalendarEntries } from '@collegium/shared/contracts/session-series';
import { apiPaths } from '../../../config/paths';
import { api } from '../../../lib/api-client';
import { seriesQueryKey } from './get-body-series';

export interface CalendarWindow {
  from: string;
  to: string;
  bodyId?: string | undefined;
}

export const calendarQueryOptions = (window: CalendarWindow) =>
  queryOptions({
    queryKey: [...seriesQueryKey, 'calendar', window.from, window.to, window.bodyId ?? null],
    queryFn: ({ signal }) => api<CalendarEntries>(apiPaths.calendar, { query: { ...window }, signal }),
    // Paging to the next month keeps the last one on screen until the new one arrives.
    placeholderData: keepPreviousData,
  });

export const useCalendar = (window: CalendarWindow) => useQuery(calendarQueryOptions(window));

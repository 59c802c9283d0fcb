import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AttendanceInput, AttendanceRoster, GuestInput } from '@collegium/shared/contracts/attendance';
import { apiPaths } from '../../../config/paths';
import { api } from '../../../lib/api-client';
import { useLiveInvalidate } from '../../../lib/live';

/** The roster of a session; with an agenda item, its quorum is that item's (conflicts of interest out of the base). */
export const attendanceQueryOptions = (sessionId: string, agendaItemId: string | null = null) =>
  queryOptions({
    queryKey: ['attendance', sessionId, agendaItemId],
    queryFn: ({ signal }) =>
      api<AttendanceRoster>(apiPaths.sessionAttendance(sessionId), { signal, query: { agendaItemId } }),
  });

/** The roster and quorum of a session, refetched whenever the session's live topic announces a change. */
export function useAttendance(sessionId: string, agendaItemId: string | null = null) {
  useLiveInvalidate(`session:${sessionId}`, [['attendance', sessionId]]);
  return useQuery(attendanceQueryOptions(sessionId, agendaItemId));
}

type Change =
  | { kind: 'record'; personId: string; input: AttendanceInput }
  | { kind: 'addGuest'; input: GuestInput }
  | { kind: 'removeGuest'; guestId: string }
  | { kind: 'checkIn' };

function send(sessionId: string, change: Change): Promise<AttendanceRoster> {
  const base = apiPaths.sessionAttendance(sessionId);
  switch (change.kind) {
    case 'record':
      return api<AttendanceRoster>(`${base}/${encodeURIComponent(change.personId)}`, { method: 'PUT', body: change.input });
    case 'addGuest':
      return api<AttendanceRoster>(`${base}/guests`, { method: 'POST', body: change.input });
    case 'removeGuest':
      return api<AttendanceRoster>(`${base}/guests/${encodeURIComponent(change.guestId)}`, { method: 'DELETE' });
    case 'checkIn':
      return api<AttendanceRoster>(`${base}/check-in`, { method: 'POST' });
  }
}

/** Every change answers the whole roster: keep it as the roster's data. */
export function useAttendanceChange(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: Change) => send(sessionId, change),
    onSuccess: async (roster) => {
      queryClient.setQueryData(attendanceQueryOptions(sessionId).queryKey, roster);
      // the quorum of single items (meeting room) follows from the same change
      await queryClient.invalidateQueries({ queryKey: ['attendance', sessionId], predicate: (query) => query.queryKey[2] !== null });
    },
  });
}

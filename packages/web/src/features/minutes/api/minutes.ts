import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Minutes, MinutesComparison, MinutesConflict, MinutesSave } from '@collegium/shared/contracts/minutes';
import { api, ApiError, clientErrorCodes, currentCsrfToken, parseProblem } from '../../../lib/api-client';
import { useLiveTopic } from '../../../lib/live';

const enc = encodeURIComponent;
export const minutesApi = {
  ofSession: (sessionId: string) => `/api/v1/sessions/${enc(sessionId)}/minutes`,
  minutes: (id: string) => `/api/v1/minutes/${enc(id)}`,
  compare: (id: string) => `/api/v1/minutes/${enc(id)}/compare`,
  comments: (id: string) => `/api/v1/minutes/${enc(id)}/comments`,
  resolveComment: (id: string, commentId: string) => `/api/v1/minutes/${enc(id)}/comments/${enc(commentId)}/resolve`,
  approval: (id: string) => `/api/v1/minutes/${enc(id)}/approval`,
  corrections: (id: string) => `/api/v1/minutes/${enc(id)}/corrections`,
} as const;

export const minutesKey = (sessionId: string) => ['minutes', sessionId] as const;

/** The minutes of a session, or null while none have been built (the server answers 404 then). */
export const minutesQueryOptions = (sessionId: string) =>
  queryOptions({
    queryKey: minutesKey(sessionId),
    queryFn: async ({ signal }) => {
      try {
        return await api<Minutes>(minutesApi.ofSession(sessionId), { signal });
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
  });

/** Whether a live event of the session concerns its minutes (a save, a comment, a step towards approval). */
export const isMinutesEvent = (data: unknown): boolean => {
  const kind = (data as { kind?: unknown } | null)?.kind;
  return typeof kind === 'string' && kind.startsWith('minutes');
};

/** The minutes, refetched when anyone changes them; the editor keeps its own unsaved text apart from this. */
export function useMinutes(sessionId: string) {
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: minutesKey(sessionId) });
  useLiveTopic(`session:${sessionId}`, (data) => (isMinutesEvent(data) ? refresh() : undefined), refresh);
  return useQuery(minutesQueryOptions(sessionId));
}

/** The secretary builds the draft of a session closed before minutes existed. */
export function useBuildMinutes(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<Minutes>(minutesApi.ofSession(sessionId), { method: 'POST', body: {} }),
    onSuccess: (minutes) => queryClient.setQueryData(minutesKey(sessionId), minutes),
  });
}

export type SaveOutcome = { kind: 'saved'; minutes: Minutes } | { kind: 'conflict'; conflict: MinutesConflict };

const isConflict = (body: unknown): body is MinutesConflict =>
  typeof body === 'object' && body !== null && Array.isArray((body as MinutesConflict).conflicts) && typeof (body as MinutesConflict).latestVersion === 'number';

/**
 * Saves a new version. A 409 whose body lists the conflicting parts is an answer, not a failure: api()
 * keeps only the problem's standard fields, so this request reads the body itself.
 */
export async function saveMinutes(minutesId: string, input: MinutesSave, ifMatch?: string): Promise<SaveOutcome> {
  const headers: Record<string, string> = { accept: 'application/json', 'content-type': 'application/json' };
  const token = currentCsrfToken();
  if (token) headers['x-csrf-token'] = token;
  if (ifMatch) headers['if-match'] = ifMatch;
  let response: Response;
  try {
    response = await fetch(minutesApi.minutes(minutesId), { method: 'PUT', headers, credentials: 'same-origin', body: JSON.stringify(input) });
  } catch {
    throw new ApiError(0, { code: clientErrorCodes.network, detail: '' });
  }
  const text = await response.text();
  if (response.status === 409) {
    try {
      const body: unknown = JSON.parse(text);
      if (isConflict(body)) return { kind: 'conflict', conflict: body };
    } catch {
      // not a conflict body: reported as the problem below
    }
  }
  if (!response.ok) throw parseProblem(response.status, response.headers.get('content-type'), text);
  return { kind: 'saved', minutes: JSON.parse(text) as Minutes };
}

export function useSaveMinutes(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ minutesId, input, etag }: { minutesId: string; input: MinutesSave; etag?: string }) => saveMinutes(minutesId, input, etag),
    onSuccess: (outcome) => {
      if (outcome.kind === 'saved') queryClient.setQueryData(minutesKey(sessionId), outcome.minutes);
      else void queryClient.invalidateQueries({ queryKey: minutesKey(sessionId) });
    },
  });
}

/** The word diff between two versions; off until both are chosen and differ. */
export function useComparison(minutesId: string, from: number | null, to: number | null) {
  return useQuery({
    queryKey: ['minutes-compare', minutesId, from, to],
    queryFn: ({ signal }) => api<MinutesComparison>(minutesApi.compare(minutesId), { query: { from, to }, signal }),
    enabled: from !== null && to !== null && from !== to,
  });
}

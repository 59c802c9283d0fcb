import { useQuery } from '@tanstack/react-query';
import type { MinutesDocument } from '@collegium/shared/contracts/minutes';
import { api, ApiError, buildUrl } from '../../../lib/api-client';

const enc = encodeURIComponent;

export const publicMinutesApi = {
  document: (minutesId: string, lang?: string) => buildUrl(`/api/v1/public/minutes/${enc(minutesId)}`, { lang }),
  pdf: (minutesId: string, lang?: string) => buildUrl(`/api/v1/public/minutes/${enc(minutesId)}/export.pdf`, { lang }),
} as const;

/**
 * The approved minutes as the public reads them, or null while they are not published: the server answers
 * 404 alike for minutes not yet approved and for minutes that do not exist, and 400 for an id that is no
 * id at all (a mistyped address), which cannot be published minutes either. People not public in the
 * directory are named generically in `lang`.
 */
export function usePublicMinutes(minutesId: string, lang: string | undefined) {
  return useQuery({
    queryKey: ['public-minutes', minutesId, lang],
    queryFn: async ({ signal }) => {
      try {
        return await api<MinutesDocument>(publicMinutesApi.document(minutesId, lang), { signal });
      } catch (error) {
        if (error instanceof ApiError && (error.status === 404 || error.status === 400)) return null;
        throw error;
      }
    },
  });
}

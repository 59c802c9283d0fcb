import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Occurrence, OccurrenceCancel, OccurrenceMove, OccurrenceRef, Series, SeriesEnd, SeriesInput, SeriesSplit } from '@collegium/shared/contracts/session-series';
import { apiPaths } from '../../../config/paths';
import { api } from '../../../lib/api-client';
import { sessionsQueryKey } from '../../sessions/api/get-session';
import { seriesQueryKey } from './get-body-series';

/** A change of a series or an occurrence: afterwards series, calendar and session lists are read again. */
function useSeriesMutation<Input, Output>(mutationFn: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: seriesQueryKey }),
        queryClient.invalidateQueries({ queryKey: sessionsQueryKey }),
      ]);
    },
  });
}

export const useCreateSeries = () =>
  useSeriesMutation(({ bodyId, input }: { bodyId: string; input: SeriesInput }) =>
    api<Series>(apiPaths.bodySeries(bodyId), { method: 'POST', body: input }),
  );

export const useSplitSeries = () =>
  useSeriesMutation(({ series, input }: { series: Series; input: SeriesSplit }) =>
    api<Series>(apiPaths.seriesSplit(series.id), { method: 'POST', body: input, ifMatch: series.etag }),
  );

export const useEndSeries = () =>
  useSeriesMutation(({ series, input }: { series: Series; input: SeriesEnd }) =>
    api<Series>(apiPaths.seriesEnd(series.id), { method: 'POST', body: input, ifMatch: series.etag }),
  );

type OccurrenceChange =
  | { verb: 'cancel'; input: OccurrenceCancel }
  | { verb: 'move'; input: OccurrenceMove }
  | { verb: 'restore' | 'prepare'; input: OccurrenceRef };

/** Cancel, move, restore or prepare one occurrence of a series. */
export const useChangeOccurrence = () =>
  useSeriesMutation(({ seriesId, change }: { seriesId: string; change: OccurrenceChange }) =>
    api<Occurrence>(apiPaths.seriesOccurrence(seriesId, change.verb), { method: 'POST', body: change.input }),
  );

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ConsentBlock, Position, PositionInput, SessionPositions } from '@collegium/shared/contracts/positions';
import { api } from '../../../lib/api-client';

const enc = encodeURIComponent;
export const positionsApi = {
  positions: (sessionId: string) => `/api/v1/sessions/${enc(sessionId)}/positions`,
  consentBlock: (sessionId: string) => `/api/v1/sessions/${enc(sessionId)}/consent-block`,
  position: (itemId: string) => `/api/v1/agenda-items/${enc(itemId)}/position`,
  exclusion: (itemId: string) => `/api/v1/agenda-items/${enc(itemId)}/consent-block`,
};

export const positionsKey = (sessionId: string) => ['positions', sessionId] as const;
export const consentBlockKey = (sessionId: string) => ['consent-block', sessionId] as const;

export const usePositions = (sessionId: string) =>
  useQuery({ queryKey: positionsKey(sessionId), queryFn: ({ signal }) => api<SessionPositions>(positionsApi.positions(sessionId), { signal }) });

export const useConsentBlock = (sessionId: string) =>
  useQuery({ queryKey: consentBlockKey(sessionId), queryFn: ({ signal }) => api<ConsentBlock>(positionsApi.consentBlock(sessionId), { signal }) });

/** Records the caller's position on one item; the summary and the block are read again. */
export function useRecordPosition(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ itemId, input }: { itemId: string; input: PositionInput }) =>
      api<Position>(positionsApi.position(itemId), { method: 'PUT', body: input }),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: positionsKey(sessionId) }),
        queryClient.invalidateQueries({ queryKey: consentBlockKey(sessionId) }),
      ]);
    },
  });
}

/** Takes an item out of the consent block or puts it back (chair, secretary). */
export function useSetConsentBlockExclusion(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ itemId, excluded }: { itemId: string; excluded: boolean }) =>
      api<ConsentBlock>(positionsApi.exclusion(itemId), { method: 'PUT', body: { excluded } }),
    onSuccess: (block) => queryClient.setQueryData(consentBlockKey(sessionId), block),
  });
}

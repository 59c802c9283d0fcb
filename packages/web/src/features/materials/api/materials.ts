import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DocumentList } from '@collegium/shared/contracts/documents';
import type { LateDecisionInput, Material } from '@collegium/shared/contracts/materials';
import type { SessionDetail } from '@collegium/shared/contracts/sessions';
import { apiPaths } from '../../../config/paths';
import { api } from '../../../lib/api-client';
import { sessionQueryOptions } from '../../sessions/api/get-session';

/** After any change of materials the session is read again (it carries them). */
function useRefreshSession(sessionId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: sessionQueryOptions(sessionId).queryKey });
}

export function useAttachDocument(sessionId: string) {
  const refresh = useRefreshSession(sessionId);
  return useMutation({
    mutationFn: ({ itemId, documentId }: { itemId: string; documentId: string }) =>
      api<Material>(apiPaths.itemMaterialAttach(itemId), { method: 'POST', body: { documentId } }),
    onSuccess: refresh,
  });
}

export function useRemoveMaterial(sessionId: string) {
  const refresh = useRefreshSession(sessionId);
  return useMutation({
    mutationFn: (materialId: string) => api(apiPaths.material(materialId), { method: 'DELETE' }),
    onSuccess: refresh,
  });
}

export function useDecideLateMaterial(sessionId: string) {
  const refresh = useRefreshSession(sessionId);
  return useMutation({
    mutationFn: ({ materialId, decision }: { materialId: string; decision: LateDecisionInput['decision'] }) =>
      api<Material>(apiPaths.materialLateDecision(materialId), { method: 'POST', body: { decision } }),
    onSuccess: refresh,
  });
}

export function useDecideLateItem(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ itemId, decision }: { itemId: string; decision: LateDecisionInput['decision'] }) =>
      api<SessionDetail>(apiPaths.itemLateDecision(itemId), { method: 'POST', body: { decision } }),
    onSuccess: (session) => queryClient.setQueryData(sessionQueryOptions(sessionId).queryKey, session),
  });
}

/** A body's documents whose title contains `q`, for attaching one to an item. */
export function useBodyDocuments(bodyId: string, q: string) {
  return useQuery({
    queryKey: ['documents', 'body', bodyId, q],
    queryFn: ({ signal }) => api<DocumentList>(apiPaths.bodyDocuments(bodyId), { query: { q, limit: 20 }, signal }),
    placeholderData: keepPreviousData,
  });
}

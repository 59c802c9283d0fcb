import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { BodyPatch, BodySaved } from '@collegium/shared/contracts/directory';
import { apiPaths } from '../../../config/paths';
import { api } from '../../../lib/api-client';
import { bodiesQueryKey } from './get-bodies';
import { bodyQueryOptions } from './get-body';

export const updateBody = ({ id, etag, patch }: { id: string; etag: string; patch: BodyPatch }) =>
  api<BodySaved>(apiPaths.body(id), { method: 'PATCH', body: patch, ifMatch: etag });

export function useUpdateBody() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateBody,
    onSuccess: async (saved) => {
      queryClient.setQueryData(bodyQueryOptions(saved.id).queryKey, saved);
      await queryClient.invalidateQueries({ queryKey: bodiesQueryKey });
    },
  });
}

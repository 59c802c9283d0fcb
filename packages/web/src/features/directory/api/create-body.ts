import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { BodyInput, BodySaved } from '@collegium/shared/contracts/directory';
import { apiPaths } from '../../../config/paths';
import { api } from '../../../lib/api-client';

export const createBody = (input: BodyInput) => api<BodySaved>(apiPaths.bodies, { method: 'POST', body: input });

export function useCreateBody() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createBody,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['directory'] }),
  });
}

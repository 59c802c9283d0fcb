import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MembershipInput } from '@collegium/shared/contracts/directory';
import { apiPaths } from '../../../config/paths';
import { api } from '../../../lib/api-client';

export const addMembership = ({ bodyId, input }: { bodyId: string; input: MembershipInput }) =>
  api<unknown>(apiPaths.bodyMemberships(bodyId), { method: 'POST', body: input });

export function useAddMembership() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addMembership,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['directory'] }),
  });
}

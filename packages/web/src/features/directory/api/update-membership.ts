import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MembershipPatch, MembershipSaved } from '@collegium/shared/contracts/directory';
import { apiPaths } from '../../../config/paths';
import { api } from '../../../lib/api-client';

export const updateMembership = ({ id, etag, patch }: { id: string; etag: string; patch: MembershipPatch }) =>
  api<MembershipSaved>(apiPaths.membership(id), { method: 'PATCH', body: patch, ifMatch: etag });

export function useUpdateMembership() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMembership,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['directory'] }),
  });
}

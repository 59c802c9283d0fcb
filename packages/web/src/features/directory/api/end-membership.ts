import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPaths } from '../../../config/paths';
import { api } from '../../../lib/api-client';

export const endMembership = ({ membershipId, endDate }: { membershipId: string; endDate: string }) =>
  api<unknown>(apiPaths.endMembership(membershipId), { method: 'POST', body: { endDate } });

export function useEndMembership() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: endMembership,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['directory'] }),
  });
}

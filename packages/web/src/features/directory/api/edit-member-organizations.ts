import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  MemberOrganization,
  MemberOrganizationEnded,
  MemberOrganizationInput,
  MemberOrganizationList,
} from '@collegium/shared/contracts/representation';
import { apiPaths } from '../../../config/paths';
import { api } from '../../../lib/api-client';

export const memberOrganizationsQueryOptions = (bodyId: string) =>
  queryOptions({
    queryKey: ['directory', 'body', bodyId, 'member-organizations'],
    queryFn: ({ signal }) => api<MemberOrganizationList>(apiPaths.bodyMemberOrganizations(bodyId), { signal }),
  });

/** The body's member organisations, past and future ones included. */
export const useMemberOrganizations = (bodyId: string) => useQuery(memberOrganizationsQueryOptions(bodyId));

export const addMemberOrganization = ({ bodyId, input }: { bodyId: string; input: MemberOrganizationInput }) =>
  api<MemberOrganization>(apiPaths.bodyMemberOrganizations(bodyId), { method: 'POST', body: input });

export const endMemberOrganization = ({ id, leftOn }: { id: string; leftOn: string }) =>
  api<MemberOrganizationEnded>(apiPaths.endMemberOrganization(id), { method: 'POST', body: { leftOn } });

export function useAddMemberOrganization(bodyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addMemberOrganization,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['directory', 'body', bodyId] }),
  });
}

/** Ending one also ends the memberships filling its slots, so the body's members change too. */
export function useEndMemberOrganization(bodyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: endMemberOrganization,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['directory', 'body', bodyId] }),
  });
}

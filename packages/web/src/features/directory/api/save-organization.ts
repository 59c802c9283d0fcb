import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { OrganizationInput, OrganizationPatch, OrganizationSaved } from '@collegium/shared/contracts/directory';
import { apiPaths } from '../../../config/paths';
import { api } from '../../../lib/api-client';

export const createOrganization = (input: OrganizationInput) =>
  api<OrganizationSaved>(apiPaths.organizations, { method: 'POST', body: input });

export const updateOrganization = ({ id, etag, patch }: { id: string; etag: string; patch: OrganizationPatch }) =>
  api<OrganizationSaved>(apiPaths.organization(id), { method: 'PATCH', body: patch, ifMatch: etag });

export function useCreateOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOrganization,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['directory'] }),
  });
}

export function useUpdateOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateOrganization,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['directory'] }),
  });
}

import type { OrganizationInput, OrganizationPatch, OrganizationSaved } from '@collegium/shared/contracts/directory';
import { apiPaths } from '../../../config/paths';
import { api } from '../../../lib/api-client';
import { useDirectoryMutation } from './use-directory-mutation';

export const createOrganization = (input: OrganizationInput) =>
  api<OrganizationSaved>(apiPaths.organizations, { method: 'POST', body: input });

export const updateOrganization = ({ id, etag, patch }: { id: string; etag: string; patch: OrganizationPatch }) =>
  api<OrganizationSaved>(apiPaths.organization(id), { method: 'PATCH', body: patch, ifMatch: etag });

export function useCreateOrganization() {
  return useDirectoryMutation(createOrganization);
}

export function useUpdateOrganization() {
  return useDirectoryMutation(updateOrganization);
}

import type { PersonInput, PersonPatch, PersonSaved } from '@collegium/shared/contracts/directory';
import { apiPaths } from '../../../config/paths';
import { api } from '../../../lib/api-client';
import { useDirectoryMutation } from './use-directory-mutation';

export const createPerson = (input: PersonInput) => api<PersonSaved>(apiPaths.persons, { method: 'POST', body: input });

export const updatePerson = ({ id, etag, patch }: { id: string; etag: string; patch: PersonPatch }) =>
  api<PersonSaved>(apiPaths.person(id), { method: 'PATCH', body: patch, ifMatch: etag });

export function useCreatePerson() {
  return useDirectoryMutation(createPerson);
}

export function useUpdatePerson() {
  return useDirectoryMutation(updatePerson);
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PersonInput, PersonPatch, PersonSaved } from '@collegium/shared/contracts/directory';
import { apiPaths } from '../../../config/paths';
import { api } from '../../../lib/api-client';

export const createPerson = (input: PersonInput) => api<PersonSaved>(apiPaths.persons, { method: 'POST', body: input });

export const updatePerson = ({ id, etag, patch }: { id: string; etag: string; patch: PersonPatch }) =>
  api<PersonSaved>(apiPaths.person(id), { method: 'PATCH', body: patch, ifMatch: etag });

export function useCreatePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPerson,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['directory'] }),
  });
}

export function useUpdatePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePerson,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['directory'] }),
  });
}

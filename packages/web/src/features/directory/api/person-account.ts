import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PersonSaved } from '@collegium/shared/contracts/directory';
import { apiPaths } from '../../../config/paths';
import { api } from '../../../lib/api-client';

const accountPath = (personId: string) => `${apiPaths.person(personId)}/account`;

export const linkPersonAccount = ({ personId, etag, userId }: { personId: string; etag: string; userId: string }) =>
  api<PersonSaved>(accountPath(personId), { method: 'PUT', body: { userId }, ifMatch: etag });

export const unlinkPersonAccount = ({ personId, etag }: { personId: string; etag: string }) =>
  api<PersonSaved>(accountPath(personId), { method: 'DELETE', ifMatch: etag });

/** Linking changes what a user may do: refresh the directory and the user administration alike. */
function usePersonAccountMutation<T>(mutationFn: (input: T) => Promise<PersonSaved>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['directory'] }),
        queryClient.invalidateQueries({ queryKey: ['users'] }),
      ]);
    },
  });
}

export const useLinkPersonAccount = () => usePersonAccountMutation(linkPersonAccount);
export const useUnlinkPersonAccount = () => usePersonAccountMutation(unlinkPersonAccount);

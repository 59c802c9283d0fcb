import { useMutation, useQueryClient } from '@tanstack/react-query';

/** A change to the directory: whatever the directory pages have read may be stale now, so it is read again. */
export function useDirectoryMutation<Input, Output>(mutationFn: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['directory'] }),
  });
}

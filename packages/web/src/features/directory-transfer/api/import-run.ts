import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { IMPORT_FILE_FIELD, type ImportRun, type TransferDataset } from '@collegium/shared/contracts/directory-transfer';
import { apiPaths } from '../../../config/paths';
import { api } from '../../../lib/api-client';

const finished = (run: ImportRun | undefined) => run !== undefined && !['queued', 'running'].includes(run.status);

/** An import run, polled every second until it has finished. */
export const useImportRun = (id: string | null) =>
  useQuery({
    queryKey: ['directory', 'imports', id],
    queryFn: ({ signal }) => api<ImportRun>(apiPaths.directoryImport(id!), { signal }),
    enabled: id !== null,
    refetchInterval: (query) => (finished(query.state.data) ? false : 1000),
  });

/** Uploads a file and starts its dry run. */
export function useStartImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ dataset, file }: { dataset: TransferDataset; file: File }) => {
      const form = new FormData();
      form.append(IMPORT_FILE_FIELD, file, file.name);
      return api<ImportRun>(apiPaths.directoryImports, { method: 'POST', query: { dataset, dryRun: true }, body: form });
    },
    onSuccess: (run) => client.setQueryData(['directory', 'imports', run.id], run),
  });
}

/** Imports a checked dry run for real; the directory's lists are read again afterwards. */
export function useConfirmImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<ImportRun>(apiPaths.directoryImportConfirm(id), { method: 'POST' }),
    onSuccess: async (run) => {
      client.setQueryData(['directory', 'imports', run.id], run);
      await client.invalidateQueries({ queryKey: ['directory'], predicate: (query) => query.queryKey[1] !== 'imports' });
    },
  });
}

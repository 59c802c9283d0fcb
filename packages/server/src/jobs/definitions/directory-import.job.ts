import { Type } from 'typebox';
import type { Deps } from '../../context.js';
import { DIRECTORY_IMPORT_JOB, executeQueuedImport } from '../../modules/directory-transfer/import-runs.service.js';
import type { JobDefinition } from '../queue.js';

const payload = Type.Object({ runId: Type.String({ format: 'uuid' }), userId: Type.String({ format: 'uuid' }) });

/** Runs a large directory import (or its dry run) in the background; the run record shows its progress. */
export function directoryImportJob(deps: Deps): JobDefinition<typeof payload> {
  return {
    name: DIRECTORY_IMPORT_JOB,
    payload,
    maxAttempts: 3,
    handle: ({ runId, userId }) => executeQueuedImport(deps, runId, userId),
  };
}

import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { CHANGE_NOTE_FIELD } from '@collegium/shared/contracts/documents';
import { useErrorText } from '../../lib/error-text';
import { sessionQueryOptions } from '../sessions/api/get-session';
import { uploadFile } from './api/upload-files';

export interface UploadState {
  key: string;
  name: string;
  /** 0–1 while sending */
  progress: number;
  done: boolean;
  error: string | null;
}

let nextKey = 0;

/**
 * Sends files one request each, in turn, so every file has its own progress and its own error (a refused
 * file does not stop the others). The session is read again after each file that arrived.
 */
export function useMaterialUploads(sessionId: string) {
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const [uploads, setUploads] = useState<UploadState[]>([]);
  const update = (key: string, change: Partial<UploadState>) =>
    setUploads((all) => all.map((upload) => (upload.key === key ? { ...upload, ...change } : upload)));

  const send = async (path: string, files: readonly File[], changeNote?: string) => {
    const queued = files.map((file) => ({ file, key: `upload-${nextKey++}` }));
    setUploads((all) => [
      ...all.filter((upload) => !upload.done),
      ...queued.map(({ file, key }) => ({ key, name: file.name, progress: 0, done: false, error: null })),
    ]);
    for (const { file, key } of queued) {
      try {
        await uploadFile(path, file, (progress) => update(key, { progress }), changeNote ? { [CHANGE_NOTE_FIELD]: changeNote } : {});
        update(key, { progress: 1, done: true });
        await queryClient.invalidateQueries({ queryKey: sessionQueryOptions(sessionId).queryKey });
      } catch (error) {
        update(key, { error: errorText(error), done: true });
      }
    }
  };

  const dismiss = (key: string) => setUploads((all) => all.filter((upload) => upload.key !== key));
  return { uploads, send, dismiss };
}

/** Bytes as "12.3 kB" or "4.5 MB" in the reader's language. */
export function formatSize(bytes: number, locale: string): string {
  const megabytes = bytes >= 1024 * 1024;
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: megabytes ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: 1,
  }).format(bytes / (megabytes ? 1024 * 1024 : 1024));
}

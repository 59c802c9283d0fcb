import { UPLOAD_FILES_FIELD } from '@collegium/shared/contracts/documents';
import { ApiError, clientErrorCodes, currentCsrfToken, parseProblem } from '../../../lib/api-client';

/**
 * POSTs one file as multipart/form-data and reports how much of it was sent. fetch() cannot tell upload
 * progress, so this one request goes through XMLHttpRequest; errors come back as the same ApiError.
 */
export function uploadFile<T>(path: string, file: File, onProgress: (fraction: number) => void, extra: Record<string, string> = {}): Promise<T> {
  const form = new FormData();
  for (const [name, value] of Object.entries(extra)) form.append(name, value);
  form.append(UPLOAD_FILES_FIELD, file, file.name);
  return new Promise<T>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', path);
    request.setRequestHeader('accept', 'application/json');
    const csrf = currentCsrfToken();
    if (csrf) request.setRequestHeader('x-csrf-token', csrf);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    request.onerror = () => reject(new ApiError(0, { code: clientErrorCodes.network, detail: '' }));
    request.onload = () => {
      if (request.status < 200 || request.status >= 300) {
        reject(parseProblem(request.status, request.getResponseHeader('content-type'), request.responseText));
        return;
      }
      try {
        resolve(JSON.parse(request.responseText) as T);
      } catch {
        reject(new ApiError(request.status, { code: clientErrorCodes.unreadable, detail: '' }));
      }
    };
    request.send(form);
  });
}

import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import type { UploadState } from '../use-material-uploads';

/** Files on their way: progress, then done or the server's reason for refusing each one. */
export function UploadList({ uploads, onDismiss }: { uploads: readonly UploadState[]; onDismiss: (key: string) => void }) {
  const { t } = useTranslation();
  if (uploads.length === 0) return null;
  return (
    <ul className="materials__uploads" aria-live="polite">
      {uploads.map((upload) => (
        <li key={upload.key} className={upload.error ? 'materials__upload materials__upload--error' : 'materials__upload'}>
          {upload.error ? (
            <>
              <span role="alert">{t('materials.uploadFailed', { name: upload.name, error: upload.error })}</span>
              <Button variant="quiet" onPress={() => onDismiss(upload.key)}>
                {t('materials.dismiss')}
              </Button>
            </>
          ) : upload.done ? (
            <span>{t('materials.uploaded', { name: upload.name })}</span>
          ) : (
            <label>
              {t('materials.uploading', { name: upload.name })}{' '}
              <progress max={1} value={upload.progress} />
            </label>
          )}
        </li>
      ))}
    </ul>
  );
}

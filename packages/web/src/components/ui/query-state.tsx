import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../lib/error-text';
import { Alert } from './alert';
import { Button } from './button';

/** What a section shows while its data loads or after loading failed. */
export function QueryState({ isPending, error, onRetry }: { isPending: boolean; error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  if (error) {
    return (
      <Alert tone="error">
        <p>{errorText(error)}</p>
        <Button variant="secondary" onPress={onRetry}>
          {t('common.retry')}
        </Button>
      </Alert>
    );
  }
  if (isPending) {
    return (
      <p role="status" className="muted">
        {t('common.loading')}
      </p>
    );
  }
  return null;
}

import { useTranslation } from 'react-i18next';
import { ApiError, clientErrorCodes } from './api-client';

/** A sentence for a person: the server's own explanation when it gave one, otherwise a translated fallback. */
export function useErrorText(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error) => {
    if (error instanceof ApiError) {
      if (error.code === clientErrorCodes.network) return t('common.networkError');
      if (error.problem.detail) return error.problem.detail;
    }
    return t('common.unexpectedError');
  };
}

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, clientErrorCodes, fieldErrors } from './api-client';

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

/**
 * Field messages for a Form's validationErrors. The object must keep its identity between renders:
 * react-aria shows server errors again whenever it receives a new object, which would keep an
 * already corrected field invalid (and block the form's next submission).
 */
export function useFieldErrors(error: unknown, extra?: Record<string, string> | null): Record<string, string> {
  return useMemo(() => ({ ...fieldErrors(error), ...extra }), [error, extra]);
}

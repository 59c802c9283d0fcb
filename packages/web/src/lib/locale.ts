import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Me, SupportedLocale } from '@collegium/shared/contracts/auth';
import { apiPaths } from '../config/paths';
import { api } from './api-client';
import { meQueryKey, rememberSignedIn } from './auth';
import { currentLocale, switchLocale } from './i18n';

/** Changes the language at once; for a signed-in user it is also saved to the account. */
export function useChangeLocale() {
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (locale: SupportedLocale) => api<Me>(apiPaths.me, { method: 'PATCH', body: { locale } }),
    // A quicker choice may have followed while this one was saved; only the latest one is kept.
    onSuccess: (me) => me.locale === currentLocale() && rememberSignedIn(queryClient, me),
  });
  return (locale: SupportedLocale) => {
    void switchLocale(locale);
    const me = queryClient.getQueryData<Me | null>(meQueryKey);
    if (me && me.locale !== locale && !me.mustEnrolTotp) save.mutate(locale);
  };
}

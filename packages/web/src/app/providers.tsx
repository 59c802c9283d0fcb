import { useEffect, useRef, useState, type ReactNode } from 'react';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { ApiError } from '../lib/api-client';
import { forgetSignedIn, meQueryKey, useMe } from '../lib/auth';
import { switchLocale } from '../lib/i18n';

function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    // A 401 anywhere but on /me itself means the session ended (expired, or signed out elsewhere).
    queryCache: new QueryCache({ onError: (error, query) => signedOutElsewhere(error, query.queryKey[0]) }),
    mutationCache: new MutationCache({ onError: (error) => signedOutElsewhere(error, null) }),
    defaultOptions: { queries: { refetchOnWindowFocus: true, retry: 1 } },
  });
  function signedOutElsewhere(error: unknown, key: unknown) {
    if (key === meQueryKey[0]) return;
    if (error instanceof ApiError && error.status === 401 && error.code === 'unauthenticated' && client.getQueryData(meQueryKey)) {
      forgetSignedIn(client);
    }
  }
  return client;
}

/**
 * On signing in (or opening the app signed in) the account's language wins, on every device. Later
 * changes come from the person's own choice, which switches the language directly.
 */
function LocaleFromAccount() {
  const { data: me } = useMe();
  const appliedFor = useRef<string | null>(null);
  useEffect(() => {
    if (!me || appliedFor.current === me.id) return;
    appliedFor.current = me.id;
    void switchLocale(me.locale);
  }, [me]);
  return null;
}

export function AppProviders({ i18n, children }: { i18n: I18n; children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <LocaleFromAccount />
        {children}
      </QueryClientProvider>
    </I18nextProvider>
  );
}
